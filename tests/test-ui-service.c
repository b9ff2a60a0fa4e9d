/* test-ui-service.c: the Service view — the queue, a ticket's page, new
 * tickets and the keyboard — driven as a service desk would, on a display
 * (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-models.h"
#include "crm-store-private.h"
#include "crm-service.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"
#include "service/crm-assign-popover.h"
#include "service/crm-new-ticket-dialog.h"
#include "service/crm-service-view.h"
#include "service/crm-ticket-actions.h"
#include "service/crm-ticket-row.h"

typedef struct
{
  CrmTestDb      *db;
  CrmWindow      *window;
  CrmServiceView *view;
  GSettings      *settings;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
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

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "service"));
  fixture->view = crm_window_get_service_view (fixture->window);
  g_assert_true (CRM_IS_SERVICE_VIEW (fixture->view));
  crm_test_wait_until (window_is_mapped, fixture->view, "the Service view to appear");
  crm_test_run_for (200);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = crm_test_ui_db_new ();
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (fixture->settings, "service-queue-order");
  g_settings_set_string (fixture->settings, "current-staff-id", "");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    crm_test_close_window (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "service-queue-order");
  g_settings_reset (fixture->settings, "current-staff-id");
  g_clear_object (&fixture->settings);
  crm_test_db_free (fixture->db);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static CrmTicket *
load_ticket (Fixture    *fixture,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  CrmTicket *ticket = crm_store_load (fixture->db->store, CRM_TYPE_TICKET, id, &error);

  g_assert_no_error (error);
  return ticket;
}

static CrmTicket *
queue_item (Fixture *fixture,
            guint    position)
{
  return g_list_model_get_item (G_LIST_MODEL (crm_service_view_get_list (fixture->view)), position);
}

static guint
queue_length (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (crm_service_view_get_list (fixture->view)));
}

static gint64
count_open_tickets (Fixture *fixture)
{
  return crm_test_query_int (crm_store_get_db (fixture->db->store),
                             "SELECT count(*) FROM tickets WHERE deleted = 0 AND closed_at = 0");
}

static void
select_position (Fixture *fixture,
                 guint    position)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (crm_service_view_get_list_view (fixture->view));

  gtk_selection_model_select_item (selection, position, TRUE);
  crm_test_run_for (50);
}

/* Presses a key of the view the way GTK does: the view's shortcut for that
 * key, activated on the view. */
static void
press (Fixture         *fixture,
       guint            keyval,
       GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (fixture->view),
                                                           gtk_shortcut_get_arguments (shortcut)));
              crm_test_run_for (50);
              return;
            }
        }
    }

  g_assert_not_reached ();
}

static void
test_queue_order (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n;
  gint64 previous = 0;
  gboolean important_first = FALSE;

  open_window (fixture, 1280, 800);
  n = queue_length (fixture);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpint (n, ==, count_open_tickets (fixture));
  g_assert_cmpstr (crm_service_view_get_list_state (fixture->view), ==, "list");

  /* Oldest first, open tickets only. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmTicket) ticket = queue_item (fixture, i);

      g_assert_cmpint (crm_ticket_get_status (ticket), !=, CRM_TICKET_STATUS_CLOSED);
      g_assert_cmpint (crm_ticket_get_received_at (ticket), >=, previous);
      previous = crm_ticket_get_received_at (ticket);
    }

  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-queue");

  /* The newest ticket's customer becomes a key account, so that importance
   * order has to move it up whatever the demo made. */
  {
    g_autoptr(CrmTicket) newest = queue_item (fixture, n - 1);
    g_autoptr(CrmCustomer) customer = crm_store_load (fixture->db->store, CRM_TYPE_CUSTOMER,
                                                      crm_ticket_get_customer_id (newest), NULL);
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (customer);
    crm_customer_set_importance (customer, 2);
    g_assert_true (crm_store_save (fixture->db->store, CRM_RECORD (customer), &error));
    g_assert_no_error (error);
  }

  /* The order menu's action: key accounts first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (crm_service_view_get_filters (fixture->view)),
                                             "queue.service-queue-order", "s", "importance"));
  crm_test_run_for (50);
  {
    g_autofree char *order = g_settings_get_string (fixture->settings, "service-queue-order");
    g_autoptr(CrmTicket) first = queue_item (fixture, 0);
    g_autoptr(CrmCustomer) customer = crm_store_load (fixture->db->store, CRM_TYPE_CUSTOMER,
                                                      crm_ticket_get_customer_id (first), NULL);

    g_assert_cmpstr (order, ==, "importance");
    g_assert_nonnull (customer);
    important_first = crm_customer_get_importance (customer) > 0;
  }
  g_assert_cmpuint (queue_length (fixture), ==, n);
  g_assert_true (important_first);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  CrmTicketFilters *filters;
  guint n;

  open_window (fixture, 1280, 800);
  filters = crm_service_view_get_filters (fixture->view);
  n = queue_length (fixture);

  /* Urgent only (the fourth priority after "Any"). */
  crm_ticket_filters_select (filters, "priority", 1 + CRM_TICKET_PRIORITY_URGENT);
  crm_test_run_for (50);
  g_assert_cmpuint (queue_length (fixture), <, n);
  for (guint i = 0; i < queue_length (fixture); i++)
    {
      g_autoptr(CrmTicket) ticket = queue_item (fixture, i);

      g_assert_cmpint (crm_ticket_get_priority (ticket), ==, CRM_TICKET_PRIORITY_URGENT);
    }

  /* Overdue as well; then nothing matching says so, and clearing brings all back. */
  crm_ticket_filters_set_overdue_only (filters, TRUE);
  crm_ticket_filters_select (filters, "status", 1 + CRM_TICKET_STATUS_READY);
  crm_ticket_filters_select (filters, "technician", 1);   /* unassigned */
  crm_test_run_for (50);
  if (queue_length (fixture) == 0)
    g_assert_cmpstr (crm_service_view_get_list_state (fixture->view), ==, "no-results");
  crm_ticket_filters_clear (filters);
  crm_test_run_for (50);
  g_assert_cmpuint (queue_length (fixture), ==, n);
  g_assert_cmpstr (crm_service_view_get_list_state (fixture->view), ==, "list");
}

