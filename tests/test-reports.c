/* test-reports.c: the dashboards' analytics on a small hand-made data set
 * whose answers are worked out by hand in the comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "crm-models.h"
#include "crm-pipeline.h"
#include "crm-reports.h"
#include "crm-store-private.h"
#include "crm-test-utils.h"

#define DAY ((gint64)24 * 60 * 60)

typedef struct {
  CrmTestDb        *db;
  CrmReportParams   params;
  CrmStaff         *s1;
  CrmStaff         *s2;
  CrmCustomer      *c1;
  CrmCustomer      *c2;
  CrmCustomer      *c3;
  CrmProduct       *a;
  CrmProduct       *b;
  CrmProduct       *periodic;
  CrmPipelineStage *open_stage;
  CrmPipelineStage *won_stage;
  CrmPipelineStage *lost_stage;
  CrmOrder         *cancelled;
  CrmDeal          *lost_deal;
} Fixture;

static gint64
utc (int year,
     int month,
     int day)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return g_date_time_to_unix (time);
}

static const char *
id_of (gpointer record)
{
  return crm_record_get_id (CRM_RECORD (record));
}

static CrmOrder *
add_order (Fixture     *fixture,
           CrmCustomer *customer,
           gint64       ordered_at,
           const char  *currency,
           CrmDeal     *deal)
{
  return crm_test_save (fixture->db->store, CRM_TYPE_ORDER,
                        "customer-id", id_of (customer), "ordered-at", ordered_at, "currency", currency,
                        "deal-id", deal != NULL ? id_of (deal) : NULL, NULL);
}

static void
add_line (Fixture    *fixture,
          CrmOrder   *order,
          CrmProduct *product,
          gint64      quantity,
          gint64      price,
          gint64      cost,
          int         discount)
{
  g_autoptr(CrmOrderLine) line = crm_test_save (fixture->db->store, CRM_TYPE_ORDER_LINE,
                                                "order-id", id_of (order), "product-id", id_of (product),
                                                "quantity", quantity, "unit-price", price, "unit-cost", cost,
                                                "discount", discount, NULL);
}

static CrmDeal *
add_deal (Fixture          *fixture,
          CrmStaff         *owner,
          CrmPipelineStage *stage,
          gint64            amount,
          gint64            closed_at,
          const char       *reason)
{
  return crm_test_save (fixture->db->store, CRM_TYPE_DEAL,
                        "title", "Deal", "customer-id", id_of (fixture->c1), "owner-id", id_of (owner),
                        "stage-id", id_of (stage),
                        "amount", amount, "currency", "EUR", "closed-at", closed_at, "close-reason", reason,
                        "expected-close-at", utc (2026, 6, 20), NULL);
}

static void
add_activity (Fixture         *fixture,
              CrmStaff        *staff,
              CrmActivityKind  kind,
              gint64           at)
{
  g_autoptr(CrmActivity) activity = crm_test_save (fixture->db->store, CRM_TYPE_ACTIVITY,
                                                   "kind", kind, "staff-id", id_of (staff),
                                                   "customer-id", id_of (fixture->c1), "at", at, NULL);
}

/* June 2026, seen on the 15th at noon: the previous period is 1 May to
 * 15 May noon. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;
  g_autoptr(CrmOrder) o1 = NULL, o2 = NULL, o3 = NULL, o5 = NULL, p1 = NULL, p2 = NULL, p3 = NULL;
  g_autoptr(CrmDeal) open_deal = NULL, won1 = NULL, won2 = NULL;
  g_autoptr(CrmTicket) ticket = NULL;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;

  fixture->s1 = crm_test_save (store, CRM_TYPE_STAFF, "name", "Sam", "quota", (gint64)1200000,
                               "currency", "EUR", NULL);
  fixture->s2 = crm_test_save (store, CRM_TYPE_STAFF, "name", "Tess", NULL);
  fixture->c1 = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Alpha", "owner-id", id_of (fixture->s1), NULL);
  fixture->c2 = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Beta", "owner-id", id_of (fixture->s1), NULL);
  fixture->c3 = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Gamma", "owner-id", id_of (fixture->s2), NULL);
  fixture->a = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Anvil", NULL);
  fixture->b = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Bellows", NULL);
  fixture->periodic = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Polish", "repurchase-days", 30, NULL);
  fixture->open_stage = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Talking", "position", 100,
                                       "probability", 50, "kind", CRM_STAGE_KIND_OPEN, NULL);
  fixture->won_stage = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Signed", "position", 101,
                                      "probability", 100, "kind", CRM_STAGE_KIND_WON, NULL);
  fixture->lost_stage = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Gone", "position", 102,
                                       "probability", 0, "kind", CRM_STAGE_KIND_LOST, NULL);

  /* Deals: 10 001 open at 50 % (weighted 5 001, half away from zero), two
   * won for Price (20 000 + 30 000), one lost for Budget: win rate 2 / 3. */
  open_deal = add_deal (fixture, fixture->s1, fixture->open_stage, 10001, 0, NULL);
  won1 = add_deal (fixture, fixture->s1, fixture->won_stage, 20000, utc (2026, 6, 5), "Price");
  won2 = add_deal (fixture, fixture->s1, fixture->won_stage, 30000, utc (2026, 6, 7), "Price");
  fixture->lost_deal = add_deal (fixture, fixture->s2, fixture->lost_stage, 7000, utc (2026, 6, 6), "Budget");

  /* June: o1 = 2 anvils at 100.00 (cost 60.00) + a bellows at 50.00 (cost
   * 10.00); o2 = an anvil less 10 %. Revenue 250.00 + 90.00 = 340.00, cost
   * 190.00. The polish orders cost nothing and sell for nothing. */
  o1 = add_order (fixture, fixture->c1, utc (2026, 6, 2), "EUR", NULL);
  add_line (fixture, o1, fixture->a, 2, 10000, 6000, 0);
  add_line (fixture, o1, fixture->b, 1, 5000, 1000, 0);
  o2 = add_order (fixture, fixture->c2, utc (2026, 6, 10), "EUR", fixture->lost_deal);
  add_line (fixture, o2, fixture->a, 1, 10000, 6000, 1000);
  /* May, inside the compared part: 2 bellows, 100.00. */
  o3 = add_order (fixture, fixture->c1, utc (2026, 5, 5), "EUR", NULL);
  add_line (fixture, o3, fixture->b, 2, 5000, 1000, 0);
  /* Left out: a cancelled order, and one in pounds. */
  fixture->cancelled = add_order (fixture, fixture->c3, utc (2026, 6, 3), "EUR", NULL);
  add_line (fixture, fixture->cancelled, fixture->a, 5, 10000, 6000, 0);
  crm_order_set_status (fixture->cancelled, CRM_ORDER_STATUS_CANCELLED);
  g_assert_true (crm_store_save (store, CRM_RECORD (fixture->cancelled), NULL));
  o5 = add_order (fixture, fixture->c3, utc (2026, 6, 4), "GBP", NULL);
  add_line (fixture, o5, fixture->a, 1, 10000, 6000, 0);
  /* Polish: Beta on 20 May and 9 June (every 20 days), Alpha once on 1 June. */
  p1 = add_order (fixture, fixture->c2, utc (2026, 5, 20), "EUR", NULL);
  add_line (fixture, p1, fixture->periodic, 1, 0, 0, 0);
  p2 = add_order (fixture, fixture->c2, utc (2026, 6, 9), "EUR", NULL);
  add_line (fixture, p2, fixture->periodic, 1, 0, 0, 0);
  p3 = add_order (fixture, fixture->c1, utc (2026, 6, 1), "EUR", NULL);
  add_line (fixture, p3, fixture->periodic, 1, 0, 0, 0);

  ticket = crm_test_save (store, CRM_TYPE_TICKET, "customer-id", id_of (fixture->c1),
                          "product-id", id_of (fixture->a), "received-at", utc (2026, 6, 5), NULL);

  add_activity (fixture, fixture->s1, CRM_ACTIVITY_KIND_CALL, utc (2026, 6, 3));
  add_activity (fixture, fixture->s1, CRM_ACTIVITY_KIND_CALL, utc (2026, 6, 4));
  add_activity (fixture, fixture->s1, CRM_ACTIVITY_KIND_VISIT, utc (2026, 6, 4));
  add_activity (fixture, fixture->s2, CRM_ACTIVITY_KIND_MEETING, utc (2026, 6, 8));
  add_activity (fixture, fixture->s2, CRM_ACTIVITY_KIND_MEETING, utc (2026, 4, 8));

  memset (&fixture->params, 0, sizeof fixture->params);
  fixture->params.now = utc (2026, 6, 15) + 12 * 3600;
  fixture->params.neglected_days = 30;
  g_strlcpy (fixture->params.currency, "EUR", sizeof fixture->params.currency);
  crm_period_init_current (&fixture->params.period, CRM_PERIOD_MONTH, fixture->params.now);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->s1);
  g_clear_object (&fixture->s2);
  g_clear_object (&fixture->c1);
  g_clear_object (&fixture->c2);
  g_clear_object (&fixture->c3);
  g_clear_object (&fixture->a);
  g_clear_object (&fixture->b);
  g_clear_object (&fixture->periodic);
  g_clear_object (&fixture->open_stage);
  g_clear_object (&fixture->won_stage);
  g_clear_object (&fixture->lost_stage);
  g_clear_object (&fixture->cancelled);
  g_clear_object (&fixture->lost_deal);
  crm_test_db_free (fixture->db);
}

