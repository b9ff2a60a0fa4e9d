/* crm-pipeline-names.h: customer names and owner initials for the cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

typedef struct _CrmPipelineNames CrmPipelineNames;

CrmPipelineNames *crm_pipeline_names_new      (CrmStore         *store);
CrmPipelineNames *crm_pipeline_names_ref      (CrmPipelineNames *self);
void              crm_pipeline_names_unref    (CrmPipelineNames *self);
const char       *crm_pipeline_names_customer (CrmPipelineNames *self,
                                               const char       *customer_id);
const char       *crm_pipeline_names_initials (CrmPipelineNames *self,
                                               const char       *staff_id);
const char       *crm_pipeline_names_staff    (CrmPipelineNames *self,
                                               const char       *staff_id);
void              crm_pipeline_names_forget   (CrmPipelineNames *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmPipelineNames, crm_pipeline_names_unref)

G_END_DECLS
