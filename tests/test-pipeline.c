/* test-pipeline.c: the sales pipeline (columns, moves, stages, forecast,
 * cost of sale), CrmDealList and crm-tool deals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <json-glib/json-glib.h>

#include "crm-deal-list.h"
#include "crm-pipeline.h"
#include "crm-test-utils.h"

#define DAY (24 * 60 * 60)
/* 2026-01-01T00:00:00Z */
#define JAN_1 G_GINT64_CONSTANT (1767225600)

typedef struct
{
  CrmTestDb        *db;
  CrmCustomer      *customer;
  CrmStaff         *alice;
  CrmStaff         *bob;
  CrmPipelineStage *lead;
  CrmPipelineStage *qualified;
  CrmPipelineStage *won;
  CrmPipelineStage *lost;
} Fixture;

static const char *
id_of (gpointer record)
{
  return crm_record_get_id (CRM_RECORD (record));
}

static CrmPipelineStage *
add_stage (CrmStore     *store,
           const char   *name,
           int           position,
           int           probability,
           CrmStageKind  kind)
{
  return crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", name, "position", position,
                        "probability", probability, "kind", kind, NULL);
}

static CrmDeal *
add_deal (Fixture          *fixture,
          const char       *title,
          CrmPipelineStage *stage,
          CrmStaff         *owner,
          gint64            amount,
          const char       *currency,
          gint64            expected_close_at)
{
  return crm_test_save (fixture->db->store, CRM_TYPE_DEAL,
                        "title", title,
                        "customer-id", id_of (fixture->customer),
                        "stage-id", id_of (stage),
                        "owner-id", owner != NULL ? id_of (owner) : NULL,
                        "amount", amount,
                        "currency", currency,
                        "expected-close-at", expected_close_at,
                        NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;
  fixture->customer = crm_test_add_customer (store, "Ada Lovelace", NULL, "London");
  fixture->alice = crm_test_save (store, CRM_TYPE_STAFF, "name", "Alice", "quota", (gint64)365000,
                                  "currency", "EUR", NULL);
  fixture->bob = crm_test_save (store, CRM_TYPE_STAFF, "name", "Bob", "quota", (gint64)730000,
                                "currency", "EUR", NULL);
  /* Saved out of order: positions, not insertion, order the board. */
  fixture->qualified = add_stage (store, "Qualified", 1, 50, CRM_STAGE_KIND_OPEN);
  fixture->lead = add_stage (store, "Lead", 0, 10, CRM_STAGE_KIND_OPEN);
  fixture->won = add_stage (store, "Won", 2, 100, CRM_STAGE_KIND_WON);
  fixture->lost = add_stage (store, "Lost", 3, 0, CRM_STAGE_KIND_LOST);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->customer);
  g_clear_object (&fixture->alice);
  g_clear_object (&fixture->bob);
  g_clear_object (&fixture->lead);
  g_clear_object (&fixture->qualified);
  g_clear_object (&fixture->won);
  g_clear_object (&fixture->lost);
  crm_test_db_free (fixture->db);
}

static CrmPipelineColumn *
column_named (GPtrArray  *columns,
              const char *name)
{
  for (guint i = 0; i < columns->len; i++)
    {
      CrmPipelineColumn *column = g_ptr_array_index (columns, i);

      if (g_str_equal (crm_pipeline_stage_get_name (column->stage), name))
        return column;
    }

  g_assert_not_reached ();
}

static const CrmPipelineSum *
sum_at (CrmPipelineColumn *column,
        guint              index)
{
  g_assert_cmpuint (index, <, column->sums->len);
  return &g_array_index (column->sums, CrmPipelineSum, index);
}

