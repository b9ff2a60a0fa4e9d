/* crm-conflict-banner.h: tells that a customer was edited in two places at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-customer-360.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONFLICT_BANNER (crm_conflict_banner_get_type ())

G_DECLARE_FINAL_TYPE (CrmConflictBanner, crm_conflict_banner, CRM, CONFLICT_BANNER, AdwBin)

void        crm_conflict_banner_update       (CrmConflictBanner    *self,
                                              CrmStore             *store,
                                              const CrmCustomer360 *data);
gboolean    crm_conflict_banner_get_revealed (CrmConflictBanner    *self);
const char *crm_conflict_banner_get_title    (CrmConflictBanner    *self);
const char *crm_conflict_banner_get_record   (CrmConflictBanner    *self,
                                              GType                *type);

G_END_DECLS
