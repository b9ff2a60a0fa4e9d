/* crm-contract.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTRACT (crm_contract_get_type ())

G_DECLARE_FINAL_TYPE (CrmContract, crm_contract, CRM, CONTRACT, CrmRecord)

CrmContract *crm_contract_new               (void);
const char  *crm_contract_get_customer_id   (CrmContract *self);
void         crm_contract_set_customer_id   (CrmContract *self,
                                             const char  *value);
const char  *crm_contract_get_product_id    (CrmContract *self);
void         crm_contract_set_product_id    (CrmContract *self,
                                             const char  *value);
const char  *crm_contract_get_number        (CrmContract *self);
void         crm_contract_set_number        (CrmContract *self,
                                             const char  *value);
const char  *crm_contract_get_title         (CrmContract *self);
void         crm_contract_set_title         (CrmContract *self,
                                             const char  *value);
gint64       crm_contract_get_starts_at     (CrmContract *self);
void         crm_contract_set_starts_at     (CrmContract *self,
                                             gint64      value);
gint64       crm_contract_get_ends_at       (CrmContract *self);
void         crm_contract_set_ends_at       (CrmContract *self,
                                             gint64      value);
gint64       crm_contract_get_value         (CrmContract *self);
void         crm_contract_set_value         (CrmContract *self,
                                             gint64      value);
const char  *crm_contract_get_currency      (CrmContract *self);
void         crm_contract_set_currency      (CrmContract *self,
                                             const char  *value);
int          crm_contract_get_reminder_days (CrmContract *self);
void         crm_contract_set_reminder_days (CrmContract *self,
                                             int         value);
const char  *crm_contract_get_notes         (CrmContract *self);
void         crm_contract_set_notes         (CrmContract *self,
                                             const char  *value);

G_END_DECLS
