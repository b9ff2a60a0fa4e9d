/* crm-order-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_ORDER_LINE (crm_order_line_get_type ())

G_DECLARE_FINAL_TYPE (CrmOrderLine, crm_order_line, CRM, ORDER_LINE, CrmRecord)

CrmOrderLine *crm_order_line_new             (void);
const char   *crm_order_line_get_order_id    (CrmOrderLine *self);
void          crm_order_line_set_order_id    (CrmOrderLine *self,
                                              const char   *value);
const char   *crm_order_line_get_product_id  (CrmOrderLine *self);
void          crm_order_line_set_product_id  (CrmOrderLine *self,
                                              const char   *value);
const char   *crm_order_line_get_description (CrmOrderLine *self);
void          crm_order_line_set_description (CrmOrderLine *self,
                                              const char   *value);
gint64        crm_order_line_get_quantity    (CrmOrderLine *self);
void          crm_order_line_set_quantity    (CrmOrderLine *self,
                                              gint64       value);
gint64        crm_order_line_get_unit_price  (CrmOrderLine *self);
void          crm_order_line_set_unit_price  (CrmOrderLine *self,
                                              gint64       value);
gint64        crm_order_line_get_unit_cost   (CrmOrderLine *self);
void          crm_order_line_set_unit_cost   (CrmOrderLine *self,
                                              gint64       value);
int           crm_order_line_get_discount    (CrmOrderLine *self);
void          crm_order_line_set_discount    (CrmOrderLine *self,
                                              int          value);
int           crm_order_line_get_position    (CrmOrderLine *self);
void          crm_order_line_set_position    (CrmOrderLine *self,
                                              int          value);

G_END_DECLS
