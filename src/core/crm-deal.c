/* crm-deal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-deal"

#include "config.h"

#include "crm-deal.h"

struct _CrmDeal
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmDeal, crm_deal, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_CONTACT_ID,
  PROP_TITLE,
  PROP_STAGE_ID,
  PROP_OWNER_ID,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_EXPECTED_CLOSE_AT,
  PROP_STAGE_ENTERED_AT,
  PROP_CLOSED_AT,
  PROP_CLOSE_REASON,
  PROP_CAMPAIGN_ID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_deal_class_init (CrmDealClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "deal";
  record_class->table = "deals";
  record_class->default_order = "expected_close_at";

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_CONTACT_ID] =
    g_param_spec_string ("contact-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_STAGE_ID] =
    g_param_spec_string ("stage-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_EXPECTED_CLOSE_AT] =
    g_param_spec_int64 ("expected-close-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_STAGE_ENTERED_AT] =
    g_param_spec_int64 ("stage-entered-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_CLOSED_AT] =
    g_param_spec_int64 ("closed-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_CLOSE_REASON] =
    g_param_spec_string ("close-reason", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_deal_init (CrmDeal *self)
{
}

CrmDeal *
crm_deal_new (void)
{
  return g_object_new (CRM_TYPE_DEAL, NULL);
}

const char *
crm_deal_get_customer_id (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_deal_set_customer_id (CrmDeal    *self,
                          const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_deal_get_contact_id (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CONTACT_ID]);
}

void
crm_deal_set_contact_id (CrmDeal    *self,
                         const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CONTACT_ID], value);
}

const char *
crm_deal_get_title (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TITLE]);
}

void
crm_deal_set_title (CrmDeal    *self,
                    const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TITLE], value);
}

const char *
crm_deal_get_stage_id (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_STAGE_ID]);
}

void
crm_deal_set_stage_id (CrmDeal    *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_STAGE_ID], value);
}

const char *
crm_deal_get_owner_id (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_OWNER_ID]);
}

void
crm_deal_set_owner_id (CrmDeal    *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_OWNER_ID], value);
}

gint64
crm_deal_get_amount (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_AMOUNT]);
}

void
crm_deal_set_amount (CrmDeal  *self,
                     gint64    value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_AMOUNT], value);
}

const char *
crm_deal_get_currency (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_deal_set_currency (CrmDeal    *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

gint64
crm_deal_get_expected_close_at (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_EXPECTED_CLOSE_AT]);
}

void
crm_deal_set_expected_close_at (CrmDeal  *self,
                                gint64    value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_EXPECTED_CLOSE_AT], value);
}

gint64
crm_deal_get_stage_entered_at (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_STAGE_ENTERED_AT]);
}

void
crm_deal_set_stage_entered_at (CrmDeal  *self,
                               gint64    value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_STAGE_ENTERED_AT], value);
}

gint64
crm_deal_get_closed_at (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_CLOSED_AT]);
}

void
crm_deal_set_closed_at (CrmDeal  *self,
                        gint64    value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_CLOSED_AT], value);
}

const char *
crm_deal_get_close_reason (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CLOSE_REASON]);
}

void
crm_deal_set_close_reason (CrmDeal    *self,
                           const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CLOSE_REASON], value);
}

const char *
crm_deal_get_campaign_id (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CAMPAIGN_ID]);
}

void
crm_deal_set_campaign_id (CrmDeal    *self,
                          const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CAMPAIGN_ID], value);
}

const char *
crm_deal_get_notes (CrmDeal *self)
{
  g_return_val_if_fail (CRM_IS_DEAL (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTES]);
}

void
crm_deal_set_notes (CrmDeal    *self,
                    const char *value)
{
  g_return_if_fail (CRM_IS_DEAL (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTES], value);
}
