/* crm-pipeline-period.h: the periods the board filters and forecasts by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* In the order of the board's "Expected Close" drop-down. */
typedef enum
{
  CRM_PIPELINE_PERIOD_ANY,
  CRM_PIPELINE_PERIOD_THIS_MONTH,
  CRM_PIPELINE_PERIOD_THIS_QUARTER,
  CRM_PIPELINE_PERIOD_NEXT_QUARTER,
  CRM_PIPELINE_PERIOD_THIS_YEAR,
} CrmPipelinePeriod;

void crm_pipeline_period_range (CrmPipelinePeriod  period,
                                GDateTime         *now,
                                gint64            *start,
                                gint64            *end);

CrmPipelinePeriod crm_pipeline_period_for_forecast (CrmPipelinePeriod filter);
const char       *crm_pipeline_period_get_title    (CrmPipelinePeriod period);

G_END_DECLS
