/* crm-sync-service.h: keeps one store in sync in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-store.h"

G_BEGIN_DECLS

typedef enum
{
  CRM_SYNC_STATE_OFF,      /* no account: sync is not set up */
  CRM_SYNC_STATE_IDLE,     /* up to date as of the last sync */
  CRM_SYNC_STATE_SYNCING,
  CRM_SYNC_STATE_OFFLINE,  /* the server cannot be reached; retrying */
  CRM_SYNC_STATE_ERROR,    /* see the message */
} CrmSyncState;

#define CRM_TYPE_SYNC_STATE (crm_sync_state_get_type ())
#define CRM_TYPE_SYNC_SERVICE (crm_sync_service_get_type ())

GType crm_sync_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (CrmSyncService, crm_sync_service, CRM, SYNC_SERVICE, GObject)

CrmSyncService *crm_sync_service_new             (CrmStore        *store);
CrmStore       *crm_sync_service_get_store       (CrmSyncService  *self);
void            crm_sync_service_set_account     (CrmSyncService  *self,
                                                  const char      *url,
                                                  const char      *user,
                                                  const char      *password);
void            crm_sync_service_sync_now        (CrmSyncService  *self);

CrmSyncState    crm_sync_service_get_state       (CrmSyncService  *self);
guint           crm_sync_service_get_done        (CrmSyncService  *self);
guint           crm_sync_service_get_total       (CrmSyncService  *self);
const char     *crm_sync_service_get_message     (CrmSyncService  *self);
gint64          crm_sync_service_get_last_synced (CrmSyncService  *self);

/* For tests, which cannot wait minutes: all in milliseconds. */
void            crm_sync_service_set_timing      (CrmSyncService  *self,
                                                  guint            debounce,
                                                  guint            interval,
                                                  guint            first_retry,
                                                  guint            last_retry);

G_END_DECLS
