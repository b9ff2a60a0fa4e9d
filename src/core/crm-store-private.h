/* crm-store-private.h: what the rest of the core may do with the store's connection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-store.h"

G_BEGIN_DECLS

sqlite3      *crm_store_get_db           (CrmStore      *self);
sqlite3_stmt *crm_store_prepare          (CrmStore      *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      crm_store_set_error        (CrmStore      *self,
                                          int            rc,
                                          GError       **error);
const char   *crm_store_select_columns   (CrmStore      *self,
                                          GType          type);
CrmRecord    *crm_store_read_record      (CrmStore      *self,
                                          GType          type,
                                          sqlite3_stmt  *stmt);
gpointer      crm_store_load_by_pk       (CrmStore      *self,
                                          GType          type,
                                          gint64         pk,
                                          GError       **error);
GPtrArray    *crm_store_list_where       (CrmStore      *self,
                                          GType          type,
                                          const char    *condition,
                                          const char    *order,
                                          const char    *value,
                                          GError       **error);
gboolean      crm_store_write_synced     (CrmStore      *self,
                                          CrmRecord     *record,
                                          GError       **error);
void          crm_store_queue_change     (CrmStore      *self,
                                          GType          type,
                                          const char    *id,
                                          CrmChangeKind  kind);

G_END_DECLS
