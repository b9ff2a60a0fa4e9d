/* test-team.c: the sales team in Preferences, driven on a display (Xvfb in
 * CI): adding, checking and deactivating a person, and the board following
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "crm-pipeline-period.h"
#include "crm-pipeline-view.h"
#include "crm-preferences-window.h"
#include "crm-staff.h"
#include "crm-staff-dialog.h"
#include "crm-team-group.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The first widget under @root of @type whose "title" or "label" is @text
 * (any, when @text is NULL). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *name = NULL;

          if (ADW_IS_PREFERENCES_ROW (child))
            name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          else if (GTK_IS_BUTTON (child))
            name = gtk_button_get_label (GTK_BUTTON (child));
          if (text == NULL || g_strcmp0 (name, text) == 0)
            return child;
        }
      if ((found = find_widget (child, type, text)) != NULL)
        return found;
    }

  return NULL;
}

static void
type_into (GtkWidget  *root,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_widget (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
has_error (GtkWidget  *root,
           const char *title)
{
  return gtk_widget_has_css_class (find_widget (root, ADW_TYPE_ENTRY_ROW, title), "error");
}

static void
save (GtkWidget *dialog)
{
  GtkWidget *button = find_widget (dialog, GTK_TYPE_BUTTON, "_Save");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  crm_test_run_for (50);
}

static CrmStaff *
find_staff (CrmStore   *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  CrmStaff *staff = crm_store_find (store, CRM_TYPE_STAFF, "name", name, &error);

  g_assert_no_error (error);
  return staff;
}

static CrmPreferencesWindow *
open_preferences (CrmStore *store,
                  int       width,
                  int       height)
{
  CrmPreferencesWindow *window = crm_preferences_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "sales");
  gtk_window_present (GTK_WINDOW (window));
  crm_test_wait_until (is_mapped, window, "the preferences to appear");

  return window;
}

static void
test_add_and_check (void)
{
  g_autoptr(CrmTestDb) db = crm_test_ui_db_new ();
  CrmPreferencesWindow *window = open_preferences (db->store, 560, 700);
  GtkWidget *team = find_widget (GTK_WIDGET (window), CRM_TYPE_TEAM_GROUP, NULL);
  gint64 count = crm_store_count (db->store, CRM_TYPE_STAFF);
  g_autoptr(CrmStaff) added = NULL;
  g_autoptr(CrmStaff) reloaded = NULL;
  GtkWidget *dialog;

  g_assert_nonnull (team);
  g_assert_null (find_widget (team, ADW_TYPE_ACTION_ROW, "Grace Hopper"));

  /* Nothing is saved while the name is empty or the quota is not money. */
  dialog = GTK_WIDGET (crm_staff_dialog_new (GTK_WINDOW (window), db->store, NULL, "EUR"));
  crm_test_wait_until (is_mapped, dialog, "the dialog to appear");
  save (dialog);
  g_assert_true (has_error (dialog, "Name"));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_STAFF), ==, count);

  type_into (dialog, "Name", "Grace Hopper");
  type_into (dialog, "Yearly Quota", "a lot");
  save (dialog);
  g_assert_false (has_error (dialog, "Name"));
  g_assert_true (has_error (dialog, "Yearly Quota"));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_STAFF), ==, count);

  type_into (dialog, "Yearly Quota", "120000");
  type_into (dialog, "Currency (ISO 4217, e.g. EUR)", "euro");
  save (dialog);
  g_assert_true (has_error (dialog, "Currency (ISO 4217, e.g. EUR)"));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_STAFF), ==, count);

  type_into (dialog, "Currency (ISO 4217, e.g. EUR)", "chf");
  type_into (dialog, "Role", "Account Manager");
  crm_test_save_screenshot (dialog, "team-dialog");
  save (dialog);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_STAFF), ==, count + 1);

  added = find_staff (db->store, "Grace Hopper");
  g_assert_nonnull (added);
  g_assert_cmpint (crm_staff_get_quota (added), ==, 12000000);
  g_assert_cmpstr (crm_staff_get_currency (added), ==, "CHF");
  g_assert_cmpstr (crm_staff_get_role (added), ==, "Account Manager");
  g_assert_null (crm_staff_get_email (added));
  g_assert_true (crm_staff_get_active (added));
  /* The store's "changed" put the new person on the page. */
  g_assert_nonnull (find_widget (team, ADW_TYPE_ACTION_ROW, "Grace Hopper"));

  /* "This is you" is the General page's chooser too, filled again. */
  dialog = GTK_WIDGET (crm_staff_dialog_new (GTK_WINDOW (window), db->store, added, NULL));
  crm_test_wait_until (is_mapped, dialog, "the dialog to appear");
  gtk_switch_set_active (GTK_SWITCH (find_widget (find_widget (dialog, ADW_TYPE_ACTION_ROW, "_This Is You"),
                                                  GTK_TYPE_SWITCH, NULL)), TRUE);
  save (dialog);
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    g_autofree char *current = g_settings_get_string (settings, "current-staff-id");
    AdwComboRow *chooser = ADW_COMBO_ROW (find_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, "_You Are"));
    GtkStringObject *chosen = adw_combo_row_get_selected_item (chooser);

    g_assert_cmpstr (current, ==, crm_record_get_id (CRM_RECORD (added)));
    g_assert_cmpstr (gtk_string_object_get_string (chosen), ==, "Grace Hopper");
    g_settings_reset (settings, "current-staff-id");
  }

  /* Deactivated, never deleted: deals point at people. */
  dialog = GTK_WIDGET (crm_staff_dialog_new (GTK_WINDOW (window), db->store, added, NULL));
  crm_test_wait_until (is_mapped, dialog, "the dialog to appear");
  gtk_switch_set_active (GTK_SWITCH (find_widget (dialog, GTK_TYPE_SWITCH, NULL)), FALSE);
  save (dialog);
  reloaded = crm_store_load (db->store, CRM_TYPE_STAFF, crm_record_get_id (CRM_RECORD (added)), NULL);
  g_assert_false (crm_staff_get_active (reloaded));
  g_assert_false (crm_record_get_deleted (CRM_RECORD (reloaded)));
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_STAFF), ==, count + 1);

  crm_test_close_window (GTK_WINDOW (window));
}

