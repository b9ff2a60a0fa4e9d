/* test-demo.c: tests for the demo data generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include "crm-demo.h"
#include "crm-store-private.h"
#include "crm-test-utils.h"

#define N_CUSTOMERS 200
#define SEED        7
/* 2025-01-01 12:00 UTC: a fixed "today" keeps the data the same on every run. */
#define NOW         G_GINT64_CONSTANT (1735732800)
#define DAY         (24 * 60 * 60)

/* Most tests only read, so they share one generated database. */
static CrmTestDb *shared_db;

static CrmTestDb *
generate (guint32 seed)
{
  g_autoptr(GError) error = NULL;
  CrmTestDb *db = crm_test_db_new ();

  g_assert_true (crm_demo_generate (db->store, N_CUSTOMERS, seed, NOW, NULL, NULL, &error));
  g_assert_no_error (error);

  return db;
}

static CrmStore *
shared_store (void)
{
  if (shared_db == NULL)
    shared_db = generate (SEED);

  return shared_db->store;
}

static GPtrArray *
list (CrmStore   *store,
      GType       type,
      const char *property,
      const char *value)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = crm_store_list (store, type, property, value, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);

  return records;
}

static void
assert_count (CrmStore *store,
              GType     type,
              gint64    min,
              gint64    max)
{
  gint64 count = crm_store_count (store, type);

  if (count < min || count > max)
    g_error ("%s: %" G_GINT64_FORMAT " records, expected %" G_GINT64_FORMAT " … %" G_GINT64_FORMAT,
             g_type_name (type), count, min, max);
}

static void
test_counts (void)
{
  CrmStore *store = shared_store ();
  const gint64 n = N_CUSTOMERS;
  gint64 n_orders, n_quotes;

  assert_count (store, CRM_TYPE_CUSTOMER, n, n);
  assert_count (store, CRM_TYPE_CONTACT, 3 * n * 8 / 10, 3 * n * 12 / 10);
  assert_count (store, CRM_TYPE_STAFF, 8, 8);
  assert_count (store, CRM_TYPE_PRODUCT, 20, 20);
  assert_count (store, CRM_TYPE_PIPELINE_STAGE, 6, 6);
  assert_count (store, CRM_TYPE_DEAL, n / 2, n / 2);
  assert_count (store, CRM_TYPE_QUOTE, n / 5 * 8 / 10, n / 5 * 12 / 10);
  assert_count (store, CRM_TYPE_ORDER, n * 6 / 10, n * 15 / 10);
  assert_count (store, CRM_TYPE_ACTIVITY, 10 * n * 8 / 10, 10 * n * 12 / 10);
  assert_count (store, CRM_TYPE_TICKET, n, n);
  assert_count (store, CRM_TYPE_CONTRACT, n / 10, n / 10);
  assert_count (store, CRM_TYPE_CAMPAIGN, 5, 5);
  assert_count (store, CRM_TYPE_CAMPAIGN_MEMBER, n / 4, n);

  /* 1–4 lines a quote, 1–9 an order (about five on average). */
  n_quotes = crm_store_count (store, CRM_TYPE_QUOTE);
  assert_count (store, CRM_TYPE_QUOTE_LINE, n_quotes, 4 * n_quotes);
  n_orders = crm_store_count (store, CRM_TYPE_ORDER);
  assert_count (store, CRM_TYPE_ORDER_LINE, 3 * n_orders, 7 * n_orders);
}

