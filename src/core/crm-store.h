/* crm-store.h: the local database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_STORE_ERROR (crm_store_error_quark ())

typedef enum {
  CRM_STORE_ERROR_CANNOT_OPEN,
  CRM_STORE_ERROR_NOT_A_DATABASE,
  CRM_STORE_ERROR_TOO_NEW,
  CRM_STORE_ERROR_NOT_FOUND,
  CRM_STORE_ERROR_INVALID,
  CRM_STORE_ERROR_FULL,
  CRM_STORE_ERROR_READ_ONLY,
  CRM_STORE_ERROR_FAILED,
} CrmStoreError;

typedef enum {
  CRM_CHANGE_CREATED,
  CRM_CHANGE_UPDATED,
  CRM_CHANGE_DELETED,
  /* Many records of the type changed at once (an import); id is NULL. */
  CRM_CHANGE_MANY,
} CrmChangeKind;

#define CRM_TYPE_CHANGE_KIND (crm_change_kind_get_type ())
#define CRM_TYPE_STORE (crm_store_get_type ())

G_DECLARE_FINAL_TYPE (CrmStore, crm_store, CRM, STORE, GObject)

GQuark      crm_store_error_quark          (void);
GType       crm_change_kind_get_type       (void) G_GNUC_CONST;

char       *crm_store_default_path         (void);
CrmStore   *crm_store_open                 (const char   *path,
                                            GError      **error);
/* A second connection to the same database that can only read, for heavy
 * queries on a worker thread (one thread at a time): it sees what the store
 * has committed. Saving through it fails with CRM_STORE_ERROR_READ_ONLY. */
CrmStore   *crm_store_open_reader          (CrmStore     *self,
                                            GError      **error);
const char *crm_store_get_path             (CrmStore     *self);
int         crm_store_get_schema_version   (CrmStore     *self);
int         crm_store_get_latest_version   (void);

gboolean    crm_store_begin                (CrmStore     *self,
                                            GError      **error);
gboolean    crm_store_commit               (CrmStore     *self,
                                            GError      **error);
void        crm_store_rollback             (CrmStore     *self);
void        crm_store_set_bulk             (CrmStore     *self,
                                            gboolean      bulk);
void        crm_store_announce_outside_changes (CrmStore *self,
                                                GType     type);

gboolean    crm_store_save                 (CrmStore     *self,
                                            CrmRecord    *record,
                                            GError      **error);
gboolean    crm_store_delete               (CrmStore     *self,
                                            CrmRecord    *record,
                                            GError      **error);
gboolean    crm_store_restore              (CrmStore     *self,
                                            CrmRecord    *record,
                                            GError      **error);
gpointer    crm_store_load                 (CrmStore     *self,
                                            GType         type,
                                            const char   *id,
                                            GError      **error);
gpointer    crm_store_lookup               (CrmStore     *self,
                                            GType         type,
                                            const char   *id,
                                            GError      **error);
gpointer    crm_store_find                 (CrmStore     *self,
                                            GType         type,
                                            const char   *property,
                                            const char   *value,
                                            GError      **error);
GPtrArray  *crm_store_list                 (CrmStore     *self,
                                            GType         type,
                                            const char   *property,
                                            const char   *value,
                                            GError      **error);
gint64      crm_store_count                (CrmStore     *self,
                                            GType         type);

G_END_DECLS
