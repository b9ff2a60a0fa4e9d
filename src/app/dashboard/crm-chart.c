/* crm-chart.c
 *
 * One layout function decides where every row goes; drawing and hit testing
 * both read it, so a click lands on what was drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "crm-chart.h"
#include "crm-field.h"

#define PADDING 8.0
#define LEGEND_HEIGHT 22.0
#define BAR_ROW_HEIGHT 26.0
#define FUNNEL_ROW_HEIGHT 34.0
#define LINE_HEIGHT 220.0
#define AXIS_HEIGHT 20.0

typedef struct {
  CrmChartKind kind;
  guint        label_column;
  const int   *series;
  guint        n_series;
  guint        n_rows;
  double       plot_x, plot_y, plot_width, plot_height;
  double       row_height;      /* bars and funnel bands */
  double       label_width;     /* bars: the names on the left */
  double       minimum, maximum;
} Layout;

static const CrmChartColor light_palette[] = {
  { 0.208, 0.518, 0.894, 1 }, { 0.200, 0.820, 0.478, 1 }, { 1.000, 0.471, 0.000, 1 },
  { 0.569, 0.255, 0.675, 1 }, { 0.878, 0.106, 0.141, 1 }, { 0.965, 0.827, 0.176, 1 },
};
static const CrmChartColor dark_palette[] = {
  { 0.384, 0.627, 0.918, 1 }, { 0.341, 0.890, 0.537, 1 }, { 1.000, 0.639, 0.282, 1 },
  { 0.753, 0.380, 0.796, 1 }, { 0.965, 0.380, 0.318, 1 }, { 0.973, 0.894, 0.361, 1 },
};
static const CrmChartColor contrast_light_palette[] = {
  { 0.102, 0.373, 0.706, 1 }, { 0.149, 0.420, 0.180, 1 }, { 0.647, 0.216, 0.000, 1 },
  { 0.380, 0.208, 0.514, 1 }, { 0.647, 0.114, 0.176, 1 }, { 0.000, 0.000, 0.000, 1 },
};
static const CrmChartColor contrast_dark_palette[] = {
  { 0.600, 0.757, 0.945, 1 }, { 0.561, 0.941, 0.643, 1 }, { 1.000, 0.745, 0.435, 1 },
  { 0.863, 0.541, 0.867, 1 }, { 1.000, 0.482, 0.388, 1 }, { 1.000, 1.000, 1.000, 1 },
};

void
crm_chart_style_init (CrmChartStyle *style,
                      gboolean       dark,
                      gboolean       high_contrast)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->foreground = dark ? (CrmChartColor) { 1, 1, 1, 1 } : (CrmChartColor) { 0, 0, 0, 0.8 };
  style->background = dark ? (CrmChartColor) { 0.14, 0.14, 0.14, 1 } : (CrmChartColor) { 1, 1, 1, 1 };
  style->high_contrast = high_contrast;
  if (high_contrast)
    style->series = dark ? contrast_dark_palette : contrast_light_palette;
  else
    style->series = dark ? dark_palette : light_palette;
  style->n_series = G_N_ELEMENTS (light_palette);
}

static double
value_at (CrmReportTable *table,
          guint           row,
          int             column)
{
  return (double)crm_report_table_get_value (table, row, column);
}

