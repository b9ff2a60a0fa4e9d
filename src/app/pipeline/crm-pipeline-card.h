/* crm-pipeline-card.h: one deal on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-deal.h"
#include "crm-pipeline-names.h"

G_BEGIN_DECLS

#define CRM_TYPE_PIPELINE_CARD (crm_pipeline_card_get_type ())

G_DECLARE_FINAL_TYPE (CrmPipelineCard, crm_pipeline_card, CRM, PIPELINE_CARD, GtkWidget)

GtkWidget  *crm_pipeline_card_new         (CrmPipelineNames *names);
void        crm_pipeline_card_set_deal    (CrmPipelineCard  *self,
                                           CrmDeal          *deal);
CrmDeal    *crm_pipeline_card_get_deal    (CrmPipelineCard  *self);
void        crm_pipeline_card_update      (CrmPipelineCard  *self);
gboolean    crm_pipeline_card_is_overdue  (CrmPipelineCard  *self);

G_END_DECLS
