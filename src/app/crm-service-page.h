/* crm-service-page.h: the Service page of Preferences — the queue's order,
 * the service levels and the messages to customers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_TYPE_SERVICE_PAGE (crm_service_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmServicePage, crm_service_page, CRM, SERVICE_PAGE, AdwPreferencesPage)

CrmServicePage *crm_service_page_new (void);

G_END_DECLS
