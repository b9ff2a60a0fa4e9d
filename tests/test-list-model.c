/* test-list-model.c: tests for CrmCustomerList as a GListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include "crm-customer-figures.h"
#include "crm-customer-list.h"
#include "crm-field.h"
#include "crm-fold.h"
#include "crm-models.h"
#include "crm-store.h"
#include "crm-test-utils.h"

#define DAY (24 * 60 * 60)

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* A copy of the list's ids kept up to date only through items-changed, so
 * that every signal is checked against what the list then holds. */
typedef struct
{
  GListModel *model;
  GPtrArray  *ids;
  guint       n_changes;
  guint       position;
  guint       removed;
  guint       added;
  guint       n_items_notifies;
} Mirror;

static char *
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(CrmCustomer) customer = g_list_model_get_item (model, position);

  g_assert_nonnull (customer);
  g_assert_true (CRM_IS_CUSTOMER (customer));
  g_assert_nonnull (crm_record_get_id (CRM_RECORD (customer)));

  return g_strdup (crm_record_get_id (CRM_RECORD (customer)));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  g_assert_true (model == mirror->model);
  g_assert_cmpuint (position + removed, <=, mirror->ids->len);

  mirror->n_changes++;
  mirror->position = position;
  mirror->removed = removed;
  mirror->added = added;

  if (removed > 0)
    g_ptr_array_remove_range (mirror->ids, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->ids, position + i, item_id (model, position + i));

  g_assert_cmpuint (mirror->ids->len, ==, g_list_model_get_n_items (model));
}

static void
on_n_items_notify (GObject    *object,
                   GParamSpec *pspec,
                   Mirror     *mirror)
{
  guint n_items = 0;

  g_object_get (object, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, g_list_model_get_n_items (mirror->model));
  mirror->n_items_notifies++;
}

static Mirror *
mirror_new (CrmCustomerList *list)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n_items;

  mirror->model = G_LIST_MODEL (list);
  mirror->ids = g_ptr_array_new_with_free_func (g_free);
  n_items = g_list_model_get_n_items (mirror->model);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (mirror->ids, item_id (mirror->model, i));

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), mirror);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_n_items_notify), mirror);

  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_data (mirror->model, mirror);
  g_ptr_array_unref (mirror->ids);
  g_free (mirror);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mirror, mirror_free)

static void
mirror_reset_counts (Mirror *mirror)
{
  mirror->n_changes = 0;
  mirror->n_items_notifies = 0;
  mirror->position = mirror->removed = mirror->added = G_MAXUINT;
}

/* The signals told the whole truth: the copy equals the list. */
static void
mirror_check (Mirror *mirror)
{
  guint n_items = g_list_model_get_n_items (mirror->model);

  g_assert_cmpuint (mirror->ids->len, ==, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *id = item_id (mirror->model, i);

      g_assert_cmpstr (g_ptr_array_index (mirror->ids, i), ==, id);
    }
}

