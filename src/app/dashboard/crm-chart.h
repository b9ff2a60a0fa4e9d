/* crm-chart.h: a report table drawn as a chart, with cairo, for the screen
 * (CrmChartView) and the PDF export alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "crm-report-table.h"

G_BEGIN_DECLS

typedef struct {
  double red, green, blue, alpha;
} CrmChartColor;

typedef struct {
  CrmChartColor         foreground;   /* text, axes */
  CrmChartColor         background;   /* what the chart is drawn on */
  const CrmChartColor  *series;       /* colours for series (or funnel bands) in order */
  guint                 n_series;
  gboolean              high_contrast; /* thicker lines, patterns as well as colours */
  const PangoFontDescription *font;
} CrmChartStyle;

/* The palettes for light, dark and high-contrast (light or dark) looks. */
void     crm_chart_style_init    (CrmChartStyle  *style,
                                  gboolean        dark,
                                  gboolean        high_contrast);

/* Draws @table's chart into [0, @width] x [0, @height] of @cr, with the
 * table's label column as categories and its series columns as values; an
 * empty table draws a "No data" line. Layout text with @context's font map. */
void     crm_chart_draw          (cairo_t              *cr,
                                  PangoContext         *context,
                                  CrmReportTable       *table,
                                  const CrmChartStyle  *style,
                                  double                width,
                                  double                height);
/* The same, with row @highlight (or -1) marked: hover and keyboard focus. */
void     crm_chart_draw_highlighted (cairo_t           *cr,
                                     PangoContext      *context,
                                     CrmReportTable    *table,
                                     const CrmChartStyle *style,
                                     double             width,
                                     double             height,
                                     int                highlight);
/* The row drawn at (@x, @y) by crm_chart_draw() with the same size, or -1. */
int      crm_chart_row_at        (CrmReportTable       *table,
                                  double                width,
                                  double                height,
                                  double                x,
                                  double                y);
/* The height the chart wants for @width (bars grow with the rows). */
double   crm_chart_preferred_height (CrmReportTable    *table,
                                     double             width);

G_END_DECLS
