/* crm-sync-indicator.h: the state of sync, in the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-sync-service.h"

G_BEGIN_DECLS

#define CRM_TYPE_SYNC_INDICATOR (crm_sync_indicator_get_type ())

G_DECLARE_FINAL_TYPE (CrmSyncIndicator, crm_sync_indicator, CRM, SYNC_INDICATOR, AdwBin)

CrmSyncIndicator *crm_sync_indicator_new          (void);
CrmSyncService   *crm_sync_indicator_get_service  (CrmSyncIndicator *self);
void              crm_sync_indicator_set_service  (CrmSyncIndicator *self,
                                                   CrmSyncService   *service);
void              crm_sync_indicator_show_details (CrmSyncIndicator *self);
const char       *crm_sync_indicator_get_details  (CrmSyncIndicator *self);

G_END_DECLS
