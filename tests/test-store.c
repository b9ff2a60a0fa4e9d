/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include "crm-customer-360.h"
#include "crm-store-private.h"
#include "crm-test-utils.h"

typedef struct
{
  GType          type;
  char          *id;
  CrmChangeKind  kind;
} SeenChange;

static void
seen_change_free (gpointer data)
{
  SeenChange *change = data;

  g_free (change->id);
  g_free (change);
}

static void
on_changed (CrmStore      *store,
            GType          type,
            const char    *id,
            CrmChangeKind  kind,
            GPtrArray     *seen)
{
  SeenChange *change = g_new0 (SeenChange, 1);

  change->type = type;
  change->id = g_strdup (id);
  change->kind = kind;
  g_ptr_array_add (seen, change);
}

static void
test_crud (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ayşe Yılmaz", "ayse@example.com", "İzmir");
  g_autoptr(CrmCustomer) loaded = NULL;
  g_autoptr(CrmContact) contact = crm_contact_new ();
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = crm_record_get_id (CRM_RECORD (customer));
  gint64 created_at = crm_record_get_created_at (CRM_RECORD (customer));

  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpint (created_at, >, 1700000000);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1);

  crm_customer_set_segment (customer, "SMB");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1);

  loaded = crm_store_load (db->store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_customer_get_name (loaded), ==, "Ayşe Yılmaz");
  g_assert_cmpstr (crm_customer_get_segment (loaded), ==, "SMB");
  g_assert_cmpint (crm_record_get_created_at (CRM_RECORD (loaded)), ==, created_at);

  crm_contact_set_customer_id (contact, id);
  crm_contact_set_name (contact, "Mehmet Öztürk");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (contact), &error));
  contacts = crm_store_list (db->store, CRM_TYPE_CONTACT, "customer-id", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);

  g_assert_null (crm_store_load (db->store, CRM_TYPE_CUSTOMER, "no-such-id", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  {
    g_autoptr(CrmCustomer) found = crm_store_find (db->store, CRM_TYPE_CUSTOMER, "email", "AYSE@example.com", &error);

    g_assert_nonnull (found);
    g_assert_cmpstr (crm_record_get_id (CRM_RECORD (found)), ==, id);
  }
}

static void
test_tombstones (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "José García", NULL, "Sevilla");
  g_autoptr(CrmCustomer) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_delete (db->store, CRM_RECORD (customer), &error));
  g_assert_no_error (error);
  g_assert_true (crm_record_get_deleted (CRM_RECORD (customer)));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 0);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM customers"), ==, 1);

  loaded = crm_store_load (db->store, CRM_TYPE_CUSTOMER, crm_record_get_id (CRM_RECORD (customer)), &error);
  g_assert_true (crm_record_get_deleted (CRM_RECORD (loaded)));

  g_assert_true (crm_store_restore (db->store, CRM_RECORD (customer), &error));
  g_assert_false (crm_record_get_deleted (CRM_RECORD (customer)));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1);
}

/* Another connection (a worker thread's import) changed the database: the
 * store's users hear of it as one large change, and read the new rows. */
static void
test_outside_changes (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (seen_change_free);
  g_autoptr(CrmStore) other = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  SeenChange *change;

  g_signal_connect (db->store, "changed", G_CALLBACK (on_changed), seen);
  other = crm_store_open (crm_store_get_path (db->store), &error);
  g_assert_no_error (error);
  customer = crm_test_add_customer (other, "Li Wei", NULL, "Xiamen");
  g_assert_cmpuint (seen->len, ==, 0);

  crm_store_announce_outside_changes (db->store, CRM_TYPE_CUSTOMER);
  g_assert_cmpuint (seen->len, ==, 1);
  change = g_ptr_array_index (seen, 0);
  g_assert_cmpuint (change->type, ==, CRM_TYPE_CUSTOMER);
  g_assert_null (change->id);
  g_assert_cmpint (change->kind, ==, CRM_CHANGE_MANY);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1);
}

/* Bulk mode changes only speed: the data is the same, and once the store is
 * closed the log has been copied into the database and removed. */
static void
test_bulk (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (db->path, "-wal", NULL);

  for (guint round = 0; round < 2; round++)
    {
      crm_store_set_bulk (db->store, TRUE);
      crm_store_set_bulk (db->store, TRUE);
      g_assert_true (crm_store_begin (db->store, &error));
      for (guint i = 0; i < 500; i++)
        {
          g_autofree char *name = g_strdup_printf ("Customer %u-%u", round, i);
          g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, name, NULL, "Leeds");
        }
      g_assert_true (crm_store_commit (db->store, &error));
      g_assert_no_error (error);
      crm_store_set_bulk (db->store, FALSE);
    }

  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1000);
  g_clear_object (&db->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  reopened = crm_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_count (reopened, CRM_TYPE_CUSTOMER), ==, 1000);
}

