/* crm-sales-reports.c: what the orders say: revenue, profit, products,
 * customers, and the sales summary
 *
 * One scan of sales_facts over [previous start, end) feeds every table of the
 * Sales dashboard (crm_report_context_share); ids and names are looked up only
 * for the rows shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sales-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-sales-reports-private.h"

typedef struct {
  gint64 revenue;
  gint64 cost;
  gint64 quantity;
  guint  n_orders;
} Totals;

typedef struct {
  gint64 pk;
  Totals totals;
  gint64 tickets;
} Entry;

struct _CrmSalesScan {
  Totals      current;
  Totals      previous;
  guint       n_customers;
  guint       n_previous_customers;
  GArray     *edges;            /* bucket edges of the period */
  GArray     *previous_edges;   /* the same buckets of the previous period */
  GArray     *buckets;          /* Totals per bucket */
  GArray     *previous_buckets; /* Totals per previous bucket */
  GHashTable *products;         /* pk → Entry, this period */
  GHashTable *customers;        /* pk → Entry, this period */
};

static void
sales_scan_free (CrmSalesScan *scan)
{
  g_array_unref (scan->edges);
  g_array_unref (scan->previous_edges);
  g_array_unref (scan->buckets);
  g_array_unref (scan->previous_buckets);
  g_hash_table_unref (scan->products);
  g_hash_table_unref (scan->customers);
  g_free (scan);
}

static Entry *
entry_for (GHashTable *table,
           gint64      pk)
{
  Entry *entry = g_hash_table_lookup (table, &pk);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->pk = pk;
      g_hash_table_insert (table, &entry->pk, entry);
    }
  return entry;
}

static void
add_line (Totals  *totals,
          gint64   quantity,
          gint64   revenue,
          gint64   cost,
          gboolean new_order)
{
  totals->quantity += quantity;
  totals->revenue += revenue;
  totals->cost += cost;
  if (new_order)
    totals->n_orders++;
}

static gpointer
scan_sales (CrmReportContext  *context,
            GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GHashTable) orders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) previous_customers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  CrmBucket bucket = crm_period_choose_bucket (&params->period);
  CrmSalesScan *scan;
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT ordered_at, order_pk, customer_pk, product_pk, quantity, revenue, cost"
                            " FROM sales_facts WHERE currency = ?1 AND ordered_at >= ?2 AND ordered_at < ?3",
                            error);
  if (stmt == NULL)
    return NULL;

  scan = g_new0 (CrmSalesScan, 1);
  scan->edges = crm_period_bucket_edges (params->period.start, params->period.end, bucket);
  /* The previous period in the same buckets, counted from its own start, so
   * that bucket i of each lines up on the chart. */
  scan->previous_edges = crm_period_bucket_edges (params->period.prev_start,
                                                  params->period.prev_start +
                                                  (params->period.end - params->period.start),
                                                  bucket);
  scan->buckets = g_array_set_size (g_array_new (FALSE, TRUE, sizeof (Totals)), scan->edges->len - 1);
  scan->previous_buckets = g_array_set_size (g_array_new (FALSE, TRUE, sizeof (Totals)),
                                             scan->previous_edges->len - 1);
  scan->products = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  scan->customers = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, MIN (params->period.prev_start, params->period.start));
  sqlite3_bind_int64 (stmt, 3, params->period.end);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 ordered_at = sqlite3_column_int64 (stmt, 0);
      gint64 order_pk = sqlite3_column_int64 (stmt, 1);
      gint64 customer_pk = sqlite3_column_int64 (stmt, 2);
      gboolean has_customer = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      gint64 product_pk = sqlite3_column_int64 (stmt, 3);
      gboolean has_product = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      gint64 quantity = sqlite3_column_int64 (stmt, 4);
      gint64 revenue = sqlite3_column_int64 (stmt, 5);
      gint64 cost = sqlite3_column_int64 (stmt, 6);
      gboolean new_order = !g_hash_table_contains (orders, &order_pk);
      int index;

      if (new_order)
        {
          gint64 *key = g_new (gint64, 1);

          *key = order_pk;
          g_hash_table_add (orders, key);
        }

      if (ordered_at >= params->period.start)
        {
          add_line (&scan->current, quantity, revenue, cost, new_order);
          if ((index = crm_period_bucket_find (scan->edges, ordered_at)) >= 0)
            add_line (&g_array_index (scan->buckets, Totals, index), quantity, revenue, cost, new_order);
          if (has_product)
            add_line (&entry_for (scan->products, product_pk)->totals, quantity, revenue, cost, FALSE);
          if (has_customer)
            add_line (&entry_for (scan->customers, customer_pk)->totals, quantity, revenue, cost, new_order);
        }
      else if (ordered_at < params->period.prev_end)
        {
          add_line (&scan->previous, quantity, revenue, cost, new_order);
          if (has_customer && !g_hash_table_contains (previous_customers, &customer_pk))
            {
              gint64 *key = g_new (gint64, 1);

              *key = customer_pk;
              g_hash_table_add (previous_customers, key);
            }
        }

      /* The whole previous period is drawn, not only its elapsed part. */
      if (ordered_at < params->period.start &&
          (index = crm_period_bucket_find (scan->previous_edges, ordered_at)) >= 0)
        add_line (&g_array_index (scan->previous_buckets, Totals, index), quantity, revenue, cost, new_order);
    }
  sqlite3_reset (stmt);

  scan->n_customers = g_hash_table_size (scan->customers);
  scan->n_previous_customers = g_hash_table_size (previous_customers);

  if (rc != SQLITE_DONE)
    {
      sales_scan_free (scan);
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return scan;
}

