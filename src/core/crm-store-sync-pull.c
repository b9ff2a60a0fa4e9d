/* crm-store-sync-pull.c: taking in documents from a server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include "crm-field.h"
#include "crm-json.h"
#include "crm-models.h"
#include "crm-record-private.h"
#include "crm-revision.h"
#include "crm-store-private.h"
#include "crm-store-sync-private.h"

/* ---------------------------------------------------------------------- */
/* Pulling                                                                */
/* ---------------------------------------------------------------------- */

/* What this database holds of one document: its current revision and
 * ancestors, and its losing leaves. */
typedef struct
{
  GType       type;
  CrmRecord  *record;      /* NULL if there is none */
  GStrv       ancestors;
  GHashTable *conflicts;   /* revision → deleted (as a pointer) */
} Holding;

static void
holding_clear (Holding *holding)
{
  g_clear_object (&holding->record);
  g_clear_pointer (&holding->ancestors, g_strfreev);
  g_clear_pointer (&holding->conflicts, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Holding, holding_clear)

/* Finds which table holds @doc_id, in one statement: ids are unique across
 * types, and a pull asks this of every document it is offered. */
static gboolean
find_document_type (CrmStore    *self,
                    const char  *doc_id,
                    GType       *type,
                    GError     **error)
{
  static char *sql;
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);
  sqlite3_stmt *stmt;
  int rc;

  if (g_once_init_enter (&sql))
    {
      GString *union_sql = g_string_new (NULL);

      for (guint i = 0; i < n_types; i++)
        g_string_append_printf (union_sql, "%sSELECT %u FROM %s WHERE id = ?1", i > 0 ? " UNION ALL " : "",
                                i + 1, ((CrmRecordClass *)g_type_class_peek (types[i]))->table);
      g_once_init_leave (&sql, g_string_free (union_sql, FALSE));
    }

  if ((stmt = crm_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *type = G_TYPE_INVALID;
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) >= 1 && sqlite3_column_int (stmt, 0) <= (int)n_types)
    *type = types[sqlite3_column_int (stmt, 0) - 1];
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE || crm_store_set_error (self, rc, error);
}

/* What this database holds of @doc_id. @type_hint is the type a document
 * says it has, for when there is nothing here yet. */
