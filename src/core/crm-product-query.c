/* crm-product-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-product"

#include "config.h"

#include "crm-fold.h"
#include "crm-product-query.h"
#include "crm-store-private.h"

/* instr() on folded text needs no escaping of the user's words, unlike LIKE,
 * whose % and _ would turn a search for "50%" into a pattern. The table holds
 * thousands of products at most, so a scan is fast enough and needs no index. */
#define SEARCH_WHERE \
  " WHERE deleted = 0 AND (?1 = '' OR instr (crm_fold (coalesce (name, '')), ?1) > 0" \
  " OR instr (crm_fold (coalesce (sku, '')), ?1) > 0" \
  " OR instr (crm_fold (coalesce (category, '')), ?1) > 0)" \
  " ORDER BY name COLLATE crm_fold, pk LIMIT ?2"

/**
 * crm_product_query_search:
 *
 * Returns: (transfer full) (element-type CrmProduct): the matching products,
 *   or %NULL with @error set.
 */
GPtrArray *
crm_product_query_search (CrmStore    *store,
                          const char  *text,
                          guint        limit,
                          GError     **error)
{
  g_autoptr(GPtrArray) products = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = crm_fold (stripped);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sql = g_strconcat ("SELECT ", crm_store_select_columns (store, CRM_TYPE_PRODUCT),
                     " FROM products", SEARCH_WHERE, NULL);
  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (sqlite3_int64)limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (products, crm_store_read_record (store, CRM_TYPE_PRODUCT, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&products);
}

/**
 * crm_product_query_sku_owner:
 *
 * Returns: (transfer full) (nullable): an id, or %NULL; on failure %NULL
 *   with @error set.
 */
char *
crm_product_query_sku_owner (CrmStore    *store,
                             const char  *sku,
                             const char  *except_id,
                             GError     **error)
{
  g_autofree char *stripped = NULL;
  char *owner = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (sku != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (sku));
  if (*stripped == '\0')
    return NULL;

  stmt = crm_store_prepare (store,
                            "SELECT id FROM products WHERE sku = ?1 AND deleted = 0"
                            " AND id IS NOT ?2 LIMIT 1",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, stripped, -1, SQLITE_TRANSIENT);
  if (except_id != NULL)
    sqlite3_bind_text (stmt, 2, except_id, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    owner = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return owner;
}
