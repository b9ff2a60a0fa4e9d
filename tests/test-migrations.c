/* test-migrations.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "crm-fold.h"
#include "crm-store-private.h"
#include "crm-test-utils.h"

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

static void
test_fresh_schema (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);

  g_assert_cmpint (crm_store_get_schema_version (db->store), ==, crm_store_get_latest_version ());

  /* Every property of every model has its column. */
  for (guint i = 0; i < n_types; i++)
    {
      CrmRecordClass *klass = g_type_class_peek (types[i]);
      g_autofree GParamSpec **columns = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", klass->table);
      g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      sqlite3_stmt *stmt = crm_store_prepare (db->store, sql, NULL);
      guint n_columns;

      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (names, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);

      columns = crm_record_class_list_columns (klass, &n_columns);
      for (guint j = 0; j < n_columns; j++)
        {
          g_autofree char *column = crm_record_column_name (columns[j]);

          if (!g_hash_table_contains (names, column))
            g_error ("%s has no column %s", klass->table, column);
        }
      g_assert_cmpuint (g_hash_table_size (names), ==, n_columns + 1);  /* + pk */
    }
}

static void
test_reopen_keeps_data (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Çağlar Şahin", NULL, "Ankara");
  g_autoptr(CrmCustomer) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&db->store);
  db->store = crm_store_open (db->path, &error);
  g_assert_no_error (error);

  loaded = crm_store_load (db->store, CRM_TYPE_CUSTOMER, crm_record_get_id (CRM_RECORD (customer)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_customer_get_city (loaded), ==, "Ankara");
}

/* An empty file is a database of version 0, which is upgraded in place. */
static void
test_upgrade_from_empty (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autofree char *path = crm_test_write_file (db, "empty.sqlite3", "", 0);
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = crm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_get_schema_version (store), ==, crm_store_get_latest_version ());
}

/* A database of version 1, with figures, keeps them through version 2, which
 * rebuilds the figures table and the name index. */
static void
test_upgrade_from_version_1 (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autofree char *path = g_build_filename (db->folder, "version-1.sqlite3", NULL);
  g_autoptr(GBytes) schema = g_resources_lookup_data ("/org/example/Crm/core/migrations/0001-initial.sql", 0, NULL);
  g_autofree char *sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *old = NULL;

  g_assert_cmpint (sqlite3_open (path, &old), ==, SQLITE_OK);
  g_assert_true (crm_fold_register (old, &error));
  g_assert_cmpint (sqlite3_exec (old, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (old,
                                 "INSERT INTO customers (id, name) VALUES ('c1', 'Zeynep'), ('c2', 'ayşe'), ('c3', 'Ayse');"
                                 "INSERT INTO customer_stats (customer_pk, revenue, order_count)"
                                 "  SELECT pk, 1234, 2 FROM customers WHERE id = 'c1';"
                                 "PRAGMA application_id = 1129467185; PRAGMA user_version = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (old);

  store = crm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_get_schema_version (store), ==, crm_store_get_latest_version ());

  g_assert_cmpint (crm_test_query_int (crm_store_get_db (store), "SELECT revenue * 10 + order_count FROM customer_stats"), ==, 12342);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (store), "SELECT count (*) FROM customer_stats"), ==, 1);
  /* Folded name order, from the rebuilt index. */
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (store), "SELECT group_concat (id, ' ') = 'c2 c3 c1' FROM"
                                     " (SELECT id FROM customers INDEXED BY customers_name_key"
                                     "  WHERE deleted = 0 ORDER BY name COLLATE crm_fold, id)"), ==, 1);
  /* Purging a customer still takes its figures with it. */
  g_assert_cmpint (sqlite3_exec (crm_store_get_db (store), "DELETE FROM customers WHERE id = 'c1'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (store), "SELECT count (*) FROM customer_stats"), ==, 0);
}

static void
test_not_a_database (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  const char *text = "name,email\nAyşe,ayse@example.com\n";
  g_autofree char *path = crm_test_write_file (db, "customers.csv", text, -1);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = crm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "not a Crm database"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_other_sqlite_database (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autofree char *path = g_build_filename (db->folder, "places.sqlite", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  before = file_checksum (path);

  store = crm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_A_DATABASE);

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_newer_version_refused (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Kept", NULL, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_clear_object (&db->store);
  g_assert_cmpint (sqlite3_open (db->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  before = file_checksum (db->path);

  store = crm_store_open (db->path, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Crm"));
  g_assert_nonnull (strstr (error->message, "99"));

  after = file_checksum (db->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autofree char *file = crm_test_write_file (db, "a-file", "x", -1);
  g_autofree char *under_file = g_build_filename (file, "crm.sqlite3", NULL);
  g_autofree char *locked = g_build_filename (db->folder, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "crm.sqlite3", NULL);
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder that cannot exist: its parent is a file. */
  store = crm_store_open (under_file, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (geteuid () == 0)
    {
      g_test_message ("Running as root: a read-only folder is writable; the second half is skipped.");
      return;
    }

  store = crm_store_open (in_locked, &error);
  g_assert_null (store);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "not writable"));
  g_assert_false (g_file_test (in_locked, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/fresh-schema", test_fresh_schema);
  g_test_add_func ("/migrations/reopen-keeps-data", test_reopen_keeps_data);
  g_test_add_func ("/migrations/upgrade-from-empty", test_upgrade_from_empty);
  g_test_add_func ("/migrations/upgrade-from-version-1", test_upgrade_from_version_1);
  g_test_add_func ("/migrations/not-a-database", test_not_a_database);
  g_test_add_func ("/migrations/other-sqlite-database", test_other_sqlite_database);
  g_test_add_func ("/migrations/newer-version-refused", test_newer_version_refused);
  g_test_add_func ("/migrations/unwritable-folder", test_unwritable_folder);

  return g_test_run ();
}
