/* crm-reasons-group.h: an editable list of reasons kept in a GSettings key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_TYPE_REASONS_GROUP (crm_reasons_group_get_type ())

G_DECLARE_FINAL_TYPE (CrmReasonsGroup, crm_reasons_group, CRM, REASONS_GROUP, AdwPreferencesGroup)

/* Edits the string-array @key ("won-reasons", "lost-reasons") of @settings. */
void crm_reasons_group_bind (CrmReasonsGroup *self,
                             GSettings       *settings,
                             const char      *key);

G_END_DECLS
