/* crm-staff-dialog.h: a person of the team, their contact and quota
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-staff.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_STAFF_DIALOG (crm_staff_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmStaffDialog, crm_staff_dialog, CRM, STAFF_DIALOG, AdwWindow)

CrmStaffDialog *crm_staff_dialog_new (GtkWindow  *parent,
                                      CrmStore   *store,
                                      CrmStaff   *staff,
                                      const char *currency);

G_END_DECLS