static void
test_changed_signal (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (seen_change_free);
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  SeenChange *change;

  g_signal_connect (db->store, "changed", G_CALLBACK (on_changed), seen);

  customer = crm_test_add_customer (db->store, "Juan dela Cruz", NULL, "Cebu");
  g_assert_cmpuint (seen->len, ==, 1);
  change = g_ptr_array_index (seen, 0);
  g_assert_cmpuint (change->type, ==, CRM_TYPE_CUSTOMER);
  g_assert_cmpstr (change->id, ==, crm_record_get_id (CRM_RECORD (customer)));
  g_assert_cmpint (change->kind, ==, CRM_CHANGE_CREATED);

  /* Inside a transaction nothing is announced until it commits. */
  g_assert_true (crm_store_begin (db->store, &error));
  crm_customer_set_city (customer, "Davao");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (customer), &error));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpint (((SeenChange *)g_ptr_array_index (seen, 1))->kind, ==, CRM_CHANGE_UPDATED);
  g_assert_cmpint (((SeenChange *)g_ptr_array_index (seen, 2))->kind, ==, CRM_CHANGE_DELETED);

  /* A rolled back transaction announces nothing and keeps nothing. */
  g_assert_true (crm_store_begin (db->store, &error));
  g_clear_object (&customer);
  customer = crm_test_add_customer (db->store, "Rolled Back", NULL, NULL);
  crm_store_rollback (db->store);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 0);

  /* Many changes at once are one "reload" per type. */
  g_ptr_array_set_size (seen, 0);
  g_assert_true (crm_store_begin (db->store, &error));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %u", i);

      g_clear_object (&customer);
      customer = crm_test_add_customer (db->store, name, NULL, NULL);
    }
  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_cmpuint (seen->len, ==, 1);
  change = g_ptr_array_index (seen, 0);
  g_assert_cmpint (change->kind, ==, CRM_CHANGE_MANY);
  g_assert_null (change->id);
}

static void
test_change_log (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Emily Johnson", NULL, "Leeds");
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  crm_customer_set_phone (customer, "+44 113 496 0000");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (customer), &error));
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM change_log WHERE entity = 1 AND kind = 0"), ==, 1);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM change_log WHERE entity = 1 AND kind = 1"), ==, 1);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM change_log WHERE entity = 1 AND kind = 2"), ==, 1);

  /* A change that bypasses the store (here another connection's SQL) is
   * logged too: the log is kept by triggers. */
  g_assert_cmpint (sqlite3_open (db->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other,
                                 "INSERT INTO products (id, name) VALUES ('p-1', 'Filter');"
                                 "UPDATE products SET name = 'Water filter' WHERE id = 'p-1';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM change_log WHERE entity = 4"), ==, 2);
}

static void
test_references (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmContact) contact = crm_contact_new ();
  g_autoptr(GError) error = NULL;

  crm_contact_set_name (contact, "Li Na");
  crm_contact_set_customer_id (contact, "00000000-0000-4000-8000-000000000000");
  g_assert_false (crm_store_save (db->store, CRM_RECORD (contact), &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "customer that does not exist"));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CONTACT), ==, 0);
}

static CrmOrder *
add_order (CrmStore   *store,
           const char *customer_id,
           gint64      ordered_at,
           gint64      quantity,
           gint64      unit_price,
           gint64      unit_cost,
           int         discount)
{
  g_autoptr(GError) error = NULL;
  CrmOrder *order = crm_order_new ();
  g_autoptr(CrmOrderLine) line = crm_order_line_new ();

  crm_order_set_customer_id (order, customer_id);
  crm_order_set_ordered_at (order, ordered_at);
  crm_order_set_currency (order, "EUR");
  g_assert_true (crm_store_save (store, CRM_RECORD (order), &error));
  g_assert_no_error (error);

  crm_order_line_set_order_id (line, crm_record_get_id (CRM_RECORD (order)));
  crm_order_line_set_quantity (line, quantity);
  crm_order_line_set_unit_price (line, unit_price);
  crm_order_line_set_unit_cost (line, unit_cost);
  crm_order_line_set_discount (line, discount);
  g_assert_true (crm_store_save (store, CRM_RECORD (line), &error));
  g_assert_no_error (error);

  return order;
}

static void
add_activity (CrmStore        *store,
              const char      *customer_id,
              CrmActivityKind  kind,
              gint64           at)
{
  g_autoptr(CrmActivity) activity = crm_activity_new ();
  g_autoptr(GError) error = NULL;

  crm_activity_set_customer_id (activity, customer_id);
  crm_activity_set_kind (activity, kind);
  crm_activity_set_at (activity, at);
  g_assert_true (crm_store_save (store, CRM_RECORD (activity), &error));
  g_assert_no_error (error);
}

