/* crm-reports.c: the list of dashboards and reports, and how they run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-reports"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "crm-field.h"
#include "crm-reports-private.h"

typedef struct {
  CrmReportInfo  info;
  CrmReportFunc  run;
} Report;

typedef struct {
  const char    *prefix;
  CrmDrillFunc   run;
} Drill;

static const CrmDashboardInfo dashboards[] = {
  { "sales", N_("Sales") },
  { "customers", N_("Customers") },
  { "service", N_("Service") },
  { "team", N_("Team") },
  { "marketing", N_("Marketing") },
};

static const Report reports[] = {
  { { "sales-summary", "sales", N_("Sales at a Glance"),
      N_("This period against the previous one") }, crm_sales_report_summary },
  { { "revenue", "sales", N_("Revenue and Profit"),
      N_("Order revenue and profit over the period, with the previous period’s revenue") }, crm_sales_report_revenue },
  { { "pipeline", "sales", N_("Pipeline by Stage"),
      N_("Open deals in each stage, weighted by the stage’s probability") }, crm_sales_report_pipeline },
  { { "forecast", "sales", N_("Forecast against Quota"),
      N_("Won and weighted open deals of each salesperson, against the quota for the period") }, crm_sales_report_forecast },
  { { "win-loss", "sales", N_("Wins and Losses"),
      N_("Deals closed in the period by reason") }, crm_sales_report_win_loss },
  { { "quotes-by-product", "sales", N_("Quotes by Product"),
      N_("What was quoted in the period, and how much of it was accepted") }, crm_sales_report_quotes_by_product },
  { { "products-best", "sales", N_("Best-Selling Products"),
      N_("The products with the most revenue in the period") }, crm_sales_report_products_best },
  { { "products-worst", "sales", N_("Weakest Products"),
      N_("The active products with the least revenue in the period") }, crm_sales_report_products_worst },
  { { "products-profit", "sales", N_("Most Profitable Products"),
      N_("The products with the most profit in the period") }, crm_sales_report_products_profit },
  { { "products-failing", "sales", N_("Products That Fail Most"),
      N_("Service tickets per 100 units sold in the period") }, crm_sales_report_products_failing },
  { { "top-customers", "sales", N_("Top Customers"),
      N_("The customers with the most revenue in the period, with their profit") }, crm_sales_report_top_customers },
  { { "rfm", "customers", N_("Customer Segments (RFM)"),
      N_("Customers scored by recency, frequency and monetary value of their orders") }, crm_customer_report_rfm },
  { { "neglected", "customers", N_("Neglected Customers"),
      N_("Customers nobody has contacted for a while, most valuable first") }, crm_customer_report_neglected },
  { { "next-purchase", "customers", N_("Next Expected Purchases"),
      N_("Periodic products due in the next 30 days, from each customer’s own order intervals") }, crm_customer_report_next_purchase },
  { { "cross-sell", "customers", N_("Cross-Sell Suggestions"),
      N_("Products often bought together: customers with the first who lack the second") }, crm_customer_report_cross_sell },
  { { "service-summary", "service", N_("Service at a Glance"),
      N_("This period against the previous one") }, crm_service_report_summary },
  { { "backlog", "service", N_("Open Tickets"),
      N_("The service backlog by status, now") }, crm_service_report_backlog },
  { { "technicians", "service", N_("Technicians"),
      N_("Tickets closed in the period, time to close and satisfaction") }, crm_service_report_technicians },
  { { "faults", "service", N_("Recurring Faults"),
      N_("Faults seen more than once per product in the period") }, crm_service_report_faults },
  { { "regions", "service", N_("Complaints by Region"),
      N_("Tickets received in the period by region") }, crm_service_report_regions },
  { { "staff-activity", "team", N_("Staff Activity"),
      N_("Calls, meetings, visits, deals opened and orders taken per person") }, crm_team_report_activity },
  { { "staff-daily", "team", N_("Activity over Time"),
      N_("Activities per day (or week) of the most active people") }, crm_team_report_daily },
  { { "campaigns", "marketing", N_("Campaigns"),
      N_("Cost, revenue from members within the campaign window, and return on investment") }, crm_campaign_report_roi },
};

static const Drill drills[] = {
  { "product", crm_sales_drill_product },
  { "stage", crm_sales_drill_stage },
  { "owner", crm_sales_drill_owner },
  { "reason", crm_sales_drill_reason },
  { "bucket", crm_sales_drill_bucket },
  { "quoted", crm_sales_drill_quoted_product },
  { "figure", crm_sales_drill_figure },
  { "segment", crm_customer_drill_segment },
  { "cross-sell", crm_customer_drill_cross_sell },
  { "tickets", crm_service_drill_tickets },
  { "staff", crm_team_drill_staff },
  { "campaign", crm_campaign_drill_members },
};

static const char * const record_kinds[] = { "customer", "deal", "ticket", "quote", "contract" };

struct _CrmReportContext {
  CrmStore        *store;
  CrmReportParams  params;
  GCancellable    *cancellable;
  GHashTable      *shared;    /* key → SharedValue */
};

