/* crm-customer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOMER (crm_customer_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomer, crm_customer, CRM, CUSTOMER, CrmRecord)

CrmCustomer     *crm_customer_new                (void);
CrmCustomerKind  crm_customer_get_kind           (CrmCustomer *self);
void             crm_customer_set_kind           (CrmCustomer     *self,
                                                  CrmCustomerKind value);
const char      *crm_customer_get_name           (CrmCustomer *self);
void             crm_customer_set_name           (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_company        (CrmCustomer *self);
void             crm_customer_set_company        (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_email          (CrmCustomer *self);
void             crm_customer_set_email          (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_phone          (CrmCustomer *self);
void             crm_customer_set_phone          (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_website        (CrmCustomer *self);
void             crm_customer_set_website        (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_address        (CrmCustomer *self);
void             crm_customer_set_address        (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_city           (CrmCustomer *self);
void             crm_customer_set_city           (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_postal_code    (CrmCustomer *self);
void             crm_customer_set_postal_code    (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_country        (CrmCustomer *self);
void             crm_customer_set_country        (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_region         (CrmCustomer *self);
void             crm_customer_set_region         (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_segment        (CrmCustomer *self);
void             crm_customer_set_segment        (CrmCustomer *self,
                                                  const char  *value);
const char      *crm_customer_get_owner_id       (CrmCustomer *self);
void             crm_customer_set_owner_id       (CrmCustomer *self,
                                                  const char  *value);
gint64           crm_customer_get_loyalty_points (CrmCustomer *self);
void             crm_customer_set_loyalty_points (CrmCustomer *self,
                                                  gint64      value);
const char      *crm_customer_get_notes          (CrmCustomer *self);
void             crm_customer_set_notes          (CrmCustomer *self,
                                                  const char  *value);
int              crm_customer_get_importance     (CrmCustomer *self);
void             crm_customer_set_importance     (CrmCustomer *self,
                                                  int          value);

G_END_DECLS
