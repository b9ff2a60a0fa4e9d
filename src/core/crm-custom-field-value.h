/* crm-custom-field-value.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_CUSTOM_FIELD_VALUE (crm_custom_field_value_get_type ())

G_DECLARE_FINAL_TYPE (CrmCustomFieldValue, crm_custom_field_value, CRM, CUSTOM_FIELD_VALUE, CrmRecord)

CrmCustomFieldValue *crm_custom_field_value_new           (void);
const char          *crm_custom_field_value_get_entity    (CrmCustomFieldValue *self);
void                 crm_custom_field_value_set_entity    (CrmCustomFieldValue *self,
                                                           const char          *value);
const char          *crm_custom_field_value_get_record_id (CrmCustomFieldValue *self);
void                 crm_custom_field_value_set_record_id (CrmCustomFieldValue *self,
                                                           const char          *value);
const char          *crm_custom_field_value_get_field     (CrmCustomFieldValue *self);
void                 crm_custom_field_value_set_field     (CrmCustomFieldValue *self,
                                                           const char          *value);
const char          *crm_custom_field_value_get_value     (CrmCustomFieldValue *self);
void                 crm_custom_field_value_set_value     (CrmCustomFieldValue *self,
                                                           const char          *value);

G_END_DECLS
