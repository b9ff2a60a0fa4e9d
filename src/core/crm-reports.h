/* crm-reports.h: the analytics behind the dashboards and `crm-tool report`
 *
 * A report is one table (crm-report-table.h) computed from the store for a
 * period. Reports are grouped into dashboards (Sales, Customers, Service,
 * Team, Marketing); a dashboard is computed in one go, on a worker thread
 * with a read-only connection (crm_store_open_reader()), so that reports of
 * one dashboard share their scans of the data through a CrmReportContext.
 *
 * Every row's drill key names the records behind it: "customer:ID",
 * "deal:ID", "ticket:ID", "quote:ID", "contract:ID" name one record (the UI
 * opens it); any other key ("product:ID", "segment:champions", …) is
 * resolved by crm_report_drill() into a table of such single records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-period.h"
#include "crm-report-table.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef struct {
  CrmPeriod  period;
  /* ISO 4217: money in other currencies is left out (and each table with
   * money says so in its note). */
  char       currency[4];
  /* The time "now" is (tests fix it): ages, neglect, due dates. */
  gint64     now;
  /* A customer with no contact for this many days is neglected. */
  guint      neglected_days;
} CrmReportParams;

typedef struct {
  const char *name;        /* "sales" */
  const char *title;       /* untranslated: pass through gettext */
} CrmDashboardInfo;

typedef struct {
  const char *name;        /* "revenue" */
  const char *dashboard;   /* "sales" */
  const char *title;       /* untranslated: pass through gettext */
  const char *description; /* untranslated: pass through gettext */
} CrmReportInfo;

/* Fills @params for the current month, the most used currency, now and the
 * default neglect (30 days). */
void                    crm_report_params_init      (CrmReportParams *params,
                                                     CrmStore        *store);

const CrmDashboardInfo *crm_dashboards_list         (guint           *n_dashboards);
/* All reports, in dashboard order. */
const CrmReportInfo    *crm_reports_list            (guint           *n_reports);
const CrmReportInfo    *crm_reports_find            (const char      *name);

/* One report. NULL with @error set when the store fails, or with
 * CRM_STORE_ERROR_NOT_FOUND for an unknown name. */
CrmReportTable         *crm_report_run              (CrmStore              *store,
                                                     const char            *name,
                                                     const CrmReportParams *params,
                                                     GError               **error);
/* Every report of @dashboard, in order, sharing their scans (CrmReportTable). */
GPtrArray              *crm_dashboard_run           (CrmStore              *store,
                                                     const char            *dashboard,
                                                     const CrmReportParams *params,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
/* The records behind a row: a table whose rows have single-record drill
 * keys. An unknown or malformed key is CRM_STORE_ERROR_INVALID. */
CrmReportTable         *crm_report_drill            (CrmStore              *store,
                                                     const char            *drill,
                                                     const CrmReportParams *params,
                                                     GError               **error);
/* Is @drill one record ("customer:ID", …)? Then *@entity ("customer") and
 * *@id point into @drill's copy the caller frees with g_free (*entity). */
gboolean                crm_report_drill_is_record  (const char            *drill,
                                                     char                 **entity,
                                                     const char           **id);

/* The currencies orders were taken in, the one with the most open deals
 * first (a NULL-terminated array). Never empty: "EUR" when the store has
 * no orders. Cheap enough for the main thread. */
char                  **crm_reports_list_currencies (CrmStore              *store,
                                                     GError               **error);

/* "Schedule visit": a task for the customer's owner (or @staff_id when not
 * NULL), due at @due_at, subject "Visit CUSTOMER". Returns the new activity's id. */
char                   *crm_reports_schedule_visit  (CrmStore              *store,
                                                     const char            *customer_id,
                                                     const char            *staff_id,
                                                     gint64                 due_at,
                                                     GError               **error);

G_END_DECLS
