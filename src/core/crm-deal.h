/* crm-deal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_DEAL (crm_deal_get_type ())

G_DECLARE_FINAL_TYPE (CrmDeal, crm_deal, CRM, DEAL, CrmRecord)

CrmDeal    *crm_deal_new                   (void);
const char *crm_deal_get_customer_id       (CrmDeal *self);
void        crm_deal_set_customer_id       (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_contact_id        (CrmDeal *self);
void        crm_deal_set_contact_id        (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_title             (CrmDeal *self);
void        crm_deal_set_title             (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_stage_id          (CrmDeal *self);
void        crm_deal_set_stage_id          (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_owner_id          (CrmDeal *self);
void        crm_deal_set_owner_id          (CrmDeal    *self,
                                            const char *value);
gint64      crm_deal_get_amount            (CrmDeal *self);
void        crm_deal_set_amount            (CrmDeal *self,
                                            gint64  value);
const char *crm_deal_get_currency          (CrmDeal *self);
void        crm_deal_set_currency          (CrmDeal    *self,
                                            const char *value);
gint64      crm_deal_get_expected_close_at (CrmDeal *self);
void        crm_deal_set_expected_close_at (CrmDeal *self,
                                            gint64  value);
gint64      crm_deal_get_stage_entered_at  (CrmDeal *self);
void        crm_deal_set_stage_entered_at  (CrmDeal *self,
                                            gint64  value);
gint64      crm_deal_get_closed_at         (CrmDeal *self);
void        crm_deal_set_closed_at         (CrmDeal *self,
                                            gint64  value);
const char *crm_deal_get_close_reason      (CrmDeal *self);
void        crm_deal_set_close_reason      (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_campaign_id       (CrmDeal *self);
void        crm_deal_set_campaign_id       (CrmDeal    *self,
                                            const char *value);
const char *crm_deal_get_notes             (CrmDeal *self);
void        crm_deal_set_notes             (CrmDeal    *self,
                                            const char *value);

G_END_DECLS
