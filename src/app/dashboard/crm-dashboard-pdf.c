/* crm-dashboard-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "crm-chart.h"
#include "crm-dashboard-pdf.h"

/* A4 in points, with 2 cm margins. */
#define PAGE_WIDTH 595.0
#define PAGE_HEIGHT 842.0
#define MARGIN 56.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define ROW_HEIGHT 14.0

typedef struct {
  cairo_t              *cr;
  PangoContext         *context;
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *title_font;
  double                y;
} Writer;

static double
show_text (Writer                     *writer,
           const char                 *text,
           const PangoFontDescription *font,
           double                      x,
           double                      width,
           PangoAlignment              alignment)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (writer->context);
  int height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (writer->cr, x, writer->y);
  pango_cairo_show_layout (writer->cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
new_page_if_needed (Writer *writer,
                    double  needed)
{
  if (writer->y + needed <= PAGE_HEIGHT - MARGIN)
    return;
  cairo_show_page (writer->cr);
  writer->y = MARGIN;
}

static void
write_row (Writer         *writer,
           CrmReportTable *table,
           int             row,
           const double   *widths)
{
  double x = MARGIN;

  for (guint column = 0; column < crm_report_table_get_n_columns (table); column++)
    {
      g_autofree char *text = row < 0 ? g_strdup (crm_report_table_get_column_title (table, column))
                                      : crm_report_table_format_cell (table, row, column);
      gboolean numeric = crm_report_table_get_column_kind (table, column) != CRM_VALUE_TEXT;

      show_text (writer, text, row < 0 ? writer->bold : writer->font, x, widths[column] - 6,
                 numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      x += widths[column];
    }
  writer->y += ROW_HEIGHT;
}

static void
write_table (Writer         *writer,
             CrmReportTable *table)
{
  guint n_columns = crm_report_table_get_n_columns (table);
  g_autofree double *widths = g_new0 (double, MAX (n_columns, 1));
  double text_share = 0;
  CrmChartStyle style;

  new_page_if_needed (writer, 80);
  writer->y += show_text (writer, crm_report_table_get_title (table), writer->title_font, MARGIN, CONTENT_WIDTH,
                          PANGO_ALIGN_LEFT) + 6;

  if (crm_report_table_get_chart (table, NULL, NULL) != CRM_CHART_NONE && crm_report_table_get_n_rows (table) > 0)
    {
      double height = MIN (crm_chart_preferred_height (table, CONTENT_WIDTH), PAGE_HEIGHT / 3);

      new_page_if_needed (writer, height);
      crm_chart_style_init (&style, FALSE, FALSE);
      style.font = writer->font;
      cairo_save (writer->cr);
      cairo_translate (writer->cr, MARGIN, writer->y);
      crm_chart_draw (writer->cr, writer->context, table, &style, CONTENT_WIDTH, height);
      cairo_restore (writer->cr);
      writer->y += height + 8;
    }

  /* Text columns get twice the room of numbers. */
  for (guint column = 0; column < n_columns; column++)
    text_share += crm_report_table_get_column_kind (table, column) == CRM_VALUE_TEXT ? 2 : 1;
  for (guint column = 0; column < n_columns; column++)
    widths[column] = CONTENT_WIDTH * (crm_report_table_get_column_kind (table, column) == CRM_VALUE_TEXT ? 2 : 1) /
                     MAX (text_share, 1);

  new_page_if_needed (writer, 2 * ROW_HEIGHT);
  cairo_set_source_rgb (writer->cr, 0, 0, 0);
  write_row (writer, table, -1, widths);
  for (guint row = 0; row < crm_report_table_get_n_rows (table); row++)
    {
      if (writer->y + ROW_HEIGHT > PAGE_HEIGHT - MARGIN)
        {
          new_page_if_needed (writer, PAGE_HEIGHT);
          write_row (writer, table, -1, widths);
        }
      write_row (writer, table, row, widths);
    }
  if (crm_report_table_get_note (table) != NULL)
    {
      new_page_if_needed (writer, ROW_HEIGHT);
      writer->y += show_text (writer, crm_report_table_get_note (table), writer->font, MARGIN, CONTENT_WIDTH,
                              PANGO_ALIGN_LEFT);
    }
  writer->y += 18;
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  return g_output_stream_write_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                           : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
crm_dashboard_pdf_write (GFile       *file,
                         const char  *title,
                         const char  *subtitle,
                         GPtrArray   *tables,
                         GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *generated = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Writer writer = { 0 };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (tables != NULL, FALSE);

  /* g_file_replace() writes beside the target and renames on close, so a
   * failure leaves any older file as it was. */
  if ((stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error)) == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, PAGE_WIDTH, PAGE_HEIGHT);
  writer.cr = cairo_create (surface);
  writer.context = pango_cairo_create_context (writer.cr);
  writer.font = pango_font_description_from_string ("Sans 8");
  writer.bold = pango_font_description_from_string ("Sans Bold 8");
  writer.title_font = pango_font_description_from_string ("Sans Bold 12");
  writer.y = MARGIN;

  {
    g_autoptr(PangoFontDescription) big = pango_font_description_from_string ("Sans Bold 18");

    cairo_set_source_rgb (writer.cr, 0, 0, 0);
    writer.y += show_text (&writer, title, big, MARGIN, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 4;
  }
  /* TRANSLATORS: under the dashboard's title in its PDF; %s is a date and time */
  generated = g_date_time_format (now, _("Made on %-d %b %Y at %H:%M"));
  writer.y += show_text (&writer, subtitle, writer.title_font, MARGIN, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 2;
  writer.y += show_text (&writer, generated, writer.font, MARGIN, CONTENT_WIDTH, PANGO_ALIGN_LEFT) + 18;

  for (guint i = 0; i < tables->len; i++)
    write_table (&writer, g_ptr_array_index (tables, i));

  cairo_show_page (writer.cr);
  pango_font_description_free (writer.font);
  pango_font_description_free (writer.bold);
  pango_font_description_free (writer.title_font);
  g_object_unref (writer.context);
  cairo_destroy (writer.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing a cancelled stream discards the half-written file. */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the PDF (%s). Check there is room on the disk and try again."),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