static void
assert_names_at (const char         *file,
                 int                 line,
                 const char         *func,
                 CrmCustomerList    *list,
                 const char * const *expected)
{
  g_auto(GStrv) names = crm_test_list_names (G_LIST_MODEL (list));

  if (!g_strv_equal ((const char * const *)names, expected))
    {
      g_autofree char *got = g_strjoinv (" | ", names);
      g_autofree char *want = g_strjoinv (" | ", (char **)expected);
      g_autofree char *message = g_strdup_printf ("the list holds [%s], expected [%s]", got, want);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

/* For full-text matches, whose order among equals is the index's. */
static void
assert_name_set_at (const char         *file,
                    int                 line,
                    const char         *func,
                    CrmCustomerList    *list,
                    const char * const *expected)
{
  g_auto(GStrv) names = crm_test_list_names (G_LIST_MODEL (list));
  gboolean same = g_strv_length (names) == g_strv_length ((char **)expected);

  for (guint i = 0; same && expected[i] != NULL; i++)
    same = g_strv_contains ((const char * const *)names, expected[i]);

  if (!same)
    {
      g_autofree char *got = g_strjoinv (" | ", names);
      g_autofree char *want = g_strjoinv (" | ", (char **)expected);
      g_autofree char *message = g_strdup_printf ("the list holds [%s], expected [%s] in any order",
                                                  got, want);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

/* Variadic, for the commas of a compound literal. */
#define assert_names(list, ...) \
  assert_names_at (__FILE__, __LINE__, G_STRFUNC, list, __VA_ARGS__)
#define assert_name_set(list, ...) \
  assert_name_set_at (__FILE__, __LINE__, G_STRFUNC, list, __VA_ARGS__)

static CrmCustomer *
add_customer_in (CrmStore   *store,
                 const char *name,
                 const char *segment,
                 const char *region,
                 const char *owner_id,
                 const char *city)
{
  return crm_test_save (store, CRM_TYPE_CUSTOMER, "name", name, "segment", segment, "region", region,
                        "owner-id", owner_id, "city", city, NULL);
}

static CrmCustomer *
add_customer (CrmStore   *store,
              const char *name,
              const char *segment,
              const char *region,
              const char *owner_id)
{
  return add_customer_in (store, name, segment, region, owner_id, NULL);
}

static CrmOrder *
add_order (CrmStore       *store,
           CrmCustomer    *customer,
           CrmOrderStatus  status,
           gint64          ordered_at)
{
  g_autoptr(GError) error = NULL;
  CrmOrder *order = crm_order_new ();

  crm_order_set_customer_id (order, crm_record_get_id (CRM_RECORD (customer)));
  crm_order_set_status (order, status);
  crm_order_set_ordered_at (order, ordered_at);
  crm_order_set_currency (order, "EUR");
  crm_store_save (store, CRM_RECORD (order), &error);
  g_assert_no_error (error);

  return order;
}

static void
add_line (CrmStore *store,
          CrmOrder *order,
          gint64    quantity,
          gint64    unit_price,
          int       discount)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmOrderLine) line = crm_order_line_new ();

  crm_order_line_set_order_id (line, crm_record_get_id (CRM_RECORD (order)));
  crm_order_line_set_description (line, "Something");
  crm_order_line_set_quantity (line, quantity);
  crm_order_line_set_unit_price (line, unit_price);
  crm_order_line_set_discount (line, discount);
  crm_store_save (store, CRM_RECORD (line), &error);
  g_assert_no_error (error);
}

static CrmActivity *
add_activity (CrmStore        *store,
              CrmCustomer     *customer,
              CrmActivityKind  kind,
              gint64           at)
{
  g_autoptr(GError) error = NULL;
  CrmActivity *activity = crm_activity_new ();

  crm_activity_set_customer_id (activity, crm_record_get_id (CRM_RECORD (customer)));
  crm_activity_set_kind (activity, kind);
  crm_activity_set_subject (activity, "Talked");
  crm_activity_set_at (activity, at);
  crm_store_save (store, CRM_RECORD (activity), &error);
  g_assert_no_error (error);

  return activity;
}

static void
test_n_items (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) gone = NULL;
  g_autoptr(CrmCustomer) first = NULL;
  g_autoptr(CrmCustomer) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Delta", "Alpha", "Echo", "Charlie", "Bravo" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, names[i], NULL, NULL);

      if (i == 2)
        gone = g_object_ref (customer);
    }

  /* A customer deleted before the list exists is not in it. */
  crm_store_delete (db->store, CRM_RECORD (gone), &error);
  g_assert_no_error (error);

  list = crm_customer_list_new (db->store);
  g_assert_true (crm_customer_list_get_store (list) == db->store);
  g_assert_cmpint (crm_customer_list_get_sort (list), ==, CRM_CUSTOMER_SORT_NAME);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CRM_TYPE_CUSTOMER);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  assert_names (list, (const char *[]) { "Alpha", "Bravo", "Charlie", "Delta", NULL });

  /* Items are customers read from the store, and nothing past the end. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (CRM_IS_CUSTOMER (first));
  g_assert_cmpstr (crm_customer_get_name (first), ==, "Alpha");
  g_assert_false (crm_record_get_deleted (CRM_RECORD (first)));
  g_assert_cmpint (crm_record_get_created_at (CRM_RECORD (first)), >, 0);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (crm_record_get_id (CRM_RECORD (again)), ==, crm_record_get_id (CRM_RECORD (first)));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 4));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), G_MAXUINT));

  /* Reading many more items than the cache holds still gives the right ones. */
  g_assert_true (crm_store_begin (db->store, &error));
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *name = g_strdup_printf ("Zulu %03u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, name, NULL, NULL);
    }
  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 604);
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < 600; i++)
      {
        g_autoptr(CrmCustomer) customer = g_list_model_get_item (G_LIST_MODEL (list), 4 + i);
        g_autofree char *name = g_strdup_printf ("Zulu %03u", i);

        g_assert_cmpstr (crm_customer_get_name (customer), ==, name);
      }
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 604);

  /* The property agrees. */
  {
    guint n_items = 0;

    g_object_get (list, "n-items", &n_items, NULL);
    g_assert_cmpuint (n_items, ==, 604);
  }
}

static void
test_name_order (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) ali = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Zeynep", "Ayşe Kaya", "Berk", "Ömer", "Aysel", "Çelik", "Ayse Demir" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, names[i], NULL, NULL);
    }
  ali = crm_test_add_customer (db->store, "ali", NULL, NULL);

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);

  /* Case and accents fold: "ali" before "Zeynep", "Ayşe" with "Ayse",
   * "Ç" with "C" and "Ö" with "O". */
  assert_names (list, (const char *[]) {
    "ali", "Ayse Demir", "Ayşe Kaya", "Aysel", "Berk", "Çelik", "Ömer", "Zeynep", NULL });

  /* A rename moves the customer. */
  crm_customer_set_name (ali, "Zafer");
  crm_store_save (db->store, CRM_RECORD (ali), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) {
    "Ayse Demir", "Ayşe Kaya", "Aysel", "Berk", "Çelik", "Ömer", "Zafer", "Zeynep", NULL });
  mirror_check (mirror);

  crm_customer_set_name (ali, "AYŞE AAA");
  crm_store_save (db->store, CRM_RECORD (ali), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) {
    "AYŞE AAA", "Ayse Demir", "Ayşe Kaya", "Aysel", "Berk", "Çelik", "Ömer", "Zeynep", NULL });
  mirror_check (mirror);
}

