/* crm-pipeline-stage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_PIPELINE_STAGE (crm_pipeline_stage_get_type ())

G_DECLARE_FINAL_TYPE (CrmPipelineStage, crm_pipeline_stage, CRM, PIPELINE_STAGE, CrmRecord)

CrmPipelineStage *crm_pipeline_stage_new             (void);
const char       *crm_pipeline_stage_get_name        (CrmPipelineStage *self);
void              crm_pipeline_stage_set_name        (CrmPipelineStage *self,
                                                      const char       *value);
int               crm_pipeline_stage_get_position    (CrmPipelineStage *self);
void              crm_pipeline_stage_set_position    (CrmPipelineStage *self,
                                                      int              value);
int               crm_pipeline_stage_get_probability (CrmPipelineStage *self);
void              crm_pipeline_stage_set_probability (CrmPipelineStage *self,
                                                      int              value);
CrmStageKind      crm_pipeline_stage_get_kind        (CrmPipelineStage *self);
void              crm_pipeline_stage_set_kind        (CrmPipelineStage *self,
                                                      CrmStageKind     value);

G_END_DECLS
