/* crm-customers-view.h: the customer list beside the customer's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-customer-list.h"
#include "crm-customer-page.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMERS_VIEW (crm_customers_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomersView, crm_customers_view, CRM, CUSTOMERS_VIEW, AdwBin)

void             crm_customers_view_set_store         (CrmCustomersView *self,
                                                       CrmStore         *store);
void             crm_customers_view_focus_search      (CrmCustomersView *self);
void             crm_customers_view_new_customer      (CrmCustomersView *self);
void             crm_customers_view_new_contact       (CrmCustomersView *self);
void             crm_customers_view_log_activity      (CrmCustomersView *self);
void             crm_customers_view_delete_customer   (CrmCustomersView *self);
gboolean         crm_customers_view_go_back           (CrmCustomersView *self);
void             crm_customers_view_show_customer     (CrmCustomersView *self,
                                                       const char       *customer_id);
CrmCustomerList *crm_customers_view_get_list          (CrmCustomersView *self);
GtkEditable     *crm_customers_view_get_search_entry  (CrmCustomersView *self);
CrmCustomerPage *crm_customers_view_get_page          (CrmCustomersView *self);
void             crm_customers_view_open_position     (CrmCustomersView *self,
                                                       guint             position);

G_END_DECLS
