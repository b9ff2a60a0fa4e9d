/* crm-customer-reports.c: the customer base: RFM segments, neglected
 * customers, next expected purchases, cross-sell pairs
 *
 * RFM, next purchases and cross-sell look at the customer base as it stands
 * (all order history up to params.now, in params.currency), not at the
 * period: one scan of sales_facts feeds all three.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-customer-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-models.h"
#include "crm-reports-private.h"

#define DAY (24 * 60 * 60)

typedef struct {
  gint64  pk;
  gint64  last_order_at;
  guint   n_orders;
  gint64  last_order_pk;
  gint64  revenue;
  guint8  r, f, m;       /* scores 1–5 */
} Buyer;

typedef struct {
  gint64  customer_pk;
  gint64  product_pk;
  gint64  first_day;
  gint64  last_day;
  gint64  last_at;
  guint   n_days;
} Purchase;

typedef struct {
  GArray     *buyers;        /* Buyer, by pk */
  GHashTable *periodic;      /* product pk → repurchase days (gint64 *) */
  GArray     *purchases;     /* Purchase of periodic products */
  GArray     *owned;         /* (customer pk, product pk) pairs, sorted, distinct */
} CustomerScan;

typedef struct {
  gint64 customer_pk;
  gint64 product_pk;
} Owned;

static void
customer_scan_free (CustomerScan *scan)
{
  g_array_unref (scan->buyers);
  g_hash_table_unref (scan->periodic);
  g_array_unref (scan->purchases);
  g_array_unref (scan->owned);
  g_free (scan);
}