typedef struct {
  gpointer        value;
  GDestroyNotify  free_func;
} SharedValue;

static void
shared_value_free (gpointer data)
{
  SharedValue *shared = data;

  if (shared->free_func != NULL && shared->value != NULL)
    shared->free_func (shared->value);
  g_free (shared);
}

CrmReportContext *
crm_report_context_new (CrmStore              *store,
                        const CrmReportParams *params,
                        GCancellable          *cancellable)
{
  CrmReportContext *context = g_new0 (CrmReportContext, 1);

  context->store = g_object_ref (store);
  context->params = *params;
  context->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  context->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shared_value_free);

  return context;
}

void
crm_report_context_free (CrmReportContext *context)
{
  g_hash_table_unref (context->shared);
  g_clear_object (&context->cancellable);
  g_object_unref (context->store);
  g_free (context);
}

CrmStore *
crm_report_context_get_store (CrmReportContext *context)
{
  return context->store;
}

const CrmReportParams *
crm_report_context_get_params (CrmReportContext *context)
{
  return &context->params;
}

gboolean
crm_report_context_cancelled (CrmReportContext  *context,
                              GError           **error)
{
  return g_cancellable_set_error_if_cancelled (context->cancellable, error);
}

gpointer
crm_report_context_share (CrmReportContext  *context,
                          const char        *key,
                          CrmShareFunc       compute,
                          GDestroyNotify     free_func,
                          GError           **error)
{
  SharedValue *shared = g_hash_table_lookup (context->shared, key);

  if (shared == NULL)
    {
      gpointer value = compute (context, error);

      if (value == NULL)
        return NULL;

      shared = g_new0 (SharedValue, 1);
      shared->value = value;
      shared->free_func = free_func;
      g_hash_table_insert (context->shared, g_strdup (key), shared);
    }

  return shared->value;
}

CrmReportTable *
crm_report_context_new_table (CrmReportContext *context,
                              const char       *name)
{
  const CrmReportInfo *info = crm_reports_find (name);
  CrmReportTable *table;

  table = crm_report_table_new (name, info != NULL ? _(info->title) : name);
  if (info != NULL)
    crm_report_table_set_description (table, _(info->description));
  crm_report_table_set_currency (table, context->params.currency);

  return table;
}

CrmReportTable *
crm_report_drill_table_new (CrmReportContext *context,
                            const char       *name,
                            const char       *title,
                            const char       *detail_title,
                            const char       *date_title,
                            const char       *amount_title)
{
  CrmReportTable *table = crm_report_table_new (name, title);

  crm_report_table_set_currency (table, context->params.currency);
  crm_report_table_add_column (table, "record", _("Record"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "detail", detail_title, CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "date", date_title, CRM_VALUE_DATE);
  crm_report_table_add_column (table, "amount", amount_title,
                               amount_title != NULL ? CRM_VALUE_MONEY : CRM_VALUE_TEXT);
  return table;
}

gboolean
crm_report_drill_table_add (CrmReportTable *table,
                            const char     *entity,
                            const char     *id,
                            const char     *record,
                            const char     *detail,
                            gint64          date,
                            gint64          amount)
{
  g_autofree char *drill = NULL;
  guint row;

  if (crm_report_table_get_n_rows (table) >= CRM_DRILL_MAX_ROWS)
    return FALSE;

  drill = g_strdup_printf ("%s:%s", entity, id);
  row = crm_report_table_add_row (table, drill);
  crm_report_table_set_text (table, row, 0, record);
  crm_report_table_set_text (table, row, 1, detail);
  crm_report_table_set_value (table, row, 2, date);
  crm_report_table_set_value (table, row, 3, amount);
  return TRUE;
}

gboolean
crm_report_drill_table_fill (CrmReportTable  *table,
                             CrmStore        *store,
                             sqlite3_stmt    *stmt,
                             GError         **error)
{
  guint n_more = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!crm_report_drill_table_add (table,
                                     (const char *)sqlite3_column_text (stmt, 0),
                                     (const char *)sqlite3_column_text (stmt, 1),
                                     (const char *)sqlite3_column_text (stmt, 2),
                                     (const char *)sqlite3_column_text (stmt, 3),
                                     sqlite3_column_int64 (stmt, 4),
                                     sqlite3_column_int64 (stmt, 5)))
      n_more++;
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return crm_store_set_error (store, rc, error);

  if (n_more > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more record is not shown.",
                                                            "%u more records are not shown.", n_more),
                                               n_more);
      crm_report_table_set_note (table, note);
    }
  return TRUE;
}