static gboolean
any_contains (GPtrArray  *customers,
              const char *text)
{
  for (guint i = 0; i < customers->len; i++)
    if (strstr (crm_customer_get_name (customers->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_customers (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) customers = list (store, CRM_TYPE_CUSTOMER, NULL, NULL);
  g_autoptr(GHashTable) currencies = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_companies = 0;

  /* Turkish and Chinese letters, as in "Yılmaz Otomotiv A.Ş." and "王伟". */
  g_assert_true (any_contains (customers, "ş") || any_contains (customers, "Ş"));
  g_assert_true (any_contains (customers, "ı"));
  g_assert_true (any_contains (customers, "王"));

  for (guint i = 0; i < customers->len; i++)
    {
      CrmCustomer *customer = customers->pdata[i];
      const char *email = crm_customer_get_email (customer);
      const char *segment = crm_customer_get_segment (customer);

      g_assert_nonnull (email);
      g_assert_true (g_str_is_ascii (email));
      g_assert_true (g_str_has_suffix (email, "@example.com") ||
                     g_str_has_suffix (email, "@example.org") ||
                     g_str_has_suffix (email, "@example.net"));
      g_assert_true (g_strv_contains ((const char * const[]) { "Enterprise", "SMB", "Retail", "Public", NULL },
                                      segment));
      g_assert_nonnull (crm_customer_get_owner_id (customer));
      g_assert_nonnull (crm_customer_get_region (customer));
      g_assert_nonnull (crm_customer_get_city (customer));

      n_companies += crm_customer_get_kind (customer) == CRM_CUSTOMER_KIND_COMPANY;
      g_hash_table_add (countries, (gpointer) crm_customer_get_country (customer));
    }

  /* About 60 % companies. */
  g_assert_cmpuint (n_companies, >, customers->len / 2);
  g_assert_cmpuint (n_companies, <, customers->len * 7 / 10);
  g_assert_cmpuint (g_hash_table_size (countries), >=, 5);

  {
    g_autoptr(GPtrArray) deals = list (store, CRM_TYPE_DEAL, NULL, NULL);

    for (guint i = 0; i < deals->len; i++)
      g_hash_table_add (currencies, (gpointer) crm_deal_get_currency (deals->pdata[i]));
    for (guint i = 0; i < 5; i++)
      g_assert_true (g_hash_table_contains (currencies, (const char *[]) { "TRY", "EUR", "CNY", "PHP", "GBP" }[i]));
  }
}

static void
test_products (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) products = list (store, CRM_TYPE_PRODUCT, NULL, NULL);
  g_autoptr(GPtrArray) lines = list (store, CRM_TYPE_ORDER_LINE, NULL, NULL);
  guint n_periodic = 0;

  for (guint i = 0; i < products->len; i++)
    {
      CrmProduct *product = products->pdata[i];
      int days = crm_product_get_repurchase_days (product);

      g_assert_cmpint (crm_product_get_unit_cost (product), >, 0);
      g_assert_cmpint (crm_product_get_unit_cost (product), <, crm_product_get_unit_price (product));
      g_assert_nonnull (crm_product_get_sku (product));
      g_assert_nonnull (crm_product_get_category (product));
      g_assert_true (days == 0 || days == 30 || days == 60 || days == 90 || days == 180 || days == 365);
      n_periodic += days > 0;
    }

  /* About a third are consumables bought again and again. */
  g_assert_cmpuint (n_periodic, >=, products->len / 4);
  g_assert_cmpuint (n_periodic, <=, products->len / 2);

  for (guint i = 0; i < lines->len; i++)
    {
      CrmOrderLine *line = lines->pdata[i];

      g_assert_cmpint (crm_order_line_get_quantity (line), >, 0);
      g_assert_cmpint (crm_order_line_get_unit_cost (line), <, crm_order_line_get_unit_price (line));
      g_assert_cmpint (crm_order_line_get_discount (line), >=, 0);
      g_assert_cmpint (crm_order_line_get_discount (line), <=, 10000);
    }
}

/* Consumables come back at their period: some customer ordered the same
 * periodic product several times, about one period apart. */
static void
test_repurchase (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) products = list (store, CRM_TYPE_PRODUCT, NULL, NULL);
  g_autoptr(GPtrArray) orders = list (store, CRM_TYPE_ORDER, NULL, NULL);
  g_autoptr(GPtrArray) lines = list (store, CRM_TYPE_ORDER_LINE, NULL, NULL);
  g_autoptr(GHashTable) periods = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) order_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) purchases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  guint n_regular = 0;

  for (guint i = 0; i < products->len; i++)
    if (crm_product_get_repurchase_days (products->pdata[i]) > 0)
      g_hash_table_insert (periods, (gpointer) crm_record_get_id (products->pdata[i]),
                           GINT_TO_POINTER (crm_product_get_repurchase_days (products->pdata[i])));
  for (guint i = 0; i < orders->len; i++)
    g_hash_table_insert (order_by_id, (gpointer) crm_record_get_id (orders->pdata[i]), orders->pdata[i]);

  for (guint i = 0; i < lines->len; i++)
    {
      CrmOrderLine *line = lines->pdata[i];
      CrmOrder *order = g_hash_table_lookup (order_by_id, crm_order_line_get_order_id (line));
      char *pair;
      GArray *times;
      gint64 at;

      if (!g_hash_table_contains (periods, crm_order_line_get_product_id (line)))
        continue;

      g_assert_nonnull (order);
      pair = g_strconcat (crm_order_get_customer_id (order), " ", crm_order_line_get_product_id (line), NULL);
      times = g_hash_table_lookup (purchases, pair);
      if (times == NULL)
        {
          times = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (purchases, pair, times);
        }
      else
        {
          g_free (pair);
        }
      at = crm_order_get_ordered_at (order);
      g_array_append_val (times, at);
    }

  g_hash_table_iter_init (&iter, purchases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *times = value;
      const char *product_id = strchr (key, ' ') + 1;
      gint64 period = GPOINTER_TO_INT (g_hash_table_lookup (periods, product_id)) * (gint64) DAY;
      gint64 first = G_MAXINT64, last = 0;

      if (times->len < 3)
        continue;

      for (guint i = 0; i < times->len; i++)
        {
          first = MIN (first, g_array_index (times, gint64, i));
          last = MAX (last, g_array_index (times, gint64, i));
        }

      /* The average gap is within a third of the period. */
      if (ABS ((last - first) / (gint64) (times->len - 1) - period) < period / 3)
        n_regular++;
    }

  g_assert_cmpuint (n_regular, >, 0);
}