static int
compare_by_pk (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

static int
compare_owned (gconstpointer a,
               gconstpointer b)
{
  const Owned *x = a, *y = b;

  if (x->customer_pk != y->customer_pk)
    return x->customer_pk < y->customer_pk ? -1 : 1;
  return x->product_pk < y->product_pk ? -1 : x->product_pk > y->product_pk;
}

static guint
purchase_hash (gconstpointer key)
{
  const Purchase *purchase = key;

  return g_int64_hash (&purchase->customer_pk) * 31 + g_int64_hash (&purchase->product_pk);
}

static gboolean
purchase_equal (gconstpointer a,
                gconstpointer b)
{
  const Purchase *x = a, *y = b;

  return x->customer_pk == y->customer_pk && x->product_pk == y->product_pk;
}

static gboolean
load_periodic (CrmStore    *store,
               GHashTable  *periodic,
               GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (store, "SELECT pk, repurchase_days FROM products"
                                                 " WHERE deleted = 0 AND repurchase_days > 0", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *pk = g_new (gint64, 2);

      pk[0] = sqlite3_column_int64 (stmt, 0);
      pk[1] = sqlite3_column_int64 (stmt, 1);
      g_hash_table_insert (periodic, pk, &pk[1]);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

/* 1–5 by quintiles of @value over all buyers: the score is 1 + 5 × (the
 * share of buyers with a strictly smaller value), so equal values always
 * get equal scores and the larger the value the higher the score. */
static void
score_quintiles (GArray  *buyers,
                 gsize    value_offset,
                 gsize    score_offset)
{
  guint n = buyers->len;
  g_autofree gint64 *values = g_new (gint64, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    values[i] = G_STRUCT_MEMBER (gint64, &g_array_index (buyers, Buyer, i), value_offset);
  qsort (values, n, sizeof (gint64), compare_by_pk);

  for (guint i = 0; i < n; i++)
    {
      Buyer *buyer = &g_array_index (buyers, Buyer, i);
      gint64 value = G_STRUCT_MEMBER (gint64, buyer, value_offset);
      guint low = 0, high = n;

      /* How many values are smaller. */
      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (values[middle] < value)
            low = middle + 1;
          else
            high = middle;
        }
      G_STRUCT_MEMBER (guint8, buyer, score_offset) = (guint8)(1 + (guint64)low * 5 / n);
    }
}

static gpointer
scan_customers (CrmReportContext  *context,
                GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GHashTable) buyers = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) purchases = g_hash_table_new_full (purchase_hash, purchase_equal, g_free, NULL);
  g_autoptr(GArray) n_orders = NULL;
  CustomerScan *scan;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer value;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT customer_pk, product_pk, ordered_at, order_pk, revenue FROM sales_facts"
                            " WHERE currency = ?1 AND ordered_at < ?2 AND customer_pk IS NOT NULL",
                            error);
  if (stmt == NULL)
    return NULL;

  scan = g_new0 (CustomerScan, 1);
  scan->buyers = g_array_new (FALSE, FALSE, sizeof (Buyer));
  scan->periodic = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  scan->purchases = g_array_new (FALSE, FALSE, sizeof (Purchase));
  scan->owned = g_array_new (FALSE, FALSE, sizeof (Owned));

  if (!load_periodic (store, scan->periodic, error))
    {
      customer_scan_free (scan);
      return NULL;
    }

  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, params->now);
  /* Lines come in time order, so a customer's orders arrive oldest first. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 customer_pk = sqlite3_column_int64 (stmt, 0);
      gboolean has_product = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      gint64 product_pk = sqlite3_column_int64 (stmt, 1);
      gint64 ordered_at = sqlite3_column_int64 (stmt, 2);
      gint64 order_pk = sqlite3_column_int64 (stmt, 3);
      Buyer *buyer = g_hash_table_lookup (buyers, &customer_pk);

      if (buyer == NULL)
        {
          buyer = g_new0 (Buyer, 1);
          buyer->pk = customer_pk;
          g_hash_table_insert (buyers, &buyer->pk, buyer);
        }
      if (buyer->last_order_pk != order_pk)
        {
          /* Lines of one order share its time; another order of the same
           * second is still another order. */
          buyer->n_orders++;
          buyer->last_order_pk = order_pk;
        }
      buyer->last_order_at = MAX (buyer->last_order_at, ordered_at);
      buyer->revenue += sqlite3_column_int64 (stmt, 4);

      if (!has_product)
        continue;

      g_array_append_val (scan->owned, ((Owned) { customer_pk, product_pk }));

      if (g_hash_table_contains (scan->periodic, &product_pk))
        {
          Purchase key = { customer_pk, product_pk, 0, 0, 0, 0 };
          Purchase *purchase = g_hash_table_lookup (purchases, &key);
          gint64 day = ordered_at / DAY;

          if (purchase == NULL)
            {
              purchase = g_memdup2 (&key, sizeof key);
              purchase->first_day = day;
              purchase->last_day = day - 1;
              g_hash_table_add (purchases, purchase);
            }
          if (day != purchase->last_day)
            purchase->n_days++;
          purchase->last_day = day;
          purchase->last_at = ordered_at;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      customer_scan_free (scan);
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  g_hash_table_iter_init (&iter, buyers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (scan->buyers, value, 1);
  g_array_sort (scan->buyers, compare_by_pk);

  /* Frequency is scored on the order count, held as gint64 for the scorer. */
  n_orders = g_array_sized_new (FALSE, FALSE, sizeof (Buyer), scan->buyers->len);
  score_quintiles (scan->buyers, G_STRUCT_OFFSET (Buyer, last_order_at), G_STRUCT_OFFSET (Buyer, r));
  for (guint i = 0; i < scan->buyers->len; i++)
    {
      Buyer copy = g_array_index (scan->buyers, Buyer, i);

      copy.last_order_at = copy.n_orders;
      g_array_append_val (n_orders, copy);
    }
  score_quintiles (n_orders, G_STRUCT_OFFSET (Buyer, last_order_at), G_STRUCT_OFFSET (Buyer, f));
  score_quintiles (scan->buyers, G_STRUCT_OFFSET (Buyer, revenue), G_STRUCT_OFFSET (Buyer, m));
  for (guint i = 0; i < scan->buyers->len; i++)
    g_array_index (scan->buyers, Buyer, i).f = g_array_index (n_orders, Buyer, i).f;

  g_hash_table_iter_init (&iter, purchases);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    g_array_append_vals (scan->purchases, value, 1);

  g_array_sort (scan->owned, compare_owned);
  {
    guint kept = 0;

    for (guint i = 0; i < scan->owned->len; i++)
      if (kept == 0 || compare_owned (&g_array_index (scan->owned, Owned, i),
                                      &g_array_index (scan->owned, Owned, kept - 1)) != 0)
        g_array_index (scan->owned, Owned, kept++) = g_array_index (scan->owned, Owned, i);
    g_array_set_size (scan->owned, kept);
  }

  return scan;
}

static CustomerScan *
customer_scan_get (CrmReportContext  *context,
                   GError           **error)
{
  return crm_report_context_share (context, "customer-base", scan_customers,
                                   (GDestroyNotify)customer_scan_free, error);
}

/* --- RFM --- */

typedef struct {
  const char *name;
  const char *title;
} Segment;

/* The usual RFM grid over recency and frequency scores. */
static const Segment segments[] = {
  { "champions", N_("Champions") },
  { "loyal", N_("Loyal Customers") },
  { "potential-loyalists", N_("Potential Loyalists") },
  { "new", N_("New Customers") },
  { "promising", N_("Promising") },
  { "need-attention", N_("Need Attention") },
  { "about-to-sleep", N_("About to Sleep") },
  { "at-risk", N_("At Risk") },
  { "cannot-lose", N_("Can’t Lose Them") },
  { "hibernating", N_("Hibernating") },
};

static guint
segment_of (const Buyer *buyer)
{
  guint r = buyer->r, f = buyer->f;

  if (r <= 2)
    return f <= 2 ? 9 : f <= 4 ? 7 : 8;   /* hibernating, at risk, can't lose */
  if (r == 3)
    return f <= 2 ? 6 : f == 3 ? 5 : 1;   /* about to sleep, need attention, loyal */
  if (f >= 4)
    return r == 5 ? 0 : 1;                /* champions, loyal */
  if (f >= 2)
    return 2;                             /* potential loyalists */
  return r == 5 ? 3 : 4;                  /* new, promising */
}

CrmReportTable *
crm_customer_report_rfm (CrmReportContext  *context,
                         GError           **error)
{
  CustomerScan *scan = customer_scan_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, -1 };
  struct { guint n; gint64 r, f, m, revenue; } sums[G_N_ELEMENTS (segments)] = { { 0 } };
  guint n = 0;

  if (scan == NULL)
    return NULL;

  n = scan->buyers->len;
  for (guint i = 0; i < n; i++)
    {
      const Buyer *buyer = &g_array_index (scan->buyers, Buyer, i);
      guint segment = segment_of (buyer);

      sums[segment].n++;
      sums[segment].r += buyer->r;
      sums[segment].f += buyer->f;
      sums[segment].m += buyer->m;
      sums[segment].revenue += buyer->revenue;
    }

  table = crm_report_context_new_table (context, "rfm");
  crm_report_table_add_column (table, "segment", _("Segment"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "customers", _("Customers"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "share", _("Share"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "recency", _("Recency"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "frequency", _("Frequency"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "monetary", _("Monetary"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "revenue", _("Revenue"), CRM_VALUE_MONEY);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint s = 0; s < G_N_ELEMENTS (segments); s++)
    {
      g_autofree char *drill = g_strdup_printf ("segment:%s", segments[s].name);
      guint count = sums[s].n;
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, _(segments[s].title));
      crm_report_table_set_value (table, row, 1, count);
      crm_report_table_set_value (table, row, 2, n > 0 ? ((gint64)count * 10000 + n / 2) / n : 0);
      if (count > 0)
        {
          crm_report_table_set_value (table, row, 3, (sums[s].r * 100 + count / 2) / count);
          crm_report_table_set_value (table, row, 4, (sums[s].f * 100 + count / 2) / count);
          crm_report_table_set_value (table, row, 5, (sums[s].m * 100 + count / 2) / count);
        }
      crm_report_table_set_value (table, row, 6, sums[s].revenue);
    }

  return g_steal_pointer (&table);
}

static int
compare_buyers_by_revenue (gconstpointer a,
                           gconstpointer b)
{
  const Buyer *x = *(Buyer * const *)a, *y = *(Buyer * const *)b;

  if (x->revenue != y->revenue)
    return x->revenue > y->revenue ? -1 : 1;
  return x->pk < y->pk ? -1 : x->pk > y->pk;
}

/* A customer's id and name by pk; FALSE for a customer gone since. */
static gboolean
lookup_customer (CrmStore    *store,
                 gint64       pk,
                 char       **id,
                 char       **name,
                 GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (store, "SELECT id, name FROM customers WHERE pk = ?1 AND deleted = 0",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pk);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *id = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      *name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    crm_store_set_error (store, rc, error);
  return rc == SQLITE_ROW;
}

CrmReportTable *
crm_customer_drill_segment (CrmReportContext  *context,
                            const char        *argument,
                            GError           **error)
{
  CrmStore *store = crm_report_context_get_store (context);
  CustomerScan *scan;
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(CrmReportTable) table = NULL;
  guint segment = G_N_ELEMENTS (segments);
  guint n_more = 0;

  for (guint s = 0; s < G_N_ELEMENTS (segments); s++)
    if (g_strcmp0 (segments[s].name, argument) == 0)
      segment = s;
  if (segment == G_N_ELEMENTS (segments))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Unknown report link “segment:%s”."), argument);
      return NULL;
    }

  if ((scan = customer_scan_get (context, error)) == NULL)
    return NULL;

  for (guint i = 0; i < scan->buyers->len; i++)
    if (segment_of (&g_array_index (scan->buyers, Buyer, i)) == segment)
      g_ptr_array_add (members, &g_array_index (scan->buyers, Buyer, i));
  g_ptr_array_sort (members, compare_buyers_by_revenue);

  table = crm_report_drill_table_new (context, "segment", _(segments[segment].title),
                                      _("Scores (R F M)"), _("Last Order"), _("Revenue"));
  for (guint i = 0; i < members->len; i++)
    {
      const Buyer *buyer = g_ptr_array_index (members, i);
      g_autofree char *id = NULL, *name = NULL, *scores = NULL;

      if (crm_report_table_get_n_rows (table) >= CRM_DRILL_MAX_ROWS)
        {
          n_more = members->len - i;
          break;
        }
      if (!lookup_customer (store, buyer->pk, &id, &name, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      scores = g_strdup_printf ("%u %u %u", buyer->r, buyer->f, buyer->m);
      crm_report_drill_table_add (table, "customer", id, name, scores, buyer->last_order_at, buyer->revenue);
    }

  if (n_more > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more customer is not shown.",
                                                            "%u more customers are not shown.", n_more),
                                               n_more);
      crm_report_table_set_note (table, note);
    }

  return g_steal_pointer (&table);
}

/* --- neglected customers --- */

#define N_NEGLECTED_SHOWN 50

CrmReportTable *
crm_customer_report_neglected (CrmReportContext  *context,
                               GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  gint64 cutoff = params->now - (gint64)params->neglected_days * DAY;
  g_autoptr(CrmReportTable) table = NULL;
  g_autoptr(GPtrArray) by_revenue = g_ptr_array_new ();
  CustomerScan *scan = customer_scan_get (context, error);
  sqlite3_stmt *lookup, *count;
  gint64 n_neglected = 0;
  int rc;

  if (scan == NULL)
    return NULL;

  lookup = crm_store_prepare (store,
                              "SELECT c.id, c.name, coalesce (st.name, ''), coalesce (cs.last_contact_at, 0)"
                              " FROM customers c LEFT JOIN customer_stats cs ON cs.customer_pk = c.pk"
                              " LEFT JOIN staff st ON st.id = c.owner_id"
                              " WHERE c.pk = ?1 AND c.deleted = 0 AND coalesce (cs.last_contact_at, 0) < ?2",
                              error);
  count = crm_store_prepare (store,
                             "SELECT count (*) FROM customers c LEFT JOIN customer_stats cs ON cs.customer_pk = c.pk"
                             " WHERE c.deleted = 0 AND coalesce (cs.last_contact_at, 0) < ?1",
                             error);
  if (lookup == NULL || count == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "neglected");
  crm_report_table_add_column (table, "customer", _("Customer"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "owner", _("Owner"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "last_contact", _("Last Contact"), CRM_VALUE_DATE);
  crm_report_table_add_column (table, "revenue", _("Revenue"), CRM_VALUE_MONEY);
  crm_report_table_set_row_action (table, "dashboard.schedule-visit", _("Schedule Visit"));

  /* The most valuable customers first: walk them by revenue until enough
   * of them turn out neglected. */
  for (guint i = 0; i < scan->buyers->len; i++)
    g_ptr_array_add (by_revenue, &g_array_index (scan->buyers, Buyer, i));
  g_ptr_array_sort (by_revenue, compare_buyers_by_revenue);

  for (guint i = 0; i < by_revenue->len && crm_report_table_get_n_rows (table) < N_NEGLECTED_SHOWN; i++)
    {
      const Buyer *buyer = g_ptr_array_index (by_revenue, i);

      sqlite3_bind_int64 (lookup, 1, buyer->pk);
      sqlite3_bind_int64 (lookup, 2, cutoff);
      rc = sqlite3_step (lookup);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *drill = g_strdup_printf ("customer:%s", sqlite3_column_text (lookup, 0));
          guint row = crm_report_table_add_row (table, drill);

          crm_report_table_set_text (table, row, 0, (const char *)sqlite3_column_text (lookup, 1));
          crm_report_table_set_text (table, row, 1, (const char *)sqlite3_column_text (lookup, 2));
          crm_report_table_set_value (table, row, 2, sqlite3_column_int64 (lookup, 3));
          crm_report_table_set_value (table, row, 3, buyer->revenue);
        }
      sqlite3_reset (lookup);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          crm_store_set_error (store, rc, error);
          return NULL;
        }
    }

  sqlite3_bind_int64 (count, 1, cutoff);
  if ((rc = sqlite3_step (count)) == SQLITE_ROW)
    n_neglected = sqlite3_column_int64 (count, 0);
  sqlite3_reset (count);
  if (rc != SQLITE_ROW)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  {
    g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%" G_GINT64_FORMAT " customer has had no contact for %u days or more; the most valuable who bought are shown.",
                                                          "%" G_GINT64_FORMAT " customers have had no contact for %u days or more; the most valuable who bought are shown.",
                                                          n_neglected),
                                             n_neglected, params->neglected_days);
    crm_report_table_set_note (table, note);
  }

  return g_steal_pointer (&table);
}

char *
crm_reports_schedule_visit (CrmStore    *store,
                            const char  *customer_id,
                            const char  *staff_id,
                            gint64       due_at,
                            GError     **error)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmActivity) task = NULL;
  g_autofree char *subject = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (customer_id != NULL, NULL);

  customer = crm_store_lookup (store, CRM_TYPE_CUSTOMER, customer_id, error);
  if (customer == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                     _("The customer no longer exists; nothing was scheduled."));
      return NULL;
    }

  /* TRANSLATORS: the subject of a task made from the dashboard */
  subject = g_strdup_printf (_("Visit %s"), crm_customer_get_name (customer));
  task = crm_activity_new ();
  crm_activity_set_kind (task, CRM_ACTIVITY_KIND_TASK);
  crm_activity_set_customer_id (task, customer_id);
  crm_activity_set_staff_id (task, staff_id != NULL && *staff_id != '\0' ? staff_id
                                                                       : crm_customer_get_owner_id (customer));
  crm_activity_set_subject (task, subject);
  crm_activity_set_at (task, g_get_real_time () / G_USEC_PER_SEC);
  crm_activity_set_due_at (task, due_at);
  crm_activity_set_done (task, FALSE);

  if (!crm_store_save (store, CRM_RECORD (task), error))
    return NULL;

  return g_strdup (crm_record_get_id (CRM_RECORD (task)));
}