CrmSalesScan *
crm_sales_scan_get (CrmReportContext  *context,
                    GError           **error)
{
  return crm_report_context_share (context, "sales-facts", scan_sales, (GDestroyNotify)sales_scan_free, error);
}

/* (current − previous) / previous in basis points, or FALSE when there is
 * nothing to compare with. */
gboolean
crm_sales_change (gint64  current,
                  gint64  previous,
                  gint64 *change)
{
  if (previous == 0)
    return FALSE;

  *change = (gint64)((current - previous) * 10000.0 / (previous < 0 ? -previous : previous) +
                     (current >= previous ? 0.5 : -0.5));
  return TRUE;
}

gint64
crm_sales_margin (gint64 revenue,
                  gint64 cost)
{
  return revenue != 0 ? (gint64)((revenue - cost) * 10000.0 / revenue + ((revenue - cost) >= 0 ? 0.5 : -0.5)) : 0;
}

/* One row of a "this against previous" table. */
void
crm_sales_add_figure (CrmReportTable *table,
                      const char     *drill,
                      const char     *label,
                      CrmValueKind    kind,
                      gint64          current,
                      gint64          previous,
                      gboolean        has_previous)
{
  guint row = crm_report_table_add_row (table, drill);
  gint64 change = 0;

  crm_report_table_set_row_kind (table, row, kind);
  crm_report_table_set_text (table, row, 0, label);
  crm_report_table_set_value (table, row, 1, current);
  crm_report_table_set_value (table, row, 2, previous);
  if (!has_previous)
    crm_report_table_set_text (table, row, 2, "—");

  if (!has_previous)
    crm_report_table_set_text (table, row, 3, "—");
  else if (kind == CRM_VALUE_PERCENT)
    /* Percentage points, not a percentage of a percentage. */
    {
      g_autofree char *points = g_strdup_printf (_("%+.1f pt"), (current - previous) / 100.0);

      crm_report_table_set_value (table, row, 3, current - previous);
      crm_report_table_set_text (table, row, 3, points);
    }
  else if (crm_sales_change (current, previous, &change))
    crm_report_table_set_value (table, row, 3, change);
  else
    crm_report_table_set_text (table, row, 3, "—");
}