/* The board's "Expected Close" choice: the drop-down that offers a year. */
static GtkDropDown *
find_period_dropdown (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child) &&
          g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (child))) == CRM_PIPELINE_PERIOD_THIS_YEAR + 1)
        return GTK_DROP_DOWN (child);
      if (GTK_IS_MENU_BUTTON (child) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (child)) != NULL &&
          (found = find_period_dropdown (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (child))))) != NULL)
        return found;
      if ((found = find_period_dropdown (child)) != NULL)
        return found;
    }

  return NULL;
}

/* A quota changed in Preferences changes the board's forecast. */
static void
test_board_follows (void)
{
  g_autoptr(CrmTestDb) db = crm_test_ui_db_new ();
  CrmWindow *window = crm_window_new (NULL, db->store, NULL);
  g_autoptr(GPtrArray) staff = crm_store_list (db->store, CRM_TYPE_STAFF, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  CrmPipelineView *view;
  CrmStaff *first = NULL;
  GtkDropDown *period;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  crm_test_wait_until (is_mapped, window, "the window to appear");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pipeline"));
  view = crm_window_get_pipeline_view (window);
  crm_test_wait_until (is_mapped, view, "the board to appear");
  crm_test_run_for (200);
  before = g_strdup (crm_pipeline_view_get_forecast_text (view));
  /* The demo's team sells in euros mostly: the board speaks EUR. */
  g_assert_nonnull (strstr (before, "EUR"));

  for (guint i = 0; i < staff->len && first == NULL; i++)
    if (crm_staff_get_active (staff->pdata[i]) && g_strcmp0 (crm_staff_get_currency (staff->pdata[i]), "EUR") == 0)
      first = staff->pdata[i];
  g_assert_nonnull (first);
  crm_staff_set_quota (first, crm_staff_get_quota (first) + 36500000000);
  g_assert_true (crm_store_save (db->store, CRM_RECORD (first), &error));
  g_assert_no_error (error);
  crm_test_run_for (300);
  g_assert_cmpstr (crm_pipeline_view_get_forecast_text (view), !=, before);
  g_assert_true (g_str_has_prefix (crm_pipeline_view_get_forecast_text (view), "This quarter: "));

  /* The forecast covers the period the board is filtered to. */
  period = find_period_dropdown (GTK_WIDGET (view));
  g_assert_nonnull (period);
  gtk_drop_down_set_selected (period, CRM_PIPELINE_PERIOD_THIS_YEAR);
  crm_test_run_for (100);
  g_assert_true (g_str_has_prefix (crm_pipeline_view_get_forecast_text (view), "This year: "));
  crm_test_save_screenshot (GTK_WIDGET (window), "team-board-this-year");
  gtk_drop_down_set_selected (period, CRM_PIPELINE_PERIOD_THIS_MONTH);
  crm_test_run_for (100);
  g_assert_true (g_str_has_prefix (crm_pipeline_view_get_forecast_text (view), "This month: "));
  gtk_drop_down_set_selected (period, CRM_PIPELINE_PERIOD_ANY);
  crm_test_run_for (100);
  g_assert_true (g_str_has_prefix (crm_pipeline_view_get_forecast_text (view), "This quarter: "));

  crm_test_close_window (GTK_WINDOW (window));
}

static void
test_screenshots (void)
{
  static const struct {
    const char *name;
    int         width;
    int         height;
    gboolean    dark;
  } shots[] = {
    { "preferences-team-light", 640, 800, FALSE },
    { "preferences-team-dark", 640, 800, TRUE },
    { "preferences-team-narrow", 360, 700, FALSE },
  };
  g_autoptr(CrmTestDb) db = crm_test_ui_db_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GPtrArray) staff = crm_store_list (db->store, CRM_TYPE_STAFF, NULL, NULL, NULL);

  /* Someone is "you", and someone has left. */
  g_assert_cmpuint (staff->len, >=, 2);
  g_settings_set_string (settings, "current-staff-id", crm_record_get_id (staff->pdata[0]));
  crm_staff_set_active (staff->pdata[1], FALSE);
  g_assert_true (crm_store_save (db->store, staff->pdata[1], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      CrmPreferencesWindow *window;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      window = open_preferences (db->store, shots[i].width, shots[i].height);
      crm_test_save_screenshot (GTK_WIDGET (window), shots[i].name);
      crm_test_close_window (GTK_WINDOW (window));
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (settings, "current-staff-id");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add_func ("/ui-team/add-and-check", test_add_and_check);
  g_test_add_func ("/ui-team/board-follows", test_board_follows);
  g_test_add_func ("/ui-team/screenshots", test_screenshots);

  return g_test_run ();
}