static int
compare_folded (gconstpointer a,
                gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/* The "crm_fold" collation the name index uses sorts exactly as the folded
 * names would, through every path it takes: ASCII, letters it folds one by
 * one after a shared beginning, marks it drops, scripts it leaves alone. */
static void
test_fold_collation (void)
{
  static const char * const names[] = {
    "zeynep", "Ayşe", "ayse", "Ayse Kaya", "AYŞE", "Ayşe Kaya", "ali", "Álvaro", "alvarez",
    "Straße", "strasse", "Strasze", "Łukasz", "lukas", "Øyvind", "oyvind", "İsmail", "ismet",
    "Yıldız", "yildiz", "Nguyễn", "nguyen", "王伟", "李娜", "Abc", "Ab\xcc\x81" "c", "", "a", "A",
    "Æsir", "aesop", "Þór", "thor", "e\xcc\x81", "é", "Zoë", "zoe", "ZOE!", "Ñandú", "nandu",
  };
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (crm_fold_register (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (name TEXT); CREATE INDEX t_name ON t (name COLLATE crm_fold)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t VALUES (?1)", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      sqlite3_bind_text (stmt, 1, names[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
      g_ptr_array_add (expected, crm_fold (names[i]));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_sort (expected, compare_folded);

  /* Names that fold alike may come in either order: compare folded forms. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM t ORDER BY name COLLATE crm_fold", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (sorted, crm_fold ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  g_assert_cmpuint (sorted->len, ==, expected->len);
  for (guint i = 0; i < sorted->len; i++)
    g_assert_cmpstr (g_ptr_array_index (sorted, i), ==, g_ptr_array_index (expected, i));

  /* Text that is not UTF-8 still has a place, equal to itself. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO t VALUES (CAST (x'41ff42' AS TEXT))", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM t WHERE name = CAST (x'61ff62' AS TEXT) COLLATE crm_fold",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  sqlite3_close (db);
}

static void
test_sort_revenue (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) alpha = NULL;
  g_autoptr(CrmCustomer) beta = NULL;
  g_autoptr(CrmCustomer) mid = NULL;
  g_autoptr(CrmCustomer) zeta = NULL;
  g_autoptr(CrmOrder) zeta_order = NULL;
  g_autoptr(CrmOrder) mid_cancelled = NULL;
  g_autoptr(CrmOrder) mid_delivered = NULL;
  g_autoptr(CrmOrder) beta_cancelled = NULL;
  g_autoptr(GError) error = NULL;
  CrmCustomerFigures figures;
  gint64 now = now_seconds ();
  gint64 zeta_revenue;

  /* Name order is the reverse of revenue order. */
  alpha = add_customer (db->store, "Alpha", NULL, NULL, NULL);
  beta = add_customer (db->store, "Beta", NULL, NULL, NULL);
  mid = add_customer (db->store, "Mid", NULL, NULL, NULL);
  zeta = add_customer (db->store, "Zeta", NULL, NULL, NULL);

  list = crm_customer_list_new (db->store);
  crm_customer_list_set_sort (list, CRM_CUSTOMER_SORT_REVENUE);
  g_assert_cmpint (crm_customer_list_get_sort (list), ==, CRM_CUSTOMER_SORT_REVENUE);
  mirror = mirror_new (list);
  assert_names (list, (const char *[]) { "Alpha", "Beta", "Mid", "Zeta", NULL });

  /* 2 × 10.00 + 3 × 0.15 at 50 % (22.5 → 23) + 1 × 3.33 at 15 % (283.05 → 283). */
  zeta_order = add_order (db->store, zeta, CRM_ORDER_STATUS_OPEN, now - 3 * DAY);
  add_line (db->store, zeta_order, 2, 1000, 0);
  add_line (db->store, zeta_order, 3, 15, 5000);
  add_line (db->store, zeta_order, 1, 333, 1500);
  zeta_revenue = crm_money_line_total (2, 1000, 0) +
                 crm_money_line_total (3, 15, 5000) +
                 crm_money_line_total (1, 333, 1500);
  g_assert_cmpint (zeta_revenue, ==, 2000 + 23 + 283);

  /* A cancelled order larger than everything else counts for nothing. */
  mid_cancelled = add_order (db->store, mid, CRM_ORDER_STATUS_CANCELLED, now - 2 * DAY);
  add_line (db->store, mid_cancelled, 1, 500000, 0);
  mid_delivered = add_order (db->store, mid, CRM_ORDER_STATUS_DELIVERED, now - DAY);
  add_line (db->store, mid_delivered, 1, 1000, 0);
  beta_cancelled = add_order (db->store, beta, CRM_ORDER_STATUS_CANCELLED, now - DAY);
  add_line (db->store, beta_cancelled, 10, 100000, 0);

  assert_names (list, (const char *[]) { "Zeta", "Mid", "Alpha", "Beta", NULL });
  mirror_check (mirror);

  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (zeta)), &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.revenue, ==, 2306);
  g_assert_cmpuint (figures.order_count, ==, 1);
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (mid)), &figures, &error));
  g_assert_cmpint (figures.revenue, ==, 1000);
  g_assert_cmpuint (figures.order_count, ==, 1);
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (beta)), &figures, &error));
  g_assert_cmpint (figures.revenue, ==, 0);
  g_assert_cmpuint (figures.order_count, ==, 0);

  /* Cancelling an order later takes its revenue away, and the list follows. */
  crm_order_set_status (zeta_order, CRM_ORDER_STATUS_CANCELLED);
  crm_store_save (db->store, CRM_RECORD (zeta_order), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "Mid", "Alpha", "Beta", "Zeta", NULL });
  mirror_check (mirror);

  /* Reopening it brings it back. */
  crm_order_set_status (zeta_order, CRM_ORDER_STATUS_DELIVERED);
  crm_store_save (db->store, CRM_RECORD (zeta_order), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "Zeta", "Mid", "Alpha", "Beta", NULL });
  mirror_check (mirror);
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (zeta)), &figures, &error));
  g_assert_cmpint (figures.revenue, ==, 2306);

  /* Back to names. */
  crm_customer_list_set_sort (list, CRM_CUSTOMER_SORT_NAME);
  assert_names (list, (const char *[]) { "Alpha", "Beta", "Mid", "Zeta", NULL });
  mirror_check (mirror);
}

