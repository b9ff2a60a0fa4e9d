/* crm-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "crm-core-resources.h"
#include "crm-fold.h"
#include "crm-revision.h"
#include "crm-store-sync.h"
#include "crm-models.h"
#include "crm-record-private.h"
#include "crm-store-private.h"

/* "CRM1": marks a database as Crm's, so that another program's SQLite file is
 * refused instead of being filled with Crm's tables. */
#define CRM_APPLICATION_ID 0x43524d31

/* Above this many changes in one transaction, views are told "reload" once per
 * entity instead of once per record. */
#define MAX_SINGLE_CHANGES 64

/* Bulk mode (crm_store_set_bulk()): a 128 MiB cache holds the indexes a
 * large batch spreads its writes over; the log is copied into the database
 * every 256 MiB instead of every 4 MiB. */
#define BULK_CACHE_KIB        131072
#define BULK_CHECKPOINT_PAGES 65536

static const char * const migrations[] = {
  "/org/example/Crm/core/migrations/0001-initial.sql",
  "/org/example/Crm/core/migrations/0002-cheaper-inserts.sql",
  "/org/example/Crm/core/migrations/0003-sync.sql",
  "/org/example/Crm/core/migrations/0004-covering-name-index.sql",
  "/org/example/Crm/core/migrations/0005-signed-line-totals.sql",
  "/org/example/Crm/core/migrations/0006-open-deals-index.sql",
  "/org/example/Crm/core/migrations/0007-service.sql",
  "/org/example/Crm/core/migrations/0008-reminders.sql",
  "/org/example/Crm/core/migrations/0009-closed-deals-index.sql",
  "/org/example/Crm/core/migrations/0010-sales-facts.sql",
  "/org/example/Crm/core/migrations/0011-report-indexes.sql",
};

typedef struct
{
  GType          type;
  char          *id;
  CrmChangeKind  kind;
} PendingChange;

/* The SQL that reads and writes one entity, built once from its properties. */
typedef struct
{
  GParamSpec **columns;
  guint        n_columns;
  char        *select_columns;
  char        *insert_sql;
  char        *update_sql;
  char        *select_by_id_sql;
  char        *select_by_pk_sql;
  GHashTable  *find_sql;     /* GParamSpec → SQL */

  /* The statements of the SQL above once prepared, owned by the store's
   * cache: an import runs them for every row, and hashing their text to
   * find them cost a twentieth of its time. */
  sqlite3_stmt *insert_stmt;
  sqlite3_stmt *update_stmt;
  sqlite3_stmt *select_by_id_stmt;
  sqlite3_stmt *select_by_pk_stmt;
} TableInfo;

struct _CrmStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  int         schema_version;

  GHashTable *statements;   /* SQL → sqlite3_stmt */
  GHashTable *tables;       /* GType → TableInfo */

  guint       transaction_depth;
  GArray     *pending;      /* PendingChange */

  /* Settings bulk mode replaced, restored when it ends */
  gboolean    bulk;
  GThread    *checkpoint;   /* copying a bulk change's log into the database */
  gint64      saved_cache_size;
  gint64      saved_autocheckpoint;
};

