/* crm-pipeline-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

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

    case CRM_PIPELINE_PERIOD_THIS_YEAR:
      *start = month_start (now, year, 1);
      *end = month_start (now, year, 13);
      break;

    case CRM_PIPELINE_PERIOD_ANY:
    default:
      *start = 0;
      *end = 0;
      break;
    }
}

/**
 * crm_pipeline_period_for_forecast:
 * @filter: the board's "Expected Close" choice
 *
 * The forecast covers the period the board is filtered to, so that its
 * weighted pipeline is the deals on screen; a quota needs a period, so
 * "any time" forecasts this quarter.
 */
CrmPipelinePeriod
crm_pipeline_period_for_forecast (CrmPipelinePeriod filter)
{
  return filter == CRM_PIPELINE_PERIOD_ANY ? CRM_PIPELINE_PERIOD_THIS_QUARTER : filter;
}

/* The forecast bar's name for a period, before its figures. */
const char *
crm_pipeline_period_get_title (CrmPipelinePeriod period)
{
  switch (period)
    {
    case CRM_PIPELINE_PERIOD_THIS_MONTH:
      return _("This month");
    case CRM_PIPELINE_PERIOD_NEXT_QUARTER:
      return _("Next quarter");
    case CRM_PIPELINE_PERIOD_THIS_YEAR:
      return _("This year");
    case CRM_PIPELINE_PERIOD_THIS_QUARTER:
      return _("This quarter");
    case CRM_PIPELINE_PERIOD_ANY:
    default:
      return _("Any time");
    }
}