static void
test_sort_last_contact (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) a = NULL;
  g_autoptr(CrmCustomer) b = NULL;
  g_autoptr(CrmCustomer) c = NULL;
  g_autoptr(CrmCustomer) d = NULL;
  g_autoptr(CrmCustomer) e = NULL;
  g_autoptr(CrmActivity) activity = NULL;
  g_autoptr(CrmActivity) sms = NULL;
  g_autoptr(GError) error = NULL;
  CrmCustomerFigures figures;
  gint64 now = now_seconds ();

  a = add_customer (db->store, "A call", NULL, NULL, NULL);
  b = add_customer (db->store, "B meeting", NULL, NULL, NULL);
  c = add_customer (db->store, "C task", NULL, NULL, NULL);
  d = add_customer (db->store, "D nothing", NULL, NULL, NULL);
  e = add_customer (db->store, "E visit", NULL, NULL, NULL);

  list = crm_customer_list_new (db->store);
  crm_customer_list_set_sort (list, CRM_CUSTOMER_SORT_LAST_CONTACT);
  mirror = mirror_new (list);

  /* Notes and tasks are no contact; a newer note does not hide an older call. */
  g_clear_object (&activity);
  activity = add_activity (db->store, a, CRM_ACTIVITY_KIND_CALL, now - 5 * DAY);
  g_clear_object (&activity);
  activity = add_activity (db->store, a, CRM_ACTIVITY_KIND_NOTE, now);
  g_clear_object (&activity);
  activity = add_activity (db->store, b, CRM_ACTIVITY_KIND_MEETING, now - 2 * DAY);
  g_clear_object (&activity);
  activity = add_activity (db->store, c, CRM_ACTIVITY_KIND_TASK, now);
  g_clear_object (&activity);
  activity = add_activity (db->store, e, CRM_ACTIVITY_KIND_VISIT, now - 10 * DAY);
  /* A later contact that is deleted again no longer counts. */
  sms = add_activity (db->store, e, CRM_ACTIVITY_KIND_SMS, now - DAY);
  assert_names (list, (const char *[]) { "E visit", "B meeting", "A call", "C task", "D nothing", NULL });
  mirror_check (mirror);

  crm_store_delete (db->store, CRM_RECORD (sms), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "B meeting", "A call", "E visit", "C task", "D nothing", NULL });
  mirror_check (mirror);

  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (a)), &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.last_contact_at, ==, now - 5 * DAY);
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (c)), &figures, &error));
  g_assert_cmpint (figures.last_contact_at, ==, 0);
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (e)), &figures, &error));
  g_assert_cmpint (figures.last_contact_at, ==, now - 10 * DAY);

  /* An email today puts D first. */
  g_clear_object (&activity);
  activity = add_activity (db->store, d, CRM_ACTIVITY_KIND_EMAIL, now);
  assert_names (list, (const char *[]) { "D nothing", "B meeting", "A call", "E visit", "C task", NULL });
  mirror_check (mirror);

  /* Turning that email into a note takes it back. */
  crm_activity_set_kind (activity, CRM_ACTIVITY_KIND_NOTE);
  crm_store_save (db->store, CRM_RECORD (activity), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "B meeting", "A call", "E visit", "C task", "D nothing", NULL });
  mirror_check (mirror);
}

static void
test_filters (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmStaff) staff = crm_staff_new ();
  g_autoptr(CrmStaff) other_staff = crm_staff_new ();
  g_autoptr(CrmCustomer) moved = NULL;
  g_autoptr(GError) error = NULL;
  const char *staff_id, *other_id;

  crm_staff_set_name (staff, "Selin Sales");
  crm_store_save (db->store, CRM_RECORD (staff), &error);
  g_assert_no_error (error);
  crm_staff_set_name (other_staff, "Okan Other");
  crm_store_save (db->store, CRM_RECORD (other_staff), &error);
  g_assert_no_error (error);
  staff_id = crm_record_get_id (CRM_RECORD (staff));
  other_id = crm_record_get_id (CRM_RECORD (other_staff));

  g_clear_object (&moved);
  moved = add_customer (db->store, "Ankara Retail North", "retail", "north", staff_id);
  g_clear_object (&moved);
  moved = add_customer (db->store, "Bursa Retail South", "retail", "south", other_id);
  g_clear_object (&moved);
  moved = add_customer (db->store, "Corum Wholesale North", "wholesale", "north", staff_id);
  g_clear_object (&moved);
  moved = add_customer (db->store, "Denizli Wholesale South", "wholesale", "south", NULL);
  g_clear_object (&moved);
  moved = add_customer (db->store, "Edirne Nothing", NULL, NULL, NULL);

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);

  crm_customer_list_set_segment (list, "retail");
  g_assert_cmpstr (crm_customer_list_get_segment (list), ==, "retail");
  assert_names (list, (const char *[]) { "Ankara Retail North", "Bursa Retail South", NULL });
  mirror_check (mirror);

  crm_customer_list_set_region (list, "north");
  g_assert_cmpstr (crm_customer_list_get_region (list), ==, "north");
  assert_names (list, (const char *[]) { "Ankara Retail North", NULL });
  mirror_check (mirror);

  crm_customer_list_set_segment (list, NULL);
  g_assert_null (crm_customer_list_get_segment (list));
  assert_names (list, (const char *[]) { "Ankara Retail North", "Corum Wholesale North", NULL });
  mirror_check (mirror);

  /* "" means any, like NULL. */
  crm_customer_list_set_region (list, "");
  g_assert_null (crm_customer_list_get_region (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  mirror_check (mirror);

  crm_customer_list_set_owner_id (list, staff_id);
  g_assert_cmpstr (crm_customer_list_get_owner_id (list), ==, staff_id);
  assert_names (list, (const char *[]) { "Ankara Retail North", "Corum Wholesale North", NULL });
  mirror_check (mirror);

  crm_customer_list_set_owner_id (list, other_id);
  assert_names (list, (const char *[]) { "Bursa Retail South", NULL });
  mirror_check (mirror);

  /* Exact values: no prefix or case-insensitive matching of segments. */
  crm_customer_list_set_owner_id (list, NULL);
  crm_customer_list_set_segment (list, "ret");
  assert_names (list, (const char *[]) { NULL });
  crm_customer_list_set_segment (list, "wholesale");
  crm_customer_list_set_region (list, "south");
  assert_names (list, (const char *[]) { "Denizli Wholesale South", NULL });
  mirror_check (mirror);

  /* A customer that comes to match the filter appears in it. */
  g_clear_object (&moved);
  moved = crm_store_find (db->store, CRM_TYPE_CUSTOMER, "name", "Bursa Retail South", &error);
  g_assert_no_error (error);
  g_assert_nonnull (moved);
  crm_customer_set_segment (moved, "wholesale");
  crm_store_save (db->store, CRM_RECORD (moved), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "Bursa Retail South", "Denizli Wholesale South", NULL });
  mirror_check (mirror);

  /* And one that no longer matches leaves it. */
  crm_customer_set_region (moved, "east");
  crm_store_save (db->store, CRM_RECORD (moved), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "Denizli Wholesale South", NULL });
  mirror_check (mirror);

  crm_customer_list_set_segment (list, NULL);
  crm_customer_list_set_region (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  mirror_check (mirror);
}