static CrmReportTable *
run (Fixture    *fixture,
     const char *name)
{
  g_autoptr(GError) error = NULL;
  CrmReportTable *table = crm_report_run (fixture->db->store, name, &fixture->params, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* The row whose first column reads @label, or -1. */
static int
row_of (CrmReportTable *table,
        const char     *label)
{
  for (guint row = 0; row < crm_report_table_get_n_rows (table); row++)
    if (g_strcmp0 (crm_report_table_get_text (table, row, 0), label) == 0)
      return row;
  return -1;
}

static gint64
cell (CrmReportTable *table,
      const char     *label,
      const char     *column)
{
  int row = row_of (table, label);
  int index = crm_report_table_find_column (table, column);

  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (index, >=, 0);
  return crm_report_table_get_value (table, row, index);
}

static void
test_periods (void)
{
  CrmPeriod period;
  gint64 now = utc (2026, 6, 15) + 12 * 3600, day;
  g_autoptr(GArray) weeks = NULL;

  crm_period_init_current (&period, CRM_PERIOD_MONTH, now);
  g_assert_cmpint (period.start, ==, utc (2026, 6, 1));
  g_assert_cmpint (period.end, ==, utc (2026, 7, 1));
  g_assert_cmpint (period.prev_start, ==, utc (2026, 5, 1));
  /* 14½ days of June have passed: the same part of May. */
  g_assert_cmpint (period.prev_end, ==, utc (2026, 5, 15) + 12 * 3600);

  crm_period_init_current (&period, CRM_PERIOD_QUARTER, now);
  g_assert_cmpint (period.start, ==, utc (2026, 4, 1));
  g_assert_cmpint (period.end, ==, utc (2026, 7, 1));
  g_assert_cmpint (period.prev_start, ==, utc (2026, 1, 1));

  crm_period_init_current (&period, CRM_PERIOD_YEAR, now);
  g_assert_cmpint (period.start, ==, utc (2026, 1, 1));
  g_assert_cmpint (period.prev_start, ==, utc (2025, 1, 1));

  /* A past custom range compares with as many days before it, whole. */
  g_assert_true (crm_period_init_custom (&period, utc (2026, 3, 1), utc (2026, 3, 10), now));
  g_assert_cmpint (period.end, ==, utc (2026, 3, 11));
  g_assert_cmpint (period.prev_start, ==, utc (2026, 2, 19));
  g_assert_cmpint (period.prev_end, ==, utc (2026, 3, 1));
  g_assert_false (crm_period_init_custom (&period, utc (2026, 3, 10), utc (2026, 3, 1), now));

  g_assert_true (crm_period_parse_day ("2026-02-28", &day));
  g_assert_cmpint (day, ==, utc (2026, 2, 28));
  g_assert_false (crm_period_parse_day ("2026-02-30", &day));
  g_assert_false (crm_period_parse_day ("28.02.2026", &day));
  g_assert_false (crm_period_parse_day ("2026-02-281", &day));

  /* 1 June 2026 is a Monday: five weeks, the last of two days. */
  weeks = crm_period_bucket_edges (utc (2026, 6, 1), utc (2026, 7, 1), CRM_BUCKET_WEEK);
  g_assert_cmpuint (weeks->len, ==, 6);
  g_assert_cmpint (g_array_index (weeks, gint64, 1), ==, utc (2026, 6, 8));
  g_assert_cmpint (g_array_index (weeks, gint64, 4), ==, utc (2026, 6, 29));
  g_assert_cmpint (crm_period_bucket_find (weeks, utc (2026, 6, 8)), ==, 1);
  g_assert_cmpint (crm_period_bucket_find (weeks, utc (2026, 6, 30)), ==, 4);
  g_assert_cmpint (crm_period_bucket_find (weeks, utc (2026, 7, 1)), ==, -1);
}

static gint64
count_facts (Fixture *fixture)
{
  return crm_test_query_int (crm_store_get_db (fixture->db->store), "SELECT count(*) FROM sales_facts");
}

static void
test_facts_follow (Fixture       *fixture,
                   gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmOrderLine) early = NULL;
  sqlite3 *db;

  /* Nine lines; the cancelled order's one does not count. */
  g_assert_cmpint (count_facts (fixture), ==, 8);

  crm_order_set_status (fixture->cancelled, CRM_ORDER_STATUS_OPEN);
  g_assert_true (crm_store_save (store, CRM_RECORD (fixture->cancelled), NULL));
  g_assert_cmpint (count_facts (fixture), ==, 9);
  g_assert_true (crm_store_delete (store, CRM_RECORD (fixture->cancelled), NULL));
  g_assert_cmpint (count_facts (fixture), ==, 8);

  /* Sync may bring a line before its order (written as the sync engine
   * writes, in one transaction, straight to the tables). */
  db = crm_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN; INSERT INTO order_lines (id, order_id, quantity, unit_price)"
                                     " VALUES ('late-line', 'late-order', 1, 100)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count_facts (fixture), ==, 8);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO orders (id, ordered_at, currency)"
                                     " VALUES ('late-order', 1781222400, 'EUR'); COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (count_facts (fixture), ==, 9);
  early = crm_store_load (store, CRM_TYPE_ORDER_LINE, "late-line", NULL);
  g_assert_nonnull (early);

  /* A changed quantity changes the revenue. */
  crm_order_line_set_quantity (early, 3);
  g_assert_true (crm_store_save (store, CRM_RECORD (early), NULL));
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (store),
                                       "SELECT sum(revenue) FROM sales_facts WHERE ordered_at = 1781222400"),
                   ==, 300);

  /* ...and an order before its customer. */
  g_assert_cmpint (sqlite3_exec (db, "BEGIN; INSERT INTO orders (id, customer_id, ordered_at, currency)"
                                     " VALUES ('early-order', 'late-customer', 1781222400, 'EUR');"
                                     " INSERT INTO order_lines (id, order_id, quantity, unit_price)"
                                     " VALUES ('early-line', 'early-order', 1, 100)", NULL, NULL, NULL), ==, SQLITE_OK);
  /* The late order of before has no customer at all. */
  g_assert_cmpint (crm_test_query_int (db, "SELECT count(*) FROM sales_facts WHERE customer_pk IS NULL"), ==, 2);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO customers (id, name) VALUES ('late-customer', 'Late'); COMMIT",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (crm_test_query_int (db, "SELECT count(*) FROM sales_facts WHERE customer_pk IS NULL"), ==, 1);
}

