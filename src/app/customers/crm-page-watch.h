/* crm-page-watch.h: tells the customer page when what it shows has changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-customer-360.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_PAGE_WATCH (crm_page_watch_get_type ())

G_DECLARE_FINAL_TYPE (CrmPageWatch, crm_page_watch, CRM, PAGE_WATCH, GObject)

CrmPageWatch *crm_page_watch_new          (void);
void          crm_page_watch_set_store    (CrmPageWatch         *self,
                                           CrmStore             *store);
void          crm_page_watch_set_customer (CrmPageWatch         *self,
                                           const char           *customer_id,
                                           const CrmCustomer360 *shown);
void          crm_page_watch_cancel       (CrmPageWatch         *self);

G_END_DECLS
