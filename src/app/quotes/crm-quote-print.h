/* crm-quote-print.h: a quote on paper or in a PDF file, from the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-quote-document.h"
#include "crm-store.h"

G_BEGIN_DECLS

CrmQuoteDocument *crm_quote_print_load_document (CrmStore    *store,
                                                 const char  *quote_id,
                                                 GError     **error);
gboolean          crm_quote_print_save_pdf      (CrmStore    *store,
                                                 const char  *quote_id,
                                                 const char  *path,
                                                 GError     **error);
gboolean          crm_quote_print_run           (GtkWindow   *parent,
                                                 CrmStore    *store,
                                                 const char  *quote_id,
                                                 GError     **error);

G_END_DECLS
