/* crm-period.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-period"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "crm-period.h"

static GDateTime *
local_time (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);

  g_assert (utc != NULL);
  return g_date_time_to_local (utc);
}

static gint64
local_midnight (int year,
                int month,
                int day)
{
  g_autoptr(GDateTime) midnight = NULL;

  /* Month arithmetic may run past December or before January. */
  while (month > 12)
    {
      month -= 12;
      year++;
    }
  while (month < 1)
    {
      month += 12;
      year--;
    }

  midnight = g_date_time_new_local (year, month, day, 0, 0, 0);
  return g_date_time_to_unix (midnight);
}

static gint64
day_start (gint64 time)
{
  g_autoptr(GDateTime) local = local_time (time);

  return local_midnight (g_date_time_get_year (local), g_date_time_get_month (local),
                         g_date_time_get_day_of_month (local));
}

/* The midnight @days whole days after @midnight, through the calendar so
 * that a change to or from summer time does not shift the edge by an hour. */
static gint64
add_days (gint64 midnight,
          int    days)
{
  g_autoptr(GDateTime) local = local_time (midnight);
  g_autoptr(GDateTime) later = g_date_time_add_days (local, days);

  return local_midnight (g_date_time_get_year (later), g_date_time_get_month (later),
                         g_date_time_get_day_of_month (later));
}

static int
months_of (CrmPeriodKind kind)
{
  switch (kind)
    {
    case CRM_PERIOD_MONTH:
      return 1;
    case CRM_PERIOD_QUARTER:
      return 3;
    case CRM_PERIOD_YEAR:
      return 12;
    case CRM_PERIOD_CUSTOM:
    default:
      g_assert_not_reached ();
    }
}

/* While the period is still running, the previous one only counts as far
 * as the same share of it has elapsed. */
static void
clip_previous (CrmPeriod *period,
               gint64     now)
{
  if (now > period->start && now < period->end)
    period->prev_end = MIN (period->prev_end, period->prev_start + (now - period->start));
}

void
crm_period_init_current (CrmPeriod     *period,
                         CrmPeriodKind  kind,
                         gint64         now)
{
  g_autoptr(GDateTime) local = NULL;
  int months, first_month, year;

  g_return_if_fail (period != NULL);
  g_return_if_fail (kind != CRM_PERIOD_CUSTOM);

  local = local_time (now);
  months = months_of (kind);
  year = g_date_time_get_year (local);
  first_month = (g_date_time_get_month (local) - 1) / months * months + 1;

  period->kind = kind;
  period->start = local_midnight (year, first_month, 1);
  period->end = local_midnight (year, first_month + months, 1);
  period->prev_start = local_midnight (year, first_month - months, 1);
  period->prev_end = period->start;
  clip_previous (period, now);
}

gboolean
crm_period_init_custom (CrmPeriod *period,
                        gint64     first_day,
                        gint64     last_day,
                        gint64     now)
{
  gint64 start, end;
  int days;

  g_return_val_if_fail (period != NULL, FALSE);

  start = day_start (first_day);
  end = add_days (day_start (last_day), 1);
  if (end <= start)
    return FALSE;

  /* Whole days, counted on the calendar (a summer-time day is 23 hours). */
  days = (int)((end - start + 12 * 3600) / (24 * 3600));

  period->kind = CRM_PERIOD_CUSTOM;
  period->start = start;
  period->end = end;
  period->prev_start = add_days (start, -days);
  period->prev_end = start;
  clip_previous (period, now);
  return TRUE;
}

gboolean
crm_period_parse_day (const char *text,
                      gint64     *day)
{
  int year, month, mday;
  g_autoptr(GDateTime) local = NULL;
  char extra;

  g_return_val_if_fail (day != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &mday, &extra) != 3 ||
      text[4] != '-' || text[7] != '-' ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;

  local = g_date_time_new_local (year, month, mday, 0, 0, 0);
  if (local == NULL)
    return FALSE;

  *day = g_date_time_to_unix (local);
  return TRUE;
}

char *
crm_period_format_day (gint64 time)
{
  g_autoptr(GDateTime) local = local_time (time);

  return g_date_time_format (local, "%Y-%m-%d");
}

char *
crm_period_describe (const CrmPeriod *period)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;

  g_return_val_if_fail (period != NULL, NULL);

  first = local_time (period->start);
  /* The last second belongs to the last day of the period. */
  last = local_time (period->end - 1);

  switch (period->kind)
    {
    case CRM_PERIOD_MONTH:
      /* TRANSLATORS: a month on the dashboard, see strftime(3): "November 2026" */
      return g_date_time_format (first, C_("period", "%B %Y"));
    case CRM_PERIOD_QUARTER:
      /* TRANSLATORS: a calendar quarter: "Q4 2026" */
      return g_strdup_printf (_("Q%d %d"), (g_date_time_get_month (first) - 1) / 3 + 1,
                              g_date_time_get_year (first));
    case CRM_PERIOD_YEAR:
      return g_strdup_printf ("%d", g_date_time_get_year (first));
    case CRM_PERIOD_CUSTOM:
    default:
      {
        /* TRANSLATORS: a day in a date range, see strftime(3): "3 Nov 2026" */
        g_autofree char *from = g_date_time_format (first, C_("period", "%-d %b %Y"));
        g_autofree char *to = g_date_time_format (last, C_("period", "%-d %b %Y"));

        /* TRANSLATORS: a range of days: "3 Nov 2026 – 24 Nov 2026" */
        return g_strdup_printf (_("%s – %s"), from, to);
      }
    }
}

CrmBucket
crm_period_choose_bucket (const CrmPeriod *period)
{
  g_return_val_if_fail (period != NULL, CRM_BUCKET_MONTH);

  return period->end - period->start <= 13 * 7 * 24 * 3600 + 3600 ? CRM_BUCKET_WEEK : CRM_BUCKET_MONTH;
}

static gint64
next_edge (gint64    edge,
           CrmBucket bucket)
{
  g_autoptr(GDateTime) local = local_time (edge);

  switch (bucket)
    {
    case CRM_BUCKET_DAY:
      return add_days (day_start (edge), 1);
    case CRM_BUCKET_WEEK:
      /* To the next Monday. */
      return add_days (day_start (edge), 8 - g_date_time_get_day_of_week (local));
    case CRM_BUCKET_MONTH:
    default:
      return local_midnight (g_date_time_get_year (local), g_date_time_get_month (local) + 1, 1);
    }
}

GArray *
crm_period_bucket_edges (gint64    start,
                         gint64    end,
                         CrmBucket bucket)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 edge = start;

  g_array_append_val (edges, edge);
  while (edge < end)
    {
      edge = MIN (next_edge (edge, bucket), end);
      g_array_append_val (edges, edge);
    }

  return edges;
}

int
crm_period_bucket_find (GArray *edges,
                        gint64  time)
{
  const gint64 *edge = (const gint64 *)edges->data;
  guint low = 0, high;

  if (edges->len < 2 || time < edge[0] || time >= edge[edges->len - 1])
    return -1;

  /* The last edge not after @time. */
  high = edges->len - 1;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (edge[middle] <= time)
        low = middle;
      else
        high = middle;
    }

  return (int)low;
}
