/* crm-stages-group.h: the pipeline stages in Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_STAGES_GROUP (crm_stages_group_get_type ())

G_DECLARE_FINAL_TYPE (CrmStagesGroup, crm_stages_group, CRM, STAGES_GROUP, AdwPreferencesGroup)

void crm_stages_group_set_store (CrmStagesGroup *self,
                                 CrmStore       *store);

G_END_DECLS
