/* test-ui-dashboard.c: the Dashboard view as a manager uses it: every
 * dashboard filled, periods compared, figures clicked through to their
 * records, a visit scheduled for a neglected customer, the PDF written; with
 * screenshots wide and light, narrow and dark, and in high contrast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-models.h"
#include "crm-reports.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"
#include "dashboard/crm-dashboard-view.h"
#include "dashboard/crm-drill-dialog.h"

typedef struct
{
  CrmTestDb        *db;
  CrmWindow        *window;
  CrmDashboardView *view;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
view_has_results (gpointer data)
{
  CrmDashboardView *view = data;

  return !crm_dashboard_view_is_busy (view) && crm_dashboard_view_get_tables (view) != NULL;
}

static void
wait_for_results (Fixture *fixture)
{
  crm_test_wait_until (view_has_results, fixture->view, "the dashboard's results");
  /* Let the cards lay out and draw before a screenshot. */
  crm_test_run_for (200);
}

static void
open_window (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = crm_window_new (NULL, fixture->db->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  crm_test_wait_until (window_is_mapped, fixture->window, "the window to appear");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "dashboard"));
  fixture->view = crm_window_get_dashboard_view (fixture->window);
  g_assert_true (CRM_IS_DASHBOARD_VIEW (fixture->view));
  crm_test_wait_until (window_is_mapped, fixture->view, "the Dashboard view to appear");
  wait_for_results (fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "dashboard-period");
  g_settings_reset (settings, "dashboard-currency");
  fixture->db = crm_test_ui_db_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  if (fixture->window != NULL)
    crm_test_close_window (GTK_WINDOW (fixture->window));
  crm_test_db_free (fixture->db);
  g_settings_reset (settings, "dashboard-period");
  g_settings_reset (settings, "dashboard-currency");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static CrmReportTable *
find_table (Fixture    *fixture,
            const char *name)
{
  GPtrArray *tables = crm_dashboard_view_get_tables (fixture->view);

  for (guint i = 0; tables != NULL && i < tables->len; i++)
    if (g_str_equal (crm_report_table_get_name (g_ptr_array_index (tables, i)), name))
      return g_ptr_array_index (tables, i);
  return NULL;
}

static void
test_every_dashboard (Fixture       *fixture,
                      gconstpointer  data)
{
  const CrmDashboardInfo *dashboards;
  guint n_dashboards;

  open_window (fixture, 1400, 1000);
  crm_dashboard_view_set_period (fixture->view, CRM_PERIOD_YEAR);
  wait_for_results (fixture);

  dashboards = crm_dashboards_list (&n_dashboards);
  for (guint i = 0; i < n_dashboards; i++)
    {
      g_autofree char *shot = g_strdup_printf ("dashboard-%s", dashboards[i].name);
      GPtrArray *tables;

      crm_dashboard_view_show (fixture->view, dashboards[i].name);
      wait_for_results (fixture);
      tables = crm_dashboard_view_get_tables (fixture->view);
      g_assert_cmpuint (tables->len, >, 0);
      crm_test_save_screenshot (GTK_WIDGET (fixture->window), shot);
    }

  /* The demo's year has sales, customers to segment and tickets. */
  crm_dashboard_view_show (fixture->view, "sales");
  wait_for_results (fixture);
  g_assert_nonnull (find_table (fixture, "revenue"));
  g_assert_cmpuint (crm_report_table_get_n_rows (find_table (fixture, "products-best")), >, 0);
}

static void
test_periods (Fixture       *fixture,
              gconstpointer  data)
{
  open_window (fixture, 1200, 900);
  g_assert_nonnull (strstr (crm_dashboard_view_get_period_text (fixture->view), "compared with"));

  crm_dashboard_view_set_period (fixture->view, CRM_PERIOD_QUARTER);
  wait_for_results (fixture);
  g_assert_nonnull (strstr (crm_dashboard_view_get_period_text (fixture->view), "Q"));

  crm_dashboard_view_set_period (fixture->view, CRM_PERIOD_YEAR);
  wait_for_results (fixture);
  g_assert_nonnull (find_table (fixture, "sales-summary"));
}

static CrmDrillDialog *
find_drill_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CRM_IS_DRILL_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return CRM_DRILL_DIALOG (window);
    }
  return NULL;
}

