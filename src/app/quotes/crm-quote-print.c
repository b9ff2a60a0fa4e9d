/* crm-quote-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-quote-print.h"

/* The tests run without the schema installed; the quote is then printed
 * without a letterhead rather than not at all. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, "business-name"))
    return NULL;

  return g_settings_new (APPLICATION_ID);
}

/**
 * crm_quote_print_load_document:
 *
 * The quote laid out with the business from the preferences (name,
 * address and logo) at its head.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
CrmQuoteDocument *
crm_quote_print_load_document (CrmStore    *store,
                               const char  *quote_id,
                               GError     **error)
{
  g_autoptr(GSettings) settings = open_settings ();
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "business-name") : NULL;
  g_autofree char *address = settings != NULL ? g_settings_get_string (settings, "business-address") : NULL;
  g_autofree char *logo = settings != NULL ? g_settings_get_string (settings, "business-logo") : NULL;
  CrmQuoteBusiness business = { name, address, logo };

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (quote_id != NULL, NULL);

  return crm_quote_document_new (store, quote_id, &business, error);
}

/**
 * crm_quote_print_save_pdf:
 *
 * What "Save as PDF…" does once a file is chosen. The document's own
 * errors are already one sentence each (no folder, no permission, disk
 * full).
 */
gboolean
crm_quote_print_save_pdf (CrmStore    *store,
                          const char  *quote_id,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(CrmQuoteDocument) document = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (quote_id != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((document = crm_quote_print_load_document (store, quote_id, error)) == NULL)
    return FALSE;

  return crm_quote_document_write_pdf (document, path, error);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                CrmQuoteDocument  *document)
{
  gtk_print_operation_set_n_pages (operation,
                                   crm_quote_document_get_n_pages (document,
                                                                   gtk_print_context_get_width (context),
                                                                   gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              CrmQuoteDocument  *document)
{
  crm_quote_document_draw_page (document, gtk_print_context_get_cairo_context (context),
                                gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                                page);
}

/**
 * crm_quote_print_run:
 *
 * Shows the print dialog for the quote, on A4 with the whole page to draw
 * on: the document keeps its own margins, as in the PDF.
 *
 * Returns: %FALSE with @error set when the quote cannot be printed
 */
gboolean
crm_quote_print_run (GtkWindow   *parent,
                     CrmStore    *store,
                     const char  *quote_id,
                     GError     **error)
{
  g_autoptr(CrmQuoteDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (quote_id != NULL, FALSE);

  if ((document = crm_quote_print_load_document (store, quote_id, error)) == NULL)
    return FALSE;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, crm_quote_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;

  return TRUE;
}