G_DEFINE_FINAL_TYPE (CrmStore, crm_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (crm-store-error-quark, crm_store_error)

G_DEFINE_ENUM_TYPE (CrmChangeKind, crm_change_kind,
  G_DEFINE_ENUM_VALUE (CRM_CHANGE_CREATED, "created"),
  G_DEFINE_ENUM_VALUE (CRM_CHANGE_UPDATED, "updated"),
  G_DEFINE_ENUM_VALUE (CRM_CHANGE_DELETED, "deleted"),
  G_DEFINE_ENUM_VALUE (CRM_CHANGE_MANY, "many"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pending_change_clear (gpointer data)
{
  PendingChange *change = data;

  g_free (change->id);
}

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
table_info_free (gpointer data)
{
  TableInfo *info = data;

  g_free (info->columns);
  g_free (info->select_columns);
  g_free (info->insert_sql);
  g_free (info->update_sql);
  g_free (info->select_by_id_sql);
  g_free (info->select_by_pk_sql);
  g_hash_table_unref (info->find_sql);
  g_free (info);
}

static void
crm_store_finalize (GObject *object)
{
  CrmStore *self = (CrmStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->checkpoint, g_thread_join);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (crm_store_parent_class)->finalize (object);
}

static void
crm_store_class_init (CrmStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_store_finalize;

  /**
   * CrmStore::changed:
   * @type: the record type that changed
   * @id: (nullable): the record's id, or %NULL with %CRM_CHANGE_MANY
   * @kind: what happened
   *
   * Emitted after a change is committed to the database.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_GTYPE, G_TYPE_STRING, CRM_TYPE_CHANGE_KIND);
}

static void
crm_store_init (CrmStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
  self->tables = g_hash_table_new_full (NULL, NULL, NULL, table_info_free);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
}

/* Turns an SQLite failure into a sentence about what to do. */
static gboolean
set_sqlite_error (sqlite3  *db,
                  int       rc,
                  GError  **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FULL,
                           _("The disk is full. Free some space and try again; nothing was lost."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY,
                           _("The database cannot be written to. Check that its folder is writable."));
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_A_DATABASE,
                           _("The file is not a Crm database, or it is damaged."));
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("The change was refused because it breaks a rule of the database: %s"),
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                           _("The database is busy in another program. Try again in a moment."));
      break;

    default:
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"),
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }

  return FALSE;
}

gboolean
crm_store_set_error (CrmStore  *self,
                     int        rc,
                     GError   **error)
{
  return set_sqlite_error (self->db, rc, error);
}

sqlite3 *
crm_store_get_db (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  return self->db;
}

/* crm_store_prepare() for SQL whose statement a caller keeps in @slot. */
static sqlite3_stmt *
prepare_in_slot (CrmStore       *self,
                 sqlite3_stmt  **slot,
                 const char     *sql,
                 GError        **error)
{
  if (*slot == NULL)
    return (*slot = crm_store_prepare (self, sql, error));

  sqlite3_reset (*slot);
  sqlite3_clear_bindings (*slot);
  return *slot;
}

/* Returns a cached, reset statement; valid until the store is finalized. */
sqlite3_stmt *
crm_store_prepare (CrmStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      set_sqlite_error (self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || set_sqlite_error (db, rc, error);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

char *
crm_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "crm.sqlite3", NULL);
}

int
crm_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/* Refuses, without writing a byte, a file that is not an SQLite database. */
static gboolean
check_file_header (const char  *path,
                   GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[16];
  gsize n_read = 0;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot open the database “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header,
                                &n_read, NULL, &local_error))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot read the database “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  /* An empty file is an empty database to SQLite; anything else must say so. */
  if (n_read != 0 && (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Crm database. Choose another file; this one was left untouched."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ensure_parent_folder (const char  *path,
                      GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder “%s” for the database: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && g_access (folder, W_OK) != 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_READ_ONLY,
                   _("Cannot create the database in “%s”: the folder is not writable."),
                   folder);
      return FALSE;
    }

  return TRUE;
}