/* Money in one currency only: a table that shows money says so. */
static void
note_other_currencies (CrmReportTable *table)
{
  if (crm_report_table_get_note (table) != NULL)
    return;

  for (guint column = 0; column < crm_report_table_get_n_columns (table); column++)
    if (crm_report_table_get_column_kind (table, column) == CRM_VALUE_MONEY)
      {
        g_autofree char *note = g_strdup_printf (_("Amounts in currencies other than %s are left out."),
                                                 crm_report_table_get_currency (table));

        crm_report_table_set_note (table, note);
        return;
      }
}

static gint64
current_time (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
crm_report_params_init (CrmReportParams *params,
                        CrmStore        *store)
{
  g_auto(GStrv) currencies = NULL;

  g_return_if_fail (params != NULL);
  g_return_if_fail (CRM_IS_STORE (store));

  memset (params, 0, sizeof *params);
  params->now = current_time ();
  params->neglected_days = 30;
  crm_period_init_current (&params->period, CRM_PERIOD_MONTH, params->now);

  currencies = crm_reports_list_currencies (store, NULL);
  g_strlcpy (params->currency, currencies != NULL ? currencies[0] : "EUR", sizeof params->currency);
}

const CrmDashboardInfo *
crm_dashboards_list (guint *n_dashboards)
{
  g_return_val_if_fail (n_dashboards != NULL, NULL);

  *n_dashboards = G_N_ELEMENTS (dashboards);
  return dashboards;
}

/* The reports are listed with their run function; this hands out the
 * public part as a plain array. */
const CrmReportInfo *
crm_reports_list (guint *n_reports)
{
  static CrmReportInfo infos[G_N_ELEMENTS (reports)];
  static gsize initialised;

  g_return_val_if_fail (n_reports != NULL, NULL);

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
        infos[i] = reports[i].info;
      g_once_init_leave (&initialised, 1);
    }

  *n_reports = G_N_ELEMENTS (reports);
  return infos;
}

static const Report *
find_report (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    if (g_strcmp0 (reports[i].info.name, name) == 0)
      return &reports[i];
  return NULL;
}

const CrmReportInfo *
crm_reports_find (const char *name)
{
  const Report *report = find_report (name);
  guint n_reports;

  return report != NULL ? &crm_reports_list (&n_reports)[report - reports] : NULL;
}

static CrmReportTable *
run_report (CrmReportContext  *context,
            const Report      *report,
            GError           **error)
{
  CrmReportTable *table = report->run (context, error);

  if (table != NULL)
    note_other_currencies (table);
  return table;
}

CrmReportTable *
crm_report_run (CrmStore              *store,
                const char            *name,
                const CrmReportParams *params,
                GError               **error)
{
  g_autoptr(CrmReportContext) context = NULL;
  const Report *report;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if ((report = find_report (name)) == NULL)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("There is no report “%s”; “crm-tool report” lists them."), name);
      return NULL;
    }

  context = crm_report_context_new (store, params, NULL);
  return run_report (context, report, error);
}

