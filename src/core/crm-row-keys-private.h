/* crm-row-keys-private.h: the row keys behind a lazy GListModel of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "crm-store.h"

G_BEGIN_DECLS

/* GTK 4.8's list views ask for every item they show, and only for those: a
 * list keeps the integer keys one query returned and builds records on
 * demand, keeping the most recently asked for in a small cache. */
typedef struct {
  GArray     *pks;
  GHashTable *cache;        /* pk → CrmRecord */
  GQueue      cache_order;  /* most recent first; pk as pointer-sized int */
} CrmRowKeys;

void     crm_row_keys_init     (CrmRowKeys *keys);
void     crm_row_keys_clear    (CrmRowKeys *keys);
void     crm_row_keys_drop_cache (CrmRowKeys *keys);
gpointer crm_row_keys_get_item (CrmRowKeys *keys,
                                CrmStore   *store,
                                GType       type,
                                guint       position);
guint    crm_row_keys_find     (CrmRowKeys *keys,
                                gint64      pk);
gboolean crm_row_keys_replace  (CrmRowKeys *keys,
                                GArray     *new_pks,
                                GListModel *model,
                                gint64      changed_pk);

/* The glue every list shares: the keys a prepared statement's first column
 * gives, and the key of the record with @id (0 when there is none). */
GArray  *crm_row_keys_collect  (CrmStore     *store,
                                sqlite3_stmt *stmt,
                                GError      **error);
gint64   crm_row_keys_lookup_pk (CrmStore   *store,
                                 GType       type,
                                 const char *id);

G_END_DECLS