static void
test_sales_summary (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrmReportTable) summary = run (fixture, "sales-summary");
  g_autoptr(CrmReportTable) revenue = run (fixture, "revenue");
  g_autoptr(CrmReportTable) best = run (fixture, "products-best");
  g_autoptr(CrmReportTable) top = run (fixture, "top-customers");

  g_assert_cmpint (cell (summary, "Revenue", "current"), ==, 34000);
  g_assert_cmpint (cell (summary, "Revenue", "previous"), ==, 10000);
  g_assert_cmpint (cell (summary, "Revenue", "change"), ==, 24000);
  g_assert_cmpint (cell (summary, "Profit", "current"), ==, 15000);
  g_assert_cmpint (cell (summary, "Orders", "current"), ==, 4);
  g_assert_cmpint (cell (summary, "Orders", "previous"), ==, 1);
  g_assert_cmpint (cell (summary, "Customers Who Bought", "current"), ==, 2);
  g_assert_cmpint (cell (summary, "Deals Won", "current"), ==, 2);
  g_assert_cmpint (cell (summary, "Win Rate", "current"), ==, 6667);
  g_assert_cmpint (cell (summary, "Weighted Open Pipeline", "current"), ==, 5001);

  /* Weeks of June: 1–7 June has o1 (250.00), 8–14 June o2 (90.00). */
  g_assert_cmpuint (crm_report_table_get_n_rows (revenue), ==, 5);
  g_assert_cmpint (crm_report_table_get_value (revenue, 0, 1), ==, 25000);
  g_assert_cmpint (crm_report_table_get_value (revenue, 1, 1), ==, 9000);
  g_assert_cmpint (crm_report_table_get_value (revenue, 0, 2), ==, 25000 - 13000);
  g_assert_cmpstr (crm_report_table_get_note (revenue), ==, "Amounts in currencies other than EUR are left out.");

  /* Anvils: 3 sold, 290.00; one ticket. */
  g_assert_cmpstr (crm_report_table_get_text (best, 0, 0), ==, "Anvil");
  g_assert_cmpint (cell (best, "Anvil", "revenue"), ==, 29000);
  g_assert_cmpint (cell (best, "Anvil", "quantity"), ==, 3);
  g_assert_cmpint (cell (best, "Anvil", "tickets"), ==, 1);
  g_assert_cmpint (cell (best, "Anvil", "failure_rate"), ==, 3333);

  g_assert_cmpstr (crm_report_table_get_text (top, 0, 0), ==, "Alpha");
  g_assert_cmpint (cell (top, "Alpha", "revenue"), ==, 25000);
  g_assert_cmpint (cell (top, "Alpha", "orders"), ==, 2);
}