static void
test_neglected (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) recent = NULL;
  g_autoptr(CrmCustomer) old = NULL;
  g_autoptr(CrmCustomer) never = NULL;
  g_autoptr(CrmCustomer) noted = NULL;
  g_autoptr(CrmCustomer) fresh = NULL;
  g_autoptr(CrmActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  CrmCustomerFigures figures;
  gint64 now = now_seconds ();

  recent = add_customer (db->store, "Recent", NULL, NULL, NULL);
  old = add_customer (db->store, "Old", NULL, NULL, NULL);
  /* Never contacted: counted from the day the customer was added. */
  never = crm_test_save (db->store, CRM_TYPE_CUSTOMER, "name", "Never", "created-at", now - 400 * DAY, NULL);
  noted = crm_test_save (db->store, CRM_TYPE_CUSTOMER, "name", "Noted", "created-at", now - 400 * DAY, NULL);
  fresh = add_customer (db->store, "Fresh", NULL, NULL, NULL);

  g_clear_object (&activity);
  activity = add_activity (db->store, recent, CRM_ACTIVITY_KIND_CALL, now - 10 * DAY);
  g_clear_object (&activity);
  activity = add_activity (db->store, old, CRM_ACTIVITY_KIND_CALL, now - 100 * DAY);
  g_clear_object (&activity);
  activity = add_activity (db->store, noted, CRM_ACTIVITY_KIND_NOTE, now - DAY);

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);

  crm_customer_list_set_neglected_days (list, 30);
  g_assert_cmpuint (crm_customer_list_get_neglected_days (list), ==, 30);
  assert_names (list, (const char *[]) { "Never", "Noted", "Old", NULL });
  mirror_check (mirror);

  /* The list agrees with the 360 page's figures. */
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (recent)), &figures, &error));
  g_assert_no_error (error);
  g_assert_false (crm_customer_figures_is_neglected (&figures, now, 30));
  g_assert_true (crm_customer_figures_is_neglected (&figures, now, 5));
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (old)), &figures, &error));
  g_assert_true (crm_customer_figures_is_neglected (&figures, now, 30));
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (never)), &figures, &error));
  g_assert_true (crm_customer_figures_is_neglected (&figures, now, 30));
  g_assert_true (crm_customer_figures_load (db->store, crm_record_get_id (CRM_RECORD (fresh)), &figures, &error));
  g_assert_false (crm_customer_figures_is_neglected (&figures, now, 30));

  crm_customer_list_set_neglected_days (list, 5);
  assert_names (list, (const char *[]) { "Never", "Noted", "Old", "Recent", NULL });

  /* Nobody is neglected for being new. */
  crm_customer_list_set_neglected_days (list, 1);
  g_assert_cmpuint (crm_customer_list_find (list, crm_record_get_id (CRM_RECORD (fresh))), ==, G_MAXUINT);
  mirror_check (mirror);

  crm_customer_list_set_neglected_days (list, 365);
  assert_names (list, (const char *[]) { "Never", "Noted", NULL });
  mirror_check (mirror);

  /* A call today takes a neglected customer off the list at once. */
  crm_customer_list_set_neglected_days (list, 30);
  g_clear_object (&activity);
  activity = add_activity (db->store, old, CRM_ACTIVITY_KIND_CALL, now);
  assert_names (list, (const char *[]) { "Never", "Noted", NULL });
  mirror_check (mirror);

  /* Moving that call back in time puts it back. */
  crm_activity_set_at (activity, now - 60 * DAY);
  crm_store_save (db->store, CRM_RECORD (activity), &error);
  g_assert_no_error (error);
  assert_names (list, (const char *[]) { "Never", "Noted", "Old", NULL });
  mirror_check (mirror);

  /* 0 turns the filter off. */
  crm_customer_list_set_neglected_days (list, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  mirror_check (mirror);
}

