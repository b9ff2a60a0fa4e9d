/* crm-customer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-customer"

#include "config.h"

#include "crm-customer.h"

struct _CrmCustomer
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmCustomer, crm_customer, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_COMPANY,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_WEBSITE,
  PROP_ADDRESS,
  PROP_CITY,
  PROP_POSTAL_CODE,
  PROP_COUNTRY,
  PROP_REGION,
  PROP_SEGMENT,
  PROP_OWNER_ID,
  PROP_LOYALTY_POINTS,
  PROP_NOTES,
  PROP_IMPORTANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_customer_class_init (CrmCustomerClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "customer";
  record_class->table = "customers";
  record_class->default_order = "name COLLATE NOCASE";

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CRM_TYPE_CUSTOMER_KIND,
                       CRM_CUSTOMER_KIND_COMPANY, CRM_PARAM_FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_EMAIL);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_LOYALTY_POINTS] =
    g_param_spec_int64 ("loyalty-points", NULL, NULL, 0, G_MAXINT64, 0, CRM_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  /* 0 normal, 1 important, 2 key account: the service queue serves the
   * more important customers first. */
  properties[PROP_IMPORTANCE] =
    g_param_spec_int ("importance", NULL, NULL, 0, 2, 0, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_customer_init (CrmCustomer *self)
{
}

CrmCustomer *
crm_customer_new (void)
{
  return g_object_new (CRM_TYPE_CUSTOMER, NULL);
}

CrmCustomerKind
crm_customer_get_kind (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_KIND]);
}

void
crm_customer_set_kind (CrmCustomer     *self,
                       CrmCustomerKind  value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_KIND], value);
}

const char *
crm_customer_get_name (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_customer_set_name (CrmCustomer  *self,
                       const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

const char *
crm_customer_get_company (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_COMPANY]);
}

void
crm_customer_set_company (CrmCustomer  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_COMPANY], value);
}

const char *
crm_customer_get_email (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_EMAIL]);
}

void
crm_customer_set_email (CrmCustomer  *self,
                        const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_EMAIL], value);
}

const char *
crm_customer_get_phone (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PHONE]);
}

void
crm_customer_set_phone (CrmCustomer  *self,
                        const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PHONE], value);
}

const char *
crm_customer_get_website (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_WEBSITE]);
}

void
crm_customer_set_website (CrmCustomer  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_WEBSITE], value);
}

const char *
crm_customer_get_address (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_ADDRESS]);
}

void
crm_customer_set_address (CrmCustomer  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_ADDRESS], value);
}

const char *
crm_customer_get_city (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CITY]);
}

void
crm_customer_set_city (CrmCustomer  *self,
                       const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CITY], value);
}

const char *
crm_customer_get_postal_code (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_POSTAL_CODE]);
}

void
crm_customer_set_postal_code (CrmCustomer  *self,
                              const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_POSTAL_CODE], value);
}

const char *
crm_customer_get_country (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_COUNTRY]);
}

void
crm_customer_set_country (CrmCustomer  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_COUNTRY], value);
}

const char *
crm_customer_get_region (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_REGION]);
}

void
crm_customer_set_region (CrmCustomer  *self,
                         const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_REGION], value);
}

const char *
crm_customer_get_segment (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_SEGMENT]);
}

void
crm_customer_set_segment (CrmCustomer  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_SEGMENT], value);
}

const char *
crm_customer_get_owner_id (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_OWNER_ID]);
}

void
crm_customer_set_owner_id (CrmCustomer  *self,
                           const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_OWNER_ID], value);
}

gint64
crm_customer_get_loyalty_points (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_LOYALTY_POINTS]);
}

void
crm_customer_set_loyalty_points (CrmCustomer  *self,
                                 gint64        value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_LOYALTY_POINTS], value);
}

const char *
crm_customer_get_notes (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTES]);
}

void
crm_customer_set_notes (CrmCustomer  *self,
                        const char   *value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTES], value);
}

int
crm_customer_get_importance (CrmCustomer *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_IMPORTANCE]);
}

void
crm_customer_set_importance (CrmCustomer *self,
                             int          value)
{
  g_return_if_fail (CRM_IS_CUSTOMER (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_IMPORTANCE], value);
}
