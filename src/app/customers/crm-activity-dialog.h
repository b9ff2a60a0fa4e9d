/* crm-activity-dialog.h: logs a call, meeting, visit, email, SMS, note or task
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-customer-page.h"

G_BEGIN_DECLS

#define CRM_TYPE_ACTIVITY_DIALOG (crm_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmActivityDialog, crm_activity_dialog, CRM, ACTIVITY_DIALOG, AdwWindow)

CrmActivityDialog *crm_activity_dialog_new          (CrmCustomerPage  *page,
                                                     CrmActivityKind   kind);
CrmActivityDialog *crm_activity_dialog_new_for_deal (GtkWindow        *parent,
                                                     CrmStore         *store,
                                                     const char       *deal_id,
                                                     CrmActivityKind   kind,
                                                     GError          **error);

G_END_DECLS
