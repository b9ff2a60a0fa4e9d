/* crm-store-sync.c: records as CouchDB documents, and their revisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-field.h"
#include "crm-json.h"
#include "crm-models.h"
#include "crm-record-private.h"
#include "crm-revision.h"
#include "crm-store-private.h"
#include "crm-store-sync-private.h"

/* A record is the current version (the winning leaf) of one document. Its
 * ancestors, the fields only other clients know and the losing leaves of
 * conflicts live in the tables of migrations/0003-sync.sql. */

void
crm_sync_change_free (gpointer data)
{
  CrmSyncChange *change = data;

  g_free (change->id);
  g_free (change);
}

void
crm_sync_conflict_free (gpointer data)
{
  CrmSyncConflict *conflict = data;

  g_free (conflict->id);
  g_free (conflict->revision);
  g_free (conflict);
}

/* Runs @stmt to its end; TRUE when it went through. */
gboolean
crm_store_sync_run (CrmStore      *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || rc == SQLITE_ROW || crm_store_set_error (self, rc, error);
}

/* The text of the first column of the first row of @sql with @value bound
 * to ?1; NULL with no error when there is no row. */
char *
crm_store_sync_query_text (CrmStore    *self,
                           const char  *sql,
                           const char  *value,
                           GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, sql, error);
  char *text = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    crm_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return text;
}

/* ---------------------------------------------------------------------- */
/* Revisions of local edits                                               */
/* ---------------------------------------------------------------------- */

/**
 * crm_store_sync_next_revision:
 * @stored_revision: (out) (nullable): the revision the database holds
 *
 * Gives @record the revision that follows the stored one (the record may
 * carry an older one if it was read before another edit).
 */
gboolean
crm_store_sync_next_revision (CrmStore   *self,
                              CrmRecord  *record,
                              char      **stored_revision,
                              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT rev FROM %s WHERE id = ?1",
                                          CRM_RECORD_GET_CLASS (record)->table);
  g_autofree char *next = NULL;

  *stored_revision = crm_store_sync_query_text (self, sql, crm_record_get_id (record), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  next = crm_revision_next (*stored_revision != NULL ? *stored_revision : crm_record_get_rev (record));
  crm_record_set_rev (record, next);
  return TRUE;
}

/* Splits a space-separated list of revisions. */
static GStrv
split_revisions (const char *revisions)
{
  return g_strsplit_set (revisions != NULL ? revisions : "", " ", -1);
}

