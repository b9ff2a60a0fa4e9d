/* crm-quote.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-quote"

#include "config.h"

#include "crm-quote.h"

struct _CrmQuote
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmQuote, crm_quote, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_DEAL_ID,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_ISSUED_AT,
  PROP_VALID_UNTIL,
  PROP_CURRENCY,
  PROP_TAX_RATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_quote_class_init (CrmQuoteClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "quote";
  record_class->table = "quotes";
  record_class->default_order = "issued_at DESC";

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_DEAL_ID] =
    g_param_spec_string ("deal-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_QUOTE_STATUS,
                       CRM_QUOTE_STATUS_DRAFT, CRM_PARAM_FLAGS);
  properties[PROP_ISSUED_AT] =
    g_param_spec_int64 ("issued-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_VALID_UNTIL] =
    g_param_spec_int64 ("valid-until", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_TAX_RATE] =
    g_param_spec_int ("tax-rate", NULL, NULL, 0, 100000, 0, CRM_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_quote_init (CrmQuote *self)
{
}

CrmQuote *
crm_quote_new (void)
{
  return g_object_new (CRM_TYPE_QUOTE, NULL);
}

const char *
crm_quote_get_customer_id (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_quote_set_customer_id (CrmQuote   *self,
                           const char *value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_quote_get_deal_id (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DEAL_ID]);
}

void
crm_quote_set_deal_id (CrmQuote   *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DEAL_ID], value);
}

const char *
crm_quote_get_number (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NUMBER]);
}

void
crm_quote_set_number (CrmQuote   *self,
                      const char *value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NUMBER], value);
}

CrmQuoteStatus
crm_quote_get_status (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_STATUS]);
}

void
crm_quote_set_status (CrmQuote       *self,
                      CrmQuoteStatus  value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_STATUS], value);
}

gint64
crm_quote_get_issued_at (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_ISSUED_AT]);
}

void
crm_quote_set_issued_at (CrmQuote  *self,
                         gint64     value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_ISSUED_AT], value);
}

gint64
crm_quote_get_valid_until (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_VALID_UNTIL]);
}

void
crm_quote_set_valid_until (CrmQuote  *self,
                           gint64     value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_VALID_UNTIL], value);
}

const char *
crm_quote_get_currency (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_quote_set_currency (CrmQuote   *self,
                        const char *value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

int
crm_quote_get_tax_rate (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_TAX_RATE]);
}

void
crm_quote_set_tax_rate (CrmQuote  *self,
                        int        value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_TAX_RATE], value);
}

const char *
crm_quote_get_notes (CrmQuote *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTES]);
}

void
crm_quote_set_notes (CrmQuote   *self,
                     const char *value)
{
  g_return_if_fail (CRM_IS_QUOTE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTES], value);
}
