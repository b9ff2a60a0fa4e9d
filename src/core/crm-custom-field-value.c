/* crm-custom-field-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-custom-field-value"

#include "config.h"

#include "crm-custom-field-value.h"

struct _CrmCustomFieldValue
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmCustomFieldValue, crm_custom_field_value, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTITY,
  PROP_RECORD_ID,
  PROP_FIELD,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_custom_field_value_class_init (CrmCustomFieldValueClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "custom-field-value";
  record_class->table = "custom_field_values";
  record_class->default_order = "field";

  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_custom_field_value_init (CrmCustomFieldValue *self)
{
}

CrmCustomFieldValue *
crm_custom_field_value_new (void)
{
  return g_object_new (CRM_TYPE_CUSTOM_FIELD_VALUE, NULL);
}

const char *
crm_custom_field_value_get_entity (CrmCustomFieldValue *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_ENTITY]);
}

void
crm_custom_field_value_set_entity (CrmCustomFieldValue  *self,
                                   const char           *value)
{
  g_return_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_ENTITY], value);
}

const char *
crm_custom_field_value_get_record_id (CrmCustomFieldValue *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_RECORD_ID]);
}

void
crm_custom_field_value_set_record_id (CrmCustomFieldValue  *self,
                                      const char           *value)
{
  g_return_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_RECORD_ID], value);
}

const char *
crm_custom_field_value_get_field (CrmCustomFieldValue *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_FIELD]);
}

void
crm_custom_field_value_set_field (CrmCustomFieldValue  *self,
                                  const char           *value)
{
  g_return_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_FIELD], value);
}

const char *
crm_custom_field_value_get_value (CrmCustomFieldValue *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_VALUE]);
}

void
crm_custom_field_value_set_value (CrmCustomFieldValue  *self,
                                  const char           *value)
{
  g_return_if_fail (CRM_IS_CUSTOM_FIELD_VALUE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_VALUE], value);
}