/* --- next expected purchases --- */

typedef struct {
  const Purchase *purchase;
  gint64          interval_days;
  gint64          expected_at;
} Expected;

static int
compare_expected (gconstpointer a,
                  gconstpointer b)
{
  const Expected *x = a, *y = b;

  if (x->expected_at != y->expected_at)
    return x->expected_at < y->expected_at ? -1 : 1;
  return compare_owned (&x->purchase->customer_pk, &y->purchase->customer_pk);
}

/* A week overdue still counts: the customer has not bought elsewhere yet. */
#define OVERDUE_DAYS 7
#define AHEAD_DAYS 30

CrmReportTable *
crm_customer_report_next_purchase (CrmReportContext  *context,
                                   GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  CustomerScan *scan = customer_scan_get (context, error);
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (Expected));
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *product;
  guint n_more = 0;

  if (scan == NULL ||
      (product = crm_store_prepare (store, "SELECT name FROM products WHERE pk = ?1", error)) == NULL)
    return NULL;

  for (guint i = 0; i < scan->purchases->len; i++)
    {
      const Purchase *purchase = &g_array_index (scan->purchases, Purchase, i);
      gint64 *repurchase_days = g_hash_table_lookup (scan->periodic, &purchase->product_pk);
      Expected expected = { purchase, 0, 0 };

      /* The customer's own rhythm once there is one; the product's until then. */
      if (purchase->n_days >= 2)
        expected.interval_days = ((purchase->last_day - purchase->first_day) + (purchase->n_days - 1) / 2) /
                                 (purchase->n_days - 1);
      else
        expected.interval_days = *repurchase_days;
      expected.expected_at = (purchase->last_day + expected.interval_days) * DAY;

      if (expected.expected_at >= params->now - OVERDUE_DAYS * DAY &&
          expected.expected_at < params->now + AHEAD_DAYS * DAY)
        g_array_append_val (due, expected);
    }
  g_array_sort (due, compare_expected);

  table = crm_report_context_new_table (context, "next-purchase");
  crm_report_table_add_column (table, "customer", _("Customer"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "product", _("Product"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "last_purchase", _("Last Purchase"), CRM_VALUE_DATE);
  crm_report_table_add_column (table, "interval", _("Every (Days)"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "purchases", _("Purchases"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "expected", _("Expected"), CRM_VALUE_DATE);

  for (guint i = 0; i < due->len; i++)
    {
      const Expected *expected = &g_array_index (due, Expected, i);
      g_autofree char *id = NULL, *name = NULL, *drill = NULL;
      guint row;

      if (crm_report_table_get_n_rows (table) >= CRM_DRILL_MAX_ROWS)
        {
          n_more = due->len - i;
          break;
        }
      if (!lookup_customer (store, expected->purchase->customer_pk, &id, &name, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }

      drill = g_strdup_printf ("customer:%s", id);
      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, name);
      sqlite3_bind_int64 (product, 1, expected->purchase->product_pk);
      if (sqlite3_step (product) == SQLITE_ROW)
        crm_report_table_set_text (table, row, 1, (const char *)sqlite3_column_text (product, 0));
      sqlite3_reset (product);
      crm_report_table_set_value (table, row, 2, expected->purchase->last_at);
      crm_report_table_set_value (table, row, 3, expected->interval_days);
      crm_report_table_set_value (table, row, 4, expected->purchase->n_days);
      crm_report_table_set_value (table, row, 5, expected->expected_at);
    }

  if (n_more > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more expected purchase is not shown.",
                                                            "%u more expected purchases are not shown.", n_more),
                                               n_more);
      crm_report_table_set_note (table, note);
    }

  return g_steal_pointer (&table);
}

/* --- cross-sell --- */

typedef struct {
  guint  a, b;         /* dense product indexes */
  guint  both;
  double lift;
} Pair;

static int
compare_pairs (gconstpointer x,
               gconstpointer y)
{
  const Pair *p = x, *q = y;

  if (p->lift != q->lift)
    return p->lift > q->lift ? -1 : 1;
  if (p->both != q->both)
    return p->both > q->both ? -1 : 1;
  return p->a != q->a ? (p->a < q->a ? -1 : 1) : (p->b < q->b ? -1 : p->b > q->b);
}

#define N_PAIRS_SHOWN 20

CrmReportTable *
crm_customer_report_cross_sell (CrmReportContext  *context,
                                GError           **error)
{
  CrmStore *store = crm_report_context_get_store (context);
  CustomerScan *scan = customer_scan_get (context, error);
  g_autoptr(GHashTable) dense = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) product_pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) with = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(CrmReportTable) table = NULL;
  g_autofree guint *both = NULL;
  g_autoptr(GArray) basket = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *product;
  guint n_products, n_customers = 0, min_both;

  if (scan == NULL ||
      (product = crm_store_prepare (store, "SELECT id, name FROM products WHERE pk = ?1", error)) == NULL)
    return NULL;

  for (guint i = 0; i < scan->owned->len; i++)
    {
      Owned *owned = &g_array_index (scan->owned, Owned, i);

      if (!g_hash_table_contains (dense, &owned->product_pk))
        {
          g_array_append_val (product_pks, owned->product_pk);
          g_hash_table_insert (dense, &owned->product_pk, GUINT_TO_POINTER (product_pks->len - 1));
        }
    }
  n_products = product_pks->len;
  g_array_set_size (with, n_products);
  both = g_new0 (guint, MAX ((gsize)n_products * n_products, 1));

  /* Each customer's basket, counted into the pair matrix. */
  for (guint i = 0; i <= scan->owned->len; i++)
    {
      Owned *owned = i < scan->owned->len ? &g_array_index (scan->owned, Owned, i) : NULL;

      if (basket->len > 0 &&
          (owned == NULL || owned->customer_pk != g_array_index (scan->owned, Owned, i - 1).customer_pk))
        {
          n_customers++;
          for (guint x = 0; x < basket->len; x++)
            {
              guint a = g_array_index (basket, guint, x);

              g_array_index (with, guint, a)++;
              for (guint y = 0; y < basket->len; y++)
                if (x != y)
                  both[(gsize)a * n_products + g_array_index (basket, guint, y)]++;
            }
          g_array_set_size (basket, 0);
        }
      if (owned != NULL)
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (dense, &owned->product_pk));

          g_array_append_val (basket, index);
        }
    }

  /* Pairs too rare to say anything are left out. */
  min_both = MAX (3, n_customers / 1000);
  for (guint a = 0; a < n_products; a++)
    for (guint b = 0; b < n_products; b++)
      {
        guint n_both = both[(gsize)a * n_products + b];
        guint n_a = g_array_index (with, guint, a), n_b = g_array_index (with, guint, b);

        if (a != b && n_both >= min_both && n_b < n_customers)
          {
            Pair pair = { a, b, n_both, ((double)n_both / n_a) / ((double)n_b / n_customers) };

            g_array_append_val (pairs, pair);
          }
      }
  g_array_sort (pairs, compare_pairs);

  table = crm_report_context_new_table (context, "cross-sell");
  crm_report_table_add_column (table, "product_a", _("Customers Who Have"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "product_b", _("Also Buy"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "both", _("Customers with Both"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "support", _("Support"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "confidence", _("Confidence"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "lift", _("Lift"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "targets", _("Could Buy"), CRM_VALUE_COUNT);

  for (guint i = 0; i < pairs->len && i < N_PAIRS_SHOWN; i++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, i);
      guint n_a = g_array_index (with, guint, pair->a);
      g_autofree char *a_id = NULL, *a_name = NULL, *b_id = NULL, *b_name = NULL, *drill = NULL;
      guint row;

      sqlite3_bind_int64 (product, 1, g_array_index (product_pks, gint64, pair->a));
      if (sqlite3_step (product) == SQLITE_ROW)
        {
          a_id = g_strdup ((const char *)sqlite3_column_text (product, 0));
          a_name = g_strdup ((const char *)sqlite3_column_text (product, 1));
        }
      sqlite3_reset (product);
      sqlite3_bind_int64 (product, 1, g_array_index (product_pks, gint64, pair->b));
      if (sqlite3_step (product) == SQLITE_ROW)
        {
          b_id = g_strdup ((const char *)sqlite3_column_text (product, 0));
          b_name = g_strdup ((const char *)sqlite3_column_text (product, 1));
        }
      sqlite3_reset (product);
      if (a_id == NULL || b_id == NULL)
        continue;

      drill = g_strdup_printf ("cross-sell:%s:%s", a_id, b_id);
      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, a_name);
      crm_report_table_set_text (table, row, 1, b_name);
      crm_report_table_set_value (table, row, 2, pair->both);
      crm_report_table_set_value (table, row, 3, ((gint64)pair->both * 10000 + n_customers / 2) / n_customers);
      crm_report_table_set_value (table, row, 4, ((gint64)pair->both * 10000 + n_a / 2) / n_a);
      crm_report_table_set_value (table, row, 5, (gint64)(pair->lift * 100 + 0.5));
      crm_report_table_set_value (table, row, 6, n_a - pair->both);
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_customer_drill_cross_sell (CrmReportContext  *context,
                               const char        *argument,
                               GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_auto(GStrv) ids = g_strsplit (argument, ":", 2);
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *stmt;

  if (g_strv_length (ids) != 2)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Unknown report link “cross-sell:%s”."), argument);
      return NULL;
    }

  /* Customers with A, less those with B: the ones to offer B to. */
  stmt = crm_store_prepare (store,
                            "WITH a AS (SELECT customer_pk, max (ordered_at) AS last_at, sum (revenue) AS revenue"
                            "  FROM sales_facts WHERE currency = ?1 AND ordered_at < ?2"
                            "  AND product_pk = (SELECT pk FROM products WHERE id = ?3) GROUP BY customer_pk),"
                            " b AS (SELECT DISTINCT customer_pk FROM sales_facts WHERE currency = ?1 AND ordered_at < ?2"
                            "  AND product_pk = (SELECT pk FROM products WHERE id = ?4))"
                            " SELECT 'customer', c.id, c.name, coalesce (st.name, ''), a.last_at, a.revenue"
                            " FROM a JOIN customers c ON c.pk = a.customer_pk AND c.deleted = 0"
                            " LEFT JOIN staff st ON st.id = c.owner_id"
                            " WHERE a.customer_pk NOT IN (SELECT customer_pk FROM b)"
                            " ORDER BY a.revenue DESC, c.name",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "cross-sell-targets", _("Customers to Offer the Product"),
                                      _("Owner"), _("Last Bought the First Product"), _("Revenue from It"));
  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, params->now);
  sqlite3_bind_text (stmt, 3, ids[0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, ids[1], -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}