static void
test_status_by_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrmTicket) before = NULL;
  g_autoptr(CrmTicket) after = NULL;
  g_autoptr(GPtrArray) events_before = NULL;
  g_autoptr(GPtrArray) events_after = NULL;
  g_autofree char *id = NULL;
  CrmTicketStatus status;
  AdwToast *toast;

  open_window (fixture, 1280, 800);
  select_position (fixture, 0);
  before = queue_item (fixture, 0);
  id = g_strdup (crm_record_get_id (CRM_RECORD (before)));
  events_before = crm_ticket_load_events (fixture->db->store, id, NULL);
  status = crm_ticket_get_status (before) == CRM_TICKET_STATUS_READY ? CRM_TICKET_STATUS_IN_REPAIR
                                                                      : CRM_TICKET_STATUS_READY;

  /* Ctrl+5 is Ready, Ctrl+4 In Repair. */
  press (fixture, GDK_KEY_1 + status, GDK_CONTROL_MASK);
  after = load_ticket (fixture, id);
  g_assert_cmpint (crm_ticket_get_status (after), ==, status);
  events_after = crm_ticket_load_events (fixture->db->store, id, NULL);
  g_assert_cmpuint (events_after->len, ==, events_before->len + 1);
  g_assert_cmpint (crm_ticket_event_get_status (g_ptr_array_index (events_after, events_after->len - 1)), ==, status);

  toast = crm_ticket_actions_get_last_toast (GTK_WIDGET (fixture->view));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "ticket-message.compose");

  /* Ctrl+6 closes: the ticket leaves the queue, the next one is selected. */
  press (fixture, GDK_KEY_6, GDK_CONTROL_MASK);
  g_clear_object (&after);
  after = load_ticket (fixture, id);
  g_assert_cmpint (crm_ticket_get_status (after), ==, CRM_TICKET_STATUS_CLOSED);
  g_assert_cmpuint (crm_ticket_list_find (crm_service_view_get_list (fixture->view), id), ==, G_MAXUINT);
  toast = crm_ticket_actions_get_last_toast (GTK_WIDGET (fixture->view));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "ticket-message.satisfaction");
  g_assert_nonnull (crm_service_view_get_selected (fixture->view));
  g_assert_cmpstr (crm_record_get_id (CRM_RECORD (crm_service_view_get_selected (fixture->view))), !=, id);
}