static void
test_pipeline (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) stages = list (store, CRM_TYPE_PIPELINE_STAGE, NULL, NULL);
  const char * const lost_reasons[] = {
    "Price too high", "Chose a competitor", "No budget", "No decision", "Timing", NULL,
  };
  const char * const won_reasons[] = {
    "Best price", "Relationship", "Product fit", "Fast delivery", NULL,
  };
  const struct {
    const char   *name;
    int           probability;
    CrmStageKind  kind;
  } expected[] = {
    { "Lead", 10, CRM_STAGE_KIND_OPEN },
    { "Qualified", 25, CRM_STAGE_KIND_OPEN },
    { "Proposal", 50, CRM_STAGE_KIND_OPEN },
    { "Negotiation", 75, CRM_STAGE_KIND_OPEN },
    { "Won", 100, CRM_STAGE_KIND_WON },
    { "Lost", 0, CRM_STAGE_KIND_LOST },
  };

  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < stages->len; i++)
    {
      CrmPipelineStage *stage = NULL;
      g_autoptr(GPtrArray) deals = NULL;

      for (guint j = 0; j < stages->len; j++)
        if (crm_pipeline_stage_get_position (stages->pdata[j]) == (int) i)
          stage = stages->pdata[j];

      g_assert_nonnull (stage);
      g_assert_cmpstr (crm_pipeline_stage_get_name (stage), ==, expected[i].name);
      g_assert_cmpint (crm_pipeline_stage_get_probability (stage), ==, expected[i].probability);
      g_assert_cmpint (crm_pipeline_stage_get_kind (stage), ==, expected[i].kind);

      deals = list (store, CRM_TYPE_DEAL, "stage-id", crm_record_get_id (CRM_RECORD (stage)));
      g_assert_cmpuint (deals->len, >, 0);

      for (guint j = 0; j < deals->len; j++)
        {
          CrmDeal *deal = deals->pdata[j];
          const char *reason = crm_deal_get_close_reason (deal);

          g_assert_cmpint (crm_deal_get_amount (deal), >, 0);
          g_assert_nonnull (crm_deal_get_owner_id (deal));
          g_assert_cmpint (crm_deal_get_stage_entered_at (deal), <=, NOW);
          g_assert_cmpint (crm_deal_get_expected_close_at (deal), >, 0);

          switch (expected[i].kind)
            {
            case CRM_STAGE_KIND_OPEN:
              g_assert_null (reason);
              g_assert_cmpint (crm_deal_get_closed_at (deal), ==, 0);
              break;

            case CRM_STAGE_KIND_WON:
              g_assert_true (g_strv_contains (won_reasons, reason));
              g_assert_cmpint (crm_deal_get_closed_at (deal), >, 0);
              g_assert_cmpint (crm_deal_get_closed_at (deal), <=, NOW);
              break;

            case CRM_STAGE_KIND_LOST:
            default:
              g_assert_true (g_strv_contains (lost_reasons, reason));
              g_assert_cmpint (crm_deal_get_closed_at (deal), >, 0);
              g_assert_cmpint (crm_deal_get_closed_at (deal), <=, NOW);
              break;
            }
        }
    }
}