/* Checks what kind of database this is before anything is written to it. */
static gboolean
check_schema (CrmStore  *self,
              GError   **error)
{
  gint64 application_id = query_int (self->db, "PRAGMA application_id");
  gint64 n_objects = query_int (self->db, "SELECT count(*) FROM sqlite_schema");

  if (n_objects < 0)
    return set_sqlite_error (self->db, sqlite3_errcode (self->db), error);

  self->schema_version = query_int (self->db, "PRAGMA user_version");

  if ((application_id != 0 && application_id != CRM_APPLICATION_ID) ||
      (application_id == 0 && n_objects > 0))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Crm database. Choose another file; this one was left untouched."),
                   self->path);
      return FALSE;
    }

  if (self->schema_version > crm_store_get_latest_version ())
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Crm (schema %d; this version knows up to %d). "
                     "Update Crm to open it; the database was not changed."),
                   self->path, self->schema_version, crm_store_get_latest_version ());
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (CrmStore  *self,
         GError   **error)
{
  g_autofree char *set_version = NULL;
  int latest = crm_store_get_latest_version ();

  if (self->schema_version == latest)
    return TRUE;

  if (!exec_sql (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int version = self->schema_version + 1; version <= latest; version++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;

      bytes = g_resources_lookup_data (migrations[version - 1], 0, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      if (!exec_sql (self->db, sql, error))
        {
          g_prefix_error (error, _("Cannot upgrade the database to version %d: "), version);
          exec_sql (self->db, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  /* Pragmas take no parameters; the values are integers of our own. */
  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                 CRM_APPLICATION_ID, latest);
  if (!exec_sql (self->db, set_version, error) || !exec_sql (self->db, "COMMIT", error))
    {
      exec_sql (self->db, "ROLLBACK", NULL);
      return FALSE;
    }

  self->schema_version = latest;
  return TRUE;
}

/**
 * crm_store_open:
 * @path: (nullable): the database file, or %NULL for crm_store_default_path()
 *
 * Opens the database, creating it or upgrading its schema when needed. A file
 * that is not a Crm database, or one written by a newer Crm, is refused and
 * left as it was.
 */
CrmStore *
crm_store_open (const char  *path,
                GError     **error)
{
  static gsize resources_registered;
  static gsize sqlite_configured;
  g_autoptr(CrmStore) self = NULL;
  int rc;

  self = g_object_new (CRM_TYPE_STORE, NULL);
  self->path = path != NULL ? g_strdup (path) : crm_store_default_path ();

  if (g_once_init_enter (&resources_registered))
    {
      crm_core_register_resource ();
      g_once_init_leave (&resources_registered, 1);
    }
  /* Every entity class stays alive from here on, so g_type_class_peek() works. */
  crm_models_list_types (&(guint) { 0 });

  if (!ensure_parent_folder (self->path, error) || !check_file_header (self->path, error))
    return NULL;

  if (g_once_init_enter (&sqlite_configured))
    {
      /* SQLite's allocation statistics take a global mutex on every malloc;
       * nothing reads them. Refused, harmlessly, if SQLite is already running. */
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&sqlite_configured, 1);
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot open the database “%s”: %s"), self->path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  if (!crm_fold_register (self->db, error) || !check_schema (self, error))
    return NULL;

  if (!exec_sql (self->db,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = NORMAL;"
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA recursive_triggers = OFF;"
                 "PRAGMA temp_store = MEMORY;"
                 "PRAGMA cache_size = -16000;"
                 "PRAGMA journal_size_limit = 16777216;",
                 error))
    return NULL;

  /* Rows written by another program since Crm last ran join the index. */
  if (!migrate (self, error) || !crm_store_begin (self, error) || !crm_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

CrmStore *
crm_store_open_reader (CrmStore  *self,
                       GError   **error)
{
  g_autoptr(CrmStore) reader = NULL;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  reader = g_object_new (CRM_TYPE_STORE, NULL);
  reader->path = g_strdup (self->path);

  rc = sqlite3_open_v2 (reader->path, &reader->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot open the database “%s”: %s"), reader->path,
                   reader->db != NULL ? sqlite3_errmsg (reader->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (reader->db, TRUE);
  sqlite3_busy_timeout (reader->db, 5000);

  if (!crm_fold_register (reader->db, error) || !check_schema (reader, error) ||
      !exec_sql (reader->db, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; "
                             "PRAGMA cache_size = -16000;", error))
    return NULL;

  if (reader->schema_version != self->schema_version)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_CANNOT_OPEN,
                   _("The database “%s” changed its version while Crm was running. Restart Crm."),
                   reader->path);
      return NULL;
    }

  return g_steal_pointer (&reader);
}

const char *
crm_store_get_path (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), NULL);

  return self->path;
}

int
crm_store_get_schema_version (CrmStore *self)
{
  g_return_val_if_fail (CRM_IS_STORE (self), 0);

  return self->schema_version;
}

/* Brings the full-text index up to date with the rows the triggers noted
 * (migrations/0001-initial.sql explains why this waits for the commit). */
static gboolean
run_statement (CrmStore    *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW || set_sqlite_error (self->db, rc, error);
}

/* Brings the full-text index up to date: rows the triggers noted as changed
 * leave it with their old text, and changed and new rows enter it. Done once
 * per commit, in one statement per table (migrations/0001-initial.sql says
 * why). */
static gboolean
apply_search_changes (CrmStore  *self,
                      GError   **error)
{
  static const char * const statements[] = {
    "INSERT INTO customers_search (customers_search, rowid, name, company, email, phone, city)"
    " SELECT 'delete', pk, name, company, email, phone, city FROM search_pending"
    " WHERE entity = 1 AND indexed",
    "INSERT INTO customers_search (rowid, name, company, email, phone, city)"
    " SELECT c.pk, c.name, c.company, c.email, c.phone, c.city FROM search_pending p JOIN customers c ON c.pk = p.pk"
    " WHERE p.entity = 1 AND c.deleted = 0",
    "INSERT INTO customers_search (rowid, name, company, email, phone, city)"
    " SELECT c.pk, c.name, c.company, c.email, c.phone, c.city FROM customers c"
    " WHERE c.pk > (SELECT indexed_through FROM search_state WHERE entity = 1) AND c.deleted = 0",
    "INSERT INTO contacts_search (contacts_search, rowid, name, email, phone, mobile, city)"
    " SELECT 'delete', pk, name, email, phone, mobile, city FROM search_pending"
    " WHERE entity = 2 AND indexed",
    "INSERT INTO contacts_search (rowid, name, email, phone, mobile, city)"
    " SELECT c.pk, c.name, c.email, c.phone, c.mobile, c.city FROM search_pending p JOIN contacts c ON c.pk = p.pk"
    " WHERE p.entity = 2 AND c.deleted = 0",
    "INSERT INTO contacts_search (rowid, name, email, phone, mobile, city)"
    " SELECT c.pk, c.name, c.email, c.phone, c.mobile, c.city FROM contacts c"
    " WHERE c.pk > (SELECT indexed_through FROM search_state WHERE entity = 2) AND c.deleted = 0",
    "UPDATE search_state SET indexed_through ="
    " max (indexed_through, coalesce ((SELECT max (pk) FROM customers), 0)) WHERE entity = 1",
    "UPDATE search_state SET indexed_through ="
    " max (indexed_through, coalesce ((SELECT max (pk) FROM contacts), 0)) WHERE entity = 2",
    "DELETE FROM search_pending",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    if (!run_statement (self, statements[i], error))
      return FALSE;

  return TRUE;
}

/* Pragmas take no parameters; the values are integers of our own. */
static void
set_cache_and_checkpoint (CrmStore *self,
                          gint64    cache_size,
                          gint64    autocheckpoint)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT "; "
                                          "PRAGMA wal_autocheckpoint = %" G_GINT64_FORMAT,
                                          cache_size, autocheckpoint);

  /* Only speed depends on them: a failure is no reason to stop. */
  if (!exec_sql (self->db, sql, NULL))
    g_debug ("Cannot change the cache and checkpoint settings: %s", sqlite3_errmsg (self->db));
}

/* Copies the log into the database on a connection of its own, so that the
 * import or the demo that grew the log returns as soon as its data is
 * committed. A passive checkpoint never blocks the store's own reads and
 * writes; journal_size_limit then shrinks the log when it is next reused. */
static gpointer
checkpoint_log (gpointer data)
{
  g_autofree char *path = data;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      if (sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL) != SQLITE_OK)
        g_debug ("Cannot copy the log into the database: %s", sqlite3_errmsg (db));
    }
  sqlite3_close (db);

  return NULL;
}

/**
 * crm_store_set_bulk:
 * @bulk: whether many thousands of writes follow (an import, the demo data)
 *
 * While in bulk mode the page cache is larger, so that the indexes being
 * built stay in memory, and the log is copied into the database only in
 * large steps. Leaving it goes back to the everyday settings, which frees
 * the larger cache, and copies the grown log into the database in the
 * background (the store waits for that when it is finalized). Bulk mode may
 * span several transactions.
 */
void
crm_store_set_bulk (CrmStore *self,
                    gboolean  bulk)
{
  g_return_if_fail (CRM_IS_STORE (self));

  if (self->bulk == !!bulk)
    return;

  self->bulk = !!bulk;
  if (bulk)
    {
      self->saved_cache_size = query_int (self->db, "PRAGMA cache_size");
      self->saved_autocheckpoint = query_int (self->db, "PRAGMA wal_autocheckpoint");
      set_cache_and_checkpoint (self, -BULK_CACHE_KIB, BULK_CHECKPOINT_PAGES);
    }
  else
    {
      set_cache_and_checkpoint (self, self->saved_cache_size, self->saved_autocheckpoint);
      g_clear_pointer (&self->checkpoint, g_thread_join);
      self->checkpoint = g_thread_new ("crm-checkpoint", checkpoint_log, g_strdup (self->path));
    }
}

/* Transactions nest: only the outermost begin and commit reach SQLite, and
 * the changes they hold are announced once it has committed. */
gboolean
crm_store_begin (CrmStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0 && !exec_sql (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

static void
emit_pending (CrmStore *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) announced = g_hash_table_new (NULL, NULL);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *change = &g_array_index (pending, PendingChange, i);
      gpointer key = GSIZE_TO_POINTER (change->type);

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
    }

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *change = &g_array_index (pending, PendingChange, i);
      gpointer key = GSIZE_TO_POINTER (change->type);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) <= MAX_SINGLE_CHANGES)
        g_signal_emit (self, signals[CHANGED], 0, change->type, change->id, change->kind);
      else if (g_hash_table_add (announced, key))
        g_signal_emit (self, signals[CHANGED], 0, change->type, NULL, CRM_CHANGE_MANY);
    }
}