CrmReportTable *
crm_sales_new_figures_table (CrmReportContext *context,
                             const char       *name)
{
  CrmReportTable *table = crm_report_context_new_table (context, name);

  crm_report_table_add_column (table, "figure", _("Figure"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "current", _("This Period"), CRM_VALUE_BY_ROW);
  crm_report_table_add_column (table, "previous", _("Previous Period"), CRM_VALUE_BY_ROW);
  crm_report_table_add_column (table, "change", _("Change"), CRM_VALUE_PERCENT);
  return table;
}

CrmReportTable *
crm_sales_report_summary (CrmReportContext  *context,
                          GError           **error)
{
  CrmSalesScan *scan = crm_sales_scan_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  CrmDealFigures deals, previous_deals;
  const Totals *now, *before;

  if (scan == NULL ||
      !crm_sales_load_deal_figures (context, FALSE, &deals, error) ||
      !crm_sales_load_deal_figures (context, TRUE, &previous_deals, error))
    return NULL;

  now = &scan->current;
  before = &scan->previous;
  table = crm_sales_new_figures_table (context, "sales-summary");

  crm_sales_add_figure (table, "figure:revenue", _("Revenue"), CRM_VALUE_MONEY,
                        now->revenue, before->revenue, TRUE);
  crm_sales_add_figure (table, "figure:revenue", _("Profit"), CRM_VALUE_MONEY,
                        now->revenue - now->cost, before->revenue - before->cost, TRUE);
  crm_sales_add_figure (table, "figure:revenue", _("Margin"), CRM_VALUE_PERCENT,
                        crm_sales_margin (now->revenue, now->cost),
                        crm_sales_margin (before->revenue, before->cost), before->revenue != 0);
  crm_sales_add_figure (table, "figure:revenue", _("Orders"), CRM_VALUE_COUNT,
                        now->n_orders, before->n_orders, TRUE);
  crm_sales_add_figure (table, "figure:revenue", _("Average Order"), CRM_VALUE_MONEY,
                        now->n_orders > 0 ? now->revenue / now->n_orders : 0,
                        before->n_orders > 0 ? before->revenue / before->n_orders : 0, before->n_orders > 0);
  crm_sales_add_figure (table, "figure:revenue", _("Customers Who Bought"), CRM_VALUE_COUNT,
                        scan->n_customers, scan->n_previous_customers, TRUE);
  crm_sales_add_figure (table, "figure:deals-won", _("Deals Won"), CRM_VALUE_COUNT,
                        deals.n_won, previous_deals.n_won, TRUE);
  crm_sales_add_figure (table, "figure:deals-won", _("Win Rate"), CRM_VALUE_PERCENT,
                        deals.win_rate, previous_deals.win_rate, previous_deals.n_won + previous_deals.n_lost > 0);
  crm_sales_add_figure (table, "figure:pipeline", _("Weighted Open Pipeline"), CRM_VALUE_MONEY,
                        deals.weighted_open, 0, FALSE);

  return g_steal_pointer (&table);
}

static char *
bucket_label (gint64    start,
              CrmBucket bucket)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (start);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  /* TRANSLATORS: see strftime(3): a week on a chart ("3 Nov"), a month ("Nov 2026") */
  return g_date_time_format (local, bucket == CRM_BUCKET_MONTH ? C_("chart", "%b %Y") : C_("chart", "%-d %b"));
}

