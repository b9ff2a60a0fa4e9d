/* crm-customer-filters.h: the sort and filter popover of the customer list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-customer-list.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMER_FILTERS (crm_customer_filters_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomerFilters, crm_customer_filters, CRM, CUSTOMER_FILTERS, GtkPopover)

void     crm_customer_filters_set_list           (CrmCustomerFilters *self,
                                                  CrmCustomerList    *list);
void     crm_customer_filters_set_staff          (CrmCustomerFilters *self,
                                                  GPtrArray          *staff);
void     crm_customer_filters_set_neglected_days (CrmCustomerFilters *self,
                                                  guint               days);
void     crm_customer_filters_invalidate         (CrmCustomerFilters *self);
gboolean crm_customer_filters_get_active         (CrmCustomerFilters *self);
void     crm_customer_filters_clear              (CrmCustomerFilters *self);

G_END_DECLS
