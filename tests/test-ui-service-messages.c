/* test-ui-service-messages.c: telling customers about tickets, their
 * satisfaction, contracts and reminders, driven on a display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "crm-activity.h"
#include "crm-contract.h"
#include "crm-customer-page.h"
#include "crm-preferences-window.h"
#include "crm-reminder-notifier.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"
#include "service/crm-contract-editor.h"
#include "service/crm-contracts-pane.h"
#include "service/crm-message-dialog.h"
#include "service/crm-satisfaction-dialog.h"

#define DAY G_GINT64_CONSTANT (86400)

typedef struct
{
  CrmTestDb   *db;
  CrmWindow   *window;
  CrmCustomer *customer;
  CrmTicket   *ticket;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;
  fixture->customer = crm_test_add_customer (store, "Ada Lovelace", "ada@example.com", "London");
  fixture->ticket = crm_test_save (store, CRM_TYPE_TICKET,
                                   "number", "T-2026-00042",
                                   "title", "Leaks water",
                                   "status", CRM_TICKET_STATUS_READY,
                                   "customer-id", crm_record_get_id (CRM_RECORD (fixture->customer)),
                                   NULL);

  fixture->window = crm_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  crm_test_wait_until (window_is_mapped, fixture->window, "the window to appear");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  crm_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->ticket);
  g_clear_object (&fixture->customer);
  crm_test_db_free (fixture->db);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The newest toplevel of @type other than the main window. */
static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = NULL;
  guint n;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  n = g_list_model_get_n_items (toplevels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWidget) widget = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
        return widget;
    }

  return NULL;
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
test_compose_sms (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *ticket_id = crm_record_get_id (CRM_RECORD (fixture->ticket));
  g_autoptr(GPtrArray) activities = NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;
  ClipboardRead read = { 0 };
  AdwMessageDialog *dialog;
  CrmActivity *activity;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "ticket-message.compose", "s", ticket_id));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  crm_test_wait_until (window_is_mapped, dialog, "the message dialog to appear");

  body = crm_message_dialog_dup_body (dialog);
  subject = crm_message_dialog_dup_subject (dialog);
  g_assert_nonnull (strstr (body, "Ada Lovelace"));
  g_assert_nonnull (strstr (body, "T-2026-00042"));
  g_assert_nonnull (strstr (body, "ready to be collected"));
  g_assert_nonnull (strstr (subject, "T-2026-00042"));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "email"));
  crm_test_save_screenshot (GTK_WIDGET (dialog), "service-compose");

  adw_message_dialog_response (dialog, "sms");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), NULL,
                                 clipboard_read_cb, &read);
  crm_test_wait_until (is_done, &read, "the clipboard to be read");
  g_assert_cmpstr (read.text, ==, body);
  g_free (read.text);

  activities = crm_store_list (fixture->db->store, CRM_TYPE_ACTIVITY, "ticket-id", ticket_id, NULL);
  g_assert_cmpuint (activities->len, ==, 1);
  activity = g_ptr_array_index (activities, 0);
  g_assert_cmpint (crm_activity_get_kind (activity), ==, CRM_ACTIVITY_KIND_SMS);
  g_assert_cmpstr (crm_activity_get_body (activity), ==, body);
}

static void
test_compose_no_email (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog;
  g_autofree char *uri = NULL;

  crm_customer_set_email (fixture->customer, NULL);
  g_assert_true (crm_store_save (fixture->db->store, CRM_RECORD (fixture->customer), NULL));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "ticket-message.compose", "s",
                                             crm_record_get_id (CRM_RECORD (fixture->ticket))));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "email"));
  crm_test_save_screenshot (GTK_WIDGET (dialog), "service-compose-dark");
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpint (crm_store_count (fixture->db->store, CRM_TYPE_ACTIVITY), ==, 0);

  uri = crm_message_mailto_uri ("a@b.example", "Ticket 1: Ready", "Hi & bye\nLine 2");
  g_assert_cmpstr (uri, ==, "mailto:a@b.example?subject=Ticket%201%3A%20Ready&body=Hi%20%26%20bye%0D%0ALine%202");
}

