/* crm-dashboard-view.h: the Dashboard view: five dashboards of reports,
 * computed on a worker thread for the chosen period and currency
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-period.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_DASHBOARD_VIEW (crm_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmDashboardView, crm_dashboard_view, CRM, DASHBOARD_VIEW, AdwBin)

void        crm_dashboard_view_set_store     (CrmDashboardView *self,
                                              CrmStore         *store);
/* "sales", "customers", …: shows that dashboard (and computes it). */
void        crm_dashboard_view_show          (CrmDashboardView *self,
                                              const char       *dashboard);
void        crm_dashboard_view_set_period    (CrmDashboardView *self,
                                              CrmPeriodKind     kind);
/* Whether a computation is under way (tests wait for it to end). */
gboolean    crm_dashboard_view_is_busy       (CrmDashboardView *self);
/* The visible dashboard's tables (CrmReportTable), NULL before the first result. */
GPtrArray  *crm_dashboard_view_get_tables    (CrmDashboardView *self);
const char *crm_dashboard_view_get_period_text (CrmDashboardView *self);
/* Opens the records behind @drill: one record in its view, anything else in
 * a dialog listing them. */
void        crm_dashboard_view_drill         (CrmDashboardView *self,
                                              const char       *drill);
/* What dashboard.export-pdf writes, without the file chooser. */
gboolean    crm_dashboard_view_export_pdf    (CrmDashboardView *self,
                                              GFile            *file,
                                              GError          **error);

G_END_DECLS