gboolean
crm_store_sync_set_ancestors (CrmStore     *self,
                              const char   *doc_id,
                              const char  **ancestors,
                              guint         n_ancestors,
                              GError      **error)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < MIN (n_ancestors, CRM_STORE_SYNC_MAX_ANCESTORS); i++)
    if (ancestors[i] != NULL && *ancestors[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", ancestors[i]);

  if (joined->len == 0)
    stmt = crm_store_prepare (self, "DELETE FROM doc_ancestors WHERE doc_id = ?1", error);
  else
    stmt = crm_store_prepare (self, "INSERT INTO doc_ancestors (doc_id, revisions) VALUES (?1, ?2)"
                                    " ON CONFLICT (doc_id) DO UPDATE SET revisions = excluded.revisions", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  if (joined->len > 0)
    sqlite3_bind_text (stmt, 2, joined->str, -1, SQLITE_TRANSIENT);
  return crm_store_sync_run (self, stmt, error);
}

GStrv
crm_store_sync_get_ancestors (CrmStore    *self,
                              const char  *doc_id,
                              GError     **error)
{
  g_autofree char *revisions = crm_store_sync_query_text (self, "SELECT revisions FROM doc_ancestors WHERE doc_id = ?1",
                                           doc_id, error);

  return split_revisions (revisions);
}

/* Notes @ancestor as the revision before the document's new current one. */
gboolean
crm_store_sync_add_ancestor (CrmStore    *self,
                             const char  *doc_id,
                             const char  *ancestor,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_auto(GStrv) older = NULL;

  if (ancestor == NULL)
    return TRUE;

  older = crm_store_sync_get_ancestors (self, doc_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_ptr_array_add (all, (gpointer)ancestor);
  for (guint i = 0; older[i] != NULL; i++)
    g_ptr_array_add (all, older[i]);

  return crm_store_sync_set_ancestors (self, doc_id, (const char **)all->pdata, all->len, error);
}

/* ---------------------------------------------------------------------- */
/* Values                                                                 */
/* ---------------------------------------------------------------------- */

char *
crm_store_sync_get_value (CrmStore    *self,
                          const char  *key,
                          GError     **error)
{
  return crm_store_sync_query_text (self, "SELECT value FROM sync_values WHERE key = ?1", key, error);
}

gboolean
crm_store_sync_set_value (CrmStore    *self,
                          const char  *key,
                          const char  *value,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = value != NULL
    ? crm_store_prepare (self, "INSERT INTO sync_values (key, value) VALUES (?1, ?2)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error)
    : crm_store_prepare (self, "DELETE FROM sync_values WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return crm_store_sync_run (self, stmt, error);
}

/* An id of this database, made once: replications are named after it. */
char *
crm_store_sync_get_database_id (CrmStore  *self,
                                GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id = crm_store_sync_get_value (self, "database-id", &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (id == NULL)
    {
      id = g_uuid_string_random ();
      if (!crm_store_sync_set_value (self, "database-id", id, error))
        return NULL;
    }

  return g_steal_pointer (&id);
}

/* ---------------------------------------------------------------------- */
/* Documents                                                              */
/* ---------------------------------------------------------------------- */

/* The "_revisions" member of a document: its revision's generation and the
 * ids of it and its ancestors, newest first. Ancestors out of sequence (a
 * damaged list) end it. */
JsonObject *
crm_store_sync_revisions_object (const char         *revision,
                                 const char * const *ancestors)
{
  JsonObject *object = json_object_new ();
  JsonArray *ids = json_array_new ();
  guint generation = crm_revision_generation (revision);

  json_object_set_int_member (object, "start", generation);
  json_array_add_string_element (ids, strchr (revision, '-') + 1);

  for (guint i = 0; ancestors != NULL && ancestors[i] != NULL; i++)
    {
      if (crm_revision_generation (ancestors[i]) != generation - 1 - i || !crm_revision_is_valid (ancestors[i]))
        break;
      json_array_add_string_element (ids, strchr (ancestors[i], '-') + 1);
    }

  json_object_set_array_member (object, "ids", ids);
  return object;
}

/* The revisions a document's "_revisions" names, newest first. */
GPtrArray *
crm_store_sync_document_history (JsonObject *document)
{
  GPtrArray *revisions = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object = crm_json_member_object (document, "_revisions");
  JsonArray *ids = crm_json_member_array (object, "ids");
  JsonNode *start_node = crm_json_member_value (object, "start", G_TYPE_INT64);
  gint64 start = start_node != NULL ? json_node_get_int (start_node) : 0;

  for (guint i = 0; ids != NULL && i < json_array_get_length (ids) && start - (gint64)i > 0; i++)
    {
      JsonNode *node = json_array_get_element (ids, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        break;
      g_ptr_array_add (revisions, g_strdup_printf ("%" G_GINT64_FORMAT "-%s", start - (gint64)i,
                                                   json_node_get_string (node)));
    }

  return revisions;
}

gboolean
crm_store_sync_is_reserved_member (const char *name)
{
  return name[0] == '_' || g_str_equal (name, "type");
}

/* The properties a document carries as plain fields: all but the ones
 * CouchDB spells with an underscore. */
gboolean
crm_store_sync_is_document_field (GParamSpec *pspec)
{
  return !g_str_equal (pspec->name, "id") && !g_str_equal (pspec->name, "rev") &&
         !g_str_equal (pspec->name, "deleted");
}

JsonObject *
crm_store_sync_document_from_record (CrmStore    *self,
                                     CrmRecord   *record,
                                     GError     **error)
{
  CrmRecordClass *klass = CRM_RECORD_GET_CLASS (record);
  g_autoptr(GError) local_error = NULL;
  g_autofree GParamSpec **columns = NULL;
  g_autofree char *extras = NULL;
  g_auto(GStrv) ancestors = NULL;
  JsonObject *document;
  const char *id = crm_record_get_id (record);
  guint n_columns;

  ancestors = crm_store_sync_get_ancestors (self, id, &local_error);
  if (local_error == NULL)
    extras = crm_store_sync_query_text (self, "SELECT fields FROM doc_extras WHERE doc_id = ?1", id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  document = json_object_new ();

  /* Fields this version does not know first, so that known ones win. */
  if (extras != NULL)
    {
      g_autoptr(JsonNode) node = json_from_string (extras, NULL);

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);
          g_autoptr(GList) names = json_object_get_members (object);

          for (GList *l = names; l != NULL; l = l->next)
            if (!crm_store_sync_is_reserved_member (l->data))
              json_object_set_member (document, l->data, json_node_copy (json_object_get_member (object, l->data)));
        }
    }

  json_object_set_string_member (document, "_id", id);
  json_object_set_string_member (document, "_rev", crm_record_get_rev (record));
  if (crm_record_get_deleted (record))
    json_object_set_boolean_member (document, "_deleted", TRUE);
  json_object_set_object_member (document, "_revisions", crm_store_sync_revisions_object (crm_record_get_rev (record), (const char * const *)ancestors));
  json_object_set_string_member (document, "type", klass->entity);

  columns = crm_record_class_list_columns (klass, &n_columns);
  for (guint i = 0; i < n_columns; i++)
    if (crm_store_sync_is_document_field (columns[i]))
      json_object_set_member (document, columns[i]->name, crm_field_to_json (record, columns[i]));

  return document;
}

/* A record without a revision (saved before sync existed) gets its first
 * when it is first read as a document. */
static gboolean
ensure_revision (CrmStore   *self,
                 CrmRecord  *record,
                 GError    **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *first = NULL;
  sqlite3_stmt *stmt;

  if (crm_record_get_rev (record) != NULL)
    return TRUE;

  first = crm_revision_new (1);
  sql = g_strdup_printf ("UPDATE %s SET rev = ?2 WHERE id = ?1 AND rev IS NULL",
                         CRM_RECORD_GET_CLASS (record)->table);
  if ((stmt = crm_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, crm_record_get_id (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_TRANSIENT);
  if (!crm_store_sync_run (self, stmt, error))
    return FALSE;

  crm_record_set_rev (record, first);
  return TRUE;
}

/**
 * crm_store_sync_read_document:
 * @revision: (nullable): a losing revision to read, or %NULL for the
 *   record's current one
 *
 * Returns: (transfer full) (nullable): the document, with "_revisions"; %NULL
 *   with no error when there is no such revision.
 */
JsonObject *
crm_store_sync_read_document (CrmStore    *self,
                              GType        type,
                              const char  *doc_id,
                              const char  *revision,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CrmRecord) record = NULL;

  if (revision != NULL)
    {
      g_autofree char *text = NULL;
      sqlite3_stmt *stmt = crm_store_prepare (self, "SELECT document FROM doc_conflicts"
                                                    " WHERE doc_id = ?1 AND revision = ?2", error);
      g_autoptr(JsonNode) node = NULL;
      int rc;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, revision, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          crm_store_set_error (self, rc, error);
          return NULL;
        }

      if (text != NULL && (node = json_from_string (text, NULL)) != NULL && JSON_NODE_HOLDS_OBJECT (node))
        return json_object_ref (json_node_get_object (node));
      /* Not a losing leaf: maybe the current one. */
    }

  record = crm_store_lookup (self, type, doc_id, &local_error);
  if (record == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!ensure_revision (self, record, error))
    return NULL;
  if (revision != NULL && g_strcmp0 (revision, crm_record_get_rev (record)) != 0)
    return NULL;

  return crm_store_sync_document_from_record (self, record, error);
}

/**
 * crm_store_sync_record_from_document:
 * @type: the record type the document is of
 * @unknown: (nullable): gets the members that are not fields of @type, or
 *   whose values this version cannot read, as they came
 *
 * The inverse of crm_store_sync_document_from_record(): every field @type
 * knows from @document; a field the document lacks stays empty. The record
 * has no place in a database (its pk is 0).
 *
 * Returns: (transfer full): the record
 */
CrmRecord *
crm_store_sync_record_from_document (GType        type,
                                     JsonObject  *document,
                                     JsonObject  *unknown)
{
  g_autoptr(CrmRecord) record = NULL;
  g_autoptr(GList) names = NULL;
  GObjectClass *klass;

  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (document != NULL, NULL);

  record = g_object_new (type, NULL);
  klass = G_OBJECT_GET_CLASS (record);
  names = json_object_get_members (document);

  crm_record_set_id (record, crm_json_member_string (document, "_id"));
  crm_record_set_rev (record, crm_json_member_string (document, "_rev"));
  g_object_set (record, "deleted", crm_json_member_true (document, "_deleted"), NULL);

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      GParamSpec *pspec;
      g_autoptr(GError) field_error = NULL;

      if (crm_store_sync_is_reserved_member (name))
        continue;

      pspec = g_object_class_find_property (klass, name);
      if ((pspec == NULL || !crm_store_sync_is_document_field (pspec) || (pspec->flags & G_PARAM_WRITABLE) == 0 ||
           !crm_field_set_json (record, pspec, json_object_get_member (document, name), &field_error)) &&
          unknown != NULL)
        json_object_set_member (unknown, name, json_node_copy (json_object_get_member (document, name)));
    }

  return g_steal_pointer (&record);
}

/* ---------------------------------------------------------------------- */
/* Pushing                                                                */
/* ---------------------------------------------------------------------- */

gint64
crm_store_sync_last_change (CrmStore  *self,
                            GError   **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, "SELECT coalesce (max (seq), 0) FROM change_log", error);
  gint64 seq = -1;
  int rc;

  if (stmt == NULL)
    return -1;

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  else
    crm_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return seq;
}

/**
 * crm_store_sync_changes_since:
 * @through: (out): the last change log entry read
 *
 * Returns: (transfer container) (element-type CrmSyncChange): the records
 *   changed after entry @since of the change log, each once, reading at most
 *   @limit entries.
 */
GPtrArray *
crm_store_sync_changes_since (CrmStore  *self,
                              gint64     since,
                              guint      limit,
                              gint64    *through,
                              GError   **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (crm_sync_change_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (self, "SELECT seq, entity, record_pk FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2",
                            error);
  if (stmt == NULL)
    return NULL;

  *through = since;
  sqlite3_bind_int64 (stmt, 1, since);
  sqlite3_bind_int64 (stmt, 2, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 entity = sqlite3_column_int64 (stmt, 1);
      gint64 pk = sqlite3_column_int64 (stmt, 2);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, entity, pk);

      *through = sqlite3_column_int64 (stmt, 0);
      if (entity < 1 || entity > n_types || !g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;

      {
        CrmSyncChange *change = g_new0 (CrmSyncChange, 1);

        change->type = types[entity - 1];
        change->id = g_strdup_printf ("%" G_GINT64_FORMAT, pk);  /* the key, until below */
        g_ptr_array_add (changes, change);
      }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (self, rc, error);
      return NULL;
    }

  /* Keys to ids; a purged record has none and nothing to send. */
  for (guint i = changes->len; i > 0; i--)
    {
      CrmSyncChange *change = g_ptr_array_index (changes, i - 1);
      CrmRecordClass *klass = g_type_class_peek (change->type);
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE pk = ?1", klass->table);
      g_autoptr(GError) local_error = NULL;
      char *id = crm_store_sync_query_text (self, sql, change->id, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_free (change->id);
      change->id = id;
      if (id == NULL)
        g_ptr_array_remove_index (changes, i - 1);
    }

  return g_steal_pointer (&changes);
}

/**
 * crm_store_sync_leaf_revisions:
 *
 * Returns: (transfer container) (element-type utf8): the record's current
 *   revision and those of the losing sides of its conflicts.
 */
GPtrArray *
crm_store_sync_leaf_revisions (CrmStore             *self,
                               const CrmSyncChange  *change,
                               GError              **error)
{
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT rev FROM %s WHERE id = ?1",
                                          ((CrmRecordClass *)g_type_class_peek (change->type))->table);
  g_autofree char *current = crm_store_sync_query_text (self, sql, change->id, &local_error);
  sqlite3_stmt *stmt;
  int rc;

  /* A record saved before sync existed gets its first revision now. */
  if (current == NULL && local_error == NULL)
    {
      g_autoptr(JsonObject) document = crm_store_sync_read_document (self, change->type, change->id, NULL,
                                                                     &local_error);

      if (document != NULL)
        current = g_strdup (json_object_get_string_member (document, "_rev"));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (current != NULL)
    g_ptr_array_add (revisions, g_steal_pointer (&current));

  if ((stmt = crm_store_prepare (self, "SELECT revision FROM doc_conflicts WHERE doc_id = ?1", error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, change->id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (revisions, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&revisions);
}

/* The conflicts a statement selects, as (entity, doc_id, revision) rows. */
static GPtrArray *
read_conflicts (CrmStore      *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (crm_sync_conflict_free);
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int entity = sqlite3_column_int (stmt, 0);
      CrmSyncConflict *conflict;

      if (entity < 1 || entity > (int)n_types)
        continue;

      conflict = g_new0 (CrmSyncConflict, 1);
      conflict->type = types[entity - 1];
      conflict->id = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      conflict->revision = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      g_ptr_array_add (conflicts, conflict);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&conflicts);
}

/**
 * crm_store_sync_list_conflicts:
 *
 * Returns: (transfer container) (element-type CrmSyncConflict): the losing
 *   sides of conflicts that are not deleted, by record.
 */
GPtrArray *
crm_store_sync_list_conflicts (CrmStore  *self,
                               GError   **error)
{
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (self, "SELECT entity, doc_id, revision FROM doc_conflicts WHERE deleted = 0"
                                  " ORDER BY doc_id, revision", error);
  if (stmt == NULL)
    return NULL;

  return read_conflicts (self, stmt, error);
}

/**
 * crm_store_sync_list_record_conflicts:
 *
 * The losing sides of one record's conflicts, from the index of
 * doc_conflicts: cheap enough to ask each time a record is shown.
 *
 * Returns: (transfer container) (element-type CrmSyncConflict): the losing
 *   sides that are not deleted, by revision
 */
GPtrArray *
crm_store_sync_list_record_conflicts (CrmStore    *self,
                                      GType        type,
                                      const char  *doc_id,
                                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CRM_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (doc_id != NULL, NULL);

  stmt = crm_store_prepare (self, "SELECT entity, doc_id, revision FROM doc_conflicts"
                                  " WHERE doc_id = ?1 AND entity = ?2 AND deleted = 0 ORDER BY revision", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, crm_models_entity_code (type));
  return read_conflicts (self, stmt, error);
}
