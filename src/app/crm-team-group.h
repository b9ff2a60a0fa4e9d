/* crm-team-group.h: the sales team and their quotas in Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_TEAM_GROUP (crm_team_group_get_type ())

G_DECLARE_FINAL_TYPE (CrmTeamGroup, crm_team_group, CRM, TEAM_GROUP, AdwPreferencesGroup)

void crm_team_group_set_store (CrmTeamGroup *self,
                               CrmStore     *store);

G_END_DECLS
