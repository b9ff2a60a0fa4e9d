/* crm-deal-list.h: a lazy GListModel of CrmDeal, the open deals of one stage
 * under a filter, ordered by expected close date (then age): holds row keys
 * from one query and builds CrmDeal objects only when asked (like
 * CrmCustomerList). Refreshes itself on the store's "changed" for deals
 * (and CRM_CHANGE_MANY), reporting minimal items-changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-pipeline.h"

G_BEGIN_DECLS

#define CRM_TYPE_DEAL_LIST (crm_deal_list_get_type ())
G_DECLARE_FINAL_TYPE (CrmDealList, crm_deal_list, CRM, DEAL_LIST, GObject)

CrmDealList *crm_deal_list_new        (CrmStore            *store,
                                       const char          *stage_id,
                                       const CrmDealFilter *filter);
void         crm_deal_list_set_filter (CrmDealList         *self,
                                       const CrmDealFilter *filter);
const char  *crm_deal_list_get_stage_id (CrmDealList       *self);
/* The position of a deal, or G_MAXUINT: for keeping focus after a move. */
guint        crm_deal_list_find       (CrmDealList         *self,
                                       const char          *deal_id);

G_END_DECLS