static void
test_deals (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CrmReportTable) pipeline = run (fixture, "pipeline");
  g_autoptr(CrmReportTable) forecast = run (fixture, "forecast");
  g_autoptr(CrmReportTable) win_loss = run (fixture, "win-loss");
  g_autoptr(CrmReportTable) drill = NULL;
  g_autoptr(GError) error = NULL;
  gint64 quota = crm_forecast_prorate_quota (1200000, utc (2026, 6, 1), utc (2026, 7, 1));

  g_assert_cmpint (cell (pipeline, "Talking", "deals"), ==, 1);
  g_assert_cmpint (cell (pipeline, "Talking", "weighted"), ==, 5001);

  g_assert_cmpint (cell (forecast, "Sam", "quota"), ==, quota);
  g_assert_cmpint (cell (forecast, "Sam", "won"), ==, 50000);
  g_assert_cmpint (cell (forecast, "Sam", "weighted_open"), ==, 5001);
  g_assert_cmpint (cell (forecast, "Sam", "attainment"), ==, (50000 * 10000 + quota / 2) / quota);

  g_assert_cmpint (cell (win_loss, "Won · Price", "deals"), ==, 2);
  g_assert_cmpint (cell (win_loss, "Won · Price", "amount"), ==, 50000);
  g_assert_cmpint (cell (win_loss, "Lost · Budget", "deals"), ==, 1);
  g_assert_cmpstr (crm_report_table_get_note (win_loss), ==, "Win rate 66.7 % (2 won, 1 lost).");

  drill = crm_report_drill (fixture->db->store, "reason:won:Price", &fixture->params, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_report_table_get_n_rows (drill), ==, 2);
  g_assert_true (g_str_has_prefix (crm_report_table_get_drill (drill, 0), "deal:"));

  g_clear_pointer (&drill, crm_report_table_unref);
  drill = crm_report_drill (fixture->db->store, "nonsense:1", &fixture->params, &error);
  g_assert_null (drill);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
}