static void
test_filters_and_search (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmActivity) activity = NULL;

  customer = add_customer_in (db->store, "Ayşe Retail", "retail", "north", NULL, "İzmir");
  activity = add_activity (db->store, customer, CRM_ACTIVITY_KIND_CALL, now_seconds ());
  g_clear_object (&customer);
  customer = add_customer (db->store, "Ayşe Wholesale", "wholesale", "north", NULL);
  g_clear_object (&customer);
  /* Berk and Cem were added long ago and never contacted: neglected. */
  customer = crm_test_save (db->store, CRM_TYPE_CUSTOMER, "name", "Berk Retail", "segment", "retail",
                            "region", "south", "city", "Izmir", "created-at", now_seconds () - 400 * DAY, NULL);
  g_clear_object (&customer);
  customer = crm_test_save (db->store, CRM_TYPE_CUSTOMER, "name", "Cem Retail", "segment", "retail",
                            "region", "north", "created-at", now_seconds () - 400 * DAY, NULL);

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);

  crm_customer_list_set_search (list, "ayse");
  assert_names (list, (const char *[]) { "Ayşe Retail", "Ayşe Wholesale", NULL });
  mirror_check (mirror);

  crm_customer_list_set_segment (list, "retail");
  assert_names (list, (const char *[]) { "Ayşe Retail", NULL });
  mirror_check (mirror);

  /* Full-text matches (the city) are filtered too. */
  crm_customer_list_set_search (list, "izmir");
  assert_name_set (list, (const char *[]) { "Ayşe Retail", "Berk Retail", NULL });
  crm_customer_list_set_region (list, "south");
  assert_names (list, (const char *[]) { "Berk Retail", NULL });
  mirror_check (mirror);

  /* Neglected customers among the matches. */
  crm_customer_list_set_region (list, NULL);
  crm_customer_list_set_neglected_days (list, 30);
  assert_names (list, (const char *[]) { "Berk Retail", NULL });
  crm_customer_list_set_search (list, "retail");
  assert_name_set (list, (const char *[]) { "Berk Retail", "Cem Retail", NULL });
  mirror_check (mirror);

  /* Dropping the search keeps the filters. */
  crm_customer_list_set_search (list, NULL);
  assert_names (list, (const char *[]) { "Berk Retail", "Cem Retail", NULL });
  crm_customer_list_set_neglected_days (list, 0);
  assert_names (list, (const char *[]) { "Ayşe Retail", "Berk Retail", "Cem Retail", NULL });
  mirror_check (mirror);
}

static void
test_items_changed (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(CrmCustomer) ali = NULL;
  g_autoptr(CrmCustomer) burak = NULL;
  g_autoptr(CrmCustomer) cem = NULL;
  g_autoptr(CrmCustomer) deniz = NULL;
  g_autoptr(CrmCustomer) item = NULL;
  g_autoptr(GError) error = NULL;

  ali = crm_test_add_customer (db->store, "Ali", "ali@example.com", "Adana");
  cem = crm_test_add_customer (db->store, "Cem", "cem@example.com", "Ceyhan");
  deniz = crm_test_add_customer (db->store, "Deniz", "deniz@example.com", "Denizli");

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);

  /* Adding: an insertion at its place in name order. */
  mirror_reset_counts (mirror);
  burak = crm_test_add_customer (db->store, "Burak", "burak@example.com", "Bursa");
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 1);
  g_assert_cmpuint (mirror->removed, ==, 0);
  g_assert_cmpuint (mirror->added, ==, 1);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  mirror_check (mirror);

  /* Deleting: a removal at its position. */
  mirror_reset_counts (mirror);
  crm_store_delete (db->store, CRM_RECORD (cem), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 2);
  g_assert_cmpuint (mirror->removed, ==, 1);
  g_assert_cmpuint (mirror->added, ==, 0);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 1);
  assert_names (list, (const char *[]) { "Ali", "Burak", "Deniz", NULL });
  mirror_check (mirror);

  /* Restoring: back in its place. */
  mirror_reset_counts (mirror);
  crm_store_restore (db->store, CRM_RECORD (cem), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 2);
  g_assert_cmpuint (mirror->removed, ==, 0);
  g_assert_cmpuint (mirror->added, ==, 1);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 1);
  mirror_check (mirror);

  /* Editing without moving: that one row changes, and the new item shows
   * the new value. */
  item = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpstr (crm_customer_get_city (item), ==, "Bursa");
  g_clear_object (&item);
  mirror_reset_counts (mirror);
  crm_customer_set_city (burak, "Balıkesir");
  crm_store_save (db->store, CRM_RECORD (burak), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 1);
  g_assert_cmpuint (mirror->removed, ==, 1);
  g_assert_cmpuint (mirror->added, ==, 1);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 0);
  item = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpstr (crm_customer_get_city (item), ==, "Balıkesir");
  g_assert_cmpstr (crm_record_get_id (CRM_RECORD (item)), ==, crm_record_get_id (CRM_RECORD (burak)));
  g_clear_object (&item);
  mirror_check (mirror);

  /* The first and the last rows too. */
  mirror_reset_counts (mirror);
  crm_customer_set_city (ali, "Alanya");
  crm_store_save (db->store, CRM_RECORD (ali), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 0);
  g_assert_cmpuint (mirror->removed, ==, 1);
  g_assert_cmpuint (mirror->added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (crm_customer_get_city (item), ==, "Alanya");
  g_clear_object (&item);

  mirror_reset_counts (mirror);
  crm_customer_set_city (deniz, "Düzce");
  crm_store_save (db->store, CRM_RECORD (deniz), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 3);
  g_assert_cmpuint (mirror->removed, ==, 1);
  g_assert_cmpuint (mirror->added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 3);
  g_assert_cmpstr (crm_customer_get_city (item), ==, "Düzce");
  g_clear_object (&item);
  mirror_check (mirror);

  /* Editing so that it moves: whatever the signals, they add up. */
  mirror_reset_counts (mirror);
  crm_customer_set_name (ali, "Emre");
  crm_store_save (db->store, CRM_RECORD (ali), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, >=, 1);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 0);
  assert_names (list, (const char *[]) { "Burak", "Cem", "Deniz", "Emre", NULL });
  mirror_check (mirror);

  /* Saving a customer unchanged says nothing that is not true. */
  mirror_reset_counts (mirror);
  crm_store_save (db->store, CRM_RECORD (cem), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, <=, 1);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 0);
  mirror_check (mirror);

  /* Records of other kinds do not disturb a list sorted by name. */
  {
    g_autoptr(CrmActivity) activity = NULL;

    mirror_reset_counts (mirror);
    activity = add_activity (db->store, burak, CRM_ACTIVITY_KIND_CALL, now_seconds ());
    g_assert_cmpuint (mirror->n_changes, ==, 0);
  }
}

