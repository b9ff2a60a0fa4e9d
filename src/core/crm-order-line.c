/* crm-order-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-order-line"

#include "config.h"

#include "crm-order-line.h"

struct _CrmOrderLine
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmOrderLine, crm_order_line, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORDER_ID,
  PROP_PRODUCT_ID,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_UNIT_PRICE,
  PROP_UNIT_COST,
  PROP_DISCOUNT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_order_line_class_init (CrmOrderLineClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "order-line";
  record_class->table = "order_lines";
  record_class->default_order = "position";

  properties[PROP_ORDER_ID] =
    g_param_spec_string ("order-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_PRODUCT_ID] =
    g_param_spec_string ("product-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, 0, G_MAXINT64, 0, CRM_PARAM_FLAGS);
  properties[PROP_UNIT_PRICE] =
    g_param_spec_int64 ("unit-price", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_UNIT_COST] =
    g_param_spec_int64 ("unit-cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_DISCOUNT] =
    g_param_spec_int ("discount", NULL, NULL, 0, 10000, 0, CRM_PARAM_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_order_line_init (CrmOrderLine *self)
{
}

CrmOrderLine *
crm_order_line_new (void)
{
  return g_object_new (CRM_TYPE_ORDER_LINE, NULL);
}

const char *
crm_order_line_get_order_id (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_ORDER_ID]);
}

void
crm_order_line_set_order_id (CrmOrderLine  *self,
                             const char    *value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_ORDER_ID], value);
}

const char *
crm_order_line_get_product_id (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID]);
}

void
crm_order_line_set_product_id (CrmOrderLine  *self,
                               const char    *value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID], value);
}

const char *
crm_order_line_get_description (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_order_line_set_description (CrmOrderLine  *self,
                                const char    *value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

gint64
crm_order_line_get_quantity (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_QUANTITY]);
}

void
crm_order_line_set_quantity (CrmOrderLine  *self,
                             gint64         value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_QUANTITY], value);
}

gint64
crm_order_line_get_unit_price (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE]);
}

void
crm_order_line_set_unit_price (CrmOrderLine  *self,
                               gint64         value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE], value);
}

gint64
crm_order_line_get_unit_cost (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST]);
}

void
crm_order_line_set_unit_cost (CrmOrderLine  *self,
                              gint64         value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST], value);
}

int
crm_order_line_get_discount (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_DISCOUNT]);
}

void
crm_order_line_set_discount (CrmOrderLine  *self,
                             int            value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_DISCOUNT], value);
}

int
crm_order_line_get_position (CrmOrderLine *self)
{
  g_return_val_if_fail (CRM_IS_ORDER_LINE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_POSITION]);
}

void
crm_order_line_set_position (CrmOrderLine  *self,
                             int            value)
{
  g_return_if_fail (CRM_IS_ORDER_LINE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_POSITION], value);
}