gboolean
crm_store_commit (CrmStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return TRUE;
    }

  if (!apply_search_changes (self, error) || !exec_sql (self->db, "COMMIT", error))
    {
      crm_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth = 0;
  emit_pending (self);

  return TRUE;
}

/**
 * crm_store_announce_outside_changes:
 * @type: the type of the records that changed
 *
 * Tells the views that records of @type changed through another connection
 * to the same database (a worker thread's import, the demo data): emits
 * #CrmStore::changed once with %CRM_CHANGE_MANY, as a large commit does.
 */
void
crm_store_announce_outside_changes (CrmStore *self,
                                    GType     type)
{
  g_return_if_fail (CRM_IS_STORE (self));
  g_return_if_fail (g_type_is_a (type, CRM_TYPE_RECORD));

  g_signal_emit (self, signals[CHANGED], 0, type, NULL, CRM_CHANGE_MANY);
}

/* Abandons the whole transaction, however deeply nested. */
void
crm_store_rollback (CrmStore *self)
{
  g_return_if_fail (CRM_IS_STORE (self));

  if (self->transaction_depth == 0)
    return;

  self->transaction_depth = 0;
  g_array_set_size (self->pending, 0);
  if (!sqlite3_get_autocommit (self->db))
    exec_sql (self->db, "ROLLBACK", NULL);
}

