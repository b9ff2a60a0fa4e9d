/* crm-pipeline-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-pipeline-period.h"

static gint64
month_start (GDateTime *now,
             int        year,
             int        month)
{
  g_autoptr(GDateTime) start = NULL;

  /* Months past December roll into the next year. */
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  start = g_date_time_new (g_date_time_get_timezone (now), year, month, 1, 0, 0, 0);

  return g_date_time_to_unix (start);
}

/**
 * crm_pipeline_period_range:
 * @now: the moment the period is around, in the zone that tells days apart
 *
 * Sets [@start, @end) to @period around @now; both 0 for "any time".
 */
void
crm_pipeline_period_range (CrmPipelinePeriod  period,
                           GDateTime         *now,
                           gint64            *start,
                           gint64            *end)
{
  int year, month, quarter_month;

  g_return_if_fail (now != NULL && start != NULL && end != NULL);

  year = g_date_time_get_year (now);
  month = g_date_time_get_month (now);
  quarter_month = (month - 1) / 3 * 3 + 1;

  switch (period)
    {
    case CRM_PIPELINE_PERIOD_THIS_MONTH:
      *start = month_start (now, year, month);
      *end = month_start (now, year, month + 1);
      break;

    case CRM_PIPELINE_PERIOD_THIS_QUARTER:
      *start = month_start (now, year, quarter_month);
      *end = month_start (now, year, quarter_month + 3);
      break;

    case CRM_PIPELINE_PERIOD_NEXT_QUARTER:
      *start = month_start (now, year, quarter_month + 3);
      *end = month_start (now, year, quarter_month + 6);
      break;

    case CRM_PIPELINE_PERIOD_ANY:
    default:
      *start = 0;
      *end = 0;
      break;
    }
}
