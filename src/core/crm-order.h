/* crm-order.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_ORDER (crm_order_get_type ())

G_DECLARE_FINAL_TYPE (CrmOrder, crm_order, CRM, ORDER, CrmRecord)

CrmOrder       *crm_order_new             (void);
const char     *crm_order_get_customer_id (CrmOrder *self);
void            crm_order_set_customer_id (CrmOrder   *self,
                                           const char *value);
const char     *crm_order_get_quote_id    (CrmOrder *self);
void            crm_order_set_quote_id    (CrmOrder   *self,
                                           const char *value);
const char     *crm_order_get_deal_id     (CrmOrder *self);
void            crm_order_set_deal_id     (CrmOrder   *self,
                                           const char *value);
const char     *crm_order_get_number      (CrmOrder *self);
void            crm_order_set_number      (CrmOrder   *self,
                                           const char *value);
CrmOrderStatus  crm_order_get_status      (CrmOrder *self);
void            crm_order_set_status      (CrmOrder       *self,
                                           CrmOrderStatus value);
gint64          crm_order_get_ordered_at  (CrmOrder *self);
void            crm_order_set_ordered_at  (CrmOrder *self,
                                           gint64   value);
const char     *crm_order_get_currency    (CrmOrder *self);
void            crm_order_set_currency    (CrmOrder   *self,
                                           const char *value);

G_END_DECLS
