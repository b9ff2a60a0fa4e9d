/* crm-store-sync-private.h: what the two halves of crm-store-sync share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-store-sync.h"

G_BEGIN_DECLS

/* At most this many ancestors of a document are kept. */
#define CRM_STORE_SYNC_MAX_ANCESTORS 100

gboolean    crm_store_sync_run                  (CrmStore      *self,
                                                 sqlite3_stmt  *stmt,
                                                 GError       **error);
char       *crm_store_sync_query_text           (CrmStore      *self,
                                                 const char    *sql,
                                                 const char    *value,
                                                 GError       **error);
GStrv       crm_store_sync_get_ancestors        (CrmStore      *self,
                                                 const char    *doc_id,
                                                 GError       **error);
gboolean    crm_store_sync_set_ancestors        (CrmStore      *self,
                                                 const char    *doc_id,
                                                 const char   **ancestors,
                                                 guint          n_ancestors,
                                                 GError       **error);
GPtrArray  *crm_store_sync_document_history     (JsonObject    *document);
gboolean    crm_store_sync_is_reserved_member   (const char    *name);
gboolean    crm_store_sync_is_document_field    (GParamSpec    *pspec);
JsonObject *crm_store_sync_document_from_record (CrmStore      *self,
                                                 CrmRecord     *record,
                                                 GError       **error);

G_END_DECLS
