/* test-ui-deals.c: the deal editor, driven as a salesperson would, on a
 * display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-activity-dialog.h"
#include "crm-customer-list.h"
#include "crm-customers-view.h"
#include "crm-deal.h"
#include "crm-pipeline-reason.h"
#include "crm-pipeline.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"
#include "deals/crm-deal-editor.h"
#include "deals/crm-deal-format.h"

typedef struct
{
  CrmTestDb *db;
  CrmWindow *window;
  char      *customer_id;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrmCustomerList) customers = NULL;
  g_autoptr(CrmCustomer) customer = NULL;

  fixture->db = crm_test_ui_db_new ();
  customers = crm_customer_list_new (fixture->db->store);
  customer = g_list_model_get_item (G_LIST_MODEL (customers), 0);
  g_assert_nonnull (customer);
  fixture->customer_id = g_strdup (crm_record_get_id (CRM_RECORD (customer)));

  fixture->window = crm_window_new (NULL, fixture->db->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  crm_test_wait_until (window_is_mapped, fixture->window, "the window to appear");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  crm_test_close_window (GTK_WINDOW (fixture->window));
  crm_test_db_free (fixture->db);
  g_free (fixture->customer_id);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
has_toplevel (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gpointer
wait_for_toplevel (GType       type,
                   const char *what)
{
  crm_test_wait_until (has_toplevel, GSIZE_TO_POINTER (type), what);
  crm_test_run_for (100);
  return find_toplevel (type);
}

/* The row of @root whose title starts with @title. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
type_into (gpointer    window,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_row (GTK_WIDGET (window), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static CrmDeal *
load_deal (Fixture    *fixture,
           const char *id)
{
  g_autoptr(GError) error = NULL;
  CrmDeal *deal = crm_store_load (fixture->db->store, CRM_TYPE_DEAL, id, &error);

  g_assert_no_error (error);
  return deal;
}

static CrmDealEditor *
new_deal (Fixture *fixture)
{
  CrmDealEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "deal.new", "s", fixture->customer_id));
  editor = wait_for_toplevel (CRM_TYPE_DEAL_EDITOR, "the deal editor");
  g_assert_null (crm_deal_editor_get_deal_id (editor));

  type_into (editor, "Title", "Forty office chairs");
  type_into (editor, "Currency", "EUR");
  type_into (editor, "Amount", "12000");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.create", NULL));
  g_assert_nonnull (crm_deal_editor_get_deal_id (editor));

  return editor;
}

static void
test_create_edit_close (Fixture       *fixture,
                        gconstpointer  data)
{
  CrmDealEditor *editor = new_deal (fixture);
  g_autofree char *id = g_strdup (crm_deal_editor_get_deal_id (editor));
  g_autoptr(CrmDeal) created = load_deal (fixture, id);
  g_autoptr(CrmDeal) edited = NULL;
  g_autoptr(CrmDeal) unchanged = NULL;
  g_autoptr(CrmDeal) lost = NULL;
  g_autoptr(GPtrArray) stages = crm_pipeline_list_stages (fixture->db->store, NULL);
  AdwMessageDialog *reason;
  GtkWidget *amount_row;
  guint lost_position = G_MAXUINT;

  g_assert_cmpstr (crm_deal_get_title (created), ==, "Forty office chairs");
  g_assert_cmpstr (crm_deal_get_customer_id (created), ==, fixture->customer_id);
  g_assert_cmpint (crm_deal_get_amount (created), ==, 1200000);
  g_assert_nonnull (crm_deal_get_stage_id (created));

  /* deal.open presents the same editor: one per deal. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "deal.open", "s", id));
  crm_test_run_for (100);
  g_assert_true (find_toplevel (CRM_TYPE_DEAL_EDITOR) == editor);

  type_into (editor, "Amount", "15000.50");
  crm_deal_editor_flush (editor);
  edited = load_deal (fixture, id);
  g_assert_cmpint (crm_deal_get_amount (edited), ==, 1500050);

  /* A bad amount is marked and not saved. */
  type_into (editor, "Amount", "lots");
  crm_deal_editor_flush (editor);
  amount_row = find_row (GTK_WIDGET (editor), "Amount");
  g_assert_true (gtk_widget_has_css_class (amount_row, "error"));
  unchanged = load_deal (fixture, id);
  g_assert_cmpint (crm_deal_get_amount (unchanged), ==, 1500050);
  type_into (editor, "Amount", "-5");
  crm_deal_editor_flush (editor);
  g_assert_true (gtk_widget_has_css_class (amount_row, "error"));
  type_into (editor, "Amount", "15000.50");
  crm_deal_editor_flush (editor);
  g_assert_false (gtk_widget_has_css_class (amount_row, "error"));

  /* Lost, with a reason asked by the board's dialog. */
  for (guint i = 0; i < stages->len; i++)
    if (crm_pipeline_stage_get_kind (g_ptr_array_index (stages, i)) == CRM_STAGE_KIND_LOST)
      lost_position = i;
  g_assert_cmpuint (lost_position, !=, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (GTK_WIDGET (editor), "Stage")), lost_position);
  reason = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, "the reason dialog");
  crm_pipeline_reason_dialog_set_reason (reason, "Chose a competitor");
  adw_message_dialog_response (reason, "close");
  crm_test_run_for (100);

  lost = load_deal (fixture, id);
  g_assert_cmpstr (crm_deal_get_stage_id (lost), ==,
                   crm_record_get_id (g_ptr_array_index (stages, lost_position)));
  g_assert_cmpstr (crm_deal_get_close_reason (lost), ==, "Chose a competitor");
  g_assert_cmpint (crm_deal_get_closed_at (lost), >, 0);
  crm_test_save_screenshot (GTK_WIDGET (editor), "deal-editor-lost");

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_cost_of_sale (Fixture       *fixture,
                   gconstpointer  data)
{
  CrmDealEditor *editor = new_deal (fixture);
  const char *id = crm_deal_editor_get_deal_id (editor);
  CrmActivityDialog *dialog;
  gint64 cost = 0, minutes = 0;
  g_autofree char *margin = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.log-activity", NULL));
  dialog = wait_for_toplevel (CRM_TYPE_ACTIVITY_DIALOG, "the activity dialog");
  type_into (dialog, "Duration", "1:30");
  type_into (dialog, "Cost", "250");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.log", NULL));
  crm_test_run_for (200);

  g_assert_true (crm_deal_load_cost_of_sale (fixture->db->store, id, &cost, &minutes, NULL));
  g_assert_cmpint (cost, ==, 25000);
  g_assert_cmpint (minutes, ==, 90);

  margin = crm_deal_format_margin (1200000, 25000, "EUR");
  g_assert_nonnull (find_label (GTK_WIDGET (editor), margin));
  g_assert_nonnull (find_label (GTK_WIDGET (editor), "1 h 30 min"));

  /* A bad duration is refused in the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.log-activity", NULL));
  dialog = wait_for_toplevel (CRM_TYPE_ACTIVITY_DIALOG, "the activity dialog");
  type_into (dialog, "Duration", "an hour");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.log", NULL));
  crm_test_run_for (100);
  g_assert_true (find_toplevel (CRM_TYPE_ACTIVITY_DIALOG) == dialog);
  crm_test_save_screenshot (GTK_WIDGET (dialog), "deal-activity-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (editor));
}

static gboolean
page_shows_data (gpointer data)
{
  return crm_customer_page_get_data (CRM_CUSTOMER_PAGE (data)) != NULL;
}

/* The customer page: its New Deal button and deal rows use the deal
 * actions, and its activity dialog offers the customer's deals. */
static void
test_customer_page (Fixture       *fixture,
                    gconstpointer  data)
{
  CrmCustomersView *view = crm_window_get_customers_view (fixture->window);
  CrmCustomerPage *page = crm_customers_view_get_page (view);
  CrmDealEditor *editor;
  CrmActivityDialog *dialog;
  GtkWidget *button;

  crm_customers_view_open_position (view, 0);
  crm_test_wait_until (page_shows_data, page, "the customer page");
  crm_test_run_for (200);

  button = GTK_WIDGET (find_label (GTK_WIDGET (page), "New Deal"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "deal.new", "s",
                                             crm_customer_page_get_customer_id (page)));
  editor = wait_for_toplevel (CRM_TYPE_DEAL_EDITOR, "the deal editor");
  g_assert_false (gtk_widget_get_visible (find_row (GTK_WIDGET (editor), "Search")));
  gtk_window_destroy (GTK_WINDOW (editor));
  crm_test_run_for (50);

  dialog = crm_activity_dialog_new (page, CRM_ACTIVITY_KIND_CALL);
  gtk_window_present (GTK_WINDOW (dialog));
  crm_test_wait_until (window_is_mapped, dialog, "the activity dialog");
  type_into (dialog, "Duration", "45");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "activity.log", NULL));
  crm_test_run_for (200);
  g_assert_null (find_toplevel (CRM_TYPE_ACTIVITY_DIALOG));
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "deal-customer-page");
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *name;
    int         width;
    int         height;
    gboolean    dark;
  } shots[] = {
    { "deal-editor-wide-light", 600, 900, FALSE },
    { "deal-editor-wide-dark", 600, 900, TRUE },
    { "deal-editor-narrow-light", 360, 700, FALSE },
  };
  CrmDealEditor *editor = new_deal (fixture);
  g_autofree char *id = g_strdup (crm_deal_editor_get_deal_id (editor));

  gtk_window_destroy (GTK_WINDOW (editor));
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      editor = crm_deal_editor_open (GTK_WINDOW (fixture->window), fixture->db->store, id);
      gtk_window_set_default_size (GTK_WINDOW (editor), shots[i].width, shots[i].height);
      crm_test_wait_until (window_is_mapped, editor, "the deal editor");
      crm_test_save_screenshot (GTK_WIDGET (editor), shots[i].name);
      gtk_window_destroy (GTK_WINDOW (editor));
      crm_test_run_for (50);
    }

  /* A new deal without a customer searches for one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "deal.new", "s", ""));
  editor = wait_for_toplevel (CRM_TYPE_DEAL_EDITOR, "the deal editor");
  type_into (editor, "Search", "a");
  crm_test_save_screenshot (GTK_WIDGET (editor), "deal-editor-new");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.create", NULL));
  g_assert_null (crm_deal_editor_get_deal_id (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui-deals/create-edit-close", Fixture, NULL, fixture_set_up, test_create_edit_close, fixture_tear_down);
  g_test_add ("/ui-deals/cost-of-sale", Fixture, NULL, fixture_set_up, test_cost_of_sale, fixture_tear_down);
  g_test_add ("/ui-deals/customer-page", Fixture, NULL, fixture_set_up, test_customer_page, fixture_tear_down);
  g_test_add ("/ui-deals/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}
