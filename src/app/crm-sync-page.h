/* crm-sync-page.h: the Preferences page that sets up sync with a server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_TYPE_SYNC_PAGE (crm_sync_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmSyncPage, crm_sync_page, CRM, SYNC_PAGE, AdwPreferencesPage)

GtkEditable *crm_sync_page_get_address_entry  (CrmSyncPage *self);
GtkEditable *crm_sync_page_get_user_entry     (CrmSyncPage *self);
GtkEditable *crm_sync_page_get_password_entry (CrmSyncPage *self);
const char  *crm_sync_page_get_status         (CrmSyncPage *self);
gboolean     crm_sync_page_get_busy           (CrmSyncPage *self);

G_END_DECLS
