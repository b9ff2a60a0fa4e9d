/* crm-quote-editor-private.h: what the editor's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-quote-editor.h"
#include "crm-quote.h"

G_BEGIN_DECLS

struct _CrmQuoteEditor
{
  AdwWindow        parent_instance;

  CrmStore        *store;
  char            *quote_id;
  CrmQuote        *quote;          /* as the store had it last */
  guint            save_source;
  gboolean         updating;
  gboolean         read_only;
  char            *last_message;
  char            *total_text;
  GtkFileChooserNative *chooser;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *accept_button;
  GtkLabel        *state_label;
  AdwPreferencesGroup *quote_group;
  AdwComboRow     *status_row;
  AdwEntryRow     *issued_row;
  AdwEntryRow     *valid_row;
  AdwEntryRow     *currency_row;
  AdwEntryRow     *tax_row;
  AdwEntryRow     *notes_row;
  GtkWidget       *add_line_button;
  GtkListBox      *lines_list;
  GtkLabel        *gross_label;
  GtkLabel        *discount_label;
  GtkLabel        *subtotal_label;
  AdwActionRow    *tax_total_row;
  GtkLabel        *tax_label;
  GtkLabel        *total_label;
};

void        crm_quote_editor_show_message       (CrmQuoteEditor *self,
                                                 const char     *message);
const char *crm_quote_editor_get_currency       (CrmQuoteEditor *self);
int         crm_quote_editor_get_shown_tax_rate (CrmQuoteEditor *self);
void        crm_quote_editor_show_totals        (CrmQuoteEditor *self);
void        crm_quote_editor_reload_lines       (CrmQuoteEditor *self);

G_END_DECLS
