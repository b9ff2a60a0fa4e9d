/* crm-sales-page.h: the Sales page of Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_SALES_PAGE (crm_sales_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmSalesPage, crm_sales_page, CRM, SALES_PAGE, AdwPreferencesPage)

void crm_sales_page_set_store (CrmSalesPage *self,
                               CrmStore     *store);

G_END_DECLS
