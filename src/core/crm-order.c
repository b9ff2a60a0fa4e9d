/* crm-order.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-order"

#include "config.h"

#include "crm-order.h"

struct _CrmOrder
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmOrder, crm_order, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_QUOTE_ID,
  PROP_DEAL_ID,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_ORDERED_AT,
  PROP_CURRENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_order_class_init (CrmOrderClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "order";
  record_class->table = "orders";
  record_class->default_order = "ordered_at DESC";

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_QUOTE_ID] =
    g_param_spec_string ("quote-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_DEAL_ID] =
    g_param_spec_string ("deal-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_ORDER_STATUS,
                       CRM_ORDER_STATUS_OPEN, CRM_PARAM_FLAGS);
  properties[PROP_ORDERED_AT] =
    g_param_spec_int64 ("ordered-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_order_init (CrmOrder *self)
{
}

CrmOrder *
crm_order_new (void)
{
  return g_object_new (CRM_TYPE_ORDER, NULL);
}

const char *
crm_order_get_customer_id (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_order_set_customer_id (CrmOrder   *self,
                           const char *value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_order_get_quote_id (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_QUOTE_ID]);
}

void
crm_order_set_quote_id (CrmOrder   *self,
                        const char *value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_QUOTE_ID], value);
}

const char *
crm_order_get_deal_id (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DEAL_ID]);
}

void
crm_order_set_deal_id (CrmOrder   *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DEAL_ID], value);
}

const char *
crm_order_get_number (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NUMBER]);
}

void
crm_order_set_number (CrmOrder   *self,
                      const char *value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NUMBER], value);
}

CrmOrderStatus
crm_order_get_status (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_STATUS]);
}

void
crm_order_set_status (CrmOrder       *self,
                      CrmOrderStatus  value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_STATUS], value);
}

gint64
crm_order_get_ordered_at (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_ORDERED_AT]);
}

void
crm_order_set_ordered_at (CrmOrder  *self,
                          gint64     value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_ORDERED_AT], value);
}

const char *
crm_order_get_currency (CrmOrder *self)
{
  g_return_val_if_fail (CRM_IS_ORDER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_order_set_currency (CrmOrder   *self,
                        const char *value)
{
  g_return_if_fail (CRM_IS_ORDER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}
