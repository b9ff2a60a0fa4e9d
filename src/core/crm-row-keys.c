/* crm-row-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-row-keys"

#include "config.h"

#include "crm-row-keys-private.h"
#include "crm-store-private.h"

/* The few hundred rows a view shows at once, with room to scroll back. */
#define CACHE_SIZE 256

void
crm_row_keys_init (CrmRowKeys *keys)
{
  keys->pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  keys->cache = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_queue_init (&keys->cache_order);
}

void
crm_row_keys_drop_cache (CrmRowKeys *keys)
{
  if (keys->cache != NULL)
    g_hash_table_remove_all (keys->cache);
  g_queue_clear (&keys->cache_order);
}

void
crm_row_keys_clear (CrmRowKeys *keys)
{
  crm_row_keys_drop_cache (keys);
  g_clear_pointer (&keys->pks, g_array_unref);
  g_clear_pointer (&keys->cache, g_hash_table_unref);
}

gpointer
crm_row_keys_get_item (CrmRowKeys *keys,
                       CrmStore   *store,
                       GType       type,
                       guint       position)
{
  g_autoptr(GError) error = NULL;
  CrmRecord *record;
  gint64 pk;

  if (position >= keys->pks->len)
    return NULL;

  pk = g_array_index (keys->pks, gint64, position);
  record = g_hash_table_lookup (keys->cache, GSIZE_TO_POINTER (pk));
  if (record != NULL)
    {
      g_queue_remove (&keys->cache_order, GSIZE_TO_POINTER (pk));
      g_queue_push_head (&keys->cache_order, GSIZE_TO_POINTER (pk));
      return g_object_ref (record);
    }

  record = crm_store_load_by_pk (store, type, pk, &error);
  if (record == NULL)
    {
      /* Deleted since the query ran; the changed signal is on its way. */
      if (error != NULL)
        g_warning ("Cannot load a %s: %s", g_type_name (type), error->message);
      record = g_object_new (type, NULL);
    }

  g_hash_table_insert (keys->cache, GSIZE_TO_POINTER (pk), g_object_ref (record));
  g_queue_push_head (&keys->cache_order, GSIZE_TO_POINTER (pk));
  if (keys->cache_order.length > CACHE_SIZE)
    g_hash_table_remove (keys->cache, g_queue_pop_tail (&keys->cache_order));

  return record;
}

guint
crm_row_keys_find (CrmRowKeys *keys,
                   gint64      pk)
{
  for (guint i = 0; i < keys->pks->len; i++)
    if (g_array_index (keys->pks, gint64, i) == pk)
      return i;

  return G_MAXUINT;
}

/* Takes @new_pks and reports the difference on @model as items-changed: the
 * range between the unchanged head and tail, plus @changed_pk's row (an
 * edited record) if it stayed in place, so views keep their scroll.
 * Returns whether the number of items changed. */
gboolean
crm_row_keys_replace (CrmRowKeys *keys,
                      GArray     *new_pks,
                      GListModel *model,
                      gint64      changed_pk)
{
  g_autoptr(GArray) old_pks = g_steal_pointer (&keys->pks);
  const gint64 *old_data, *new_data;
  guint prefix = 0, suffix = 0, position;

  keys->pks = new_pks;
  crm_row_keys_drop_cache (keys);

  old_data = (const gint64 *)(gpointer)old_pks->data;
  new_data = (const gint64 *)(gpointer)keys->pks->data;
  while (prefix < old_pks->len && prefix < keys->pks->len && old_data[prefix] == new_data[prefix])
    prefix++;
  while (suffix < old_pks->len - prefix && suffix < keys->pks->len - prefix &&
         old_data[old_pks->len - 1 - suffix] == new_data[keys->pks->len - 1 - suffix])
    suffix++;

  if (prefix + suffix < MAX (old_pks->len, keys->pks->len))
    g_list_model_items_changed (model, prefix,
                                old_pks->len - prefix - suffix,
                                keys->pks->len - prefix - suffix);

  position = changed_pk != 0 ? crm_row_keys_find (keys, changed_pk) : G_MAXUINT;
  if (position < prefix || (position != G_MAXUINT && position >= keys->pks->len - suffix))
    g_list_model_items_changed (model, position, 1, 1);

  return old_pks->len != keys->pks->len;
}

/* Steps @stmt (prepared and bound by the caller) to the end and resets it. */
GArray *
crm_row_keys_collect (CrmStore      *store,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pks, pk);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&pks);
}

gint64
crm_row_keys_lookup_pk (CrmStore   *store,
                        GType       type,
                        const char *id)
{
  CrmRecordClass *klass = g_type_class_peek (type);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 pk = 0;
  int rc;

  g_return_val_if_fail (klass != NULL, 0);

  if (id == NULL)
    return 0;

  sql = g_strdup_printf ("SELECT pk FROM %s WHERE id = ?1", klass->table);
  if ((stmt = crm_store_prepare (store, sql, &error)) == NULL)
    {
      g_warning ("Cannot find a %s: %s", klass->entity, error->message);
      return 0;
    }

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    pk = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE && !crm_store_set_error (store, rc, &error))
    g_warning ("Cannot find a %s: %s", klass->entity, error->message);

  return pk;
}
