/* crm-quote-pdf.c: a quote document written as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "crm-quote-document.h"

typedef struct {
  GOutputStream *stream;
  GError        *error;
} PdfSink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* GIO's messages name the file already; the common ones get a sentence of
 * their own that says what to do. */
static void
set_write_error (const char    *path,
                 const GError  *cause,
                 GError       **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Cannot write the quote to “%s”: the folder does not exist."), path);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                 _("Cannot write the quote to “%s”: you may not write there; choose another place."), path);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("Cannot write the quote to “%s”: it is a folder; give the name of a file."), path);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("Cannot write the quote to “%s”: the disk is full."), path);
  else
    g_set_error (error, cause->domain, cause->code,
                 _("Cannot write the quote: %s"), cause->message);
}

/**
 * crm_quote_document_write_pdf:
 * @path: the PDF file to write (replaced as a whole: a failure leaves an
 *   older file as it was)
 *
 * Writes the quote as an A4 PDF.
 */
gboolean
crm_quote_document_write_pdf (CrmQuoteDocument  *self,
                              const char        *path,
                              GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  PdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int n_pages;

  g_return_val_if_fail (CRM_IS_QUOTE_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    {
      set_write_error (path, local_error, error);
      return FALSE;
    }

  sink.stream = G_OUTPUT_STREAM (stream);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &sink,
                                                 CRM_QUOTE_DOCUMENT_A4_WIDTH, CRM_QUOTE_DOCUMENT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, crm_quote_document_get_title (self));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Crm");

  cr = cairo_create (surface);
  n_pages = crm_quote_document_get_n_pages (self, CRM_QUOTE_DOCUMENT_A4_WIDTH, CRM_QUOTE_DOCUMENT_A4_HEIGHT);
  for (int page = 0; page < n_pages; page++)
    {
      crm_quote_document_draw_page (self, cr, CRM_QUOTE_DOCUMENT_A4_WIDTH, CRM_QUOTE_DOCUMENT_A4_HEIGHT, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&sink.error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
  if (sink.error == NULL)
    g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &sink.error);
  else
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing a cancelled replace keeps the old file. */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
    }

  if (sink.error != NULL)
    {
      set_write_error (path, sink.error, error);
      g_clear_error (&sink.error);
      return FALSE;
    }

  return TRUE;
}
