/* crm-report-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-report-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-csv.h"
#include "crm-field.h"
#include "crm-period.h"
#include "crm-report-table.h"

typedef struct {
  char         *name;
  char         *title;
  CrmValueKind  kind;
} Column;

/* A cell's text overrides the formatted value ("—" for a change from zero). */
typedef struct {
  gint64  value;
  char   *text;
} Cell;

typedef struct {
  char         *drill;
  CrmValueKind  kind;      /* for BY_ROW columns */
  Cell         *cells;     /* one per column, allocated when the row is added */
} Row;

struct _CrmReportTable {
  gatomicrefcount  ref_count;
  char            *name;
  char            *title;
  char            *description;
  char            *currency;
  char            *note;
  GArray          *columns;   /* Column */
  GArray          *rows;      /* Row */
  CrmChartKind     chart;
  guint            label_column;
  GArray          *series;    /* int, -1 terminated */
  char            *row_action;
  char            *row_action_label;
};

G_DEFINE_BOXED_TYPE (CrmReportTable, crm_report_table, crm_report_table_ref, crm_report_table_unref)

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->title);
}

static void
row_clear (gpointer data,
           guint    n_cells)
{
  Row *row = data;

  for (guint i = 0; i < n_cells; i++)
    g_free (row->cells[i].text);
  g_free (row->cells);
  g_free (row->drill);
}