static gboolean
popover_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static CrmAssignPopover *
find_assign_popover (GtkWidget *widget)
{
  if (CRM_IS_ASSIGN_POPOVER (widget))
    return CRM_ASSIGN_POPOVER (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      CrmAssignPopover *found = find_assign_popover (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_assign_by_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) staff = crm_store_list (fixture->db->store, CRM_TYPE_STAFF, NULL, NULL, NULL);
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmTicket) after = NULL;
  g_autofree char *prefix = NULL;
  CrmStaff *technician = NULL;
  CrmAssignPopover *popover;

  open_window (fixture, 1280, 800);
  select_position (fixture, 0);
  ticket = queue_item (fixture, 0);

  /* Someone other than the ticket's technician, found by the start of their name. */
  for (guint i = 0; staff != NULL && i < staff->len && technician == NULL; i++)
    if (g_strcmp0 (crm_record_get_id (g_ptr_array_index (staff, i)), crm_ticket_get_technician_id (ticket)) != 0)
      technician = g_ptr_array_index (staff, i);
  g_assert_nonnull (technician);

  press (fixture, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  popover = find_assign_popover (GTK_WIDGET (crm_service_view_get_page (fixture->view)));
  g_assert_nonnull (popover);
  crm_test_wait_until (popover_is_mapped, popover, "the Assign to popover to open");

  prefix = g_utf8_substring (crm_staff_get_name (technician), 0, 6);
  gtk_editable_set_text (crm_assign_popover_get_search (popover), prefix);
  crm_test_run_for (300);   /* the search entry's delay */
  g_signal_emit_by_name (crm_assign_popover_get_search (popover), "activate");
  crm_test_run_for (50);

  after = load_ticket (fixture, crm_record_get_id (CRM_RECORD (ticket)));
  g_assert_cmpstr (crm_ticket_get_technician_id (after), ==, crm_record_get_id (CRM_RECORD (technician)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (popover)));
}

static gboolean
dialog_is_open (gpointer data)
{
  Fixture *fixture = data;
  GtkWindow *dialog = crm_ticket_actions_get_dialog (GTK_WIDGET (fixture->window));

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
dialog_is_gone (gpointer data)
{
  Fixture *fixture = data;

  return crm_ticket_actions_get_dialog (GTK_WIDGET (fixture->window)) == NULL;
}

static void
test_new_ticket (Fixture       *fixture,
                 gconstpointer  data)
{
  CrmNewTicketDialog *dialog;
  g_autoptr(CrmTicket) ticket = NULL;
  CrmTicket *shown;
  guint n;

  open_window (fixture, 1280, 800);
  n = queue_length (fixture);

  /* Ctrl+N in the view: ticket.new with no customer. */
  press (fixture, GDK_KEY_n, GDK_CONTROL_MASK);
  crm_test_wait_until (dialog_is_open, fixture, "the new ticket dialog to open");
  dialog = CRM_NEW_TICKET_DIALOG (crm_ticket_actions_get_dialog (GTK_WIDGET (fixture->window)));
  crm_test_save_screenshot (GTK_WIDGET (dialog), "service-new-ticket");

  /* A name, Enter takes the first match; the problem; Create. */
  gtk_editable_set_text (crm_new_ticket_dialog_get_search (dialog), "a");
  crm_test_run_for (300);
  g_signal_emit_by_name (crm_new_ticket_dialog_get_search (dialog), "activate");
  gtk_editable_set_text (crm_new_ticket_dialog_get_title (dialog), "Grinder jams");
  crm_new_ticket_dialog_create (dialog);
  crm_test_wait_until (dialog_is_gone, fixture, "the dialog to close");

  g_assert_cmpuint (queue_length (fixture), ==, n + 1);
  shown = crm_ticket_page_get_ticket (crm_service_view_get_page (fixture->view));
  g_assert_nonnull (shown);
  g_assert_cmpstr (crm_ticket_get_title (shown), ==, "Grinder jams");
  ticket = load_ticket (fixture, crm_record_get_id (CRM_RECORD (shown)));
  g_assert_cmpint (crm_ticket_get_status (ticket), ==, CRM_TICKET_STATUS_RECEIVED);
  g_assert_cmpint (crm_ticket_get_due_at (ticket), >, crm_ticket_get_received_at (ticket));
  g_assert_nonnull (crm_ticket_get_customer_id (ticket));
}

static void
test_work_log (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmTicket) after = NULL;
  g_autoptr(CrmTicketWork) work = NULL;
  g_autoptr(GError) error = NULL;
  CrmTicketPage *page;
  int spent;

  open_window (fixture, 1280, 800);
  select_position (fixture, 0);
  ticket = queue_item (fixture, 0);
  page = crm_service_view_get_page (fixture->view);
  g_assert_cmpstr (crm_ticket_page_get_ticket_id (page), ==, crm_record_get_id (CRM_RECORD (ticket)));
  /* Time spent is the sum of the work log. (The demo data gives tickets a
   * time spent without work entries; the first entry then replaces it.) */
  {
    g_autoptr(GPtrArray) entries = crm_ticket_load_work (fixture->db->store, crm_record_get_id (CRM_RECORD (ticket)), NULL);

    spent = 0;
    for (guint i = 0; entries != NULL && i < entries->len; i++)
      spent += crm_ticket_work_get_minutes (g_ptr_array_index (entries, i));
  }

  /* What the page's Log button does, then the page follows the store. */
  work = crm_ticket_log_work (fixture->db->store, crm_record_get_id (CRM_RECORD (ticket)), NULL,
                              g_get_real_time () / G_USEC_PER_SEC, 45, "Replaced the pump", &error);
  g_assert_no_error (error);
  crm_test_run_for (50);
  after = load_ticket (fixture, crm_record_get_id (CRM_RECORD (ticket)));
  g_assert_cmpint (crm_ticket_get_time_spent_minutes (after), ==, spent + 45);
  g_assert_cmpint (crm_ticket_get_time_spent_minutes (crm_ticket_page_get_ticket (page)), ==, spent + 45);

  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-ticket");
  /* The lists further down, the focus in the work log scrolls to them. */
  crm_ticket_page_focus_work_log (page);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-ticket-work");
}

/* What the customer page's ticket rows do: ticket.open, from another view. */
static void
test_open_ticket (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *id = NULL;
  guint last;

  open_window (fixture, 1280, 800);
  last = queue_length (fixture) - 1;
  {
    g_autoptr(CrmTicket) ticket = queue_item (fixture, last);

    id = g_strdup (crm_record_get_id (CRM_RECORD (ticket)));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "customers"));
  crm_test_run_for (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "ticket.open", "s", id));
  crm_test_run_for (50);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  g_assert_cmpstr (crm_ticket_page_get_ticket_id (crm_service_view_get_page (fixture->view)), ==, id);
  g_assert_cmpstr (crm_record_get_id (CRM_RECORD (crm_service_view_get_selected (fixture->view))), ==, id);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The customer page's Importance row, which orders the queue. */