static void
test_contracts (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) contracts = list (store, CRM_TYPE_CONTRACT, NULL, NULL);
  guint n_ending = 0;

  for (guint i = 0; i < contracts->len; i++)
    {
      CrmContract *contract = contracts->pdata[i];
      gint64 ends_at = crm_contract_get_ends_at (contract);

      g_assert_cmpint (crm_contract_get_starts_at (contract), <, ends_at);
      g_assert_cmpint (crm_contract_get_value (contract), >, 0);
      g_assert_cmpint (crm_contract_get_reminder_days (contract), ==, 30);
      n_ending += ends_at > NOW && ends_at <= NOW + 30 * DAY;
    }

  /* At least 2 % end within the reminder period. */
  g_assert_cmpuint (n_ending * 50, >=, contracts->len);
}

static void
test_tickets (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) tickets = list (store, CRM_TYPE_TICKET, NULL, NULL);
  guint n_closed = 0, n_rated = 0, n_open = 0;

  for (guint i = 0; i < tickets->len; i++)
    {
      CrmTicket *ticket = tickets->pdata[i];
      gint64 received_at = crm_ticket_get_received_at (ticket);
      gint64 sla = crm_ticket_get_due_at (ticket) - received_at;

      g_assert_nonnull (crm_ticket_get_technician_id (ticket));
      g_assert_nonnull (crm_ticket_get_fault_category (ticket));
      g_assert_nonnull (crm_ticket_get_serial_number (ticket));
      g_assert_nonnull (crm_ticket_get_product_id (ticket));
      g_assert_nonnull (crm_ticket_get_region (ticket));
      g_assert_cmpint (sla, >=, 2 * DAY);
      g_assert_cmpint (sla, <=, 10 * DAY);
      g_assert_cmpint (received_at, <=, NOW);

      if (crm_ticket_get_status (ticket) == CRM_TICKET_STATUS_CLOSED)
        {
          n_closed++;
          g_assert_cmpint (crm_ticket_get_closed_at (ticket), >=, received_at);
          g_assert_cmpint (crm_ticket_get_closed_at (ticket), <=, NOW);
          n_rated += crm_ticket_get_satisfaction (ticket) > 0;
        }
      else
        {
          n_open++;
          g_assert_cmpint (crm_ticket_get_closed_at (ticket), ==, 0);
          g_assert_cmpint (crm_ticket_get_satisfaction (ticket), ==, 0);
        }
    }

  g_assert_cmpuint (n_open, >, 0);
  g_assert_cmpuint (n_closed, >, tickets->len / 2);
  /* Most closed tickets have a satisfaction score. */
  g_assert_cmpuint (n_rated, >, n_closed / 2);
}

static gboolean
is_contact (CrmActivityKind kind)
{
  return kind != CRM_ACTIVITY_KIND_NOTE && kind != CRM_ACTIVITY_KIND_TASK;
}