/* A failed statement changes nothing, so a failure inside a caller's
 * transaction (one bad row of an import) leaves the rest of it standing. */
static void
end_failed (CrmStore *self)
{
  if (self->transaction_depth > 1)
    self->transaction_depth--;
  else
    crm_store_rollback (self);
}

void
crm_store_queue_change (CrmStore      *self,
                        GType          type,
                        const char    *id,
                        CrmChangeKind  kind)
{
  PendingChange change = { type, g_strdup (id), kind };

  g_assert (self->transaction_depth > 0);

  g_array_append_val (self->pending, change);
}

static TableInfo *
table_info (CrmStore *self,
            GType     type)
{
  CrmRecordClass *klass;
  TableInfo *info = g_hash_table_lookup (self->tables, GSIZE_TO_POINTER (type));
  GString *select_columns, *insert_sql, *update_sql;

  if (info != NULL)
    return info;

  klass = g_type_class_ref (type);
  info = g_new0 (TableInfo, 1);
  info->columns = crm_record_class_list_columns (klass, &info->n_columns);

  /* Column names come from property names, never from user input. */
  select_columns = g_string_new ("pk");
  insert_sql = g_string_new (NULL);
  update_sql = g_string_new (NULL);
  /* OR FAIL spares every insert a statement journal (migration 0002 says
   * why that matters). It is safe because an insert writes one row and SQLite
   * checks its constraints before writing it. It overrides the conflict
   * clause of statements in the triggers an insert runs, so those rely on
   * upserts ("ON CONFLICT … DO"), which it leaves alone; the one
   * INSERT OR REPLACE, of a new customer's figures, cannot conflict. */
  g_string_append_printf (insert_sql, "INSERT OR FAIL INTO %s (", klass->table);
  g_string_append_printf (update_sql, "UPDATE %s SET ", klass->table);

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_autofree char *column = crm_record_column_name (info->columns[i]);

      g_string_append_printf (select_columns, ", %s", column);
      g_string_append_printf (insert_sql, "%s%s", i > 0 ? ", " : "", column);
      /* Parameter 1 is the id, which the update matches on. */
      if (i > 0)
        g_string_append_printf (update_sql, "%s%s = ?%u", i > 1 ? ", " : "", column, i + 1);
    }

  g_string_append (insert_sql, ") VALUES (");
  for (guint i = 0; i < info->n_columns; i++)
    g_string_append_printf (insert_sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  /* No RETURNING: it costs a temporary table per statement, a tenth of an
   * import's time; sqlite3_changes() and the last rowid say the same. */
  g_string_append (insert_sql, ") ON CONFLICT (id) DO NOTHING");
  g_string_append (update_sql, " WHERE id = ?1");

  g_assert (g_str_equal (info->columns[0]->name, "id"));

  info->select_columns = g_string_free (select_columns, FALSE);
  info->insert_sql = g_string_free (insert_sql, FALSE);
  info->update_sql = g_string_free (update_sql, FALSE);
  info->select_by_id_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1",
                                            info->select_columns, klass->table);
  info->select_by_pk_sql = g_strdup_printf ("SELECT %s FROM %s WHERE pk = ?1",
                                            info->select_columns, klass->table);
  info->find_sql = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_type_class_unref (klass);

  g_hash_table_insert (self->tables, GSIZE_TO_POINTER (type), info);
  return info;
}

const char *
crm_store_select_columns (CrmStore *self,
                          GType     type)
{
  return table_info (self, type)->select_columns;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            const GValue *value)
{
  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) != NULL)
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, index);
      break;

    case G_TYPE_INT64:
      sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;

    case G_TYPE_INT:
      sqlite3_bind_int (stmt, index, g_value_get_int (value));
      break;

    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
      break;

    case G_TYPE_ENUM:
      sqlite3_bind_text (stmt, index,
                         crm_enum_to_nick (pspec->value_type, g_value_get_enum (value)),
                         -1, SQLITE_STATIC);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
