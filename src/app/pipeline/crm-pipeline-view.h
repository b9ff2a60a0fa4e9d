/* crm-pipeline-view.h: the sales pipeline as a board of stages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-stage-column.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_PIPELINE_VIEW (crm_pipeline_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmPipelineView, crm_pipeline_view, CRM, PIPELINE_VIEW, GtkWidget)

void              crm_pipeline_view_set_store         (CrmPipelineView *self,
                                                       CrmStore        *store);
guint             crm_pipeline_view_get_n_columns     (CrmPipelineView *self);
CrmStageColumn   *crm_pipeline_view_get_column        (CrmPipelineView *self,
                                                       guint            index);
void              crm_pipeline_view_focus_deal        (CrmPipelineView *self,
                                                       const char      *deal_id);
CrmDeal          *crm_pipeline_view_get_focused_deal  (CrmPipelineView *self);
gboolean          crm_pipeline_view_move_deal         (CrmPipelineView *self,
                                                       const char      *deal_id,
                                                       const char      *stage_id,
                                                       const char      *reason);
AdwMessageDialog *crm_pipeline_view_get_reason_dialog (CrmPipelineView *self);
AdwToast         *crm_pipeline_view_get_last_toast    (CrmPipelineView *self);
const char       *crm_pipeline_view_get_forecast_text (CrmPipelineView *self);

G_END_DECLS