static void
test_figures (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Maria Santos", NULL, "Quezon City");
  const char *id = crm_record_get_id (CRM_RECORD (customer));
  g_autoptr(CrmOrder) first = NULL;
  g_autoptr(CrmOrder) second = NULL;
  g_autoptr(CrmOrder) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  CrmCustomerFigures figures;
  gint64 day = 86400, t0 = 1767225600;  /* 2026-01-01 */

  first = add_order (db->store, id, t0, 3, 333, 200, 1000);        /* 8.99, cost 6.00 */
  second = add_order (db->store, id, t0 + 30 * day, 2, 1999, 1000, 0);  /* 39.98, cost 20.00 */
  cancelled = add_order (db->store, id, t0 + 45 * day, 1, 100000, 0, 0);
  crm_order_set_status (cancelled, CRM_ORDER_STATUS_CANCELLED);
  g_assert_true (crm_store_save (db->store, CRM_RECORD (cancelled), &error));

  add_activity (db->store, id, CRM_ACTIVITY_KIND_CALL, t0 + 10 * day);
  add_activity (db->store, id, CRM_ACTIVITY_KIND_NOTE, t0 + 20 * day);  /* not a contact */

  g_assert_true (crm_customer_figures_load (db->store, id, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.revenue, ==, 899 + 3998);
  g_assert_cmpint (figures.cost, ==, 600 + 2000);
  g_assert_cmpint (figures.profit, ==, 899 + 3998 - 2600);
  g_assert_cmpuint (figures.order_count, ==, 2);
  g_assert_cmpfloat_with_epsilon (figures.purchase_interval_days, 30.0, 0.001);
  g_assert_cmpint (figures.next_purchase_at, ==, t0 + 60 * day);
  g_assert_cmpint (figures.last_contact_at, ==, t0 + 10 * day);
  g_assert_true (crm_customer_figures_is_neglected (&figures, t0 + 200 * day, 90));
  g_assert_false (crm_customer_figures_is_neglected (&figures, t0 + 50 * day, 90));

  /* A deleted order leaves the figures. */
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (second), &error));
  g_assert_true (crm_customer_figures_load (db->store, id, &figures, &error));
  g_assert_cmpint (figures.revenue, ==, 899);
  g_assert_cmpuint (figures.order_count, ==, 1);
  g_assert_cmpfloat (figures.purchase_interval_days, ==, 0.0);
}

static void
test_customer_360 (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "王伟", NULL, "北京");
  g_autoptr(CrmCustomer) other = crm_test_add_customer (db->store, "Li Na", NULL, "Shanghai");
  const char *id = crm_record_get_id (CRM_RECORD (customer));
  g_autoptr(CrmOrder) order = NULL;
  g_autoptr(CrmOrder) other_order = NULL;
  g_autoptr(CrmCustomer360) page = NULL;
  g_autoptr(GError) error = NULL;

  order = add_order (db->store, id, 1767225600, 2, 500, 100, 0);
  other_order = add_order (db->store, crm_record_get_id (CRM_RECORD (other)), 1767225600, 1, 1, 1, 0);
  add_activity (db->store, id, CRM_ACTIVITY_KIND_VISIT, 1767225600);
  add_activity (db->store, id, CRM_ACTIVITY_KIND_EMAIL, 1767225600 + 3600);

  page = crm_customer_360_load (db->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->orders->len, ==, 1);
  g_assert_cmpint (g_array_index (page->order_totals, gint64, 0), ==, 1000);
  g_assert_cmpuint (page->activities->len, ==, 2);
  /* The timeline is newest first. */
  g_assert_cmpint (crm_activity_get_kind (g_ptr_array_index (page->activities, 0)), ==, CRM_ACTIVITY_KIND_EMAIL);
  g_assert_cmpuint (page->contacts->len, ==, 0);
  g_assert_cmpint (page->figures.revenue, ==, 1000);

  g_assert_true (crm_store_delete (db->store, CRM_RECORD (customer), &error));
  g_clear_pointer (&page, crm_customer_360_free);
  g_assert_null (crm_customer_360_load (db->store, id, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
test_disk_full (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) kept = crm_test_add_customer (db->store, "Kept Customer", NULL, NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;
  gboolean failed = FALSE;

  /* Capping the file at its current size behaves like a full disk. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           crm_test_query_int (crm_store_get_db (db->store), "PRAGMA page_count"));
  g_assert_cmpint (sqlite3_exec (crm_store_get_db (db->store), limit, NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < 2000; i++)
    g_string_append (notes, "A long note that needs pages. ");

  for (guint i = 0; i < 50 && !failed; i++)
    {
      g_autoptr(CrmCustomer) customer = crm_customer_new ();

      crm_customer_set_name (customer, "Overflow");
      crm_customer_set_notes (customer, notes->str);
      failed = !crm_store_save (db->store, CRM_RECORD (customer), &error);
    }

  g_assert_true (failed);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));

  {
    g_autoptr(CrmCustomer) loaded = crm_store_load (db->store, CRM_TYPE_CUSTOMER,
                                                    crm_record_get_id (CRM_RECORD (kept)), NULL);

    g_assert_nonnull (loaded);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crud", test_crud);
  g_test_add_func ("/store/tombstones", test_tombstones);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  g_test_add_func ("/store/outside-changes", test_outside_changes);
  g_test_add_func ("/store/bulk", test_bulk);
  g_test_add_func ("/store/change-log", test_change_log);
  g_test_add_func ("/store/references", test_references);
  g_test_add_func ("/store/figures", test_figures);
  g_test_add_func ("/store/customer-360", test_customer_360);
  g_test_add_func ("/store/disk-full", test_disk_full);

  return g_test_run ();
}
