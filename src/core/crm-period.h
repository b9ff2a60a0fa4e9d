/* crm-period.h: the stretch of time a dashboard looks at, and the one
 * it is compared with
 *
 * Periods are half-open [start, end) in unix seconds; their edges fall on
 * local midnight (the calendar the user lives in), so TZ=UTC in the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CRM_PERIOD_MONTH,
  CRM_PERIOD_QUARTER,
  CRM_PERIOD_YEAR,
  CRM_PERIOD_CUSTOM,
} CrmPeriodKind;

typedef enum {
  CRM_BUCKET_DAY,
  CRM_BUCKET_WEEK,    /* weeks start on Monday */
  CRM_BUCKET_MONTH,
} CrmBucket;

typedef struct {
  CrmPeriodKind kind;
  gint64        start;
  gint64        end;
  /* What it is compared with: the period before it (the previous month,
   * quarter, year, or the same number of days before a custom range). While
   * @now lies inside the period only the part of the previous period that has
   * elapsed so far counts ("quarter to date against the same days of last
   * quarter"), so prev_end - prev_start <= end - start. */
  gint64        prev_start;
  gint64        prev_end;
} CrmPeriod;

/* The calendar month, quarter or year (local time) that contains @now. */
void        crm_period_init_current  (CrmPeriod     *period,
                                      CrmPeriodKind  kind,
                                      gint64         now);
/* A custom range of whole days: from local midnight of @first_day to local
 * midnight after @last_day (both unix seconds anywhere within the day).
 * Returns FALSE, leaving @period alone, when @last_day is before @first_day. */
gboolean    crm_period_init_custom   (CrmPeriod     *period,
                                      gint64         first_day,
                                      gint64         last_day,
                                      gint64         now);
/* Parses YYYY-MM-DD (local midnight); FALSE for anything else. */
gboolean    crm_period_parse_day     (const char    *text,
                                      gint64        *day);
/* YYYY-MM-DD of the local day that contains @time. */
char       *crm_period_format_day    (gint64         time);
/* "November 2026", "Q4 2026", "2026", "3 Nov – 24 Nov 2026" (translated). */
char       *crm_period_describe      (const CrmPeriod *period);

/* Weeks for periods of up to 13 weeks, months beyond (days for up to 31 days
 * would be too noisy on a chart with a handful of orders a day). */
CrmBucket   crm_period_choose_bucket (const CrmPeriod *period);
/* The bucket edges covering [start, end): n + 1 ascending times, the first
 * = start and the last = end (the first and last buckets may be partial). */
GArray     *crm_period_bucket_edges  (gint64         start,
                                      gint64         end,
                                      CrmBucket      bucket);
/* The index of the bucket holding @time, or -1 outside [edges[0], edges[n]). */
int         crm_period_bucket_find   (GArray        *edges,
                                      gint64         time);

G_END_DECLS