read_value (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            GValue       *value)
{
  g_value_init (value, pspec->value_type);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, (const char *)sqlite3_column_text (stmt, index));
      break;

    case G_TYPE_INT64:
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
      break;

    case G_TYPE_INT:
      g_value_set_int (value, sqlite3_column_int (stmt, index));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, index) != 0);
      break;

    case G_TYPE_ENUM:
      {
        const char *nick = (const char *)sqlite3_column_text (stmt, index);
        int enum_value;

        /* A value written by a newer client reads as the default. */
        if (nick != NULL && crm_enum_from_nick (pspec->value_type, nick, &enum_value))
          g_value_set_enum (value, enum_value);
        else
          g_param_value_set_default (pspec, value);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Reads a row selected with crm_store_select_columns(). */
CrmRecord *
crm_store_read_record (CrmStore     *self,
                       GType         type,
                       sqlite3_stmt *stmt)
{
  TableInfo *info = table_info (self, type);
  CrmRecord *record = g_object_new (type, NULL);

  crm_record_set_pk (record, sqlite3_column_int64 (stmt, 0));

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_value (stmt, i + 1, info->columns[i], &value);
      crm_record_set_value (record, info->columns[i], &value);
    }

  return record;
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The key of the row with @record's id; its first column is the key. */
static gboolean
read_pk (CrmStore    *self,
         CrmRecord   *record,
         TableInfo   *info,
         GError     **error)
{
  sqlite3_stmt *stmt = prepare_in_slot (self, &info->select_by_id_stmt, info->select_by_id_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, crm_record_get_id (record), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    crm_record_set_pk (record, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || set_sqlite_error (self->db, rc, error);
}

/* Runs the insert or the update of @record; *wrote says whether a row was
 * written (an insert of a taken id and an update of an unknown one write
 * none), and the record learns its row's key. */
static gboolean
write_record (CrmStore      *self,
              CrmRecord     *record,
              gboolean       insert,
              gboolean      *wrote,
              GError       **error)
{
  TableInfo *info = table_info (self, G_OBJECT_TYPE (record));
  sqlite3_stmt *stmt = insert ? prepare_in_slot (self, &info->insert_stmt, info->insert_sql, error)
                              : prepare_in_slot (self, &info->update_stmt, info->update_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < info->n_columns; i++)
    bind_value (stmt, i + 1, info->columns[i], crm_record_peek_value (record, info->columns[i]));

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self->db, rc, error);

  *wrote = sqlite3_changes (self->db) > 0;
  if (*wrote && insert)
    crm_record_set_pk (record, sqlite3_last_insert_rowid (self->db));
  else if (*wrote && crm_record_get_pk (record) == 0)
    return read_pk (self, record, info, error);

  return TRUE;
}

/* Foreign keys are checked at commit, which would fail a whole import for one
 * bad row; checking each reference now names the row and the missing record. */
static gboolean
check_references (CrmStore   *self,
                  CrmRecord  *record,
                  GError    **error)
{
  CrmRecordClass *klass = CRM_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      CrmRecordClass *target;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      const char *id;
      int rc;

      if (!(pspec->flags & CRM_PARAM_REFERENCE) || (id = crm_record_get_string (record, pspec)) == NULL)
        continue;

      target = g_type_class_peek (crm_models_reference_type (pspec));
      sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", target->table);
      if ((stmt = crm_store_prepare (self, sql, error)) == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);

      if (rc == SQLITE_DONE)
        {
          g_autofree char *entity = g_strdelimit (g_strdup (klass->entity), "-", ' ');
          g_autofree char *target_entity = g_strdelimit (g_strdup (target->entity), "-", ' ');

          g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                       _("The %s refers to a %s that does not exist (id “%s”)."),
                       entity, target_entity, id);
          return FALSE;
        }
      else if (rc != SQLITE_ROW)
        {
          return set_sqlite_error (self->db, rc, error);
        }
    }

  return TRUE;
}

/**
 * crm_store_save:
 *
 * Stores a new record (one without an id gets a new UUID) or the new state of
 * an existing one, and stamps its times.
 */