static void
test_activities (void)
{
  CrmStore *store = shared_store ();
  g_autoptr(GPtrArray) activities = list (store, CRM_TYPE_ACTIVITY, NULL, NULL);
  g_autoptr(GHashTable) last_contact = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 today = NOW - NOW % DAY;
  guint kinds[CRM_ACTIVITY_KIND_TASK + 1] = { 0 };
  guint n_due_today = 0, n_due_later = 0, n_deal = 0, n_ticket = 0, n_neglected;

  for (guint i = 0; i < activities->len; i++)
    {
      CrmActivity *activity = activities->pdata[i];
      CrmActivityKind kind = crm_activity_get_kind (activity);
      gint64 at = crm_activity_get_at (activity);
      const char *customer_id = crm_activity_get_customer_id (activity);

      kinds[kind]++;
      g_assert_nonnull (crm_activity_get_staff_id (activity));
      g_assert_nonnull (crm_activity_get_subject (activity));
      g_assert_cmpint (at, <=, NOW);
      g_assert_cmpint (at, >, NOW - 2 * 366 * DAY);

      if (kind == CRM_ACTIVITY_KIND_CALL || kind == CRM_ACTIVITY_KIND_MEETING || kind == CRM_ACTIVITY_KIND_VISIT)
        {
          g_assert_cmpint (crm_activity_get_duration_minutes (activity), >, 0);
          g_assert_cmpint (crm_activity_get_cost (activity), >, 0);
        }
      if (kind == CRM_ACTIVITY_KIND_TASK)
        {
          gint64 due_at = crm_activity_get_due_at (activity);

          g_assert_cmpint (due_at, >, 0);
          n_due_today += due_at >= today && due_at < today + DAY;
          n_due_later += due_at >= today + DAY;
        }

      n_deal += crm_activity_get_deal_id (activity) != NULL;
      n_ticket += crm_activity_get_ticket_id (activity) != NULL;

      if (is_contact (kind) && at > (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (last_contact, customer_id)))
        g_hash_table_insert (last_contact, (gpointer) customer_id, GSIZE_TO_POINTER (at));
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpuint (kinds[i], >, 0);
  g_assert_cmpuint (n_due_today, >, 0);
  g_assert_cmpuint (n_due_later, >, 0);
  g_assert_cmpuint (n_deal, >, 0);
  g_assert_cmpuint (n_ticket, >, 0);

  /* About 15 % of the customers have not been contacted for 90 days. */
  n_neglected = N_CUSTOMERS - g_hash_table_size (last_contact);
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, last_contact);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      n_neglected += (gint64) GPOINTER_TO_SIZE (value) < NOW - 90 * DAY;
  }
  g_assert_cmpuint (n_neglected, >=, N_CUSTOMERS * 5 / 100);
  g_assert_cmpuint (n_neglected, <=, N_CUSTOMERS * 30 / 100);
}

static GPtrArray *
customer_names (CrmStore *store)
{
  g_autoptr(GPtrArray) customers = list (store, CRM_TYPE_CUSTOMER, NULL, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < customers->len; i++)
    g_ptr_array_add (names, g_strdup_printf ("%s|%s|%s|%s",
                                             crm_customer_get_name (customers->pdata[i]),
                                             crm_customer_get_email (customers->pdata[i]),
                                             crm_customer_get_phone (customers->pdata[i]),
                                             crm_customer_get_city (customers->pdata[i])));
  g_ptr_array_add (names, NULL);

  return names;
}

static void
test_same_seed (void)
{
  g_autoptr(CrmTestDb) other = generate (SEED);
  g_autoptr(GPtrArray) expected = customer_names (shared_store ());
  g_autoptr(GPtrArray) names = customer_names (other->store);

  g_assert_cmpstrv ((const char * const *) names->pdata, (const char * const *) expected->pdata);

  /* Everything else follows from the same choices; spot-check the last stage. */
  g_assert_cmpint (crm_store_count (other->store, CRM_TYPE_ACTIVITY), ==,
                   crm_store_count (shared_store (), CRM_TYPE_ACTIVITY));
  g_assert_cmpint (crm_store_count (other->store, CRM_TYPE_ORDER_LINE), ==,
                   crm_store_count (shared_store (), CRM_TYPE_ORDER_LINE));
}

static void
test_other_seed (void)
{
  g_autoptr(CrmTestDb) other = generate (SEED + 1);
  g_autoptr(GPtrArray) expected = customer_names (shared_store ());
  g_autoptr(GPtrArray) names = customer_names (other->store);
  guint n_same = 0;

  g_assert_cmpuint (names->len, ==, expected->len);
  for (guint i = 0; i + 1 < names->len; i++)
    n_same += g_str_equal (names->pdata[i], expected->pdata[i]);

  g_assert_cmpuint (n_same, <, 10);
}

