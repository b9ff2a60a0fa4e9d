/* crm-staff.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-staff"

#include "config.h"

#include "crm-staff.h"

struct _CrmStaff
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmStaff, crm_staff, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ROLE,
  PROP_REGION,
  PROP_QUOTA,
  PROP_CURRENCY,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_staff_class_init (CrmStaffClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "staff";
  record_class->table = "staff";
  record_class->default_order = "name COLLATE NOCASE";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_EMAIL);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_QUOTA] =
    g_param_spec_int64 ("quota", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_staff_init (CrmStaff *self)
{
}

CrmStaff *
crm_staff_new (void)
{
  return g_object_new (CRM_TYPE_STAFF, NULL);
}

const char *
crm_staff_get_name (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_staff_set_name (CrmStaff   *self,
                    const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

const char *
crm_staff_get_email (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_EMAIL]);
}

void
crm_staff_set_email (CrmStaff   *self,
                     const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_EMAIL], value);
}

const char *
crm_staff_get_phone (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PHONE]);
}

void
crm_staff_set_phone (CrmStaff   *self,
                     const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PHONE], value);
}

const char *
crm_staff_get_role (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_ROLE]);
}

void
crm_staff_set_role (CrmStaff   *self,
                    const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_ROLE], value);
}

const char *
crm_staff_get_region (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_REGION]);
}

void
crm_staff_set_region (CrmStaff   *self,
                      const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_REGION], value);
}

gint64
crm_staff_get_quota (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_QUOTA]);
}

void
crm_staff_set_quota (CrmStaff  *self,
                     gint64     value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_QUOTA], value);
}

const char *
crm_staff_get_currency (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_staff_set_currency (CrmStaff   *self,
                        const char *value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

gboolean
crm_staff_get_active (CrmStaff *self)
{
  g_return_val_if_fail (CRM_IS_STAFF (self), 0);

  return crm_record_get_boolean (CRM_RECORD (self), properties[PROP_ACTIVE]);
}

void
crm_staff_set_active (CrmStaff  *self,
                      gboolean   value)
{
  g_return_if_fail (CRM_IS_STAFF (self));

  crm_record_set_boolean (CRM_RECORD (self), properties[PROP_ACTIVE], value);
}
