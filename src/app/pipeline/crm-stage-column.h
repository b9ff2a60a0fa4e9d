/* crm-stage-column.h: one open stage of the board, its header and its cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-deal-list.h"
#include "crm-pipeline-names.h"

G_BEGIN_DECLS

#define CRM_TYPE_STAGE_COLUMN (crm_stage_column_get_type ())

G_DECLARE_FINAL_TYPE (CrmStageColumn, crm_stage_column, CRM, STAGE_COLUMN, GtkWidget)

CrmStageColumn *crm_stage_column_new            (CrmStore                *store,
                                                 CrmPipelineNames        *names,
                                                 const char              *stage_id,
                                                 const CrmDealFilter     *filter);
const char     *crm_stage_column_get_stage_id   (CrmStageColumn          *self);
const char     *crm_stage_column_get_name       (CrmStageColumn          *self);
CrmDealList    *crm_stage_column_get_list       (CrmStageColumn          *self);
GtkDropTarget  *crm_stage_column_get_drop_target (CrmStageColumn         *self);
void            crm_stage_column_set_summary    (CrmStageColumn          *self,
                                                 const CrmPipelineColumn *summary);
void            crm_stage_column_set_filter     (CrmStageColumn          *self,
                                                 const CrmDealFilter     *filter);
void            crm_stage_column_update_cards   (CrmStageColumn          *self);
CrmDeal        *crm_stage_column_get_focused_deal (CrmStageColumn        *self);
void            crm_stage_column_focus_position (CrmStageColumn          *self,
                                                 guint                    position);
void            crm_stage_column_focus_deal     (CrmStageColumn          *self,
                                                 const char              *deal_id);

char           *crm_stage_column_format_sums    (GArray                  *sums,
                                                 gboolean                 weighted,
                                                 guint                    max_shown);

G_END_DECLS