static void
test_customers (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrmReportTable) rfm = run (fixture, "rfm");
  g_autoptr(CrmReportTable) next = run (fixture, "next-purchase");
  g_autoptr(CrmReportTable) segment = NULL;
  g_autoptr(GError) error = NULL;

  /* Alpha: 3 orders, last 2 June; Beta: 3 orders, last 10 June. Equal
   * frequency scores 1 for both (none has fewer); recency 1 and 3
   * (1 + 5 × ½): Alpha hibernates, Beta is about to sleep. */
  g_assert_cmpint (cell (rfm, "Hibernating", "customers"), ==, 1);
  g_assert_cmpint (cell (rfm, "About to Sleep", "customers"), ==, 1);
  g_assert_cmpint (cell (rfm, "Champions", "customers"), ==, 0);
  g_assert_cmpint (cell (rfm, "About to Sleep", "recency"), ==, 300);

  segment = crm_report_drill (fixture->db->store, "segment:hibernating", &fixture->params, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_report_table_get_n_rows (segment), ==, 1);
  g_assert_cmpstr (crm_report_table_get_text (segment, 0, 0), ==, "Alpha");

  /* Beta's own rhythm (20 days after 9 June), then Alpha's by the
   * product's 30 days after 1 June. */
  g_assert_cmpuint (crm_report_table_get_n_rows (next), ==, 2);
  g_assert_cmpstr (crm_report_table_get_text (next, 0, 0), ==, "Beta");
  g_assert_cmpint (cell (next, "Beta", "interval"), ==, 20);
  g_assert_cmpint (cell (next, "Beta", "expected"), ==, utc (2026, 6, 29));
  g_assert_cmpint (cell (next, "Alpha", "interval"), ==, 30);
  g_assert_cmpint (cell (next, "Alpha", "expected"), ==, utc (2026, 7, 1));
}

