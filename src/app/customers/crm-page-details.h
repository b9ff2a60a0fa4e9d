/* crm-page-details.h: a customer's fields, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-customer.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_PAGE_DETAILS (crm_page_details_get_type ())

G_DECLARE_FINAL_TYPE (CrmPageDetails, crm_page_details, CRM, PAGE_DETAILS, AdwPreferencesGroup)

void     crm_page_details_set_store    (CrmPageDetails *self,
                                        CrmStore       *store);
void     crm_page_details_set_customer (CrmPageDetails *self,
                                        CrmCustomer    *customer,
                                        GPtrArray      *staff);
gboolean crm_page_details_save         (CrmPageDetails *self);

G_END_DECLS
