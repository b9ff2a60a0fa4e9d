/* crm-campaign-member.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-campaign-member"

#include "config.h"

#include "crm-campaign-member.h"

struct _CrmCampaignMember
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmCampaignMember, crm_campaign_member, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CAMPAIGN_ID,
  PROP_CUSTOMER_ID,
  PROP_JOINED_AT,
  PROP_RESPONDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_campaign_member_class_init (CrmCampaignMemberClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "campaign-member";
  record_class->table = "campaign_members";
  record_class->default_order = "joined_at";

  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_JOINED_AT] =
    g_param_spec_int64 ("joined-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_RESPONDED] =
    g_param_spec_boolean ("responded", NULL, NULL, FALSE, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_campaign_member_init (CrmCampaignMember *self)
{
}

CrmCampaignMember *
crm_campaign_member_new (void)
{
  return g_object_new (CRM_TYPE_CAMPAIGN_MEMBER, NULL);
}

const char *
crm_campaign_member_get_campaign_id (CrmCampaignMember *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN_MEMBER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CAMPAIGN_ID]);
}

void
crm_campaign_member_set_campaign_id (CrmCampaignMember  *self,
                                     const char         *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN_MEMBER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CAMPAIGN_ID], value);
}

const char *
crm_campaign_member_get_customer_id (CrmCampaignMember *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN_MEMBER (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_campaign_member_set_customer_id (CrmCampaignMember  *self,
                                     const char         *value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN_MEMBER (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

gint64
crm_campaign_member_get_joined_at (CrmCampaignMember *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN_MEMBER (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_JOINED_AT]);
}

void
crm_campaign_member_set_joined_at (CrmCampaignMember  *self,
                                   gint64              value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN_MEMBER (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_JOINED_AT], value);
}

gboolean
crm_campaign_member_get_responded (CrmCampaignMember *self)
{
  g_return_val_if_fail (CRM_IS_CAMPAIGN_MEMBER (self), 0);

  return crm_record_get_boolean (CRM_RECORD (self), properties[PROP_RESPONDED]);
}

void
crm_campaign_member_set_responded (CrmCampaignMember  *self,
                                   gboolean            value)
{
  g_return_if_fail (CRM_IS_CAMPAIGN_MEMBER (self));

  crm_record_set_boolean (CRM_RECORD (self), properties[PROP_RESPONDED], value);
}
