/* crm-customer-page.h: the Customer 360 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMER_PAGE (crm_customer_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomerPage, crm_customer_page, CRM, CUSTOMER_PAGE, AdwBin)

CrmCustomerPage *crm_customer_page_new             (void);
void             crm_customer_page_set_store       (CrmCustomerPage *self,
                                                    CrmStore        *store);
const char      *crm_customer_page_get_customer_id (CrmCustomerPage *self);
void             crm_customer_page_set_customer_id (CrmCustomerPage *self,
                                                    const char      *customer_id);
void             crm_customer_page_log_activity    (CrmCustomerPage *self);
void             crm_customer_page_new_contact     (CrmCustomerPage *self);
void             crm_customer_page_delete_customer (CrmCustomerPage *self);

G_END_DECLS