typedef struct
{
  guint n_single;
  guint n_many;
} StoreChanges;

static void
on_store_changed (CrmStore      *store,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind,
                  StoreChanges  *changes)
{
  if (type != CRM_TYPE_CUSTOMER)
    return;

  if (kind == CRM_CHANGE_MANY)
    {
      g_assert_null (id);
      changes->n_many++;
    }
  else
    {
      g_assert_nonnull (id);
      changes->n_single++;
    }
}

static void
test_many (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(GError) error = NULL;
  StoreChanges changes = { 0 };
  const guint n_customers = 1000;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Existing %u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, name, NULL, NULL);
    }

  list = crm_customer_list_new (db->store);
  mirror = mirror_new (list);
  g_signal_connect (db->store, "changed", G_CALLBACK (on_store_changed), &changes);
  mirror_reset_counts (mirror);

  g_assert_true (crm_store_begin (db->store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_customers; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bulk %04u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, name, NULL, NULL);
    }
  /* Nothing is announced before the commit. */
  g_assert_cmpuint (changes.n_single + changes.n_many, ==, 0);
  g_assert_cmpuint (mirror->n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_no_error (error);

  /* One "many" change instead of a thousand single ones, and one refresh. */
  g_assert_cmpuint (changes.n_many, ==, 1);
  g_assert_cmpuint (changes.n_single, ==, 0);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->position, ==, 0);
  g_assert_cmpuint (mirror->removed, ==, 0);
  g_assert_cmpuint (mirror->added, ==, n_customers);
  g_assert_cmpuint (mirror->n_items_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_customers + 3);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, n_customers + 3);
  mirror_check (mirror);

  /* A rolled-back transaction announces nothing and changes nothing. */
  mirror_reset_counts (mirror);
  changes.n_many = changes.n_single = 0;
  g_assert_true (crm_store_begin (db->store, &error));
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Rolled back %u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, name, NULL, NULL);
    }
  crm_store_rollback (db->store);
  g_assert_cmpuint (changes.n_single + changes.n_many, ==, 0);
  g_assert_cmpuint (mirror->n_changes, ==, 0);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, n_customers + 3);
  g_assert_true (crm_customer_list_refresh (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_customers + 3);

  g_signal_handlers_disconnect_by_data (db->store, &changes);
}

/* A view finds where a customer is without building items, and the answer
 * follows the list through sorts, searches, filters and changes. */
static void
test_find (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) alpha = add_customer (db->store, "Alpha", "retail", NULL, NULL);
  g_autoptr(CrmCustomer) bravo = add_customer (db->store, "Bravo", "wholesale", NULL, NULL);
  g_autoptr(CrmCustomer) charlie = add_customer (db->store, "Charlie", "retail", NULL, NULL);
  g_autoptr(CrmCustomer) early = NULL;
  g_autoptr(GError) error = NULL;
  const char *bravo_id = crm_record_get_id (CRM_RECORD (bravo));
  const char *charlie_id = crm_record_get_id (CRM_RECORD (charlie));

  list = crm_customer_list_new (db->store);
  g_assert_cmpuint (crm_customer_list_find (list, crm_record_get_id (CRM_RECORD (alpha))), ==, 0);
  g_assert_cmpuint (crm_customer_list_find (list, bravo_id), ==, 1);
  g_assert_cmpuint (crm_customer_list_find (list, charlie_id), ==, 2);

  /* Unknown ids and no id at all are nowhere. */
  g_assert_cmpuint (crm_customer_list_find (list, "no-such-customer"), ==, G_MAXUINT);
  g_assert_cmpuint (crm_customer_list_find (list, NULL), ==, G_MAXUINT);

  /* A new customer ahead of them moves them down. */
  early = add_customer (db->store, "Aaron", NULL, NULL, NULL);
  g_assert_cmpuint (crm_customer_list_find (list, bravo_id), ==, 2);
  g_assert_cmpuint (crm_customer_list_find (list, crm_record_get_id (CRM_RECORD (early))), ==, 0);

  /* Filtered out is not found; found again once the filter goes. */
  crm_customer_list_set_segment (list, "retail");
  g_assert_cmpuint (crm_customer_list_find (list, bravo_id), ==, G_MAXUINT);
  g_assert_cmpuint (crm_customer_list_find (list, charlie_id), ==, 1);
  crm_customer_list_set_segment (list, NULL);

  crm_customer_list_set_search (list, "char");
  g_assert_cmpuint (crm_customer_list_find (list, charlie_id), ==, 0);
  g_assert_cmpuint (crm_customer_list_find (list, bravo_id), ==, G_MAXUINT);
  crm_customer_list_set_search (list, NULL);

  /* A deleted customer is no longer in the list. */
  crm_store_delete (db->store, CRM_RECORD (bravo), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_customer_list_find (list, bravo_id), ==, G_MAXUINT);
  g_assert_cmpuint (crm_customer_list_find (list, charlie_id), ==, 2);
}