static GPtrArray *
load_columns (Fixture             *fixture,
              const CrmDealFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *columns = crm_pipeline_load_columns (fixture->db->store, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (columns);
  return columns;
}

static void
test_stages_and_columns (Fixture       *fixture,
                         gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) by_bob = NULL;
  g_autoptr(GPtrArray) big = NULL;
  g_autoptr(GPtrArray) in_march = NULL;
  g_autoptr(CrmDeal) d1 = NULL, d2 = NULL, d3 = NULL, d4 = NULL, closed = NULL, gone = NULL, won = NULL;
  g_autoptr(GError) error = NULL;
  CrmDealFilter filter = { 0 };
  CrmPipelineColumn *lead, *qualified;

  stages = crm_pipeline_list_stages (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 4);
  g_assert_cmpstr (crm_pipeline_stage_get_name (g_ptr_array_index (stages, 0)), ==, "Lead");
  g_assert_cmpstr (crm_pipeline_stage_get_name (g_ptr_array_index (stages, 3)), ==, "Lost");

  /* 10 % of 1005 is 100.5: half up per deal gives 101. */
  d1 = add_deal (fixture, "One", fixture->lead, fixture->alice, 1000, "EUR", JAN_1 + 10 * DAY);
  d2 = add_deal (fixture, "Two", fixture->lead, fixture->alice, 1005, "EUR", JAN_1 + 70 * DAY);
  d3 = add_deal (fixture, "Three", fixture->lead, fixture->bob, 300, "USD", JAN_1 + 20 * DAY);
  d4 = add_deal (fixture, "Four", fixture->qualified, fixture->bob, 333, "EUR", JAN_1 + 65 * DAY);
  closed = add_deal (fixture, "Closed", fixture->lead, fixture->alice, 9999, "EUR", JAN_1);
  crm_deal_set_closed_at (closed, JAN_1);
  crm_store_save (store, CRM_RECORD (closed), &error);
  g_assert_no_error (error);
  gone = add_deal (fixture, "Gone", fixture->lead, fixture->alice, 9999, "EUR", JAN_1);
  crm_store_delete (store, CRM_RECORD (gone), &error);
  g_assert_no_error (error);
  won = add_deal (fixture, "Won", fixture->won, fixture->alice, 9999, "EUR", JAN_1);

  columns = load_columns (fixture, NULL);
  g_assert_cmpuint (columns->len, ==, 2);
  lead = g_ptr_array_index (columns, 0);
  qualified = g_ptr_array_index (columns, 1);
  g_assert_cmpstr (crm_pipeline_stage_get_name (lead->stage), ==, "Lead");
  g_assert_cmpuint (lead->n_deals, ==, 3);
  g_assert_cmpuint (lead->sums->len, ==, 2);
  g_assert_cmpstr (sum_at (lead, 0)->currency, ==, "EUR");
  g_assert_cmpint (sum_at (lead, 0)->total, ==, 2005);
  g_assert_cmpint (sum_at (lead, 0)->weighted_total, ==, 100 + 101);
  g_assert_cmpstr (sum_at (lead, 1)->currency, ==, "USD");
  g_assert_cmpint (sum_at (lead, 1)->total, ==, 300);
  g_assert_cmpint (sum_at (lead, 1)->weighted_total, ==, 30);
  g_assert_cmpuint (qualified->n_deals, ==, 1);
  /* 166.5 rounds up. */
  g_assert_cmpint (sum_at (qualified, 0)->weighted_total, ==, 167);

  filter.owner_id = id_of (fixture->bob);
  by_bob = load_columns (fixture, &filter);
  lead = column_named (by_bob, "Lead");
  g_assert_cmpuint (lead->n_deals, ==, 1);
  g_assert_cmpstr (sum_at (lead, 0)->currency, ==, "USD");
  g_assert_cmpuint (column_named (by_bob, "Qualified")->n_deals, ==, 1);

  memset (&filter, 0, sizeof filter);
  filter.minimum_amount = 1001;
  big = load_columns (fixture, &filter);
  g_assert_cmpuint (column_named (big, "Lead")->n_deals, ==, 1);
  g_assert_cmpint (sum_at (column_named (big, "Lead"), 0)->total, ==, 1005);
  g_assert_cmpuint (column_named (big, "Qualified")->n_deals, ==, 0);
  g_assert_cmpuint (column_named (big, "Qualified")->sums->len, ==, 0);

  memset (&filter, 0, sizeof filter);
  filter.close_from = JAN_1 + 59 * DAY;
  filter.close_until = JAN_1 + 66 * DAY;
  in_march = load_columns (fixture, &filter);
  g_assert_cmpuint (column_named (in_march, "Lead")->n_deals, ==, 0);
  g_assert_cmpuint (column_named (in_march, "Qualified")->n_deals, ==, 1);
}

