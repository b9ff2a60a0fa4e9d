/* crm-pipeline-stage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-pipeline-stage"

#include "config.h"

#include "crm-pipeline-stage.h"

struct _CrmPipelineStage
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmPipelineStage, crm_pipeline_stage, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_POSITION,
  PROP_PROBABILITY,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_pipeline_stage_class_init (CrmPipelineStageClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "pipeline-stage";
  record_class->table = "pipeline_stages";
  record_class->default_order = "position";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REQUIRED);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);
  properties[PROP_PROBABILITY] =
    g_param_spec_int ("probability", NULL, NULL, 0, 100, 0, CRM_PARAM_FLAGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CRM_TYPE_STAGE_KIND,
                       CRM_STAGE_KIND_OPEN, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_pipeline_stage_init (CrmPipelineStage *self)
{
}

CrmPipelineStage *
crm_pipeline_stage_new (void)
{
  return g_object_new (CRM_TYPE_PIPELINE_STAGE, NULL);
}

const char *
crm_pipeline_stage_get_name (CrmPipelineStage *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_STAGE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NAME]);
}

void
crm_pipeline_stage_set_name (CrmPipelineStage  *self,
                             const char        *value)
{
  g_return_if_fail (CRM_IS_PIPELINE_STAGE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NAME], value);
}

int
crm_pipeline_stage_get_position (CrmPipelineStage *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_STAGE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_POSITION]);
}

void
crm_pipeline_stage_set_position (CrmPipelineStage  *self,
                                 int                value)
{
  g_return_if_fail (CRM_IS_PIPELINE_STAGE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_POSITION], value);
}

int
crm_pipeline_stage_get_probability (CrmPipelineStage *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_STAGE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_PROBABILITY]);
}

void
crm_pipeline_stage_set_probability (CrmPipelineStage  *self,
                                    int                value)
{
  g_return_if_fail (CRM_IS_PIPELINE_STAGE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_PROBABILITY], value);
}

CrmStageKind
crm_pipeline_stage_get_kind (CrmPipelineStage *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_STAGE (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_KIND]);
}

void
crm_pipeline_stage_set_kind (CrmPipelineStage  *self,
                             CrmStageKind       value)
{
  g_return_if_fail (CRM_IS_PIPELINE_STAGE (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_KIND], value);
}
