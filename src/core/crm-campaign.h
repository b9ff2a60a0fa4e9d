/* crm-campaign.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_CAMPAIGN (crm_campaign_get_type ())

G_DECLARE_FINAL_TYPE (CrmCampaign, crm_campaign, CRM, CAMPAIGN, CrmRecord)

CrmCampaign *crm_campaign_new             (void);
const char  *crm_campaign_get_name        (CrmCampaign *self);
void         crm_campaign_set_name        (CrmCampaign *self,
                                           const char  *value);
const char  *crm_campaign_get_channel     (CrmCampaign *self);
void         crm_campaign_set_channel     (CrmCampaign *self,
                                           const char  *value);
const char  *crm_campaign_get_description (CrmCampaign *self);
void         crm_campaign_set_description (CrmCampaign *self,
                                           const char  *value);
gint64       crm_campaign_get_starts_at   (CrmCampaign *self);
void         crm_campaign_set_starts_at   (CrmCampaign *self,
                                           gint64      value);
gint64       crm_campaign_get_ends_at     (CrmCampaign *self);
void         crm_campaign_set_ends_at     (CrmCampaign *self,
                                           gint64      value);
gint64       crm_campaign_get_cost        (CrmCampaign *self);
void         crm_campaign_set_cost        (CrmCampaign *self,
                                           gint64      value);
const char  *crm_campaign_get_currency    (CrmCampaign *self);
void         crm_campaign_set_currency    (CrmCampaign *self,
                                           const char  *value);

G_END_DECLS
