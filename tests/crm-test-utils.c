/* crm-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <glib/gstdio.h>

#include "crm-revision.h"
#include "crm-store-sync.h"
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
/**
 * crm_test_add_conflict:
 * @record: a record saved in @store
 * @property: the field that was changed on the other computer
 * @value: (nullable): its value there, as text
 *
 * Takes in, as a pull from a server would, an edit of @record made on
 * another computer beside the store's current version. It has the lowest
 * revision id there is, so the store's version stays the one shown.
 *
 * Returns: (transfer full): the losing revision
 */
char *
crm_test_add_conflict (CrmStore    *store,
                       CrmRecord   *record,
                       const char  *property,
                       const char  *value)
{
  static guint counter;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(JsonArray) documents = json_array_new ();
  g_autofree char *id = NULL;
  JsonObject *revisions;
  JsonArray *ids;
  JsonArray *sibling_ids = json_array_new ();
  CrmSyncApplied applied = { 0 };
  char *revision;

  document = crm_store_sync_read_document (store, G_OBJECT_TYPE (record), crm_record_get_id (record), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  /* A sibling of the current revision: the same parent, another id. */
  id = g_strdup_printf ("%032x", ++counter);
  revision = g_strdup_printf ("%u-%s", crm_revision_generation (json_object_get_string_member (document, "_rev")), id);
  revisions = json_object_get_object_member (document, "_revisions");
  ids = json_object_get_array_member (revisions, "ids");
  json_array_add_string_element (sibling_ids, id);
  for (guint i = 1; i < json_array_get_length (ids); i++)
    json_array_add_element (sibling_ids, json_node_copy (json_array_get_element (ids, i)));
  json_object_set_array_member (revisions, "ids", sibling_ids);
  json_object_set_string_member (document, "_rev", revision);
  if (value != NULL)
    json_object_set_string_member (document, property, value);
  else
    json_object_set_null_member (document, property);

  json_array_add_object_element (documents, json_object_ref (document));
  g_assert_true (crm_store_sync_apply (store, documents, &applied, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (applied.conflicts, ==, 1);

  return revision;
}

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

/* A generous limit: it only matters when the test fails. */
#define CRM_TEST_WAIT_SECONDS 20

/**
 * crm_test_wait_until:
 * @what: what is awaited, for the failure's message
 *
 * Runs the main context until @condition holds; fails the test after a
 * while.
 */
void
crm_test_wait_until (CrmTestCondition  condition,
                     gpointer          data,
                     const char       *what)
{
  gint64 deadline = g_get_monotonic_time () + CRM_TEST_WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *message = g_strdup_printf ("gave up waiting for %s", what);

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Runs the main context for a while: timers fire, windows draw. */
void
crm_test_run_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Runs crm-tool ($CRM_TOOL) with the arguments, NULL-terminated; returns its
 * exit status, its output in @out and @err. A crash fails the test. */
int
crm_test_run_tool (char       **out,
                   char       **err,
                   const char  *first,
                   ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *tool = g_getenv ("CRM_TOOL");
  va_list ap;

  g_assert_nonnull (tool);
  g_ptr_array_add (args, (gpointer)tool);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *)args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process))
    g_error ("crm-tool was killed by signal %d; its stderr: %s",
             g_subprocess_get_term_sig (process), err != NULL && *err != NULL ? *err : "");

  return g_subprocess_get_exit_status (process);
}