static void
test_neglected_and_visit (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrmReportTable) neglected = run (fixture, "neglected");
  g_autoptr(GError) error = NULL;
  g_autofree char *task_id = NULL;
  g_autoptr(CrmActivity) task = NULL;

  /* Nobody was contacted in the 30 days before 15 June except Alpha (the
   * activities of 3–8 June); Beta is the one who bought. */
  g_assert_cmpint (row_of (neglected, "Alpha"), ==, -1);
  g_assert_cmpint (row_of (neglected, "Beta"), ==, 0);
  g_assert_cmpstr (crm_report_table_get_text (neglected, 0, 1), ==, "Sam");

  task_id = crm_reports_schedule_visit (fixture->db->store, id_of (fixture->c2), NULL, utc (2026, 6, 16), &error);
  g_assert_no_error (error);
  task = crm_store_load (fixture->db->store, CRM_TYPE_ACTIVITY, task_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_activity_get_kind (task), ==, CRM_ACTIVITY_KIND_TASK);
  g_assert_cmpstr (crm_activity_get_staff_id (task), ==, id_of (fixture->s1));
  g_assert_cmpint (crm_activity_get_due_at (task), ==, utc (2026, 6, 16));
  g_assert_cmpstr (crm_activity_get_subject (task), ==, "Visit Beta");

  g_assert_null (crm_reports_schedule_visit (fixture->db->store, "no-such-customer", NULL, 0, &error));
  g_assert_nonnull (error);
}

