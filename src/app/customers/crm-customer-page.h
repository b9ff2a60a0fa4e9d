/* crm-customer-page.h: the Customer 360 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-conflict-banner.h"
#include "crm-contact.h"
#include "crm-customer-360.h"
#include "crm-enums.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMER_PAGE (crm_customer_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomerPage, crm_customer_page, CRM, CUSTOMER_PAGE, AdwBin)

CrmCustomerPage      *crm_customer_page_new                     (void);
void                  crm_customer_page_set_store               (CrmCustomerPage  *self,
                                                                 CrmStore         *store);
CrmStore             *crm_customer_page_get_store               (CrmCustomerPage  *self);
const char           *crm_customer_page_get_customer_id         (CrmCustomerPage  *self);
void                  crm_customer_page_set_customer_id         (CrmCustomerPage  *self,
                                                                 const char       *customer_id);
guint                 crm_customer_page_get_neglected_days      (CrmCustomerPage  *self);
void                  crm_customer_page_set_neglected_days      (CrmCustomerPage  *self,
                                                                 guint             neglected_days);
const CrmCustomer360 *crm_customer_page_get_data                (CrmCustomerPage  *self);
const char           *crm_customer_page_get_current_staff_name  (CrmCustomerPage  *self);

void                  crm_customer_page_log_activity            (CrmCustomerPage  *self);
void                  crm_customer_page_new_contact             (CrmCustomerPage  *self);
void                  crm_customer_page_delete_customer         (CrmCustomerPage  *self);

gboolean              crm_customer_page_add_activity            (CrmCustomerPage  *self,
                                                                 CrmActivityKind   kind,
                                                                 const char       *subject,
                                                                 const char       *body,
                                                                 gint64            due_at,
                                                                 GError          **error);
gboolean              crm_customer_page_save_contact            (CrmCustomerPage  *self,
                                                                 CrmContact       *contact,
                                                                 GError          **error);
void                  crm_customer_page_delete_contact          (CrmCustomerPage  *self,
                                                                 const char       *contact_id);

GtkWindow            *crm_customer_page_resolve_conflict        (CrmCustomerPage  *self);
CrmConflictBanner    *crm_customer_page_get_conflict_banner     (CrmCustomerPage  *self);

G_END_DECLS
