/* crm-product.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_PRODUCT (crm_product_get_type ())

G_DECLARE_FINAL_TYPE (CrmProduct, crm_product, CRM, PRODUCT, CrmRecord)

CrmProduct *crm_product_new                 (void);
const char *crm_product_get_name            (CrmProduct *self);
void        crm_product_set_name            (CrmProduct *self,
                                             const char *value);
const char *crm_product_get_sku             (CrmProduct *self);
void        crm_product_set_sku             (CrmProduct *self,
                                             const char *value);
const char *crm_product_get_category        (CrmProduct *self);
void        crm_product_set_category        (CrmProduct *self,
                                             const char *value);
const char *crm_product_get_description     (CrmProduct *self);
void        crm_product_set_description     (CrmProduct *self,
                                             const char *value);
gint64      crm_product_get_unit_price      (CrmProduct *self);
void        crm_product_set_unit_price      (CrmProduct *self,
                                             gint64     value);
gint64      crm_product_get_unit_cost       (CrmProduct *self);
void        crm_product_set_unit_cost       (CrmProduct *self,
                                             gint64     value);
const char *crm_product_get_currency        (CrmProduct *self);
void        crm_product_set_currency        (CrmProduct *self,
                                             const char *value);
gint64      crm_product_get_loyalty_points  (CrmProduct *self);
void        crm_product_set_loyalty_points  (CrmProduct *self,
                                             gint64     value);
int         crm_product_get_repurchase_days (CrmProduct *self);
void        crm_product_set_repurchase_days (CrmProduct *self,
                                             int        value);
gboolean    crm_product_get_active          (CrmProduct *self);
void        crm_product_set_active          (CrmProduct *self,
                                             gboolean   value);

G_END_DECLS