static void
test_cross_sell (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmProduct) a = crm_test_save (db->store, CRM_TYPE_PRODUCT, "name", "A", NULL);
  g_autoptr(CrmProduct) b = crm_test_save (db->store, CRM_TYPE_PRODUCT, "name", "B", NULL);
  g_autoptr(CrmProduct) c = crm_test_save (db->store, CRM_TYPE_PRODUCT, "name", "C", NULL);
  CrmProduct *baskets[5][2] = { { a, b }, { a, b }, { a, b }, { a, NULL }, { c, NULL } };
  g_autoptr(CrmReportTable) table = NULL;
  g_autoptr(CrmReportTable) targets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *drill = NULL;
  CrmReportParams params = { 0 };
  int row = -1;

  for (guint i = 0; i < G_N_ELEMENTS (baskets); i++)
    {
      g_autoptr(CrmCustomer) customer = crm_test_save (db->store, CRM_TYPE_CUSTOMER, "name", "X", NULL);
      g_autoptr(CrmOrder) order = crm_test_save (db->store, CRM_TYPE_ORDER, "customer-id", id_of (customer),
                                                 "ordered-at", utc (2026, 1, 1 + i), "currency", "EUR", NULL);

      for (guint k = 0; k < 2 && baskets[i][k] != NULL; k++)
        {
          g_autoptr(CrmOrderLine) line = crm_test_save (db->store, CRM_TYPE_ORDER_LINE, "order-id", id_of (order),
                                                        "product-id", id_of (baskets[i][k]), "quantity", (gint64)1,
                                                        "unit-price", (gint64)100, NULL);
        }
    }

  params.now = utc (2026, 6, 1);
  g_strlcpy (params.currency, "EUR", sizeof params.currency);
  crm_period_init_current (&params.period, CRM_PERIOD_MONTH, params.now);
  table = crm_report_run (db->store, "cross-sell", &params, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < crm_report_table_get_n_rows (table); i++)
    if (g_str_equal (crm_report_table_get_text (table, i, 0), "A") &&
        g_str_equal (crm_report_table_get_text (table, i, 1), "B"))
      row = i;
  g_assert_cmpint (row, >=, 0);
  /* 3 of 5 customers have both; 3 of the 4 with A have B; B alone is 3 of 5:
   * lift = ¾ / ⅗ = 1.25. One customer has A and could buy B. */
  g_assert_cmpint (crm_report_table_get_value (table, row, 2), ==, 3);
  g_assert_cmpint (crm_report_table_get_value (table, row, 3), ==, 6000);
  g_assert_cmpint (crm_report_table_get_value (table, row, 4), ==, 7500);
  g_assert_cmpint (crm_report_table_get_value (table, row, 5), ==, 125);
  g_assert_cmpint (crm_report_table_get_value (table, row, 6), ==, 1);

  drill = g_strdup (crm_report_table_get_drill (table, row));
  targets = crm_report_drill (db->store, drill, &params, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_report_table_get_n_rows (targets), ==, 1);
}

