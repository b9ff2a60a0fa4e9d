/* crm-report-table.h: one table of a report, the unit the dashboards draw,
 * crm-tool prints and every export writes
 *
 * A table has typed columns and rows of cells. Numbers stay integers (money
 * in minor units of the report's currency, percentages in basis points), so
 * CSV, JSON, the charts and the tests all read the same exact values. Each
 * row may carry a drill key saying which records lie behind it (see
 * crm-reports.h), and the table may say how it is best drawn.
 *
 * Tables are immutable once a report function returns them, and reference
 * counted, so a worker thread can hand them to the UI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  CRM_VALUE_TEXT,       /* only the text */
  CRM_VALUE_COUNT,      /* an integer */
  CRM_VALUE_MONEY,      /* minor units of the table's currency */
  CRM_VALUE_PERCENT,    /* basis points: 1234 is 12.34 % */
  CRM_VALUE_DECIMAL,    /* hundredths: 425 is 4.25 (lift, hours, stars) */
  CRM_VALUE_DATE,       /* unix seconds; 0 is "none" */
  CRM_VALUE_BY_ROW,     /* each row says (crm_report_table_set_row_kind): KPI tables */
} CrmValueKind;

typedef enum {
  CRM_CHART_NONE,
  CRM_CHART_LINE,          /* x: the label column in row order; one line per series */
  CRM_CHART_BAR,           /* one bar per row (horizontal), per series */
  CRM_CHART_STACKED_BAR,   /* one bar per row, the series stacked */
  CRM_CHART_FUNNEL,        /* one band per row, widths from the first series */
} CrmChartKind;

typedef struct _CrmReportTable CrmReportTable;

#define CRM_TYPE_REPORT_TABLE (crm_report_table_get_type ())

GType           crm_report_table_get_type        (void) G_GNUC_CONST;

/* @name: stable, machine-readable ("revenue"), used by crm-tool and file
 * names; @title: translated, for people. */
CrmReportTable *crm_report_table_new             (const char     *name,
                                                  const char     *title);
CrmReportTable *crm_report_table_ref             (CrmReportTable *self);
void            crm_report_table_unref           (CrmReportTable *self);

/* Building (only before the table is shared) */
void            crm_report_table_set_description (CrmReportTable *self,
                                                  const char     *description);
/* ISO 4217 code of the MONEY cells; NULL when the table holds no money. */
void            crm_report_table_set_currency    (CrmReportTable *self,
                                                  const char     *currency);
/* Returns the new column's index. @name is machine-readable (CSV header,
 * JSON key); @title translated. */
guint           crm_report_table_add_column      (CrmReportTable *self,
                                                  const char     *name,
                                                  const char     *title,
                                                  CrmValueKind    kind);
/* Returns the new row's index. @drill: (nullable): see crm_report_drill(). */
guint           crm_report_table_add_row         (CrmReportTable *self,
                                                  const char     *drill);
void            crm_report_table_set_text        (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column,
                                                  const char     *text);
void            crm_report_table_set_value       (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column,
                                                  gint64          value);
/* For CRM_VALUE_BY_ROW columns: how this row's values read. */
void            crm_report_table_set_row_kind    (CrmReportTable *self,
                                                  guint           row,
                                                  CrmValueKind    kind);
/* @label_column names the rows (x axis, bar labels); @series: the numeric
 * columns drawn, in order (-1 terminated). */
void            crm_report_table_set_chart       (CrmReportTable *self,
                                                  CrmChartKind    kind,
                                                  guint           label_column,
                                                  const int      *series);
/* A button on each row with a drill key, activating the detailed action
 * @action_name (e.g. "dashboard.schedule-visit") with the row's drill key as
 * its string parameter; @label is translated ("Schedule Visit"). */
void            crm_report_table_set_row_action  (CrmReportTable *self,
                                                  const char     *action_name,
                                                  const char     *label);
/* A sentence shown under the table ("Amounts in other currencies are left out."). */
void            crm_report_table_set_note        (CrmReportTable *self,
                                                  const char     *note);

/* Reading */
const char     *crm_report_table_get_name        (CrmReportTable *self);
const char     *crm_report_table_get_title       (CrmReportTable *self);
const char     *crm_report_table_get_description (CrmReportTable *self);
const char     *crm_report_table_get_currency    (CrmReportTable *self);
const char     *crm_report_table_get_note        (CrmReportTable *self);
guint           crm_report_table_get_n_columns   (CrmReportTable *self);
guint           crm_report_table_get_n_rows      (CrmReportTable *self);
const char     *crm_report_table_get_column_name (CrmReportTable *self,
                                                  guint           column);
const char     *crm_report_table_get_column_title (CrmReportTable *self,
                                                   guint           column);
CrmValueKind    crm_report_table_get_column_kind (CrmReportTable *self,
                                                  guint           column);
/* The kind of one cell: the column's, or the row's for BY_ROW columns. */
CrmValueKind    crm_report_table_get_cell_kind   (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column);
/* -1 when no column has that name. */
int             crm_report_table_find_column     (CrmReportTable *self,
                                                  const char     *name);
const char     *crm_report_table_get_text        (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column);
gint64          crm_report_table_get_value       (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column);
const char     *crm_report_table_get_drill       (CrmReportTable *self,
                                                  guint           row);
CrmChartKind    crm_report_table_get_chart       (CrmReportTable *self,
                                                  guint          *label_column,
                                                  const int     **series);
const char     *crm_report_table_get_row_action  (CrmReportTable *self,
                                                  const char    **label);

/* How a cell reads to a person: "€1,234.50", "12.3 %", "4.25", "24 Nov 2026",
 * the text of TEXT cells; "—" for a DATE of 0. */
char           *crm_report_table_format_cell     (CrmReportTable *self,
                                                  guint           row,
                                                  guint           column);
/* RFC 4180 CSV, a header row of column titles; numbers machine-readable
 * (money as 1234.50, percent as 12.34, dates as YYYY-MM-DD). */
char           *crm_report_table_to_csv          (CrmReportTable *self);
/* {"name", "title", "currency", "columns": [{"name","title","kind"}],
 *  "rows": [{"drill": …, "<column name>": value, …}]}; money as a string
 * "1234.50" (exact), percent and decimal as numbers, dates as YYYY-MM-DD. */
JsonNode       *crm_report_table_to_json         (CrmReportTable *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmReportTable, crm_report_table_unref)

G_END_DECLS
