/* crm-tool-reports.c: `crm-tool report`, the dashboards' figures as text or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-reports.h"
#include "crm-tool-private.h"

static void
list_reports (void)
{
  const CrmReportInfo *reports;
  guint n_reports;

  reports = crm_reports_list (&n_reports);
  for (guint i = 0; i < n_reports; i++)
    g_print ("%-18s %-10s %s\n", reports[i].name, reports[i].dashboard, _(reports[i].title));
}

/* Display width in characters, for aligning columns of UTF-8 text. */
static glong
width_of (const char *text)
{
  return g_utf8_strlen (text, -1);
}

static void
print_padded (const char *text,
              glong       width,
              gboolean    right)
{
  glong padding = MAX (0, width - width_of (text));

  if (right)
    g_print ("%*s%s", (int)padding, "", text);
  else
    g_print ("%s%*s", text, (int)padding, "");
}

static void
print_table (CrmReportTable  *table,
             const CrmPeriod *period)
{
  guint n_columns = crm_report_table_get_n_columns (table);
  guint n_rows = crm_report_table_get_n_rows (table);
  g_autofree glong *widths = g_new0 (glong, n_columns);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *described = crm_period_describe (period);

  g_print ("%s — %s\n", crm_report_table_get_title (table), described);
  if (crm_report_table_get_description (table) != NULL)
    g_print ("%s\n", crm_report_table_get_description (table));
  g_print ("\n");

  for (guint column = 0; column < n_columns; column++)
    widths[column] = width_of (crm_report_table_get_column_title (table, column));
  for (guint row = 0; row < n_rows; row++)
    for (guint column = 0; column < n_columns; column++)
      {
        char *cell = crm_report_table_format_cell (table, row, column);

        widths[column] = MAX (widths[column], width_of (cell));
        g_ptr_array_add (cells, cell);
      }

  for (guint column = 0; column < n_columns; column++)
    {
      print_padded (crm_report_table_get_column_title (table, column), widths[column],
                    crm_report_table_get_column_kind (table, column) != CRM_VALUE_TEXT);
      g_print (column + 1 < n_columns ? "  " : "\n");
    }
  for (guint row = 0; row < n_rows; row++)
    for (guint column = 0; column < n_columns; column++)
      {
        print_padded (g_ptr_array_index (cells, row * n_columns + column), widths[column],
                      crm_report_table_get_column_kind (table, column) != CRM_VALUE_TEXT);
        g_print (column + 1 < n_columns ? "  " : "\n");
      }
  if (n_rows == 0)
    g_print ("%s\n", _("(nothing in this period)"));

  if (crm_report_table_get_note (table) != NULL)
    g_print ("\n%s\n", crm_report_table_get_note (table));
}

static void
print_json (CrmReportTable  *table,
            const CrmPeriod *period)
{
  g_autoptr(JsonNode) node = crm_report_table_to_json (table);
  JsonObject *object = json_node_get_object (node);
  JsonObject *range = json_object_new ();
  g_autofree char *from = crm_period_format_day (period->start);
  g_autofree char *to = crm_period_format_day (period->end - 1);
  g_autofree char *previous_from = crm_period_format_day (period->prev_start);
  g_autofree char *previous_to = crm_period_format_day (MAX (period->prev_end - 1, period->prev_start));

  json_object_set_string_member (range, "from", from);
  json_object_set_string_member (range, "to", to);
  json_object_set_string_member (range, "previous_from", previous_from);
  json_object_set_string_member (range, "previous_to", previous_to);
  json_object_set_object_member (object, "period", range);

  crm_tool_print_json (node);
}

int
crm_tool_report (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmReportTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL, *currency = NULL, *drill = NULL, *period = NULL;
  gboolean json = FALSE;
  CrmReportParams params;
  int status = 0;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day (YYYY-MM-DD)"), "DAY" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last day, included (YYYY-MM-DD)"), "DAY" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("month (default), quarter or year: the current one"), "P" },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("ISO 4217 code (default: the most used)"), "XXX" },
    { "drill", 0, 0, G_OPTION_ARG_STRING, &drill, N_("The records behind a row’s link"), "LINK" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options ("[NAME]", entries, &argc, &argv, &status))
    return status;

  if (argc == 1 && drill == NULL)
    {
      list_reports ();
      return 0;
    }
  if (argc > 2)
    return crm_tool_usage_error (_("report takes one report name; “crm-tool report” lists them."));
  if (argc == 2 && crm_reports_find (argv[1]) == NULL)
    return crm_tool_fail (_("There is no report “%s”; “crm-tool report” lists them."), argv[1]);
  if (currency != NULL && !crm_currency_is_code (currency))
    return crm_tool_fail (_("“%s” is not a currency code; use three capital letters such as EUR."), currency);
  if ((from == NULL) != (to == NULL))
    return crm_tool_fail (_("Give both --from and --to, or neither."));

  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  crm_report_params_init (&params, store);
  if (currency != NULL)
    g_strlcpy (params.currency, currency, sizeof params.currency);

  if (from != NULL)
    {
      gint64 first, last;

      if (!crm_period_parse_day (from, &first))
        return crm_tool_fail (_("“%s” is not a date; write it as YYYY-MM-DD."), from);
      if (!crm_period_parse_day (to, &last))
        return crm_tool_fail (_("“%s” is not a date; write it as YYYY-MM-DD."), to);
      if (!crm_period_init_custom (&params.period, first, last, params.now))
        return crm_tool_fail (_("--to is before --from; the last day must not come before the first."));
    }
  else if (period != NULL)
    {
      if (g_str_equal (period, "month"))
        crm_period_init_current (&params.period, CRM_PERIOD_MONTH, params.now);
      else if (g_str_equal (period, "quarter"))
        crm_period_init_current (&params.period, CRM_PERIOD_QUARTER, params.now);
      else if (g_str_equal (period, "year"))
        crm_period_init_current (&params.period, CRM_PERIOD_YEAR, params.now);
      else
        return crm_tool_fail (_("Unknown period “%s”; choose month, quarter or year."), period);
    }

  if (drill != NULL)
    table = crm_report_drill (store, drill, &params, &error);
  else
    table = crm_report_run (store, argv[1], &params, &error);
  if (table == NULL)
    return crm_tool_fail ("%s", error->message);

  if (json)
    print_json (table, &params.period);
  else
    print_table (table, &params.period);

  return 0;
}