static void
test_team_and_campaigns (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrmCampaign) campaign = NULL;
  g_autoptr(CrmCampaignMember) m1 = NULL, m3 = NULL;
  g_autoptr(CrmReportTable) team = run (fixture, "staff-activity");
  g_autoptr(CrmReportTable) roi = NULL;

  /* Orders taken: the deal's owner first (o2's lost deal is Tess's), else
   * the customer's; cancelled orders are not taken. */
  g_assert_cmpint (cell (team, "Sam", "calls"), ==, 2);
  g_assert_cmpint (cell (team, "Sam", "visits"), ==, 1);
  g_assert_cmpint (cell (team, "Sam", "orders_taken"), ==, 3);
  g_assert_cmpint (cell (team, "Tess", "meetings"), ==, 1);
  g_assert_cmpint (cell (team, "Tess", "orders_taken"), ==, 2);

  /* 1–10 June (the whole last day), cost 100.00: Alpha bought 250.00 in it,
   * Gamma nothing in euros. ROI (250 − 100) / 100 = 150 %. */
  campaign = crm_test_save (fixture->db->store, CRM_TYPE_CAMPAIGN, "name", "June", "starts-at", utc (2026, 6, 1),
                            "ends-at", utc (2026, 6, 10), "cost", (gint64)10000, "currency", "EUR", NULL);
  m1 = crm_test_save (fixture->db->store, CRM_TYPE_CAMPAIGN_MEMBER, "campaign-id", id_of (campaign),
                      "customer-id", id_of (fixture->c1), "responded", TRUE, NULL);
  m3 = crm_test_save (fixture->db->store, CRM_TYPE_CAMPAIGN_MEMBER, "campaign-id", id_of (campaign),
                      "customer-id", id_of (fixture->c3), NULL);
  roi = run (fixture, "campaigns");
  g_assert_cmpint (cell (roi, "June", "revenue"), ==, 25000);
  g_assert_cmpint (cell (roi, "June", "members"), ==, 2);
  g_assert_cmpint (cell (roi, "June", "responded"), ==, 1);
  g_assert_cmpint (cell (roi, "June", "roi"), ==, 15000);
}

static void
test_reader (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrmStore) reader = NULL;
  g_autoptr(CrmCustomer) customer = crm_customer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;

  reader = crm_store_open_reader (fixture->db->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_count (reader, CRM_TYPE_CUSTOMER), ==, 3);

  crm_customer_set_name (customer, "Refused");
  g_assert_false (crm_store_save (reader, CRM_RECORD (customer), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  tables = crm_dashboard_run (reader, "sales", &fixture->params, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tables->len, ==, 11);
}

static void
test_table_files (void)
{
  g_autoptr(CrmReportTable) table = crm_report_table_new ("t", "T");
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  guint row;

  crm_report_table_set_currency (table, "EUR");
  crm_report_table_add_column (table, "name", "Name", CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "amount", "Amount", CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "share", "Share", CRM_VALUE_PERCENT);
  row = crm_report_table_add_row (table, "customer:x");
  crm_report_table_set_text (table, row, 0, "Smith, Jones & Co");
  crm_report_table_set_value (table, row, 1, 123450);
  crm_report_table_set_value (table, row, 2, 1234);

  csv = crm_report_table_to_csv (table);
  g_assert_cmpstr (csv, ==, "Name,Amount,Share\r\n\"Smith, Jones & Co\",1234.50,12.34\r\n");

  json = crm_report_table_to_json (table);
  text = json_to_string (json, FALSE);
  g_assert_nonnull (strstr (text, "\"amount\":\"1234.50\""));
  g_assert_nonnull (strstr (text, "\"drill\":\"customer:x\""));

  g_free (text);
  text = crm_report_table_format_cell (table, 0, 1);
  g_assert_cmpstr (text, ==, "1\u2009234.50 EUR");
  g_free (text);
  text = crm_report_table_format_cell (table, 0, 2);
  g_assert_cmpstr (text, ==, "12.3 %");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/periods", test_periods);
  g_test_add_func ("/reports/table-files", test_table_files);
  g_test_add_func ("/reports/cross-sell", test_cross_sell);
  g_test_add ("/reports/facts-follow", Fixture, NULL, fixture_set_up, test_facts_follow, fixture_tear_down);
  g_test_add ("/reports/sales-summary", Fixture, NULL, fixture_set_up, test_sales_summary, fixture_tear_down);
  g_test_add ("/reports/deals", Fixture, NULL, fixture_set_up, test_deals, fixture_tear_down);
  g_test_add ("/reports/customers", Fixture, NULL, fixture_set_up, test_customers, fixture_tear_down);
  g_test_add ("/reports/neglected", Fixture, NULL, fixture_set_up, test_neglected_and_visit, fixture_tear_down);
  g_test_add ("/reports/team-campaigns", Fixture, NULL, fixture_set_up, test_team_and_campaigns, fixture_tear_down);
  g_test_add ("/reports/reader", Fixture, NULL, fixture_set_up, test_reader, fixture_tear_down);

  return g_test_run ();
}