static gboolean
read_holding (CrmStore    *self,
              const char  *doc_id,
              GType        type_hint,
              Holding     *holding,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  GType type;
  int rc;

  holding->conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  holding->type = type_hint;

  if (!find_document_type (self, doc_id, &type, error))
    return FALSE;
  /* Nothing here: no ancestors and no conflicts either. */
  if (type == G_TYPE_INVALID)
    return TRUE;

  holding->type = type;
  holding->record = crm_store_lookup (self, type, doc_id, &local_error);
  if (local_error == NULL)
    holding->ancestors = crm_store_sync_get_ancestors (self, doc_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if ((stmt = crm_store_prepare (self, "SELECT revision, deleted FROM doc_conflicts WHERE doc_id = ?1", error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (holding->conflicts, g_strdup ((const char *)sqlite3_column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (self, rc, error);
}

static gboolean
holds_revision (const Holding *holding,
                const char    *revision)
{
  if (holding->record != NULL && g_strcmp0 (crm_record_get_rev (holding->record), revision) == 0)
    return TRUE;
  if (g_hash_table_contains (holding->conflicts, revision))
    return TRUE;

  return holding->ancestors != NULL && g_strv_contains ((const char * const *)holding->ancestors, revision);
}

/**
 * crm_store_sync_revs_diff:
 * @revisions: document id → array of revisions, as a server's _changes names them
 *
 * Returns: (transfer full): document id → { "missing": [revisions] } for the
 *   documents of which this database lacks some revision, as _revs_diff says.
 */
JsonObject *
crm_store_sync_revs_diff (CrmStore    *self,
                          JsonObject  *revisions,
                          GError     **error)
{
  g_autoptr(JsonObject) missing = json_object_new ();
  g_autoptr(GList) ids = json_object_get_members (revisions);
  gboolean own_transaction = sqlite3_get_autocommit (crm_store_get_db (self));

  /* One read transaction, not a lock per statement; a reader, so a pull
   * may ask this while another connection writes the previous batch. */
  if (own_transaction && sqlite3_exec (crm_store_get_db (self), "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    return crm_store_set_error (self, sqlite3_errcode (crm_store_get_db (self)), error), NULL;

  for (GList *l = ids; l != NULL; l = l->next)
    {
      g_auto(Holding) holding = { 0 };
      JsonArray *asked = crm_json_member_array (revisions, l->data);
      JsonArray *lacking = NULL;

      if (!read_holding (self, l->data, G_TYPE_INVALID, &holding, error))
        {
          if (own_transaction)
            sqlite3_exec (crm_store_get_db (self), "ROLLBACK", NULL, NULL, NULL);
          return NULL;
        }

      for (guint i = 0; asked != NULL && i < json_array_get_length (asked); i++)
        {
          const char *revision = crm_json_element_string (asked, i);

          if (revision == NULL || holds_revision (&holding, revision))
            continue;
          if (lacking == NULL)
            lacking = json_array_new ();
          json_array_add_string_element (lacking, revision);
        }

      if (lacking != NULL)
        {
          JsonObject *entry = json_object_new ();

          json_object_set_array_member (entry, "missing", lacking);
          json_object_set_object_member (missing, l->data, entry);
        }
    }

  if (own_transaction)
    sqlite3_exec (crm_store_get_db (self), "COMMIT", NULL, NULL, NULL);

  return g_steal_pointer (&missing);
}

/* Keeps @document as a losing leaf. */
static gboolean
keep_conflict (CrmStore    *self,
               GType        type,
               JsonObject  *document,
               GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), document);
  g_autofree char *text = json_to_string (node, FALSE);
  CrmRecordClass *klass = g_type_class_peek (type);
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);
  sqlite3_stmt *stmt;
  int entity = 0;

  for (guint i = 0; i < n_types; i++)
    if (types[i] == G_TYPE_FROM_CLASS (klass))
      entity = i + 1;

  stmt = crm_store_prepare (self, "INSERT OR REPLACE INTO doc_conflicts (doc_id, revision, entity, deleted, document)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, crm_json_member_string (document, "_id"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, crm_json_member_string (document, "_rev"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, entity);
  sqlite3_bind_int (stmt, 4, crm_json_member_true (document, "_deleted"));
  sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
  return crm_store_sync_run (self, stmt, error);
}

static gboolean
drop_conflict (CrmStore    *self,
               const char  *doc_id,
               const char  *revision,
               GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (self, "DELETE FROM doc_conflicts WHERE doc_id = ?1 AND revision = ?2",
                                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, revision, -1, SQLITE_TRANSIENT);
  return crm_store_sync_run (self, stmt, error);
}

/* Makes @document the record's current version: every field the type knows
 * from the document (a field it lacks is empty), the rest kept aside. */
static gboolean
write_current (CrmStore    *self,
               GType        type,
               CrmRecord   *existing,
               JsonObject  *document,
               GPtrArray   *history,
               GError     **error)
{
  /* Unknown members, or values this version cannot read: kept as they came. */
  g_autoptr(JsonObject) extras = json_object_new ();
  g_autoptr(CrmRecord) record = crm_store_sync_record_from_document (type, document, extras);
  const char *doc_id = crm_json_member_string (document, "_id");
  sqlite3_stmt *stmt;

  if (existing != NULL)
    crm_record_set_pk (record, crm_record_get_pk (existing));

  if (!crm_store_write_synced (self, record, error))
    return FALSE;

  /* history[0] is the document's own revision. A new record has nothing
   * of its own to clear. */
  if ((existing != NULL || history->len > 1) &&
      !crm_store_sync_set_ancestors (self, doc_id, (const char **)history->pdata + MIN (history->len, 1),
                      history->len > 0 ? history->len - 1 : 0, error))
    return FALSE;

  if (json_object_get_size (extras) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), extras);
      g_autofree char *text = json_to_string (node, FALSE);

      stmt = crm_store_prepare (self, "INSERT INTO doc_extras (doc_id, fields) VALUES (?1, ?2)"
                                      " ON CONFLICT (doc_id) DO UPDATE SET fields = excluded.fields", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
    }
  else if (existing == NULL)
    {
      return TRUE;
    }
  else if ((stmt = crm_store_prepare (self, "DELETE FROM doc_extras WHERE doc_id = ?1", error)) == NULL)
    {
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);

  return crm_store_sync_run (self, stmt, error);
}

/* Takes in one document from the server (with its "_revisions"). */
static gboolean
apply_document (CrmStore        *self,
                JsonObject      *document,
                CrmSyncApplied  *applied,
                GError         **error)
{
  const char *doc_id = crm_json_member_string (document, "_id");
  const char *revision = crm_json_member_string (document, "_rev");
  const char *entity = crm_json_member_string (document, "type");
  gboolean deleted = crm_json_member_true (document, "_deleted");
  g_autoptr(GPtrArray) history = crm_store_sync_document_history (document);
  g_auto(Holding) holding = { 0 };
  GType type = entity != NULL ? crm_models_type_from_entity (entity) : G_TYPE_INVALID;
  const char *current;

  if (doc_id == NULL || !crm_revision_is_valid (revision) || g_str_has_prefix (doc_id, "_"))
    {
      applied->skipped++;
      return TRUE;
    }
  if (history->len == 0 || g_strcmp0 (g_ptr_array_index (history, 0), revision) != 0)
    g_ptr_array_insert (history, 0, g_strdup (revision));

  if (!read_holding (self, doc_id, type, &holding, error))
    return FALSE;

  /* A tombstone of a document this database never had says nothing of its
   * type; the record it was is gone everywhere. */
  if (holding.type == G_TYPE_INVALID)
    {
      applied->skipped++;
      return TRUE;
    }
  type = holding.type;

  if (holds_revision (&holding, revision))
    {
      applied->known++;
      return TRUE;
    }

  /* Leaves the new revision descends from are no longer leaves. */
  for (guint i = 1; i < history->len; i++)
    if (g_hash_table_contains (holding.conflicts, g_ptr_array_index (history, i)) &&
        !drop_conflict (self, doc_id, g_ptr_array_index (history, i), error))
      return FALSE;

  current = holding.record != NULL ? crm_record_get_rev (holding.record) : NULL;

  /* Nothing here, or an edit that follows ours: it becomes the record. */
  if (current == NULL || g_ptr_array_find_with_equal_func (history, current, g_str_equal, NULL))
    {
      applied->written++;
      return write_current (self, type, holding.record, document, history, error);
    }

  /* Edits on both sides: both leaves are kept, and the record shows the one
   * every replica picks. A deleted side (a resolved conflict's losing
   * branch, or a delete against an edit) is nothing for a person to choose. */
  if (!deleted && !crm_record_get_deleted (holding.record))
    applied->conflicts++;
  else
    applied->written++;
  if (crm_revision_compare (revision, deleted, current, crm_record_get_deleted (holding.record)) > 0)
    {
      g_autoptr(JsonObject) ours = crm_store_sync_document_from_record (self, holding.record, error);

      return ours != NULL && keep_conflict (self, type, ours, error) &&
             write_current (self, type, holding.record, document, history, error);
    }

  /* The record stays as it is, but what there is to choose from changed:
   * views that show its conflicts learn of it. */
  crm_store_queue_change (self, type, doc_id, CRM_CHANGE_UPDATED);
  return keep_conflict (self, type, document, error);
}

/**
 * crm_store_sync_apply:
 * @documents: documents from a server, each with its "_revisions"
 *
 * Takes in a batch of documents in one transaction: all or none. References
 * are not checked, since a batch may bring a contact before its customer.
 */
gboolean
crm_store_sync_apply (CrmStore        *self,
                      JsonArray       *documents,
                      CrmSyncApplied  *applied,
                      GError         **error)
{
  sqlite3 *db = crm_store_get_db (self);
  gboolean ok;

  /* Has to be set outside a transaction to take effect. */
  sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);

  ok = crm_store_begin (self, error);
  for (guint i = 0; ok && i < json_array_get_length (documents); i++)
    {
      JsonNode *node = json_array_get_element (documents, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        ok = apply_document (self, json_node_get_object (node), applied, error);
      else
        applied->skipped++;
    }

  if (ok)
    ok = crm_store_commit (self, error);
  else
    crm_store_rollback (self);

  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}

/**
 * crm_store_sync_resolve:
 * @record: the record as the person chose it, field by field, read from the
 *   store (its current version)
 *
 * Ends the record's conflicts: saves @record as a new revision after the
 * current one, and closes every losing branch with a deleted revision of its
 * own, which the next push sends so that every replica drops it too.
 */
gboolean
crm_store_sync_resolve (CrmStore   *self,
                        CrmRecord  *record,
                        GError    **error)
{
  g_autoptr(GPtrArray) losing = g_ptr_array_new_with_free_func (g_free);
  const char *doc_id = crm_record_get_id (record);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_RECORD (record), FALSE);
  g_return_val_if_fail (crm_record_get_pk (record) != 0, FALSE);

  if (!crm_store_begin (self, error))
    return FALSE;

  if ((stmt = crm_store_prepare (self, "SELECT document FROM doc_conflicts WHERE doc_id = ?1 AND deleted = 0",
                                 error)) == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, doc_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (losing, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (self, rc, error);
      goto failed;
    }

  if (!crm_store_save (self, record, error))
    goto failed;

  for (guint i = 0; i < losing->len; i++)
    {
      g_autoptr(JsonNode) node = json_from_string (g_ptr_array_index (losing, i), NULL);
      JsonObject *loser = crm_json_as_object (node);
      const char *revision = crm_json_member_string (loser, "_rev");
      g_autoptr(GPtrArray) history = NULL;
      g_autoptr(JsonObject) tombstone = NULL;
      g_autofree char *closing = NULL;

      if (!crm_revision_is_valid (revision))
        continue;

      history = crm_store_sync_document_history (loser);
      if (history->len == 0 || g_strcmp0 (g_ptr_array_index (history, 0), revision) != 0)
        g_ptr_array_insert (history, 0, g_strdup (revision));
      closing = crm_revision_next (revision);
      g_ptr_array_add (history, NULL);

      tombstone = json_object_new ();
      json_object_set_string_member (tombstone, "_id", doc_id);
      json_object_set_string_member (tombstone, "_rev", closing);
      json_object_set_boolean_member (tombstone, "_deleted", TRUE);
      json_object_set_string_member (tombstone, "type", CRM_RECORD_GET_CLASS (record)->entity);
      json_object_set_object_member (tombstone, "_revisions",
                                     crm_store_sync_revisions_object (closing, (const char * const *)history->pdata));

      if (!drop_conflict (self, doc_id, revision, error) ||
          !keep_conflict (self, G_OBJECT_TYPE (record), tombstone, error))
        goto failed;
    }

  return crm_store_commit (self, error);

failed:
  crm_store_rollback (self);
  return FALSE;
}