CrmReportTable *
crm_report_table_new (const char *name,
                      const char *title)
{
  CrmReportTable *self;
  int terminator = -1;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_new0 (CrmReportTable, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->title = g_strdup (title != NULL ? title : name);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->series = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (self->series, terminator);

  return self;
}

CrmReportTable *
crm_report_table_ref (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
crm_report_table_unref (CrmReportTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  /* Rows hold as many cells as there are columns now. */
  for (guint i = 0; i < self->rows->len; i++)
    row_clear (&g_array_index (self->rows, Row, i), self->columns->len);
  g_array_unref (self->rows);
  g_array_unref (self->columns);
  g_array_unref (self->series);
  g_free (self->name);
  g_free (self->title);
  g_free (self->description);
  g_free (self->currency);
  g_free (self->note);
  g_free (self->row_action);
  g_free (self->row_action_label);
  g_free (self);
}

void
crm_report_table_set_description (CrmReportTable *self,
                                  const char     *description)
{
  g_return_if_fail (self != NULL);

  g_free (self->description);
  self->description = g_strdup (description);
}

void
crm_report_table_set_currency (CrmReportTable *self,
                               const char     *currency)
{
  g_return_if_fail (self != NULL);

  g_free (self->currency);
  self->currency = g_strdup (currency);
}

void
crm_report_table_set_note (CrmReportTable *self,
                           const char     *note)
{
  g_return_if_fail (self != NULL);

  g_free (self->note);
  self->note = g_strdup (note);
}

guint
crm_report_table_add_column (CrmReportTable *self,
                             const char     *name,
                             const char     *title,
                             CrmValueKind    kind)
{
  Column column = { g_strdup (name), g_strdup (title != NULL ? title : name), kind };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (self->rows->len == 0, 0);

  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

guint
crm_report_table_add_row (CrmReportTable *self,
                          const char     *drill)
{
  Row row = { g_strdup (drill), CRM_VALUE_COUNT, NULL };

  g_return_val_if_fail (self != NULL, 0);

  row.cells = g_new0 (Cell, MAX (self->columns->len, 1));
  g_array_append_val (self->rows, row);
  return self->rows->len - 1;
}

static Cell *
cell_at (CrmReportTable *self,
         guint           row,
         guint           column)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return &g_array_index (self->rows, Row, row).cells[column];
}

void
crm_report_table_set_text (CrmReportTable *self,
                           guint           row,
                           guint           column,
                           const char     *text)
{
  Cell *cell;

  g_return_if_fail (self != NULL);

  if ((cell = cell_at (self, row, column)) == NULL)
    return;
  g_free (cell->text);
  cell->text = g_strdup (text);
}

void
crm_report_table_set_value (CrmReportTable *self,
                            guint           row,
                            guint           column,
                            gint64          value)
{
  Cell *cell;

  g_return_if_fail (self != NULL);

  if ((cell = cell_at (self, row, column)) != NULL)
    cell->value = value;
}

void
crm_report_table_set_row_kind (CrmReportTable *self,
                               guint           row,
                               CrmValueKind    kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->rows->len);
  g_return_if_fail (kind != CRM_VALUE_BY_ROW);

  g_array_index (self->rows, Row, row).kind = kind;
}

void
crm_report_table_set_chart (CrmReportTable *self,
                            CrmChartKind    kind,
                            guint           label_column,
                            const int      *series)
{
  int terminator = -1;

  g_return_if_fail (self != NULL);

  self->chart = kind;
  self->label_column = label_column;
  g_array_set_size (self->series, 0);
  for (guint i = 0; series != NULL && series[i] >= 0; i++)
    g_array_append_val (self->series, series[i]);
  g_array_append_val (self->series, terminator);
}

void
crm_report_table_set_row_action (CrmReportTable *self,
                                 const char     *action_name,
                                 const char     *label)
{
  g_return_if_fail (self != NULL);

  g_free (self->row_action);
  g_free (self->row_action_label);
  self->row_action = g_strdup (action_name);
  self->row_action_label = g_strdup (label);
}

const char *
crm_report_table_get_name (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

const char *
crm_report_table_get_title (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
crm_report_table_get_description (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->description;
}

const char *
crm_report_table_get_currency (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->currency;
}

const char *
crm_report_table_get_note (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->note;
}

guint
crm_report_table_get_n_columns (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

guint
crm_report_table_get_n_rows (CrmReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

static Column *
column_at (CrmReportTable *self,
           guint           column)
{
  g_assert (column < self->columns->len);
  return &g_array_index (self->columns, Column, column);
}

const char *
crm_report_table_get_column_name (CrmReportTable *self,
                                  guint           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  return column < self->columns->len ? column_at (self, column)->name : NULL;
}

const char *
crm_report_table_get_column_title (CrmReportTable *self,
                                   guint           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  return column < self->columns->len ? column_at (self, column)->title : NULL;
}

CrmValueKind
crm_report_table_get_column_kind (CrmReportTable *self,
                                  guint           column)
{
  g_return_val_if_fail (self != NULL, CRM_VALUE_TEXT);
  return column < self->columns->len ? column_at (self, column)->kind : CRM_VALUE_TEXT;
}

CrmValueKind
crm_report_table_get_cell_kind (CrmReportTable *self,
                                guint           row,
                                guint           column)
{
  CrmValueKind kind = crm_report_table_get_column_kind (self, column);

  if (kind == CRM_VALUE_BY_ROW && row < self->rows->len)
    return g_array_index (self->rows, Row, row).kind;
  return kind;
}

int
crm_report_table_find_column (CrmReportTable *self,
                              const char     *name)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_strcmp0 (column_at (self, i)->name, name) == 0)
      return (int)i;
  return -1;
}

const char *
crm_report_table_get_text (CrmReportTable *self,
                           guint           row,
                           guint           column)
{
  Cell *cell;

  g_return_val_if_fail (self != NULL, NULL);

  cell = cell_at (self, row, column);
  return cell != NULL ? cell->text : NULL;
}

gint64
crm_report_table_get_value (CrmReportTable *self,
                            guint           row,
                            guint           column)
{
  Cell *cell;

  g_return_val_if_fail (self != NULL, 0);

  cell = cell_at (self, row, column);
  return cell != NULL ? cell->value : 0;
}

const char *
crm_report_table_get_drill (CrmReportTable *self,
                            guint           row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_array_index (self->rows, Row, row).drill;
}

CrmChartKind
crm_report_table_get_chart (CrmReportTable  *self,
                            guint           *label_column,
                            const int      **series)
{
  g_return_val_if_fail (self != NULL, CRM_CHART_NONE);

  if (label_column != NULL)
    *label_column = self->label_column;
  if (series != NULL)
    *series = (const int *)self->series->data;
  return self->chart;
}

const char *
crm_report_table_get_row_action (CrmReportTable  *self,
                                 const char     **label)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (label != NULL)
    *label = self->row_action_label;
  return self->row_action;
}

/* "-1234567.50" → "-1 234 567.50": thin spaces between groups of three, a
 * separator no locale reads as a decimal point. */
static char *
group_digits (const char *number)
{
  GString *out = g_string_new (NULL);
  const char *digits = number;
  const char *point;
  gsize n_whole;

  if (*digits == '-')
    {
      g_string_append (out, "−");
      digits++;
    }
  point = strchr (digits, '.');
  n_whole = point != NULL ? (gsize)(point - digits) : strlen (digits);

  for (gsize i = 0; i < n_whole; i++)
    {
      if (i > 0 && (n_whole - i) % 3 == 0)
        g_string_append (out, "\u2009");
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);

  return g_string_free (out, FALSE);
}

/* Hundredths as "12.34", exact, for either sign. */
static char *
format_hundredths (gint64 value)
{
  guint64 magnitude = value < 0 ? -(guint64)value : (guint64)value;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02" G_GUINT64_FORMAT,
                          value < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

static char *
format_date (gint64 time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (time == 0 || (utc = g_date_time_new_from_unix_utc (time)) == NULL)
    return g_strdup ("—");

  local = g_date_time_to_local (utc);
  /* TRANSLATORS: a date in a dashboard table, see strftime(3) */
  return g_date_time_format (local, C_("report", "%-d %b %Y"));
}

char *
crm_report_table_format_cell (CrmReportTable *self,
                              guint           row,
                              guint           column)
{
  Cell *cell;

  g_return_val_if_fail (self != NULL, NULL);

  if ((cell = cell_at (self, row, column)) == NULL)
    return g_strdup ("");
  if (cell->text != NULL)
    return g_strdup (cell->text);

  switch (crm_report_table_get_cell_kind (self, row, column))
    {
    case CRM_VALUE_TEXT:
      return g_strdup ("");
    case CRM_VALUE_COUNT:
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cell->value);
        return group_digits (number);
      }
    case CRM_VALUE_MONEY:
      {
        g_autofree char *amount = crm_money_format (cell->value, self->currency);
        g_autofree char *grouped = group_digits (amount);

        if (self->currency == NULL || *self->currency == '\0')
          return g_steal_pointer (&grouped);
        return g_strdup_printf ("%s %s", grouped, self->currency);
      }
    case CRM_VALUE_PERCENT:
      {
        /* One decimal reads better on a dashboard: 12.3 %, rounded half away from zero. */
        gint64 tenths = (cell->value + (cell->value < 0 ? -5 : 5)) / 10;
        guint64 magnitude = tenths < 0 ? -(guint64)tenths : (guint64)tenths;

        /* TRANSLATORS: a percentage, e.g. "12.3 %" */
        return g_strdup_printf (_("%s%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT " %%"),
                                tenths < 0 ? "−" : "", magnitude / 10, magnitude % 10);
      }
    case CRM_VALUE_DECIMAL:
      return format_hundredths (cell->value);
    case CRM_VALUE_DATE:
      return format_date (cell->value);
    case CRM_VALUE_BY_ROW:
    default:
      g_assert_not_reached ();
    }
}

/* How a value reads in a file: machine-readable, exact. NULL for an empty
 * cell (a date of 0, a text cell without text). */
static char *
cell_to_plain (CrmReportTable *self,
               guint           row,
               guint           column)
{
  Cell *cell = &g_array_index (self->rows, Row, row).cells[column];

  switch (crm_report_table_get_cell_kind (self, row, column))
    {
    case CRM_VALUE_TEXT:
      return g_strdup (cell->text);
    case CRM_VALUE_COUNT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->value);
    case CRM_VALUE_MONEY:
      return crm_money_format (cell->value, self->currency);
    case CRM_VALUE_PERCENT:
    case CRM_VALUE_DECIMAL:
      return format_hundredths (cell->value);
    case CRM_VALUE_DATE:
      return cell->value != 0 ? crm_period_format_day (cell->value) : NULL;
    case CRM_VALUE_BY_ROW:
    default:
      g_assert_not_reached ();
    }
}

char *
crm_report_table_to_csv (CrmReportTable *self)
{
  GString *out = g_string_new (NULL);
  g_autofree const char **fields = NULL;
  guint n_columns;

  g_return_val_if_fail (self != NULL, NULL);

  n_columns = self->columns->len;
  fields = g_new0 (const char *, n_columns + 1);

  for (guint column = 0; column < n_columns; column++)
    fields[column] = column_at (self, column)->title;
  crm_csv_append_row (out, fields, n_columns, ',');

  for (guint row = 0; row < self->rows->len; row++)
    {
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

      for (guint column = 0; column < n_columns; column++)
        {
          char *value = cell_to_plain (self, row, column);

          g_ptr_array_add (values, value);
          fields[column] = value;
        }
      crm_csv_append_row (out, fields, n_columns, ',');
    }

  return g_string_free (out, FALSE);
}

static const char *
kind_name (CrmValueKind kind)
{
  static const char * const names[] = { "text", "count", "money", "percent", "decimal", "date", "by-row" };

  g_assert ((guint)kind < G_N_ELEMENTS (names));
  return names[kind];
}

JsonNode *
crm_report_table_to_json (CrmReportTable *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  json_builder_set_member_name (builder, "currency");
  if (self->currency != NULL)
    json_builder_add_string_value (builder, self->currency);
  else
    json_builder_add_null_value (builder);
  if (self->note != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, self->note);
    }

  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint column = 0; column < self->columns->len; column++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, column_at (self, column)->name);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, column_at (self, column)->title);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_name (column_at (self, column)->kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint row = 0; row < self->rows->len; row++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "drill");
      if (crm_report_table_get_drill (self, row) != NULL)
        json_builder_add_string_value (builder, crm_report_table_get_drill (self, row));
      else
        json_builder_add_null_value (builder);

      for (guint column = 0; column < self->columns->len; column++)
        {
          Cell *cell = &g_array_index (self->rows, Row, row).cells[column];
          CrmValueKind kind = crm_report_table_get_cell_kind (self, row, column);

          json_builder_set_member_name (builder, column_at (self, column)->name);
          switch (kind)
            {
            case CRM_VALUE_COUNT:
              json_builder_add_int_value (builder, cell->value);
              break;
            case CRM_VALUE_PERCENT:
            case CRM_VALUE_DECIMAL:
              json_builder_add_double_value (builder, cell->value / 100.0);
              break;
            case CRM_VALUE_TEXT:
            case CRM_VALUE_MONEY:
            case CRM_VALUE_DATE:
            case CRM_VALUE_BY_ROW:
            default:
              {
                g_autofree char *plain = cell_to_plain (self, row, column);

                if (plain != NULL)
                  json_builder_add_string_value (builder, plain);
                else
                  json_builder_add_null_value (builder);
              }
              break;
            }
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
