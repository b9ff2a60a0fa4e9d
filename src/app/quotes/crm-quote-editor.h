/* crm-quote-editor.h: the window of one quote: its terms, lines and totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-quote-line-row.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_QUOTE_EDITOR (crm_quote_editor_get_type ())

G_DECLARE_FINAL_TYPE (CrmQuoteEditor, crm_quote_editor, CRM, QUOTE_EDITOR, AdwWindow)

CrmQuoteEditor  *crm_quote_editor_open             (GtkWindow      *parent,
                                                    CrmStore       *store,
                                                    const char     *quote_id);
const char      *crm_quote_editor_get_quote_id     (CrmQuoteEditor *self);
gboolean         crm_quote_editor_get_read_only    (CrmQuoteEditor *self);
gboolean         crm_quote_editor_flush            (CrmQuoteEditor *self);
CrmQuoteLineRow *crm_quote_editor_add_line         (CrmQuoteEditor *self);
guint            crm_quote_editor_get_n_lines      (CrmQuoteEditor *self);
CrmQuoteLineRow *crm_quote_editor_get_line_row     (CrmQuoteEditor *self,
                                                    guint           index);
const char      *crm_quote_editor_get_total_text   (CrmQuoteEditor *self);
gboolean         crm_quote_editor_accept           (CrmQuoteEditor *self);
gboolean         crm_quote_editor_save_pdf         (CrmQuoteEditor *self,
                                                    const char     *path);
const char      *crm_quote_editor_get_last_message (CrmQuoteEditor *self);

G_END_DECLS