static void
test_customer_importance (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  CrmCustomersView *customers;
  GtkWidget *row;
  const char *customer_id;

  open_window (fixture, 1280, 800);
  ticket = queue_item (fixture, queue_length (fixture) - 1);
  customer_id = crm_ticket_get_customer_id (ticket);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "customers"));
  customers = crm_window_get_customers_view (fixture->window);
  crm_customers_view_show_customer (customers, customer_id);
  crm_test_run_for (100);
  row = find_row (GTK_WIDGET (crm_customers_view_get_page (customers)), "Importance");
  g_assert_nonnull (row);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  customer = crm_store_load (fixture->db->store, CRM_TYPE_CUSTOMER, customer_id, NULL);
  g_assert_cmpint (crm_customer_get_importance (customer), ==, 2);

  /* A key account's ticket comes first when the queue is by importance. */
  g_settings_set_string (fixture->settings, "service-queue-order", "importance");
  crm_test_run_for (50);
  {
    g_autoptr(CrmTicket) first = queue_item (fixture, 0);
    g_autoptr(CrmCustomer) first_customer = crm_store_load (fixture->db->store, CRM_TYPE_CUSTOMER,
                                                            crm_ticket_get_customer_id (first), NULL);

    g_assert_cmpint (crm_customer_get_importance (first_customer), ==, 2);
  }
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  open_window (fixture, 360, 700);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-narrow");
  crm_test_close_window (GTK_WINDOW (fixture->window));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  open_window (fixture, 1280, 800);
  select_position (fixture, 1);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-dark");
  gtk_popover_popup (GTK_POPOVER (crm_service_view_get_filters (fixture->view)));
  crm_test_save_screenshot (GTK_WIDGET (crm_service_view_get_filters (fixture->view)), "service-filters");
  gtk_popover_popdown (GTK_POPOVER (crm_service_view_get_filters (fixture->view)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui-service/queue-order", Fixture, NULL, fixture_set_up, test_queue_order, fixture_tear_down);
  g_test_add ("/ui-service/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/ui-service/status-by-keyboard", Fixture, NULL, fixture_set_up, test_status_by_keyboard, fixture_tear_down);
  g_test_add ("/ui-service/assign-by-keyboard", Fixture, NULL, fixture_set_up, test_assign_by_keyboard, fixture_tear_down);
  g_test_add ("/ui-service/new-ticket", Fixture, NULL, fixture_set_up, test_new_ticket, fixture_tear_down);
  g_test_add ("/ui-service/work-log", Fixture, NULL, fixture_set_up, test_work_log, fixture_tear_down);
  g_test_add ("/ui-service/open-ticket", Fixture, NULL, fixture_set_up, test_open_ticket, fixture_tear_down);
  g_test_add ("/ui-service/customer-importance", Fixture, NULL, fixture_set_up, test_customer_importance, fixture_tear_down);
  g_test_add ("/ui-service/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}