gboolean
crm_store_save (CrmStore   *self,
                CrmRecord  *record,
                GError    **error)
{
  g_autofree char *new_id = NULL;
  g_autofree char *first_rev = NULL;
  g_autofree char *ancestor = NULL;
  gboolean updated = FALSE;
  gboolean inserted = FALSE;
  gboolean ok = TRUE;
  gint64 now = now_seconds ();

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_RECORD (record), FALSE);

  if (!crm_record_validate (record, error))
    return FALSE;

  if (crm_record_get_id (record) == NULL)
    crm_record_set_id (record, (new_id = crm_uuid_new ()));
  crm_record_set_times (record, crm_record_get_created_at (record) != 0 ? crm_record_get_created_at (record) : now,
                        now);

  if (!crm_store_begin (self, error))
    return FALSE;

  if (!check_references (self, record, error))
    {
      end_failed (self);
      return FALSE;
    }

  /* A record read from the store is updated; any other is inserted, unless
   * its id (from a file) is taken, which the insert reports by returning no
   * row. An update is a new revision after the stored one; a new record keeps
   * the revision it brings (a restored backup) or starts at the first. */
  if (crm_record_get_pk (record) != 0)
    ok = crm_store_sync_next_revision (self, record, &ancestor, error) &&
         write_record (self, record, FALSE, &updated, error);
  else if (crm_record_get_rev (record) == NULL)
    crm_record_set_rev (record, (first_rev = crm_revision_new (1)));
  if (ok && !updated)
    ok = write_record (self, record, TRUE, &inserted, error);
  if (ok && !updated && !inserted)
    {
      g_clear_pointer (&ancestor, g_free);
      ok = crm_store_sync_next_revision (self, record, &ancestor, error) &&
           write_record (self, record, FALSE, &updated, error);
    }
  if (ok && updated)
    ok = crm_store_sync_add_ancestor (self, crm_record_get_id (record), ancestor, error);
  if (!ok)
    {
      end_failed (self);
      return FALSE;
    }

  g_assert (updated || inserted);
  crm_store_queue_change (self, G_OBJECT_TYPE (record), crm_record_get_id (record),
                          updated ? CRM_CHANGE_UPDATED : CRM_CHANGE_CREATED);

  return crm_store_commit (self, error);
}

/**
 * crm_store_write_synced:
 *
 * Writes @record as it is, revision included: a version that came from a
 * sync server, already an edit of its own. Inside the caller's transaction.
 */
gboolean
crm_store_write_synced (CrmStore   *self,
                        CrmRecord  *record,
                        GError    **error)
{
  gboolean updated = FALSE;
  gboolean inserted = FALSE;

  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (crm_record_get_pk (record) != 0 && !write_record (self, record, FALSE, &updated, error))
    return FALSE;
  if (!updated && !write_record (self, record, TRUE, &inserted, error))
    return FALSE;
  if (!updated && !inserted && !write_record (self, record, FALSE, &updated, error))
    return FALSE;

  crm_store_queue_change (self, G_OBJECT_TYPE (record), crm_record_get_id (record),
                          crm_record_get_deleted (record) ? CRM_CHANGE_DELETED :
                          inserted ? CRM_CHANGE_CREATED : CRM_CHANGE_UPDATED);
  return TRUE;
}

static gboolean
set_deleted (CrmStore   *self,
             CrmRecord  *record,
             gboolean    deleted,
             GError    **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *ancestor = NULL;
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (self), FALSE);
  g_return_val_if_fail (CRM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (crm_record_get_id (record) != NULL, FALSE);

  sql = g_strdup_printf ("UPDATE %s SET deleted = ?2, updated_at = ?3, rev = ?4 WHERE id = ?1 AND deleted != ?2",
                         CRM_RECORD_GET_CLASS (record)->table);

  if (!crm_store_begin (self, error))
    return FALSE;

  /* A delete or a restore is an edit like any other, with its revision. */
  if ((stmt = crm_store_prepare (self, sql, error)) == NULL ||
      !crm_store_sync_next_revision (self, record, &ancestor, error))
    {
      end_failed (self);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, crm_record_get_id (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, deleted);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_text (stmt, 4, crm_record_get_rev (record), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      end_failed (self);
      return set_sqlite_error (self->db, rc, error);
    }

  if (sqlite3_changes (self->db) > 0)
    {
      if (!crm_store_sync_add_ancestor (self, crm_record_get_id (record), ancestor, error))
        {
          end_failed (self);
          return FALSE;
        }
      crm_store_queue_change (self, G_OBJECT_TYPE (record), crm_record_get_id (record),
                              deleted ? CRM_CHANGE_DELETED : CRM_CHANGE_CREATED);
    }

  if (!crm_store_commit (self, error))
    return FALSE;

  g_object_set (record, "deleted", deleted, "updated-at", now, NULL);
  return TRUE;
}

/**
 * crm_store_delete:
 *
 * Marks a record deleted (a tombstone that sync passes on); crm_store_restore()
 * undoes it.
 */
gboolean
crm_store_delete (CrmStore   *self,
                  CrmRecord  *record,
                  GError    **error)
{
  return set_deleted (self, record, TRUE, error);
}

gboolean
crm_store_restore (CrmStore   *self,
                   CrmRecord  *record,
                   GError    **error)
{
  return set_deleted (self, record, FALSE, error);
}

static gpointer
load_one (CrmStore      *self,
          GType          type,
          sqlite3_stmt  *stmt,
          const char    *text,
          gint64         number,
          GError       **error)
{
  CrmRecord *record = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, number);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = crm_store_read_record (self, type, stmt);
  else if (rc != SQLITE_DONE)
    set_sqlite_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return record;
}

