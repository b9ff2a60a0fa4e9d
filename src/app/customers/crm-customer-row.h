/* crm-customer-row.h: one customer in the customer list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-customer.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMER_ROW (crm_customer_row_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomerRow, crm_customer_row, CRM, CUSTOMER_ROW, GtkWidget)

CrmCustomerRow *crm_customer_row_new    (void);
void            crm_customer_row_update (CrmCustomerRow *self,
                                         CrmCustomer    *customer,
                                         const char     *owner_name,
                                         gint64          last_contact_at,
                                         gboolean        neglected);
void            crm_customer_row_clear  (CrmCustomerRow *self);

G_END_DECLS
