/* crm-campaign-member.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_CAMPAIGN_MEMBER (crm_campaign_member_get_type ())

G_DECLARE_FINAL_TYPE (CrmCampaignMember, crm_campaign_member, CRM, CAMPAIGN_MEMBER, CrmRecord)

CrmCampaignMember *crm_campaign_member_new             (void);
const char        *crm_campaign_member_get_campaign_id (CrmCampaignMember *self);
void               crm_campaign_member_set_campaign_id (CrmCampaignMember *self,
                                                        const char        *value);
const char        *crm_campaign_member_get_customer_id (CrmCampaignMember *self);
void               crm_campaign_member_set_customer_id (CrmCampaignMember *self,
                                                        const char        *value);
gint64             crm_campaign_member_get_joined_at   (CrmCampaignMember *self);
void               crm_campaign_member_set_joined_at   (CrmCampaignMember *self,
                                                        gint64            value);
gboolean           crm_campaign_member_get_responded   (CrmCampaignMember *self);
void               crm_campaign_member_set_responded   (CrmCampaignMember *self,
                                                        gboolean          value);

G_END_DECLS
