/* crm-product.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-product"

#include "config.h"

#include "crm-product.h"

struct _CrmProduct
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmProduct, crm_product, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SKU,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_UNIT_PRICE,
  PROP_UNIT_COST,
  PROP_CURRENCY,
  PROP_LOYALTY_POINTS,
  PROP_REPURCHASE_DAYS,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_product_class_init (CrmProductClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "product";
  record_class->table = "products";
  record_class->default_order = "name COLLATE NOCASE";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_SKU] =
    g_param_spec_string ("sku", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_UNIT_PRICE] =
    g_param_spec_int64 ("unit-price", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_UNIT_COST] =
    g_param_spec_int64 ("unit-cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_LOYALTY_POINTS] =
    g_param_spec_int64 ("loyalty-points", NULL, NULL, 0, G_MAXINT64, 0, CRM_PARAM_FLAGS);
  properties[PROP_REPURCHASE_DAYS] =
    g_param_spec_int ("repurchase-days", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_product_init (CrmProduct *self)
{
}

CrmProduct *
crm_product_new (void)
{
  return g_object_new (CRM_TYPE_PRODUCT, NULL);
}

const char *
crm_product_get_name (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_product_set_name (CrmProduct  *self,
                      const char  *value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

const char *
crm_product_get_sku (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_SKU]);
}

void
crm_product_set_sku (CrmProduct  *self,
                     const char  *value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_SKU], value);
}

const char *
crm_product_get_category (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CATEGORY]);
}

void
crm_product_set_category (CrmProduct  *self,
                          const char  *value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CATEGORY], value);
}

const char *
crm_product_get_description (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_product_set_description (CrmProduct  *self,
                             const char  *value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

gint64
crm_product_get_unit_price (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE]);
}

void
crm_product_set_unit_price (CrmProduct  *self,
                            gint64       value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE], value);
}

gint64
crm_product_get_unit_cost (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST]);
}

void
crm_product_set_unit_cost (CrmProduct  *self,
                           gint64       value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST], value);
}

const char *
crm_product_get_currency (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_product_set_currency (CrmProduct  *self,
                          const char  *value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

gint64
crm_product_get_loyalty_points (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_LOYALTY_POINTS]);
}

void
crm_product_set_loyalty_points (CrmProduct  *self,
                                gint64       value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_LOYALTY_POINTS], value);
}

int
crm_product_get_repurchase_days (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_REPURCHASE_DAYS]);
}

void
crm_product_set_repurchase_days (CrmProduct  *self,
                                 int          value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_REPURCHASE_DAYS], value);
}

gboolean
crm_product_get_active (CrmProduct *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT (self), 0);

  return crm_record_get_boolean (CRM_RECORD (self), properties[PROP_ACTIVE]);
}

void
crm_product_set_active (CrmProduct  *self,
                        gboolean     value)
{
  g_return_if_fail (CRM_IS_PRODUCT (self));

  crm_record_set_boolean (CRM_RECORD (self), properties[PROP_ACTIVE], value);
}