static void
test_satisfaction (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *ticket_id = crm_record_get_id (CRM_RECORD (fixture->ticket));
  g_autoptr(CrmTicket) saved = NULL;
  AdwMessageDialog *dialog;

  /* Open tickets are not rated. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "ticket-message.satisfaction", "s", ticket_id));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  crm_ticket_set_status (fixture->ticket, CRM_TICKET_STATUS_CLOSED);
  crm_ticket_set_closed_at (fixture->ticket, now ());
  g_assert_true (crm_store_save (fixture->db->store, CRM_RECORD (fixture->ticket), NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "ticket-message.satisfaction", "s", ticket_id));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  crm_test_wait_until (window_is_mapped, dialog, "the satisfaction dialog to appear");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  crm_satisfaction_dialog_set_score (dialog, 4);
  crm_satisfaction_dialog_set_comment (dialog, "Quick and friendly");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");

  saved = crm_store_load (fixture->db->store, CRM_TYPE_TICKET, ticket_id, NULL);
  g_assert_cmpint (crm_ticket_get_satisfaction (saved), ==, 4);
  g_assert_cmpstr (crm_ticket_get_satisfaction_comment (saved), ==, "Quick and friendly");
}

static void
test_contract_editor (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmContract) saved = NULL;
  CrmContractEditor *editor;

  editor = crm_contract_editor_new (GTK_WINDOW (fixture->window), fixture->db->store, NULL,
                                    crm_record_get_id (CRM_RECORD (fixture->customer)), &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (editor));
  crm_test_wait_until (window_is_mapped, editor, "the contract editor to appear");

  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_TITLE), "Maintenance");
  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_STARTS), "2026-05-01");
  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_ENDS), "2026-04-30");
  g_assert_false (crm_contract_editor_save (editor, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  crm_test_save_screenshot (GTK_WIDGET (editor), "service-contract-invalid");

  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_ENDS), "2027-04-30");
  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_VALUE), "-10");
  g_assert_false (crm_contract_editor_save (editor, &error));
  g_clear_error (&error);
  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_ENDS), "31/04/2027");
  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_VALUE), "120.50");
  g_assert_false (crm_contract_editor_save (editor, &error));
  g_clear_error (&error);
  g_assert_cmpint (crm_store_count (fixture->db->store, CRM_TYPE_CONTRACT), ==, 0);

  gtk_editable_set_text (crm_contract_editor_get_field (editor, CRM_CONTRACT_FIELD_ENDS), "2027-04-30");
  g_assert_true (crm_contract_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_count (fixture->db->store, CRM_TYPE_CONTRACT), ==, 1);

  saved = crm_store_load (fixture->db->store, CRM_TYPE_CONTRACT, crm_contract_editor_get_contract_id (editor), NULL);
  g_assert_cmpstr (crm_contract_get_title (saved), ==, "Maintenance");
  g_assert_cmpint (crm_contract_get_value (saved), ==, 12050);
  g_assert_cmpint (crm_contract_get_reminder_days (saved), ==, 30);
  gtk_window_destroy (GTK_WINDOW (editor));
}

static CrmContract *
add_contract (Fixture    *fixture,
              const char *title,
              int         days_left)
{
  return crm_test_save (fixture->db->store, CRM_TYPE_CONTRACT,
                        "title", title,
                        "customer-id", crm_record_get_id (CRM_RECORD (fixture->customer)),
                        "starts-at", now () - 300 * DAY,
                        "ends-at", now () + days_left * DAY,
                        "value", (gint64) 99000,
                        "currency", "EUR",
                        "reminder-days", 30,
                        NULL);
}

static void
test_contracts_pane (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrmContract) soon = add_contract (fixture, "Coffee machines", 10);
  g_autoptr(CrmContract) later = add_contract (fixture, "Printers", 50);
  g_autoptr(CrmContract) far = add_contract (fixture, "Lifts", 200);
  g_autoptr(CrmContract) added = NULL;
  GtkWidget *window = gtk_window_new ();
  CrmContractsPane *pane = crm_contracts_pane_new ();
  GListModel *model = crm_contracts_pane_get_model (pane);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (pane));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 480);
  crm_contracts_pane_set_store (pane, fixture->db->store);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  crm_contracts_pane_set_days (pane, 60);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  crm_contracts_pane_set_days (pane, -1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  crm_contracts_pane_set_days (pane, 30);

  /* A new contract shows without asking. */
  added = add_contract (fixture, "Ovens", 5);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  crm_test_save_screenshot (window, "service-contracts");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  crm_test_run_for (200);
  crm_test_save_screenshot (window, "service-contracts-narrow");

  crm_test_close_window (GTK_WINDOW (window));
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
page_has_data (gpointer data)
{
  return crm_customer_page_get_data (data) != NULL;
}

/* The customer page's contracts: rows open the editor, and a button makes one. */
static void
test_customer_page (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrmContract) contract = add_contract (fixture, "Coffee machines", 10);
  const char *customer_id = crm_record_get_id (CRM_RECORD (fixture->customer));
  CrmCustomersView *view = crm_window_get_customers_view (fixture->window);
  CrmCustomerPage *page = crm_customers_view_get_page (view);
  GtkWidget *editor, *button;

  crm_customers_view_show_customer (view, customer_id);
  crm_test_wait_until (page_has_data, page, "the customer page to load");
  crm_test_run_for (300);
  button = find_actionable (GTK_WIDGET (page), "contract.new");
  g_assert_nonnull (button);
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), NULL),
                   ==, customer_id);
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_widget_grab_focus (button);
  g_assert_nonnull (find_actionable (GTK_WIDGET (page), "contract.open"));
  crm_test_run_for (300);
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "service-customer-page");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contract.open", "s",
                                             crm_record_get_id (CRM_RECORD (contract))));
  editor = find_toplevel (CRM_TYPE_CONTRACT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (crm_contract_editor_get_contract_id (CRM_CONTRACT_EDITOR (editor)), ==,
                   crm_record_get_id (CRM_RECORD (contract)));
  gtk_window_destroy (GTK_WINDOW (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "contract.new", "s", customer_id));
  editor = find_toplevel (CRM_TYPE_CONTRACT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_null (crm_contract_editor_get_contract_id (CRM_CONTRACT_EDITOR (editor)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
count_sent (const char    *id,
            GNotification *notification,
            gpointer       user_data)
{
  GPtrArray *sent = user_data;

  g_ptr_array_add (sent, g_strdup (id));
}

static void
test_reminders_once (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrmContract) soon = add_contract (fixture, "Coffee machines", 10);
  g_autoptr(CrmContract) far = add_contract (fixture, "Lifts", 200);
  g_autoptr(GPtrArray) sent = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkApplication) application = gtk_application_new ("org.example.Crm.Test", G_APPLICATION_NON_UNIQUE);
  g_autoptr(CrmReminderNotifier) notifier = NULL;

  notifier = crm_reminder_notifier_new (G_APPLICATION (application), fixture->db->store);
  crm_reminder_notifier_set_sender (notifier, count_sent, sent);

  g_assert_cmpuint (crm_reminder_notifier_check (notifier, now ()), ==, 1);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_cmpuint (crm_reminder_notifier_check (notifier, now () + 60), ==, 0);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (application), "open-contract"));

  /* Many at once: five of their own, then one for the rest; still once each. */
  for (int i = 0; i < 8; i++)
    g_object_unref (add_contract (fixture, "Batch", 3 + i));
  g_assert_cmpuint (crm_reminder_notifier_check (notifier, now () + 120), ==, 8);
  g_assert_cmpuint (sent->len, ==, 1 + 5 + 1);
  g_assert_cmpstr (g_ptr_array_index (sent, sent->len - 1), ==, "more-reminders");
  g_assert_cmpuint (crm_reminder_notifier_check (notifier, now () + 180), ==, 0);
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  CrmPreferencesWindow *preferences = crm_preferences_window_new (GTK_WINDOW (fixture->window), fixture->db->store);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GVariant) templates = NULL;

  gtk_window_set_default_size (GTK_WINDOW (preferences), 600, 800);
  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "service");
  crm_test_wait_until (window_is_mapped, preferences, "Preferences to appear");
  crm_test_save_screenshot (GTK_WIDGET (preferences), "service-preferences");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 700);
  crm_test_run_for (200);
  crm_test_save_screenshot (GTK_WIDGET (preferences), "service-preferences-narrow-dark");

  /* Untouched templates are not stored: the built-in text stays translatable. */
  templates = g_settings_get_value (settings, "status-message-templates");
  g_assert_cmpuint (g_variant_n_children (templates), ==, 0);
  crm_test_close_window (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui/service-messages/compose-sms", Fixture, NULL, fixture_set_up, test_compose_sms, fixture_tear_down);
  g_test_add ("/ui/service-messages/compose-no-email", Fixture, NULL, fixture_set_up, test_compose_no_email, fixture_tear_down);
  g_test_add ("/ui/service-messages/satisfaction", Fixture, NULL, fixture_set_up, test_satisfaction, fixture_tear_down);
  g_test_add ("/ui/service-messages/contract-editor", Fixture, NULL, fixture_set_up, test_contract_editor, fixture_tear_down);
  g_test_add ("/ui/service-messages/contracts-pane", Fixture, NULL, fixture_set_up, test_contracts_pane, fixture_tear_down);
  g_test_add ("/ui/service-messages/customer-page", Fixture, NULL, fixture_set_up, test_customer_page, fixture_tear_down);
  g_test_add ("/ui/service-messages/reminders-once", Fixture, NULL, fixture_set_up, test_reminders_once, fixture_tear_down);
  g_test_add ("/ui/service-messages/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);

  return g_test_run ();
}