static gboolean
compute_layout (CrmReportTable *table,
                double          width,
                double          height,
                Layout         *layout)
{
  double top;

  memset (layout, 0, sizeof *layout);
  layout->kind = crm_report_table_get_chart (table, &layout->label_column, &layout->series);
  layout->n_rows = crm_report_table_get_n_rows (table);
  while (layout->series != NULL && layout->series[layout->n_series] >= 0)
    layout->n_series++;

  if (layout->kind == CRM_CHART_NONE || layout->n_rows == 0 || layout->n_series == 0)
    return FALSE;

  for (guint row = 0; row < layout->n_rows; row++)
    {
      double stacked = 0, stacked_negative = 0;

      for (guint s = 0; s < layout->n_series; s++)
        {
          double value = value_at (table, row, layout->series[s]);

          if (layout->kind == CRM_CHART_STACKED_BAR)
            {
              if (value >= 0)
                stacked += value;
              else
                stacked_negative += value;
              layout->maximum = MAX (layout->maximum, stacked);
              layout->minimum = MIN (layout->minimum, stacked_negative);
            }
          else
            {
              layout->maximum = MAX (layout->maximum, value);
              layout->minimum = MIN (layout->minimum, value);
            }
        }
    }
  if (layout->maximum == layout->minimum)
    layout->maximum = layout->minimum + 1;

  top = PADDING + (layout->n_series > 1 ? LEGEND_HEIGHT : 0);
  layout->plot_y = top;
  layout->plot_height = MAX (1, height - top - PADDING);

  switch (layout->kind)
    {
    case CRM_CHART_BAR:
    case CRM_CHART_STACKED_BAR:
      layout->label_width = CLAMP (width * 0.32, 60, 220);
      layout->plot_x = PADDING + layout->label_width;
      /* Room on the right for the value after the longest bar. */
      layout->plot_width = MAX (1, width - layout->plot_x - PADDING - 120);
      layout->row_height = layout->plot_height / layout->n_rows;
      break;
    case CRM_CHART_FUNNEL:
      layout->plot_x = PADDING;
      layout->plot_width = MAX (1, width - 2 * PADDING);
      layout->row_height = layout->plot_height / layout->n_rows;
      break;
    case CRM_CHART_LINE:
      layout->plot_x = PADDING + 70;
      layout->plot_width = MAX (1, width - layout->plot_x - 2 * PADDING);
      layout->plot_height = MAX (1, layout->plot_height - AXIS_HEIGHT);
      break;
    case CRM_CHART_NONE:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

double
crm_chart_preferred_height (CrmReportTable *table,
                            double          width)
{
  Layout layout;
  double extra;

  if (!compute_layout (table, width, LINE_HEIGHT, &layout))
    return 48;

  extra = 2 * PADDING + (layout.n_series > 1 ? LEGEND_HEIGHT : 0);
  switch (layout.kind)
    {
    case CRM_CHART_BAR:
    case CRM_CHART_STACKED_BAR:
      return extra + layout.n_rows * BAR_ROW_HEIGHT * (layout.kind == CRM_CHART_BAR ? MAX (1, layout.n_series * 0.7) : 1);
    case CRM_CHART_FUNNEL:
      return extra + layout.n_rows * FUNNEL_ROW_HEIGHT;
    case CRM_CHART_LINE:
    case CRM_CHART_NONE:
    default:
      return LINE_HEIGHT;
    }
}

static double
x_of (const Layout *layout,
      double        value)
{
  return layout->plot_x + (value - layout->minimum) / (layout->maximum - layout->minimum) * layout->plot_width;
}

static double
y_of (const Layout *layout,
      double        value)
{
  return layout->plot_y + layout->plot_height -
         (value - layout->minimum) / (layout->maximum - layout->minimum) * layout->plot_height;
}

static double
line_x (const Layout *layout,
        guint         row)
{
  if (layout->n_rows < 2)
    return layout->plot_x + layout->plot_width / 2;
  return layout->plot_x + row * layout->plot_width / (layout->n_rows - 1);
}

int
crm_chart_row_at (CrmReportTable *table,
                  double          width,
                  double          height,
                  double          x,
                  double          y)
{
  Layout layout;
  int row;

  g_return_val_if_fail (table != NULL, -1);

  if (!compute_layout (table, width, height, &layout) || y < layout.plot_y ||
      y >= layout.plot_y + layout.plot_height + (layout.kind == CRM_CHART_LINE ? AXIS_HEIGHT : 0))
    return -1;

  if (layout.kind == CRM_CHART_LINE)
    {
      double step = layout.n_rows > 1 ? layout.plot_width / (layout.n_rows - 1) : layout.plot_width;

      if (x < layout.plot_x - step / 2 || x > layout.plot_x + layout.plot_width + step / 2)
        return -1;
      row = layout.n_rows > 1 ? (int)floor ((x - layout.plot_x) / step + 0.5) : 0;
      return CLAMP (row, 0, (int)layout.n_rows - 1);
    }

  row = (int)floor ((y - layout.plot_y) / layout.row_height);
  return row >= 0 && row < (int)layout.n_rows ? row : -1;
}

static void
set_color (cairo_t             *cr,
           const CrmChartColor *color,
           double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const CrmChartColor *
series_color (const CrmChartStyle *style,
              guint                index)
{
  return &style->series[index % style->n_series];
}

static PangoLayout *
text_layout (PangoContext        *context,
             const CrmChartStyle *style,
             const char          *text,
             double               max_width)
{
  PangoLayout *layout = pango_layout_new (context);

  if (style->font != NULL)
    pango_layout_set_font_description (layout, style->font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* Draws @text with its left (or right, or centre) edge at @x, centred on @y. */
static void
draw_text (cairo_t             *cr,
           PangoContext        *context,
           const CrmChartStyle *style,
           const char          *text,
           double               x,
           double               y,
           double               max_width,
           PangoAlignment       alignment,
           double               alpha)
{
  g_autoptr(PangoLayout) layout = text_layout (context, style, text, max_width);
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (alignment == PANGO_ALIGN_RIGHT)
    x -= text_width;
  else if (alignment == PANGO_ALIGN_CENTER)
    x -= text_width / 2.0;

  set_color (cr, &style->foreground, alpha);
  cairo_move_to (cr, x, y - text_height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* In high contrast colour is not the only cue: odd series are hatched. */
static void
fill_pattern (cairo_t             *cr,
              const CrmChartStyle *style,
              guint                series,
              double               x,
              double               y,
              double               width,
              double               height)
{
  cairo_rectangle (cr, x, y, width, height);
  set_color (cr, series_color (style, series), 1);
  cairo_fill (cr);

  if (!style->high_contrast || series % 2 == 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  set_color (cr, &style->background, 0.9);
  cairo_set_line_width (cr, 2);
  for (double d = -height; d < width; d += 7)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_marker (cairo_t *cr,
             guint    series,
             double   x,
             double   y,
             double   size)
{
  switch (series % 3)
    {
    case 0:
      cairo_arc (cr, x, y, size, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - size, y - size, 2 * size, 2 * size);
      break;
    default:
      cairo_move_to (cr, x, y - size * 1.2);
      cairo_line_to (cr, x + size * 1.1, y + size);
      cairo_line_to (cr, x - size * 1.1, y + size);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static void
draw_legend (cairo_t             *cr,
             PangoContext        *context,
             CrmReportTable      *table,
             const CrmChartStyle *style,
             const Layout        *layout)
{
  double x = PADDING;

  if (layout->n_series < 2)
    return;

  for (guint s = 0; s < layout->n_series; s++)
    {
      const char *title = crm_report_table_get_column_title (table, layout->series[s]);
      g_autoptr(PangoLayout) text = text_layout (context, style, title, 0);
      int text_width, text_height;

      pango_layout_get_pixel_size (text, &text_width, &text_height);
      if (layout->kind == CRM_CHART_LINE)
        {
          set_color (cr, series_color (style, s), 1);
          draw_marker (cr, s, x + 6, PADDING + LEGEND_HEIGHT / 2 - 2, 4);
        }
      else
        fill_pattern (cr, style, s, x, PADDING + 3, 12, 12);
      draw_text (cr, context, style, title, x + 18, PADDING + LEGEND_HEIGHT / 2 - 2, 0, PANGO_ALIGN_LEFT, 0.8);
      x += 18 + text_width + 16;
    }
}

static char *
format_total (CrmReportTable *table,
              const Layout   *layout,
              guint           row)
{
  const char *currency = crm_report_table_get_currency (table);
  gint64 total = 0;

  for (guint s = 0; s < layout->n_series; s++)
    total += crm_report_table_get_value (table, row, layout->series[s]);

  if (crm_report_table_get_column_kind (table, layout->series[0]) == CRM_VALUE_MONEY)
    {
      g_autofree char *amount = crm_money_format (total, currency);

      return currency != NULL ? g_strdup_printf ("%s %s", amount, currency) : g_steal_pointer (&amount);
    }
  return g_strdup_printf ("%" G_GINT64_FORMAT, total);
}

static void
draw_bars (cairo_t             *cr,
           PangoContext        *context,
           CrmReportTable      *table,
           const CrmChartStyle *style,
           const Layout        *layout,
           int                  highlight)
{
  double zero = x_of (layout, 0);

  for (guint row = 0; row < layout->n_rows; row++)
    {
      double top = layout->plot_y + row * layout->row_height;
      double band = layout->row_height * 0.72;
      double y = top + (layout->row_height - band) / 2;
      g_autofree char *label = crm_report_table_format_cell (table, row, layout->label_column);
      g_autofree char *value_text = NULL;
      double positive = zero, negative = zero, end = zero;

      if ((int)row == highlight)
        {
          set_color (cr, &style->foreground, 0.08);
          cairo_rectangle (cr, 0, top, layout->plot_x + layout->plot_width + 120 + PADDING, layout->row_height);
          cairo_fill (cr);
        }

      draw_text (cr, context, style, label, PADDING, top + layout->row_height / 2, layout->label_width - 8,
                 PANGO_ALIGN_LEFT, 0.9);

      for (guint s = 0; s < layout->n_series; s++)
        {
          double value = value_at (table, row, layout->series[s]);
          double x0, x1, y0 = y, h = band;

          if (layout->kind == CRM_CHART_BAR)
            {
              h = band / layout->n_series;
              y0 = y + s * h;
              x0 = MIN (zero, x_of (layout, value));
              x1 = MAX (zero, x_of (layout, value));
            }
          else if (value >= 0)
            {
              x0 = positive;
              x1 = positive = positive + (x_of (layout, value) - zero);
            }
          else
            {
              x1 = negative;
              x0 = negative = negative + (x_of (layout, value) - zero);
            }
          fill_pattern (cr, style, s, x0, y0, MAX (x1 - x0, value != 0 ? 1 : 0), h - (layout->kind == CRM_CHART_BAR && layout->n_series > 1 ? 1 : 0));
          end = MAX (end, x1);
        }

      /* A stacked bar is labelled with its whole length. */
      value_text = layout->kind == CRM_CHART_BAR ? crm_report_table_format_cell (table, row, layout->series[0])
                                                 : format_total (table, layout, row);
      draw_text (cr, context, style, value_text, end + 6, top + layout->row_height / 2, 0, PANGO_ALIGN_LEFT, 0.7);
    }

  /* The zero line, where negative values turn back. */
  if (layout->minimum < 0)
    {
      set_color (cr, &style->foreground, 0.5);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, zero + 0.5, layout->plot_y);
      cairo_line_to (cr, zero + 0.5, layout->plot_y + layout->plot_height);
      cairo_stroke (cr);
    }
}

static void
draw_funnel (cairo_t             *cr,
             PangoContext        *context,
             CrmReportTable      *table,
             const CrmChartStyle *style,
             const Layout        *layout,
             int                  highlight)
{
  double centre = layout->plot_x + layout->plot_width / 2;

  for (guint row = 0; row < layout->n_rows; row++)
    {
      double value = MAX (0, value_at (table, row, layout->series[0]));
      double top = layout->plot_y + row * layout->row_height;
      /* Never thinner than a sliver: an empty stage is still a stage. */
      double band_width = MAX (layout->plot_width * 0.04, value / MAX (layout->maximum, 1) * layout->plot_width);
      g_autofree char *label = crm_report_table_format_cell (table, row, layout->label_column);
      g_autofree char *amount = crm_report_table_format_cell (table, row, layout->series[0]);
      g_autofree char *text = g_strdup_printf ("%s · %s", label, amount);

      fill_pattern (cr, style, row, centre - band_width / 2, top + 2, band_width, layout->row_height - 4);
      if ((int)row == highlight)
        {
          set_color (cr, &style->foreground, 0.9);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, centre - band_width / 2 - 1, top + 1, band_width + 2, layout->row_height - 2);
          cairo_stroke (cr);
        }

      /* The text sits on a plate so it reads on any band colour. */
      {
        g_autoptr(PangoLayout) measure = text_layout (context, style, text, layout->plot_width);
        int text_width, text_height;

        pango_layout_get_pixel_size (measure, &text_width, &text_height);
        set_color (cr, &style->background, 0.85);
        cairo_rectangle (cr, centre - text_width / 2.0 - 4, top + layout->row_height / 2 - text_height / 2.0 - 1,
                         text_width + 8, text_height + 2);
        cairo_fill (cr);
      }
      draw_text (cr, context, style, text, centre, top + layout->row_height / 2, layout->plot_width,
                 PANGO_ALIGN_CENTER, 1);
    }
}

/* Axis labels in whole units: minor units of money divided away. */
static double
axis_scale (CrmReportTable *table,
            int             column)
{
  switch (crm_report_table_get_column_kind (table, column))
    {
    case CRM_VALUE_MONEY:
      return pow (10, crm_currency_digits (crm_report_table_get_currency (table)));
    case CRM_VALUE_PERCENT:
    case CRM_VALUE_DECIMAL:
      return 100;
    case CRM_VALUE_TEXT:
    case CRM_VALUE_COUNT:
    case CRM_VALUE_DATE:
    case CRM_VALUE_BY_ROW:
    default:
      return 1;
    }
}

static void
draw_lines (cairo_t             *cr,
            PangoContext        *context,
            CrmReportTable      *table,
            const CrmChartStyle *style,
            const Layout        *layout,
            int                  highlight)
{
  guint label_every = MAX (1, (guint)ceil (layout->n_rows * 70.0 / MAX (layout->plot_width, 1)));

  /* Grid: zero, the top and the middle, labelled with the first series' format. */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 2; i++)
    {
      double value = layout->minimum + (layout->maximum - layout->minimum) * i / 2;
      double y = floor (y_of (layout, value)) + 0.5;
      g_autofree char *text = NULL;

      set_color (cr, &style->foreground, 0.12);
      cairo_move_to (cr, layout->plot_x, y);
      cairo_line_to (cr, layout->plot_x + layout->plot_width, y);
      cairo_stroke (cr);
      text = g_strdup_printf ("%.0f", value / axis_scale (table, layout->series[0]));
      draw_text (cr, context, style, text, layout->plot_x - 6, y, 0, PANGO_ALIGN_RIGHT, 0.6);
    }
  if (layout->minimum < 0)
    {
      double y = floor (y_of (layout, 0)) + 0.5;

      set_color (cr, &style->foreground, 0.5);
      cairo_move_to (cr, layout->plot_x, y);
      cairo_line_to (cr, layout->plot_x + layout->plot_width, y);
      cairo_stroke (cr);
    }

  if (highlight >= 0)
    {
      set_color (cr, &style->foreground, 0.25);
      cairo_move_to (cr, floor (line_x (layout, highlight)) + 0.5, layout->plot_y);
      cairo_line_to (cr, floor (line_x (layout, highlight)) + 0.5, layout->plot_y + layout->plot_height);
      cairo_stroke (cr);
    }

  for (guint row = 0; row < layout->n_rows; row += label_every)
    {
      g_autofree char *label = crm_report_table_format_cell (table, row, layout->label_column);

      draw_text (cr, context, style, label, line_x (layout, row), layout->plot_y + layout->plot_height + AXIS_HEIGHT / 2 + 2,
                 0, PANGO_ALIGN_CENTER, 0.6);
    }

  for (guint s = 0; s < layout->n_series; s++)
    {
      set_color (cr, series_color (style, s), 1);
      cairo_set_line_width (cr, style->high_contrast ? 3 : 2);
      if (style->high_contrast && s % 2 == 1)
        cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
      for (guint row = 0; row < layout->n_rows; row++)
        {
          double x = line_x (layout, row), y = y_of (layout, value_at (table, row, layout->series[s]));

          if (row == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint row = 0; row < layout->n_rows; row++)
        draw_marker (cr, s, line_x (layout, row), y_of (layout, value_at (table, row, layout->series[s])),
                     (int)row == highlight ? 5 : 3);
    }
}

void
crm_chart_draw_highlighted (cairo_t             *cr,
                            PangoContext        *context,
                            CrmReportTable      *table,
                            const CrmChartStyle *style,
                            double               width,
                            double               height,
                            int                  highlight)
{
  Layout layout;

  g_return_if_fail (cr != NULL && table != NULL && style != NULL);

  if (!compute_layout (table, width, height, &layout))
    {
      draw_text (cr, context, style, _("No data for this period"), width / 2, height / 2, width, PANGO_ALIGN_CENTER, 0.6);
      return;
    }

  cairo_save (cr);
  draw_legend (cr, context, table, style, &layout);
  switch (layout.kind)
    {
    case CRM_CHART_BAR:
    case CRM_CHART_STACKED_BAR:
      draw_bars (cr, context, table, style, &layout, highlight);
      break;
    case CRM_CHART_FUNNEL:
      draw_funnel (cr, context, table, style, &layout, highlight);
      break;
    case CRM_CHART_LINE:
      draw_lines (cr, context, table, style, &layout, highlight);
      break;
    case CRM_CHART_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

void
crm_chart_draw (cairo_t             *cr,
                PangoContext        *context,
                CrmReportTable      *table,
                const CrmChartStyle *style,
                double               width,
                double               height)
{
  crm_chart_draw_highlighted (cr, context, table, style, width, height, -1);
}
