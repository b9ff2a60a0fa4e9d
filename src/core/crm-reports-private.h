/* crm-reports-private.h: how report functions are written and registered
 *
 * Each report is a CrmReportFunc listed in crm-reports.c's table; each drill
 * prefix a CrmDrillFunc listed there too. Reports of one dashboard share
 * expensive scans through crm_report_context_share(): the first report that
 * needs, say, the period's order lines by product and customer computes
 * them, the next ones reuse the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-reports.h"
#include "crm-store-private.h"

G_BEGIN_DECLS

typedef struct _CrmReportContext CrmReportContext;

typedef CrmReportTable *(*CrmReportFunc) (CrmReportContext  *context,
                                          GError           **error);
/* @argument: the drill key after "prefix:" (may hold further colons). */
typedef CrmReportTable *(*CrmDrillFunc)  (CrmReportContext  *context,
                                          const char        *argument,
                                          GError           **error);
typedef gpointer        (*CrmShareFunc)  (CrmReportContext  *context,
                                          GError           **error);

CrmReportContext      *crm_report_context_new      (CrmStore              *store,
                                                    const CrmReportParams *params,
                                                    GCancellable          *cancellable);
void                   crm_report_context_free     (CrmReportContext      *context);
CrmStore              *crm_report_context_get_store  (CrmReportContext    *context);
const CrmReportParams *crm_report_context_get_params (CrmReportContext    *context);
/* TRUE (with @error set) once the caller gave up: long loops check it. */
gboolean               crm_report_context_cancelled (CrmReportContext     *context,
                                                     GError              **error);
/* The value stored under @key, computing it with @compute the first time;
 * @free_func frees it with the context. NULL with @error when @compute fails. */
gpointer               crm_report_context_share    (CrmReportContext      *context,
                                                    const char            *key,
                                                    CrmShareFunc           compute,
                                                    GDestroyNotify         free_func,
                                                    GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmReportContext, crm_report_context_free)

/* A table with the period, currency and "other currencies left out" note
 * already set, for reports to fill. */
CrmReportTable        *crm_report_context_new_table (CrmReportContext     *context,
                                                     const char           *name);

/* What a drill shows: one record per row (its drill key opens it), with the
 * same four columns everywhere: record, detail, date, amount. At most
 * CRM_DRILL_MAX_ROWS rows; crm_report_drill_finish() notes how many more. */
#define CRM_DRILL_MAX_ROWS 500

CrmReportTable        *crm_report_drill_table_new   (CrmReportContext     *context,
                                                     const char           *name,
                                                     const char           *title,
                                                     const char           *detail_title,
                                                     const char           *date_title,
                                                     const char           *amount_title);
/* FALSE once the table is full (the caller then only counts). */
gboolean               crm_report_drill_table_add   (CrmReportTable       *table,
                                                     const char           *entity,
                                                     const char           *id,
                                                     const char           *record,
                                                     const char           *detail,
                                                     gint64                date,
                                                     gint64                amount);
/* Adds the rows of @stmt: entity ("customer"), id, record, detail, date,
 * amount, in that column order. */
gboolean               crm_report_drill_table_fill  (CrmReportTable       *table,
                                                     CrmStore             *store,
                                                     sqlite3_stmt         *stmt,
                                                     GError              **error);

/* --- reports (one file per area) --- */

/* crm-sales-reports.c */
CrmReportTable *crm_sales_report_summary          (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_revenue          (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_pipeline         (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_forecast         (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_win_loss         (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_quotes_by_product (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_products_best    (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_products_worst   (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_products_profit  (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_products_failing (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_report_top_customers    (CrmReportContext *context, GError **error);
CrmReportTable *crm_sales_drill_product           (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_stage             (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_owner             (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_reason            (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_bucket            (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_quoted_product    (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_sales_drill_figure            (CrmReportContext *context, const char *argument, GError **error);

/* crm-customer-reports.c */
CrmReportTable *crm_customer_report_rfm           (CrmReportContext *context, GError **error);
CrmReportTable *crm_customer_report_neglected     (CrmReportContext *context, GError **error);
CrmReportTable *crm_customer_report_next_purchase (CrmReportContext *context, GError **error);
CrmReportTable *crm_customer_report_cross_sell    (CrmReportContext *context, GError **error);
CrmReportTable *crm_customer_drill_segment        (CrmReportContext *context, const char *argument, GError **error);
CrmReportTable *crm_customer_drill_cross_sell     (CrmReportContext *context, const char *argument, GError **error);

/* crm-service-reports.c */
CrmReportTable *crm_service_report_summary        (CrmReportContext *context, GError **error);
CrmReportTable *crm_service_report_backlog        (CrmReportContext *context, GError **error);
CrmReportTable *crm_service_report_technicians    (CrmReportContext *context, GError **error);
CrmReportTable *crm_service_report_faults         (CrmReportContext *context, GError **error);
CrmReportTable *crm_service_report_regions        (CrmReportContext *context, GError **error);
CrmReportTable *crm_service_drill_tickets         (CrmReportContext *context, const char *argument, GError **error);

/* crm-team-reports.c */
CrmReportTable *crm_team_report_activity          (CrmReportContext *context, GError **error);
CrmReportTable *crm_team_report_daily             (CrmReportContext *context, GError **error);
CrmReportTable *crm_team_drill_staff              (CrmReportContext *context, const char *argument, GError **error);

/* crm-campaign-reports.c */
CrmReportTable *crm_campaign_report_roi           (CrmReportContext *context, GError **error);
CrmReportTable *crm_campaign_drill_members        (CrmReportContext *context, const char *argument, GError **error);

G_END_DECLS