static void
set_not_found (GType        type,
               const char  *id,
               GError     **error)
{
  CrmRecordClass *klass = g_type_class_peek (type);
  g_autofree char *entity = g_strdelimit (g_strdup (klass->entity), "-", ' ');

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
               _("There is no %s with the id “%s”."), entity, id);
}

/**
 * crm_store_lookup:
 *
 * Returns: (transfer full) (nullable) (type CrmRecord): the record with @id,
 *   deleted or not, or %NULL with no error when there is none: for callers
 *   to whom a missing record is an answer, not a failure (an import).
 */
gpointer
crm_store_lookup (CrmStore    *self,
                  GType        type,
                  const char  *id,
                  GError     **error)
{
  TableInfo *info;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  info = table_info (self, type);
  return load_one (self, type, prepare_in_slot (self, &info->select_by_id_stmt, info->select_by_id_sql, error),
                   id, 0, error);
}

/**
 * crm_store_load:
 *
 * Returns: (transfer full) (type CrmRecord): the record with @id, deleted or
 *   not, or %NULL with %CRM_STORE_ERROR_NOT_FOUND.
 */
gpointer
crm_store_load (CrmStore    *self,
                GType        type,
                const char  *id,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  CrmRecord *record = crm_store_lookup (self, type, id, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (record == NULL && id != NULL)
    set_not_found (type, id, error);

  return record;
}

gpointer
crm_store_load_by_pk (CrmStore  *self,
                      GType      type,
                      gint64     pk,
                      GError   **error)
{
  TableInfo *info = table_info (self, type);

  return load_one (self, type, prepare_in_slot (self, &info->select_by_pk_stmt, info->select_by_pk_sql, error),
                   NULL, pk, error);
}

static GParamSpec *
find_column (GType       type,
             const char *property)
{
  CrmRecordClass *klass = g_type_class_peek (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  g_return_val_if_fail (pspec != NULL, NULL);

  return pspec;
}

/**
 * crm_store_find:
 *
 * Returns: (transfer full) (nullable) (type CrmRecord): the first live record
 *   whose @property equals @value (ignoring ASCII case), or %NULL.
 */
gpointer
crm_store_find (CrmStore    *self,
                GType        type,
                const char  *property,
                const char  *value,
                GError     **error)
{
  TableInfo *info;
  GParamSpec *pspec;
  const char *sql;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);

  if ((pspec = find_column (type, property)) == NULL)
    return NULL;

  info = table_info (self, type);
  if ((sql = g_hash_table_lookup (info->find_sql, pspec)) == NULL)
    {
      g_autofree char *column = crm_record_column_name (pspec);
      CrmRecordClass *klass = g_type_class_peek (type);
      char *new_sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = ?1 COLLATE NOCASE AND deleted = 0 LIMIT 1",
                                       info->select_columns, klass->table, column);

      g_hash_table_insert (info->find_sql, pspec, new_sql);
      sql = new_sql;
    }

  return load_one (self, type, crm_store_prepare (self, sql, error), value, 0, error);
}

/* @condition and @order are SQL written in Crm's code; @value, if any, is bound to ?1. */
GPtrArray *
crm_store_list_where (CrmStore    *self,
                      GType        type,
                      const char  *condition,
                      const char  *order,
                      const char  *value,
                      GError     **error)
{
  CrmRecordClass *klass = g_type_class_peek (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT %s FROM %s WHERE deleted = 0%s%s ORDER BY %s",
                         crm_store_select_columns (self, type), klass->table,
                         condition != NULL ? " AND " : "", condition != NULL ? condition : "",
                         order != NULL ? order : klass->default_order);
  if ((stmt = crm_store_prepare (self, sql, error)) == NULL)
    return NULL;

  if (value != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, crm_store_read_record (self, type, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * crm_store_list:
 * @property: (nullable): a property to match, or %NULL for all live records
 * @value: (nullable): the value @property must have
 *
 * Returns: (transfer container) (element-type CrmRecord): live records in the
 *   entity's default order.
 */
GPtrArray *
crm_store_list (CrmStore    *self,
                GType        type,
                const char  *property,
                const char  *value,
                GError     **error)
{
  g_autofree char *condition = NULL;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);

  if (property != NULL)
    {
      GParamSpec *pspec = find_column (type, property);
      g_autofree char *column = NULL;

      if (pspec == NULL)
        return NULL;

      column = crm_record_column_name (pspec);
      condition = g_strdup_printf ("%s = ?1", column);
    }

  return crm_store_list_where (self, type, condition, NULL, value, error);
}

gint64
crm_store_count (CrmStore *self,
                 GType     type)
{
  CrmRecordClass *klass;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count = 0;

  g_return_val_if_fail (CRM_IS_STORE (self), 0);

  klass = g_type_class_peek (type);
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted = 0", klass->table);

  if ((stmt = crm_store_prepare (self, sql, NULL)) != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return count;
}
