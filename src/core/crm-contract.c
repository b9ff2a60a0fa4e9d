/* crm-contract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-contract"

#include "config.h"

#include "crm-contract.h"

struct _CrmContract
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmContract, crm_contract, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_PRODUCT_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_VALUE,
  PROP_CURRENCY,
  PROP_REMINDER_DAYS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_contract_class_init (CrmContractClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "contract";
  record_class->table = "contracts";
  record_class->default_order = "ends_at";

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_PRODUCT_ID] =
    g_param_spec_string ("product-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_REMINDER_DAYS] =
    g_param_spec_int ("reminder-days", NULL, NULL, 0, 3650, 0, CRM_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_contract_init (CrmContract *self)
{
}

CrmContract *
crm_contract_new (void)
{
  return g_object_new (CRM_TYPE_CONTRACT, NULL);
}

const char *
crm_contract_get_customer_id (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_contract_set_customer_id (CrmContract  *self,
                              const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_contract_get_product_id (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID]);
}

void
crm_contract_set_product_id (CrmContract  *self,
                             const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID], value);
}

const char *
crm_contract_get_number (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NUMBER]);
}

void
crm_contract_set_number (CrmContract  *self,
                         const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NUMBER], value);
}

const char *
crm_contract_get_title (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TITLE]);
}

void
crm_contract_set_title (CrmContract  *self,
                        const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TITLE], value);
}

gint64
crm_contract_get_starts_at (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_STARTS_AT]);
}

void
crm_contract_set_starts_at (CrmContract  *self,
                            gint64        value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_STARTS_AT], value);
}

gint64
crm_contract_get_ends_at (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_ENDS_AT]);
}

void
crm_contract_set_ends_at (CrmContract  *self,
                          gint64        value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_ENDS_AT], value);
}

gint64
crm_contract_get_value (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_VALUE]);
}

void
crm_contract_set_value (CrmContract  *self,
                        gint64        value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_VALUE], value);
}

const char *
crm_contract_get_currency (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_contract_set_currency (CrmContract  *self,
                           const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

int
crm_contract_get_reminder_days (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_REMINDER_DAYS]);
}

void
crm_contract_set_reminder_days (CrmContract  *self,
                                int           value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_REMINDER_DAYS], value);
}

const char *
crm_contract_get_notes (CrmContract *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTES]);
}

void
crm_contract_set_notes (CrmContract  *self,
                        const char   *value)
{
  g_return_if_fail (CRM_IS_CONTRACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTES], value);
}