CrmReportTable *
crm_sales_report_revenue (CrmReportContext  *context,
                          GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmSalesScan *scan = crm_sales_scan_get (context, error);
  CrmBucket bucket = crm_period_choose_bucket (&params->period);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, 2, 3, -1 };

  if (scan == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "revenue");
  crm_report_table_add_column (table, "period", bucket == CRM_BUCKET_MONTH ? _("Month") : _("Week"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "revenue", _("Revenue"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "profit", _("Profit"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "previous_revenue", _("Previous Period’s Revenue"), CRM_VALUE_MONEY);
  crm_report_table_set_chart (table, CRM_CHART_LINE, 0, series);

  for (guint i = 0; i < scan->buckets->len; i++)
    {
      gint64 start = g_array_index (scan->edges, gint64, i);
      gint64 end = g_array_index (scan->edges, gint64, i + 1);
      const Totals *totals = &g_array_index (scan->buckets, Totals, i);
      g_autofree char *drill = g_strdup_printf ("bucket:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, start, end);
      g_autofree char *label = bucket_label (start, bucket);
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, label);
      crm_report_table_set_value (table, row, 1, totals->revenue);
      crm_report_table_set_value (table, row, 2, totals->revenue - totals->cost);
      if (i < scan->previous_buckets->len)
        crm_report_table_set_value (table, row, 3, g_array_index (scan->previous_buckets, Totals, i).revenue);
    }

  return g_steal_pointer (&table);
}

/* Tickets received in the period per product, for failure rates. */
static gboolean
count_tickets (CrmReportContext  *context,
               CrmSalesScan      *scan,
               GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT p.pk, g.n FROM"
                            " (SELECT product_id, count (*) AS n FROM tickets INDEXED BY tickets_received"
                            "  WHERE deleted = 0 AND received_at >= ?1 AND received_at < ?2 GROUP BY product_id) g"
                            " JOIN products p ON p.id = g.product_id",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    entry_for (scan->products, sqlite3_column_int64 (stmt, 0))->tickets = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

/* Every active product, with what it sold (zero for none) and its tickets. */
static gpointer
load_products (CrmReportContext  *context,
               GError           **error)
{
  CrmSalesScan *scan = crm_sales_scan_get (context, error);
  CrmStore *store = crm_report_context_get_store (context);
  GPtrArray *products;
  sqlite3_stmt *stmt;
  int rc;

  if (scan == NULL || !count_tickets (context, scan, error))
    return NULL;

  stmt = crm_store_prepare (store, "SELECT pk, id, name, active FROM products WHERE deleted = 0", error);
  if (stmt == NULL)
    return NULL;

  products = g_ptr_array_new_with_free_func ((GDestroyNotify)crm_sales_product_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);
      Entry *entry = g_hash_table_lookup (scan->products, &pk);
      CrmSalesProduct *product;

      /* Inactive products matter only for what they still sold. */
      if (entry == NULL && sqlite3_column_int (stmt, 3) == 0)
        continue;

      product = g_new0 (CrmSalesProduct, 1);
      product->id = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      product->name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      if (entry != NULL)
        {
          product->quantity = entry->totals.quantity;
          product->revenue = entry->totals.revenue;
          product->cost = entry->totals.cost;
          product->tickets = entry->tickets;
        }
      g_ptr_array_add (products, product);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_ptr_array_unref (products);
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return products;
}

void
crm_sales_product_free (CrmSalesProduct *product)
{
  g_free (product->id);
  g_free (product->name);
  g_free (product);
}

static gint64
failure_rate (const CrmSalesProduct *product)
{
  /* Tickets per 100 units, in hundredths. */
  return product->quantity > 0 ? product->tickets * 10000 / product->quantity : 0;
}

static int
compare_best (gconstpointer a,
              gconstpointer b)
{
  const CrmSalesProduct *x = *(CrmSalesProduct * const *)a, *y = *(CrmSalesProduct * const *)b;

  if (x->revenue != y->revenue)
    return x->revenue > y->revenue ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static int
compare_worst (gconstpointer a,
               gconstpointer b)
{
  return -compare_best (a, b);
}

static int
compare_profit (gconstpointer a,
                gconstpointer b)
{
  const CrmSalesProduct *x = *(CrmSalesProduct * const *)a, *y = *(CrmSalesProduct * const *)b;
  gint64 px = x->revenue - x->cost, py = y->revenue - y->cost;

  if (px != py)
    return px > py ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static int
compare_failing (gconstpointer a,
                 gconstpointer b)
{
  const CrmSalesProduct *x = *(CrmSalesProduct * const *)a, *y = *(CrmSalesProduct * const *)b;
  gint64 fx = failure_rate (x), fy = failure_rate (y);

  if (fx != fy)
    return fx > fy ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* A failure rate on a handful of units says nothing. */
#define MIN_UNITS_FOR_FAILURE_RATE 10

static CrmReportTable *
products_table (CrmReportContext  *context,
                const char        *name,
                GCompareFunc       compare,
                int                chart_column,
                GError           **error)
{
  GPtrArray *all = crm_report_context_share (context, "products", load_products,
                                             (GDestroyNotify)g_ptr_array_unref, error);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(CrmReportTable) table = NULL;
  int series[] = { chart_column, -1 };
  guint shown = 0;

  if (all == NULL)
    return NULL;

  /* A copy of the pointers only: the shared array owns the products. */
  sorted = g_ptr_array_copy (all, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare);

  table = crm_report_context_new_table (context, name);
  crm_report_table_add_column (table, "product", _("Product"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "quantity", _("Sold"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "revenue", _("Revenue"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "profit", _("Profit"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "margin", _("Margin"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "tickets", _("Tickets"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "failure_rate", _("Tickets per 100 Sold"), CRM_VALUE_DECIMAL);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < sorted->len && shown < 10; i++)
    {
      CrmSalesProduct *product = g_ptr_array_index (sorted, i);
      g_autofree char *drill = g_strdup_printf ("product:%s", product->id);
      guint row;

      if (compare == compare_failing && (product->quantity < MIN_UNITS_FOR_FAILURE_RATE || product->tickets == 0))
        continue;

      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, product->name);
      crm_report_table_set_value (table, row, 1, product->quantity);
      crm_report_table_set_value (table, row, 2, product->revenue);
      crm_report_table_set_value (table, row, 3, product->revenue - product->cost);
      crm_report_table_set_value (table, row, 4, crm_sales_margin (product->revenue, product->cost));
      crm_report_table_set_value (table, row, 5, product->tickets);
      crm_report_table_set_value (table, row, 6, failure_rate (product));
      shown++;
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_sales_report_products_best (CrmReportContext  *context,
                                GError           **error)
{
  return products_table (context, "products-best", compare_best, 2, error);
}

CrmReportTable *
crm_sales_report_products_worst (CrmReportContext  *context,
                                 GError           **error)
{
  return products_table (context, "products-worst", compare_worst, 2, error);
}

CrmReportTable *
crm_sales_report_products_profit (CrmReportContext  *context,
                                  GError           **error)
{
  return products_table (context, "products-profit", compare_profit, 3, error);
}

CrmReportTable *
crm_sales_report_products_failing (CrmReportContext  *context,
                                   GError           **error)
{
  return products_table (context, "products-failing", compare_failing, 6, error);
}

static int
compare_entries_by_revenue (gconstpointer a,
                            gconstpointer b)
{
  const Entry *x = *(Entry * const *)a, *y = *(Entry * const *)b;

  if (x->totals.revenue != y->totals.revenue)
    return x->totals.revenue > y->totals.revenue ? -1 : 1;
  return x->pk < y->pk ? -1 : x->pk > y->pk;
}

#define N_TOP_CUSTOMERS 20

CrmReportTable *
crm_sales_report_top_customers (CrmReportContext  *context,
                                GError           **error)
{
  CrmSalesScan *scan = crm_sales_scan_get (context, error);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, 2, -1 };
  sqlite3_stmt *stmt;

  if (scan == NULL ||
      (stmt = crm_store_prepare (store, "SELECT id, name FROM customers WHERE pk = ?1", error)) == NULL)
    return NULL;

  entries = g_ptr_array_sized_new (g_hash_table_size (scan->customers));
  {
    GHashTableIter iter;
    gpointer entry;

    g_hash_table_iter_init (&iter, scan->customers);
    while (g_hash_table_iter_next (&iter, NULL, &entry))
      g_ptr_array_add (entries, entry);
  }
  g_ptr_array_sort (entries, compare_entries_by_revenue);

  table = crm_report_context_new_table (context, "top-customers");
  crm_report_table_add_column (table, "customer", _("Customer"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "revenue", _("Revenue"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "profit", _("Profit"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "orders", _("Orders"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "margin", _("Margin"), CRM_VALUE_PERCENT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < entries->len && i < N_TOP_CUSTOMERS; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *drill = NULL;
      guint row;
      int rc;

      sqlite3_bind_int64 (stmt, 1, entry->pk);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          if (rc == SQLITE_DONE)
            continue;
          crm_store_set_error (store, rc, error);
          return NULL;
        }
      drill = g_strdup_printf ("customer:%s", sqlite3_column_text (stmt, 0));
      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, (const char *)sqlite3_column_text (stmt, 1));
      sqlite3_reset (stmt);

      crm_report_table_set_value (table, row, 1, entry->totals.revenue);
      crm_report_table_set_value (table, row, 2, entry->totals.revenue - entry->totals.cost);
      crm_report_table_set_value (table, row, 3, entry->totals.n_orders);
      crm_report_table_set_value (table, row, 4, crm_sales_margin (entry->totals.revenue, entry->totals.cost));
    }

  return g_steal_pointer (&table);
}