static CrmDeal *
reload (CrmStore *store,
        CrmDeal  *deal)
{
  g_autoptr(GError) error = NULL;
  CrmDeal *again = crm_store_load (store, CRM_TYPE_DEAL, id_of (deal), &error);

  g_assert_no_error (error);
  return again;
}

static void
test_move_and_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) deal = add_deal (fixture, "One", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) moved = NULL;
  g_autoptr(CrmDeal) undone = NULL;
  g_auto(CrmDealPlacement) previous = { 0 };
  g_auto(CrmDealPlacement) same = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  crm_deal_set_stage_entered_at (deal, JAN_1);
  crm_store_save (store, CRM_RECORD (deal), &error);
  g_assert_no_error (error);

  g_assert_true (crm_pipeline_move_deal (store, deal, id_of (fixture->qualified), NULL, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (previous.stage_id, ==, id_of (fixture->lead));
  g_assert_cmpint (previous.stage_entered_at, ==, JAN_1);
  g_assert_cmpint (previous.closed_at, ==, 0);
  g_assert_null (previous.close_reason);

  moved = reload (store, deal);
  g_assert_cmpstr (crm_deal_get_stage_id (moved), ==, id_of (fixture->qualified));
  g_assert_cmpint (crm_deal_get_stage_entered_at (moved), >=, before);

  /* Dropped back where it was: no save, no new time in stage. */
  crm_deal_set_stage_entered_at (moved, JAN_1 + DAY);
  crm_store_save (store, CRM_RECORD (moved), &error);
  g_assert_no_error (error);
  g_assert_true (crm_pipeline_move_deal (store, moved, id_of (fixture->qualified), NULL, &same, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (same.stage_id, ==, id_of (fixture->qualified));
  g_assert_cmpint (same.stage_entered_at, ==, JAN_1 + DAY);
  g_assert_cmpint (crm_deal_get_stage_entered_at (moved), ==, JAN_1 + DAY);

  g_assert_true (crm_pipeline_place_deal (store, id_of (deal), &previous, &error));
  g_assert_no_error (error);
  undone = reload (store, deal);
  g_assert_cmpstr (crm_deal_get_stage_id (undone), ==, id_of (fixture->lead));
  g_assert_cmpint (crm_deal_get_stage_entered_at (undone), ==, JAN_1);

  /* A stage that is not there is refused and changes nothing. */
  g_assert_false (crm_pipeline_move_deal (store, undone, "no-such-stage", NULL, NULL, &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_NO_SUCH_STAGE);
  g_assert_cmpstr (crm_deal_get_stage_id (undone), ==, id_of (fixture->lead));
}

static void
test_won_lost_reason (Fixture       *fixture,
                      gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) deal = add_deal (fixture, "One", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) unchanged = NULL;
  g_autoptr(CrmDeal) won = NULL;
  g_autoptr(CrmDeal) reopened = NULL;
  g_auto(CrmDealPlacement) previous = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_false (crm_pipeline_move_deal (store, deal, id_of (fixture->won), NULL, NULL, &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_REASON_REQUIRED);
  g_clear_error (&error);
  g_assert_false (crm_pipeline_move_deal (store, deal, id_of (fixture->lost), "  ", NULL, &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_REASON_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpstr (crm_deal_get_stage_id (deal), ==, id_of (fixture->lead));
  unchanged = reload (store, deal);
  g_assert_cmpstr (crm_deal_get_stage_id (unchanged), ==, id_of (fixture->lead));
  g_assert_cmpint (crm_deal_get_closed_at (unchanged), ==, 0);

  g_assert_true (crm_pipeline_move_deal (store, deal, id_of (fixture->won), "Best price", &previous, &error));
  g_assert_no_error (error);
  won = reload (store, deal);
  g_assert_cmpstr (crm_deal_get_stage_id (won), ==, id_of (fixture->won));
  g_assert_cmpint (crm_deal_get_closed_at (won), >=, before);
  g_assert_cmpstr (crm_deal_get_close_reason (won), ==, "Best price");

  /* Back into an open stage it is open again. */
  crm_deal_placement_clear (&previous);
  g_assert_true (crm_pipeline_move_deal (store, won, id_of (fixture->qualified), NULL, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (previous.stage_id, ==, id_of (fixture->won));
  g_assert_cmpstr (previous.close_reason, ==, "Best price");
  g_assert_cmpint (previous.closed_at, >=, before);
  reopened = reload (store, deal);
  g_assert_cmpint (crm_deal_get_closed_at (reopened), ==, 0);
  g_assert_null (crm_deal_get_close_reason (reopened));
}

static void
test_remove_and_reorder_stages (Fixture       *fixture,
                                gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) open = add_deal (fixture, "Open", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) closed = add_deal (fixture, "Closed", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) other = add_deal (fixture, "Other", fixture->qualified, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) open_after = NULL;
  g_autoptr(CrmDeal) closed_after = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) reordered = NULL;
  g_autoptr(GError) error = NULL;

  crm_deal_set_closed_at (closed, JAN_1);
  crm_store_save (store, CRM_RECORD (closed), &error);
  g_assert_no_error (error);

  g_assert_false (crm_pipeline_remove_stage (store, id_of (fixture->lead), id_of (fixture->lead), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (crm_pipeline_remove_stage (store, id_of (fixture->lead), id_of (fixture->qualified), &error));
  g_assert_no_error (error);
  open_after = reload (store, open);
  closed_after = reload (store, closed);
  g_assert_cmpstr (crm_deal_get_stage_id (open_after), ==, id_of (fixture->qualified));
  g_assert_cmpstr (crm_deal_get_stage_id (closed_after), ==, id_of (fixture->qualified));
  g_assert_cmpint (crm_deal_get_closed_at (closed_after), ==, JAN_1);

  stages = crm_pipeline_list_stages (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 3);
  g_assert_cmpstr (crm_pipeline_stage_get_name (g_ptr_array_index (stages, 0)), ==, "Qualified");

  /* The last open stage stays, and so do its deals. */
  g_assert_false (crm_pipeline_remove_stage (store, id_of (fixture->qualified), id_of (fixture->won), &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_LAST_STAGE);
  g_clear_error (&error);
  g_assert_false (crm_pipeline_remove_stage (store, id_of (fixture->lost), id_of (fixture->won), &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_KIND_MISMATCH);
  g_clear_error (&error);
  g_assert_false (crm_pipeline_remove_stage (store, id_of (fixture->won), "no-such-stage", &error));
  g_assert_error (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_NO_SUCH_STAGE);
  g_clear_error (&error);

  /* Lost, Won, Qualified. */
  for (guint i = 0; i < stages->len / 2; i++)
    {
      gpointer swap = stages->pdata[i];

      stages->pdata[i] = stages->pdata[stages->len - 1 - i];
      stages->pdata[stages->len - 1 - i] = swap;
    }
  g_assert_true (crm_pipeline_reorder_stages (store, stages, &error));
  g_assert_no_error (error);
  reordered = crm_pipeline_list_stages (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_pipeline_stage_get_name (g_ptr_array_index (reordered, 0)), ==, "Lost");
  g_assert_cmpstr (crm_pipeline_stage_get_name (g_ptr_array_index (reordered, 2)), ==, "Qualified");
  g_assert_cmpint (crm_pipeline_stage_get_position (g_ptr_array_index (reordered, 2)), ==, 2);
}

static void
close_deal (Fixture    *fixture,
            CrmDeal    *deal,
            gint64      closed_at)
{
  g_autoptr(GError) error = NULL;

  crm_deal_set_closed_at (deal, closed_at);
  crm_deal_set_close_reason (deal, "Fit");
  crm_store_save (fixture->db->store, CRM_RECORD (deal), &error);
  g_assert_no_error (error);
}

static void
test_forecast (Fixture       *fixture,
               gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  gint64 start = JAN_1, end = JAN_1 + 30 * DAY;
  g_autoptr(CrmDeal) won = add_deal (fixture, "Won", fixture->won, fixture->alice, 5000, "EUR", JAN_1);
  g_autoptr(CrmDeal) won_late = add_deal (fixture, "Later", fixture->won, fixture->alice, 7000, "EUR", JAN_1);
  g_autoptr(CrmDeal) won_usd = add_deal (fixture, "Dollars", fixture->won, fixture->alice, 100, "USD", JAN_1);
  g_autoptr(CrmDeal) won_bob = add_deal (fixture, "Bob's", fixture->won, fixture->bob, 2000, "EUR", JAN_1);
  g_autoptr(CrmDeal) lost = add_deal (fixture, "Lost", fixture->lost, fixture->alice, 800, "EUR", JAN_1);
  g_autoptr(CrmDeal) open = add_deal (fixture, "Open", fixture->qualified, fixture->alice, 1001, "EUR",
                                      JAN_1 + 5 * DAY);
  g_autoptr(CrmDeal) open_later = add_deal (fixture, "Open later", fixture->qualified, fixture->alice, 1000,
                                            "EUR", JAN_1 + 40 * DAY);
  g_autoptr(GError) error = NULL;
  CrmForecast forecast;

  close_deal (fixture, won, JAN_1 + 3 * DAY);
  close_deal (fixture, won_late, JAN_1 + 31 * DAY);
  close_deal (fixture, won_usd, JAN_1 + 3 * DAY);
  close_deal (fixture, won_bob, JAN_1 + 3 * DAY);
  close_deal (fixture, lost, JAN_1 + 3 * DAY);

  g_assert_true (crm_forecast_load (store, id_of (fixture->alice), "EUR", start, end, &forecast, &error));
  g_assert_no_error (error);
  /* 365 000 a year over 30 days. */
  g_assert_cmpint (forecast.quota, ==, 30000);
  g_assert_cmpint (forecast.won, ==, 5000);
  /* 50 % of 1001, half up. */
  g_assert_cmpint (forecast.weighted_open, ==, 501);
  g_assert_cmpfloat_with_epsilon (forecast.attainment, 5000.0 / 30000.0, 1e-9);
  g_assert_cmpuint (forecast.n_left_out, ==, 1);

  g_assert_true (crm_forecast_load (store, NULL, "EUR", start, end, &forecast, &error));
  g_assert_no_error (error);
  g_assert_cmpint (forecast.quota, ==, 30000 + 60000);
  g_assert_cmpint (forecast.won, ==, 7000);

  /* No quota in that currency: nothing to attain. */
  g_assert_true (crm_forecast_load (store, id_of (fixture->alice), "USD", start, end, &forecast, &error));
  g_assert_no_error (error);
  g_assert_cmpint (forecast.quota, ==, 0);
  g_assert_cmpint (forecast.won, ==, 100);
  g_assert_cmpfloat (forecast.attainment, ==, 0.0);
  g_assert_cmpuint (forecast.n_left_out, ==, 2);
}

static CrmActivity *
add_activity (Fixture *fixture,
              CrmDeal *deal,
              gint64   cost,
              int      minutes)
{
  return crm_test_save (fixture->db->store, CRM_TYPE_ACTIVITY,
                        "customer-id", id_of (fixture->customer),
                        "deal-id", id_of (deal),
                        "subject", "Call",
                        "cost", cost,
                        "duration-minutes", minutes,
                        NULL);
}

static void
test_cost_of_sale (Fixture       *fixture,
                   gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) deal = add_deal (fixture, "One", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmDeal) other = add_deal (fixture, "Two", fixture->lead, NULL, 1000, "EUR", JAN_1);
  g_autoptr(CrmActivity) call = NULL, visit = NULL, removed = NULL, elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cost = -1, minutes = -1;

  call = add_activity (fixture, deal, 150, 30);
  visit = add_activity (fixture, deal, 250, 45);
  removed = add_activity (fixture, deal, 1000, 60);
  elsewhere = add_activity (fixture, other, 1000, 60);
  crm_store_delete (store, CRM_RECORD (removed), &error);
  g_assert_no_error (error);

  g_assert_true (crm_deal_load_cost_of_sale (store, id_of (deal), &cost, &minutes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cost, ==, 400);
  g_assert_cmpint (minutes, ==, 75);

  g_assert_true (crm_deal_load_cost_of_sale (store, "no-such-deal", &cost, &minutes, &error));
  g_assert_cmpint (cost, ==, 0);
  g_assert_cmpint (minutes, ==, 0);
}

/* items-changed as the only source of truth: a copy kept by the signal. */
typedef struct
{
  GListModel *model;
  GPtrArray  *titles;
  guint       n_changes;
  guint       position, removed, added;
} Mirror;

static char *
title_at (GListModel *model,
          guint       position)
{
  g_autoptr(CrmDeal) deal = g_list_model_get_item (model, position);

  g_assert_true (CRM_IS_DEAL (deal));
  return g_strdup (crm_deal_get_title (deal));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  mirror->n_changes++;
  mirror->position = position;
  mirror->removed = removed;
  mirror->added = added;
  g_ptr_array_remove_range (mirror->titles, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->titles, position + i, title_at (model, position + i));
}

static void
assert_titles (Mirror     *mirror,
               const char *expected)
{
  g_autoptr(GString) actual = g_string_new (NULL);
  g_autoptr(GString) mirrored = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (mirror->model); i++)
    {
      g_autofree char *title = title_at (mirror->model, i);

      g_string_append_printf (actual, "%s%s", i > 0 ? " " : "", title);
    }
  for (guint i = 0; i < mirror->titles->len; i++)
    g_string_append_printf (mirrored, "%s%s", i > 0 ? " " : "", (char *)g_ptr_array_index (mirror->titles, i));

  g_assert_cmpstr (actual->str, ==, expected);
  g_assert_cmpstr (mirrored->str, ==, expected);
}

static void
test_deal_list (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) c = add_deal (fixture, "C", fixture->lead, fixture->alice, 100, "EUR", JAN_1 + 2 * DAY);
  g_autoptr(CrmDeal) a = add_deal (fixture, "A", fixture->lead, fixture->bob, 100, "EUR", JAN_1 + 2 * DAY);
  g_autoptr(CrmDeal) undated = add_deal (fixture, "Undated", fixture->lead, fixture->alice, 100, "EUR", 0);
  g_autoptr(CrmDeal) first = add_deal (fixture, "First", fixture->lead, fixture->alice, 5000, "EUR", JAN_1);
  g_autoptr(CrmDeal) elsewhere = add_deal (fixture, "Elsewhere", fixture->qualified, NULL, 100, "EUR", JAN_1);
  g_autoptr(CrmDeal) b = NULL;
  g_autoptr(CrmDealList) list = NULL;
  g_autoptr(CrmDealList) filtered = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  CrmDealFilter filter = { 0 };
  Mirror mirror = { 0 };

  list = crm_deal_list_new (store, id_of (fixture->lead), NULL);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CRM_TYPE_DEAL);
  g_assert_cmpstr (crm_deal_list_get_stage_id (list), ==, id_of (fixture->lead));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 4));

  mirror.model = G_LIST_MODEL (list);
  mirror.titles = titles;
  for (guint i = 0; i < g_list_model_get_n_items (mirror.model); i++)
    g_ptr_array_add (titles, title_at (mirror.model, i));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &mirror);
  /* Same close date: the older deal first. */
  assert_titles (&mirror, "First C A Undated");
  g_assert_cmpuint (crm_deal_list_find (list, id_of (c)), ==, 1);
  g_assert_cmpuint (crm_deal_list_find (list, id_of (elsewhere)), ==, G_MAXUINT);
  g_assert_cmpuint (crm_deal_list_find (list, "no-such-deal"), ==, G_MAXUINT);

  /* A new deal: one insertion where it belongs. */
  b = add_deal (fixture, "B", fixture->lead, fixture->alice, 100, "EUR", JAN_1 + 2 * DAY);
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  g_assert_cmpuint (mirror.position, ==, 3);
  g_assert_cmpuint (mirror.removed, ==, 0);
  g_assert_cmpuint (mirror.added, ==, 1);
  assert_titles (&mirror, "First C A B Undated");

  /* An edit in place: that row only. */
  mirror.n_changes = 0;
  crm_deal_set_amount (b, 200);
  crm_store_save (store, CRM_RECORD (b), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  g_assert_cmpuint (mirror.position, ==, 3);
  g_assert_cmpuint (mirror.removed, ==, 1);
  g_assert_cmpuint (mirror.added, ==, 1);

  /* Moved away, and a deal elsewhere changing does nothing here. */
  mirror.n_changes = 0;
  g_assert_true (crm_pipeline_move_deal (store, a, id_of (fixture->qualified), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  g_assert_cmpuint (mirror.position, ==, 2);
  g_assert_cmpuint (mirror.removed, ==, 1);
  g_assert_cmpuint (mirror.added, ==, 0);
  assert_titles (&mirror, "First C B Undated");
  mirror.n_changes = 0;
  crm_deal_set_title (elsewhere, "Still elsewhere");
  crm_store_save (store, CRM_RECORD (elsewhere), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror.n_changes, ==, 0);

  /* Closing it takes it off the board. */
  g_assert_true (crm_pipeline_move_deal (store, first, id_of (fixture->won), "Fit", NULL, &error));
  g_assert_no_error (error);
  assert_titles (&mirror, "C B Undated");

  filter.owner_id = id_of (fixture->alice);
  filter.close_from = JAN_1 + DAY;
  filtered = crm_deal_list_new (store, id_of (fixture->lead), &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 2);
  filter.minimum_amount = 150;
  crm_deal_list_set_filter (list, &filter);
  assert_titles (&mirror, "B");
  crm_deal_list_set_filter (list, NULL);
  assert_titles (&mirror, "C B Undated");
}

static void
test_tool_deals (Fixture       *fixture,
                 gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmDeal) open = add_deal (fixture, "Big order", fixture->qualified, fixture->alice, 123456, "EUR",
                                      JAN_1 + 5 * DAY);
  g_autoptr(CrmDeal) early = add_deal (fixture, "Early", fixture->lead, NULL, 100, "EUR", 0);
  g_autoptr(CrmDeal) won = add_deal (fixture, "Done", fixture->lead, NULL, 100, "EUR", JAN_1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL, *err = NULL, *open_out = NULL, *open_err = NULL;
  g_autofree char *text = NULL, *text_err = NULL, *bad = NULL, *bad_err = NULL;
  g_autofree char *not_db = crm_test_write_file (fixture->db, "notes.txt", "Not a database at all.", -1);
  g_autofree char *expected_line = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  JsonObject *deal;

  g_assert_true (crm_pipeline_move_deal (store, won, id_of (fixture->won), "Fit", NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", fixture->db->path, "deals", "--json", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  /* Along the pipeline: Lead, Qualified, Won. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "title"), ==, "Early");
  g_assert_null (json_object_get_string_member (json_array_get_object_element (array, 0), "expected-close-at"));
  deal = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (deal, "id"), ==, id_of (open));
  g_assert_cmpstr (json_object_get_string_member (deal, "title"), ==, "Big order");
  g_assert_cmpstr (json_object_get_string_member (deal, "customer-id"), ==, id_of (fixture->customer));
  g_assert_cmpstr (json_object_get_string_member (deal, "customer-name"), ==, "Ada Lovelace");
  g_assert_cmpstr (json_object_get_string_member (deal, "stage"), ==, "Qualified");
  g_assert_cmpint (json_object_get_int_member (deal, "amount-minor"), ==, 123456);
  g_assert_cmpstr (json_object_get_string_member (deal, "currency"), ==, "EUR");
  g_assert_nonnull (strstr (json_object_get_string_member (deal, "amount"), "234"));
  g_assert_cmpstr (json_object_get_string_member (deal, "expected-close-at"), ==, "2026-01-06T00:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (deal, "owner-id"), ==, id_of (fixture->alice));
  g_assert_cmpstr (json_object_get_string_member (deal, "owner-name"), ==, "Alice");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 2), "stage"), ==, "Won");

  g_assert_cmpint (crm_test_run_tool (&open_out, &open_err, "--db", fixture->db->path, "deals", "--open", "--json", NULL),
                   ==, 0);
  json_parser_load_from_data (parser, open_out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 2);

  g_assert_cmpint (crm_test_run_tool (&text, &text_err, "--db", fixture->db->path, "deals", "--open", NULL), ==, 0);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], id_of (early)));
  expected_line = g_strdup_printf ("%s\tBig order\t%s\tAda Lovelace\tQualified\t", id_of (open),
                                   id_of (fixture->customer));
  g_assert_true (g_str_has_prefix (lines[1], expected_line));
  g_assert_true (g_str_has_suffix (lines[1], "\t2026-01-06\tAlice"));

  g_assert_cmpint (crm_test_run_tool (&bad, &bad_err, "--db", not_db, "deals", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (bad_err, "crm-tool: "));
  g_assert_nonnull (strchr (bad_err, '\n'));
  g_assert_cmpstr (strchr (bad_err, '\n') + 1, ==, "");
}

static gint64
local_date (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, day, 0, 0, 0);

  return g_date_time_to_unix (time);
}

/* A yearly quota over a period: a whole year is the whole quota in a leap
 * year too, a leap year's quarter is its share of 366 days, and a period
 * across New Year takes each year's part at that year's length. */
static void
test_forecast_leap_years (void)
{
  const gint64 quota = 3660000;
  gint64 sum = 0;

  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2024, 1, 1), local_date (2025, 1, 1)), ==, quota);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2023, 1, 1), local_date (2024, 1, 1)), ==, quota);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2024, 1, 1), local_date (2024, 4, 1)), ==,
                   (quota * 91 + 183) / 366);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2023, 1, 1), local_date (2023, 4, 1)), ==,
                   (quota * 90 + 182) / 365);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2024, 2, 1), local_date (2024, 3, 1)), ==,
                   quota * 29 / 366);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2023, 12, 1), local_date (2024, 2, 1)), ==,
                   (quota * 31 + 182) / 365 + quota * 31 / 366);
  g_assert_cmpint (crm_forecast_prorate_quota (quota, local_date (2024, 5, 1), local_date (2024, 5, 1)), ==, 0);

  for (int month = 1; month <= 12; month += 3)
    sum += crm_forecast_prorate_quota (quota, local_date (2024, month, 1),
                                       month == 10 ? local_date (2025, 1, 1) : local_date (2024, month + 3, 1));
  g_assert_cmpint (ABS (sum - quota), <=, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pipeline/columns", test_stages_and_columns);
  ADD ("/pipeline/move-and-undo", test_move_and_undo);
  ADD ("/pipeline/won-lost-reason", test_won_lost_reason);
  ADD ("/pipeline/stages", test_remove_and_reorder_stages);
  ADD ("/pipeline/forecast", test_forecast);
  g_test_add_func ("/pipeline/forecast-leap-years", test_forecast_leap_years);
  ADD ("/pipeline/cost-of-sale", test_cost_of_sale);
  ADD ("/pipeline/deal-list", test_deal_list);
  ADD ("/pipeline/tool", test_tool_deals);
#undef ADD

  return g_test_run ();
}