GPtrArray *
crm_dashboard_run (CrmStore              *store,
                   const char            *dashboard,
                   const CrmReportParams *params,
                   GCancellable          *cancellable,
                   GError               **error)
{
  g_autoptr(CrmReportContext) context = NULL;
  g_autoptr(GPtrArray) tables = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  context = crm_report_context_new (store, params, cancellable);
  tables = g_ptr_array_new_with_free_func ((GDestroyNotify)crm_report_table_unref);

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      CrmReportTable *table;

      if (g_strcmp0 (reports[i].info.dashboard, dashboard) != 0)
        continue;
      if (crm_report_context_cancelled (context, error) ||
          (table = run_report (context, &reports[i], error)) == NULL)
        return NULL;
      g_ptr_array_add (tables, table);
    }

  if (tables->len == 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("There is no dashboard “%s”."), dashboard);
      return NULL;
    }

  return g_steal_pointer (&tables);
}

gboolean
crm_report_drill_is_record (const char  *drill,
                            char       **entity,
                            const char **id)
{
  const char *colon;

  if (drill == NULL || (colon = strchr (drill, ':')) == NULL || colon[1] == '\0')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (record_kinds); i++)
    if (strlen (record_kinds[i]) == (gsize)(colon - drill) &&
        strncmp (drill, record_kinds[i], colon - drill) == 0)
      {
        if (entity != NULL)
          {
            char *copy = g_strdup (drill);

            copy[colon - drill] = '\0';
            *entity = copy;
            if (id != NULL)
              *id = copy + (colon - drill) + 1;
          }
        else if (id != NULL)
          *id = colon + 1;
        return TRUE;
      }

  return FALSE;
}

CrmReportTable *
crm_report_drill (CrmStore              *store,
                  const char            *drill,
                  const CrmReportParams *params,
                  GError               **error)
{
  const char *colon;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  colon = drill != NULL ? strchr (drill, ':') : NULL;
  for (guint i = 0; colon != NULL && i < G_N_ELEMENTS (drills); i++)
    if (strlen (drills[i].prefix) == (gsize)(colon - drill) &&
        strncmp (drill, drills[i].prefix, colon - drill) == 0)
      {
        g_autoptr(CrmReportContext) context = crm_report_context_new (store, params, NULL);
        CrmReportTable *table = drills[i].run (context, colon + 1, error);

        if (table != NULL)
          note_other_currencies (table);
        return table;
      }

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               _("Unknown report link “%s”."), drill != NULL ? drill : "");
  return NULL;
}

/* Distinct currencies through the facts' primary key: one index probe per
 * currency instead of a scan of every order line. The view asks at start,
 * on the main thread, so this must stay cheap. */
char **
crm_reports_list_currencies (CrmStore  *store,
                             GError   **error)
{
  sqlite3_stmt *next, *count;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *after = g_strdup ("");
  GStrvBuilder *builder;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  next = crm_store_prepare (store, "SELECT currency FROM sales_facts WHERE currency > ?1 "
                                   "ORDER BY currency LIMIT 1", error);
  /* Ranked by open deals, which their own index counts in a few
   * milliseconds; counting the facts would read every order line. */
  count = crm_store_prepare (store, "SELECT count(*) FROM deals WHERE currency = ?1 AND deleted = 0 "
                                    "AND closed_at = 0", error);
  if (next == NULL || count == NULL)
    return NULL;

  for (;;)
    {
      gint64 n;
      int rc;

      sqlite3_bind_text (next, 1, after, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (next);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (next);
          if (rc != SQLITE_DONE)
            {
              crm_store_set_error (store, rc, error);
              return NULL;
            }
          break;
        }
      g_free (after);
      after = g_strdup ((const char *)sqlite3_column_text (next, 0));
      sqlite3_reset (next);

      if (!crm_currency_is_code (after))
        continue;

      sqlite3_bind_text (count, 1, after, -1, SQLITE_STATIC);
      n = sqlite3_step (count) == SQLITE_ROW ? sqlite3_column_int64 (count, 0) : 0;
      sqlite3_reset (count);

      /* Insertion sort: a handful of currencies. */
      {
        guint at = 0;

        while (at < counts->len && g_array_index (counts, gint64, at) >= n)
          at++;
        g_array_insert_val (counts, at, n);
        g_ptr_array_insert (found, at, g_strdup (after));
      }
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (found, i));
  if (found->len == 0)
    g_strv_builder_add (builder, "EUR");

  {
    char **currencies = g_strv_builder_end (builder);

    g_strv_builder_unref (builder);
    return currencies;
  }
}