/* The choices of a filter: every value once, in folded name order, whatever
 * the list itself shows; nothing empty, nothing from deleted customers. */
static void
test_distinct_values (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) gone = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;
  g_auto(GStrv) regions = NULL;
  g_auto(GStrv) after = NULL;

  list = crm_customer_list_new (db->store);
  segments = crm_customer_list_distinct_values (list, "segment", &error);
  g_assert_no_error (error);
  g_assert_nonnull (segments);
  g_assert_cmpuint (g_strv_length (segments), ==, 0);
  g_clear_pointer (&segments, g_strfreev);

  g_clear_object (&customer);
  customer = add_customer (db->store, "One", "wholesale", "Marmara", NULL);
  g_clear_object (&customer);
  customer = add_customer (db->store, "Two", "retail", "Ege", NULL);
  g_clear_object (&customer);
  customer = add_customer (db->store, "Three", "retail", "Çukurova", NULL);
  g_clear_object (&customer);
  customer = add_customer (db->store, "Four", "", NULL, NULL);
  g_clear_object (&customer);
  customer = add_customer (db->store, "Five", NULL, "ege", NULL);
  gone = add_customer (db->store, "Gone", "vip", "Karadeniz", NULL);
  crm_store_delete (db->store, CRM_RECORD (gone), &error);
  g_assert_no_error (error);

  /* The list's own search and filters do not narrow the choices. */
  crm_customer_list_set_search (list, "one");
  crm_customer_list_set_segment (list, "wholesale");

  segments = crm_customer_list_distinct_values (list, "segment", &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *)segments,
                               (const char * const []) { "retail", "wholesale", NULL }));

  /* Values differing only in case stay apart: the filters match exactly. */
  regions = crm_customer_list_distinct_values (list, "region", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (regions), ==, 4);
  g_assert_cmpstr (regions[0], ==, "Çukurova");
  g_assert_true (g_strv_contains ((const char * const *)regions, "Ege"));
  g_assert_true (g_strv_contains ((const char * const *)regions, "ege"));
  g_assert_cmpstr (regions[3], ==, "Marmara");

  /* A value every customer lost is no longer offered. */
  crm_customer_set_segment (customer, "wholesale");
  crm_store_save (db->store, CRM_RECORD (customer), &error);
  g_assert_no_error (error);
  after = crm_customer_list_distinct_values (list, "segment", &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *)after,
                               (const char * const []) { "retail", "wholesale", NULL }));
}

/* A row's last contact: the newest call, meeting, visit, email, SMS or fax,
 * 0 before any and for customers Crm does not know. */
static void
test_last_contact (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = add_customer (db->store, "Alpha", NULL, NULL, NULL);
  g_autoptr(CrmCustomer) unsaved = crm_customer_new ();
  g_autoptr(CrmActivity) note = NULL;
  g_autoptr(CrmActivity) call = NULL;
  g_autoptr(CrmActivity) visit = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = crm_record_get_id (CRM_RECORD (customer));
  CrmCustomerFigures figures;
  gint64 now = now_seconds ();

  g_assert_cmpint (crm_customer_figures_load_last_contact (db->store, customer), ==, 0);
  g_assert_cmpint (crm_customer_figures_load_last_contact (db->store, unsaved), ==, 0);

  note = add_activity (db->store, customer, CRM_ACTIVITY_KIND_NOTE, now);
  g_assert_cmpint (crm_customer_figures_load_last_contact (db->store, customer), ==, 0);

  call = add_activity (db->store, customer, CRM_ACTIVITY_KIND_CALL, now - 3 * DAY);
  visit = add_activity (db->store, customer, CRM_ACTIVITY_KIND_VISIT, now - 8 * DAY);
  g_assert_cmpint (crm_customer_figures_load_last_contact (db->store, customer), ==, now - 3 * DAY);

  /* The same answer as the full figures. */
  g_assert_true (crm_customer_figures_load (db->store, id, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.last_contact_at, ==, crm_customer_figures_load_last_contact (db->store, customer));

  crm_store_delete (db->store, CRM_RECORD (call), &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_customer_figures_load_last_contact (db->store, customer), ==, now - 8 * DAY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/list-model/n-items", test_n_items);
  g_test_add_func ("/list-model/name-order", test_name_order);
  g_test_add_func ("/list-model/fold-collation", test_fold_collation);
  g_test_add_func ("/list-model/sort-revenue", test_sort_revenue);
  g_test_add_func ("/list-model/sort-last-contact", test_sort_last_contact);
  g_test_add_func ("/list-model/filters", test_filters);
  g_test_add_func ("/list-model/neglected", test_neglected);
  g_test_add_func ("/list-model/filters-and-search", test_filters_and_search);
  g_test_add_func ("/list-model/items-changed", test_items_changed);
  g_test_add_func ("/list-model/many", test_many);
  g_test_add_func ("/list-model/find", test_find);
  g_test_add_func ("/list-model/distinct-values", test_distinct_values);
  g_test_add_func ("/list-model/last-contact", test_last_contact);

  return g_test_run ();
}