typedef struct
{
  char    *stage;
  guint    n_calls;
  guint    n_stages;
  guint64  done;
  guint64  total;
} Progress;

static void
on_progress (const char *stage,
             guint64     done,
             guint64     total,
             gpointer    user_data)
{
  Progress *progress = user_data;

  g_assert_nonnull (stage);
  g_assert_cmpuint (done, <=, total);

  if (g_strcmp0 (progress->stage, stage) != 0)
    {
      g_free (progress->stage);
      progress->stage = g_strdup (stage);
      progress->n_stages++;
    }
  else
    {
      g_assert_cmpuint (done, >, progress->done);
      g_assert_cmpuint (total, ==, progress->total);
    }

  progress->done = done;
  progress->total = total;
  progress->n_calls++;
}

static void
test_progress (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { NULL, };

  g_assert_true (crm_demo_generate (db->store, 2500, SEED, NOW, on_progress, &progress, &error));
  g_assert_no_error (error);

  /* Every stage starts and ends; in between at most once every 1 000 steps. */
  g_assert_cmpuint (progress.n_stages, >=, 8);
  g_assert_cmpuint (progress.done, ==, progress.total);
  g_assert_cmpuint (progress.n_calls, <=, 2 * progress.n_stages + 12 * 3);
  g_free (progress.stage);
}

/* A full disk: the open batch is rolled back and nothing of it stays, the
 * error is the store's, and the store is usable afterwards. */
static void
test_disk_full (void)
{
  g_autoptr(CrmTestDb) db = generate (SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autofree char *limit = NULL;
  sqlite3 *sqlite = crm_store_get_db (db->store);
  const GType *types;
  guint n_types;
  gint64 counts[32];
  gint64 cache_size = crm_test_query_int (sqlite, "PRAGMA cache_size");
  gint64 wal_autocheckpoint = crm_test_query_int (sqlite, "PRAGMA wal_autocheckpoint");

  types = crm_models_list_types (&n_types);
  g_assert_cmpuint (n_types, <=, G_N_ELEMENTS (counts));
  for (guint i = 0; i < n_types; i++)
    counts[i] = crm_store_count (db->store, types[i]);

  /* Room for a few hundred more pages: far less than the first batch needs. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           crm_test_query_int (sqlite, "PRAGMA page_count") + 200);
  g_assert_cmpint (sqlite3_exec (sqlite, limit, NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (crm_demo_generate (db->store, 2000, SEED, NOW, NULL, NULL, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FULL);

  for (guint i = 0; i < n_types; i++)
    g_assert_cmpint (crm_store_count (db->store, types[i]), ==, counts[i]);

  /* No transaction is left open, and the connection has its settings back. */
  g_assert_cmpint (sqlite3_get_autocommit (sqlite), !=, 0);
  g_assert_cmpint (crm_test_query_int (sqlite, "PRAGMA cache_size"), ==, cache_size);
  g_assert_cmpint (crm_test_query_int (sqlite, "PRAGMA wal_autocheckpoint"), ==, wal_autocheckpoint);

  g_assert_cmpint (sqlite3_exec (sqlite, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  customer = crm_test_add_customer (db->store, "Ayşe Yılmaz", "ayse@example.com", "İzmir");
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, N_CUSTOMERS + 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/counts", test_counts);
  g_test_add_func ("/demo/customers", test_customers);
  g_test_add_func ("/demo/products", test_products);
  g_test_add_func ("/demo/repurchase", test_repurchase);
  g_test_add_func ("/demo/pipeline", test_pipeline);
  g_test_add_func ("/demo/contracts", test_contracts);
  g_test_add_func ("/demo/tickets", test_tickets);
  g_test_add_func ("/demo/activities", test_activities);
  g_test_add_func ("/demo/same-seed", test_same_seed);
  g_test_add_func ("/demo/other-seed", test_other_seed);
  g_test_add_func ("/demo/progress", test_progress);
  g_test_add_func ("/demo/disk-full", test_disk_full);

  status = g_test_run ();
  g_clear_pointer (&shared_db, crm_test_db_free);

  return status;
}
