/* crm-sync-watch.h: news of changes on the server, as they happen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-sync-client.h"

G_BEGIN_DECLS

#define CRM_TYPE_SYNC_WATCH (crm_sync_watch_get_type ())

G_DECLARE_FINAL_TYPE (CrmSyncWatch, crm_sync_watch, CRM, SYNC_WATCH, GObject)

CrmSyncWatch *crm_sync_watch_new  (CrmSyncClient *client);
void          crm_sync_watch_stop (CrmSyncWatch  *self);

G_END_DECLS
