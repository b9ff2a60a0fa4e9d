/* crm-customer-list.h: a lazy list of customers for any sort, filter or search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-customer.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef enum {
  CRM_CUSTOMER_SORT_NAME,
  CRM_CUSTOMER_SORT_REVENUE,
  CRM_CUSTOMER_SORT_LAST_CONTACT,
} CrmCustomerSort;

#define CRM_TYPE_CUSTOMER_SORT (crm_customer_sort_get_type ())
#define CRM_TYPE_CUSTOMER_LIST (crm_customer_list_get_type ())

GType crm_customer_sort_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (CrmCustomerList, crm_customer_list, CRM, CUSTOMER_LIST, GObject)

CrmCustomerList *crm_customer_list_new                (CrmStore         *store);
CrmStore        *crm_customer_list_get_store          (CrmCustomerList  *self);
const char      *crm_customer_list_get_search         (CrmCustomerList  *self);
void             crm_customer_list_set_search         (CrmCustomerList  *self,
                                                       const char       *search);
CrmCustomerSort  crm_customer_list_get_sort           (CrmCustomerList  *self);
void             crm_customer_list_set_sort           (CrmCustomerList  *self,
                                                       CrmCustomerSort   sort);
const char      *crm_customer_list_get_segment        (CrmCustomerList  *self);
void             crm_customer_list_set_segment        (CrmCustomerList  *self,
                                                       const char       *segment);
const char      *crm_customer_list_get_region         (CrmCustomerList  *self);
void             crm_customer_list_set_region         (CrmCustomerList  *self,
                                                       const char       *region);
const char      *crm_customer_list_get_owner_id       (CrmCustomerList  *self);
void             crm_customer_list_set_owner_id       (CrmCustomerList  *self,
                                                       const char       *owner_id);
guint            crm_customer_list_get_neglected_days (CrmCustomerList  *self);
void             crm_customer_list_set_neglected_days (CrmCustomerList  *self,
                                                       guint             days);
guint            crm_customer_list_get_search_limit   (CrmCustomerList  *self);
void             crm_customer_list_set_search_limit   (CrmCustomerList  *self,
                                                       guint             limit);
gboolean         crm_customer_list_refresh            (CrmCustomerList  *self,
                                                       GError          **error);
guint            crm_customer_list_find               (CrmCustomerList  *self,
                                                       const char       *customer_id);
GStrv            crm_customer_list_distinct_values    (CrmCustomerList  *self,
                                                       const char       *property,
                                                       GError          **error);

G_END_DECLS
