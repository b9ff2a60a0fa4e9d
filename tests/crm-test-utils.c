/* crm-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <glib/gstdio.h>

#include "crm-test-utils.h"

/* A temporary folder with a fresh database in it, removed afterwards. */
CrmTestDb *
crm_test_db_new (void)
{
  g_autoptr(GError) error = NULL;
  CrmTestDb *db = g_new0 (CrmTestDb, 1);

  db->folder = g_dir_make_tmp ("crm-test-XXXXXX", &error);
  g_assert_no_error (error);
  db->path = g_build_filename (db->folder, "crm.sqlite3", NULL);
  db->store = crm_store_open (db->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db->store);

  return db;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_chmod (child, 0700);
          remove_tree (child);
        }
      else
        {
          g_unlink (child);
        }
    }

  g_rmdir (path);
}

void
crm_test_db_free (CrmTestDb *db)
{
  g_clear_object (&db->store);
  remove_tree (db->folder);
  g_free (db->folder);
  g_free (db->path);
  g_free (db);
}

char *
crm_test_write_file (CrmTestDb  *db,
                     const char *name,
                     const char *contents,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (db->folder, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

/* Saves a new record with the given properties, or fails the test. */
gpointer
crm_test_save (CrmStore   *store,
               GType       type,
               const char *first_property,
               ...)
{
  g_autoptr(GError) error = NULL;
  CrmRecord *record;
  va_list args;

  va_start (args, first_property);
  record = CRM_RECORD (g_object_new_valist (type, first_property, args));
  va_end (args);

  crm_store_save (store, record, &error);
  g_assert_no_error (error);

  return record;
}

CrmCustomer *
crm_test_add_customer (CrmStore   *store,
                       const char *name,
                       const char *email,
                       const char *city)
{
  return crm_test_save (store, CRM_TYPE_CUSTOMER, "name", name, "email", email, "city", city, NULL);
}

/* The names a list of customers shows, in order; every item must be a live
 * customer, and there is nothing past the end. */
GStrv
crm_test_list_names (GListModel *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CrmCustomer) customer = g_list_model_get_item (model, i);

      g_assert_nonnull (customer);
      g_assert_true (CRM_IS_CUSTOMER (customer));
      g_assert_false (crm_record_get_deleted (CRM_RECORD (customer)));
      g_strv_builder_add (builder, crm_customer_get_name (customer));
    }

  g_assert_null (g_list_model_get_item (model, n_items));

  return g_strv_builder_end (builder);
}

/* The first column of the one row @sql returns, as a number. */
gint64
crm_test_query_int (sqlite3    *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}
