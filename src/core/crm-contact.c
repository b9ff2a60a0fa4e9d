/* crm-contact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-contact"

#include "config.h"

#include "crm-contact.h"

struct _CrmContact
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmContact, crm_contact, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_MOBILE,
  PROP_CITY,
  PROP_IS_PRIMARY,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_contact_class_init (CrmContactClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "contact";
  record_class->table = "contacts";
  record_class->default_order = "name COLLATE NOCASE";

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_EMAIL);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_MOBILE] =
    g_param_spec_string ("mobile", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_IS_PRIMARY] =
    g_param_spec_boolean ("is-primary", NULL, NULL, FALSE, CRM_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_contact_init (CrmContact *self)
{
}

CrmContact *
crm_contact_new (void)
{
  return g_object_new (CRM_TYPE_CONTACT, NULL);
}

const char *
crm_contact_get_customer_id (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_contact_set_customer_id (CrmContact  *self,
                             const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_contact_get_name (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_contact_set_name (CrmContact  *self,
                      const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

const char *
crm_contact_get_title (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TITLE]);
}

void
crm_contact_set_title (CrmContact  *self,
                       const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TITLE], value);
}

const char *
crm_contact_get_email (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_EMAIL]);
}

void
crm_contact_set_email (CrmContact  *self,
                       const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_EMAIL], value);
}

const char *
crm_contact_get_phone (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PHONE]);
}

void
crm_contact_set_phone (CrmContact  *self,
                       const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PHONE], value);
}

const char *
crm_contact_get_mobile (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_MOBILE]);
}

void
crm_contact_set_mobile (CrmContact  *self,
                        const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_MOBILE], value);
}

const char *
crm_contact_get_city (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CITY]);
}

void
crm_contact_set_city (CrmContact  *self,
                      const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CITY], value);
}

gboolean
crm_contact_get_is_primary (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), 0);

  return crm_record_get_boolean (CRM_RECORD (self), properties[PROP_IS_PRIMARY]);
}

void
crm_contact_set_is_primary (CrmContact  *self,
                            gboolean     value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_boolean (CRM_RECORD (self), properties[PROP_IS_PRIMARY], value);
}

const char *
crm_contact_get_notes (CrmContact *self)
{
  g_return_val_if_fail (CRM_IS_CONTACT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTES]);
}

void
crm_contact_set_notes (CrmContact  *self,
                       const char  *value)
{
  g_return_if_fail (CRM_IS_CONTACT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTES], value);
}
