/* crm-campaign.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-campaign"

#include "config.h"

#include "crm-campaign.h"

struct _CrmCampaign
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmCampaign, crm_campaign, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CHANNEL,
  PROP_DESCRIPTION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_COST,
  PROP_CURRENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_campaign_class_init (CrmCampaignClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "campaign";
  record_class->table = "campaigns";
  record_class->default_order = "starts_at DESC";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_COST] =
    g_param_spec_int64 ("cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_campaign_init (CrmCampaign *self)
{
}

CrmCampaign *
crm_campaign_new (void)
{
  return g_object_new (CRM_TYPE_CAMPAIGN, NULL);
}

const char *
crm_campaign_get_name (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_campaign_set_name (CrmCampaign  *self,
                       const char   *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

const char *
crm_campaign_get_channel (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CHANNEL]);
}

void
crm_campaign_set_channel (CrmCampaign  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CHANNEL], value);
}

const char *
crm_campaign_get_description (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_campaign_set_description (CrmCampaign  *self,
                              const char   *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

gint64
crm_campaign_get_starts_at (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_STARTS_AT]);
}

void
crm_campaign_set_starts_at (CrmCampaign  *self,
                            gint64        value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_STARTS_AT], value);
}

gint64
crm_campaign_get_ends_at (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_ENDS_AT]);
}

void
crm_campaign_set_ends_at (CrmCampaign  *self,
                          gint64        value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_ENDS_AT], value);
}

gint64
crm_campaign_get_cost (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_COST]);
}

void
crm_campaign_set_cost (CrmCampaign  *self,
                       gint64        value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_COST], value);
}

const char *
crm_campaign_get_currency (CrmCampaign *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_campaign_set_currency (CrmCampaign  *self,
                           const char   *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}
