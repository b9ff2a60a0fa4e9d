/* crm-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-application.h"
#include "crm-customers-view.h"
#include "crm-pipeline-view.h"
#include "dashboard/crm-dashboard-view.h"
#include "service/crm-service-view.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_WINDOW (crm_window_get_type ())

G_DECLARE_FINAL_TYPE (CrmWindow, crm_window, CRM, WINDOW, AdwApplicationWindow)

CrmWindow *crm_window_new                (CrmApplication *application,
                                          CrmStore       *store,
                                          const char     *store_error);
CrmStore  *crm_window_get_store          (CrmWindow      *self);
CrmCustomersView *crm_window_get_customers_view (CrmWindow *self);
CrmPipelineView *crm_window_get_pipeline_view (CrmWindow *self);
CrmServiceView *crm_window_get_service_view (CrmWindow *self);
CrmDashboardView *crm_window_get_dashboard_view (CrmWindow *self);
/* Switches to the Customers view and opens the customer's page. */
void       crm_window_show_customer      (CrmWindow      *self,
                                          const char     *customer_id);
void       crm_window_add_toast          (CrmWindow      *self,
                                          AdwToast       *toast);
void       crm_window_load_demo_if_empty (CrmWindow      *self);

void       crm_widget_add_toast          (GtkWidget      *widget,
                                          AdwToast       *toast);

G_END_DECLS