static gboolean
drill_dialog_done (gpointer data)
{
  CrmDrillDialog *dialog = find_drill_dialog ();

  return dialog != NULL && !crm_drill_dialog_is_busy (dialog);
}

static void
test_drill (Fixture       *fixture,
            gconstpointer  data)
{
  CrmReportTable *products, *drilled;
  CrmDrillDialog *dialog;

  open_window (fixture, 1200, 900);
  crm_dashboard_view_set_period (fixture->view, CRM_PERIOD_YEAR);
  wait_for_results (fixture);

  products = find_table (fixture, "products-best");
  g_assert_nonnull (products);
  g_assert_cmpuint (crm_report_table_get_n_rows (products), >, 0);

  /* A product is many records: they open in a dialog. */
  crm_dashboard_view_drill (fixture->view, crm_report_table_get_drill (products, 0));
  crm_test_wait_until (drill_dialog_done, NULL, "the records behind a product");
  dialog = find_drill_dialog ();
  drilled = crm_drill_dialog_get_table (dialog);
  g_assert_nonnull (drilled);
  g_assert_cmpuint (crm_report_table_get_n_rows (drilled), >, 0);
  g_assert_true (g_str_has_prefix (crm_report_table_get_drill (drilled, 0), "customer:"));
  crm_test_save_screenshot (GTK_WIDGET (dialog), "dashboard-drill");

  /* Each of those rows is one customer: it opens on the Customers view. */
  g_assert_true (crm_dashboard_open_record (GTK_WIDGET (dialog), crm_report_table_get_drill (drilled, 0)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  crm_test_run_for (200);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static gboolean
message_dialog_open (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(AdwMessageDialog **)data = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_schedule_visit (Fixture       *fixture,
                     gconstpointer  data)
{
  CrmReportTable *neglected;
  AdwMessageDialog *dialog = NULL;
  g_autofree char *entity = NULL;
  const char *customer_id = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  open_window (fixture, 1200, 900);
  crm_dashboard_view_show (fixture->view, "customers");
  wait_for_results (fixture);

  neglected = find_table (fixture, "neglected");
  g_assert_nonnull (neglected);
  g_assert_cmpuint (crm_report_table_get_n_rows (neglected), >, 0);
  g_assert_true (crm_report_drill_is_record (crm_report_table_get_drill (neglected, 0), &entity, &customer_id));
  before = crm_store_list (fixture->db->store, CRM_TYPE_ACTIVITY, "customer_id", customer_id, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "dashboard.schedule-visit", "s",
                                             crm_report_table_get_drill (neglected, 0)));
  crm_test_wait_until (message_dialog_open, &dialog, "the visit dialog");
  adw_message_dialog_response (dialog, "schedule");
  crm_test_run_for (100);

  after = crm_store_list (fixture->db->store, CRM_TYPE_ACTIVITY, "customer_id", customer_id, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->db->folder, "dashboard.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/dashboard.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  open_window (fixture, 1200, 900);
  g_assert_true (crm_dashboard_view_export_pdf (fixture->view, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* A folder that is not there: an error to show, no crash. */
  g_assert_false (crm_dashboard_view_export_pdf (fixture->view, nowhere, &error));
  g_assert_nonnull (error);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  open_window (fixture, 360, 800);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard-narrow-dark");
  crm_dashboard_view_show (fixture->view, "service");
  wait_for_results (fixture);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard-service-narrow-dark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui-dashboard/every-dashboard", Fixture, NULL, fixture_set_up, test_every_dashboard, fixture_tear_down);
  g_test_add ("/ui-dashboard/periods", Fixture, NULL, fixture_set_up, test_periods, fixture_tear_down);
  g_test_add ("/ui-dashboard/drill", Fixture, NULL, fixture_set_up, test_drill, fixture_tear_down);
  g_test_add ("/ui-dashboard/schedule-visit", Fixture, NULL, fixture_set_up, test_schedule_visit, fixture_tear_down);
  g_test_add ("/ui-dashboard/export-pdf", Fixture, NULL, fixture_set_up, test_export_pdf, fixture_tear_down);
  g_test_add ("/ui-dashboard/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}
