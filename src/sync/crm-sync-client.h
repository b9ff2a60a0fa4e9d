/* crm-sync-client.h: requests to one database on a CouchDB server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CRM_SYNC_ERROR (crm_sync_error_quark ())

/* What went wrong, as a person setting up sync needs to know it. */
typedef enum
{
  CRM_SYNC_ERROR_BAD_URL,
  CRM_SYNC_ERROR_UNREACHABLE,
  CRM_SYNC_ERROR_TLS,
  CRM_SYNC_ERROR_UNAUTHORIZED,
  CRM_SYNC_ERROR_FORBIDDEN,
  CRM_SYNC_ERROR_NO_DATABASE,
  CRM_SYNC_ERROR_SERVER,
  CRM_SYNC_ERROR_PROTOCOL,
} CrmSyncError;

GQuark crm_sync_error_quark (void);

#define CRM_TYPE_SYNC_CLIENT (crm_sync_client_get_type ())

G_DECLARE_FINAL_TYPE (CrmSyncClient, crm_sync_client, CRM, SYNC_CLIENT, GObject)

CrmSyncClient *crm_sync_client_new             (const char     *database_url,
                                                const char     *user,
                                                const char     *password,
                                                GError        **error);
CrmSyncClient *crm_sync_client_dup             (CrmSyncClient  *self);
const char    *crm_sync_client_get_url         (CrmSyncClient  *self);
void           crm_sync_client_set_timeout     (CrmSyncClient  *self,
                                                guint           seconds);
JsonNode      *crm_sync_client_request         (CrmSyncClient  *self,
                                                const char     *method,
                                                const char     *path,
                                                JsonNode       *body,
                                                guint          *status,
                                                GCancellable   *cancellable,
                                                GError        **error);
gboolean       crm_sync_client_check           (CrmSyncClient  *self,
                                                GCancellable   *cancellable,
                                                GError        **error);
gboolean       crm_sync_client_create_database (CrmSyncClient  *self,
                                                GCancellable   *cancellable,
                                                GError        **error);

gboolean       crm_sync_read_change            (JsonNode       *result,
                                                const char    **id,
                                                JsonArray     **revisions);

G_END_DECLS
