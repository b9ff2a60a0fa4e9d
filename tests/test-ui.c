/* test-ui.c: the window, driven as a user would, on a display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <libsecret/secret.h>
#include <string.h>

#include "crm-customer-360.h"
#include "crm-customer-list.h"
#include "crm-customer-page.h"
#include "crm-customers-view.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-activity-dialog.h"
#include "crm-conflict-dialog.h"
#include "crm-contact-dialog.h"
#include "crm-import-dialog.h"
#include "crm-import-preview-page.h"
#include "crm-new-customer-dialog.h"
#include "crm-preferences-window.h"
#include "crm-store-sync.h"
#include "crm-sync-client.h"
#include "crm-sync-credentials.h"
#include "crm-sync-indicator.h"
#include "crm-sync-page.h"
#include "crm-test-server.h"
#include "crm-window.h"

typedef struct
{
  CrmTestDb        *db;
  CrmWindow        *window;
  CrmCustomersView *view;
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

  fixture->view = crm_window_get_customers_view (fixture->window);
  g_assert_true (CRM_IS_CUSTOMERS_VIEW (fixture->view));
  crm_test_run_for (200);
}

static void
close_window (Fixture *fixture)
{
  crm_test_close_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  fixture->view = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = crm_test_ui_db_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  crm_test_db_free (fixture->db);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}


static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), name);
}

static gboolean
list_has_items (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (data)) > 0;
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  GtkEditable *entry = crm_customers_view_get_search_entry (fixture->view);
  CrmCustomerList *list = crm_customers_view_get_list (fixture->view);

  gtk_editable_set_text (entry, text);
  /* The entry waits a moment before it searches, as it does for typing. */
  while (g_strcmp0 (crm_customer_list_get_search (list), text[0] != '\0' ? text : NULL) != 0)
    crm_test_run_for (20);
}

static gboolean
page_shows_data (gpointer data)
{
  return crm_customer_page_get_data (CRM_CUSTOMER_PAGE (data)) != NULL;
}

/* Opens the customer at @position as a click does, and waits for its page. */
static CrmCustomerPage *
open_customer (Fixture *fixture,
               guint    position)
{
  CrmCustomerPage *page = crm_customers_view_get_page (fixture->view);
  g_autoptr(CrmCustomer) customer = g_list_model_get_item (G_LIST_MODEL (crm_customers_view_get_list (fixture->view)),
                                                           position);

  g_assert_nonnull (customer);
  crm_customers_view_open_position (fixture->view, position);
  g_assert_cmpstr (crm_customer_page_get_customer_id (page), ==, crm_record_get_id (CRM_RECORD (customer)));
  crm_test_wait_until (page_shows_data, page, "the customer page");
  g_assert_cmpstr (crm_customer_get_name (crm_customer_page_get_data (page)->customer), ==,
                   crm_customer_get_name (customer));

  return page;
}

static void
test_search_and_open (Fixture       *fixture,
                      gconstpointer  data)
{
  CrmCustomerList *list;
  g_autoptr(CrmCustomer) first = NULL;
  g_autofree char *prefix = NULL;
  guint n_all, n_found;
  gboolean found = FALSE;

  open_window (fixture, 1280, 800);
  list = crm_customers_view_get_list (fixture->view);
  crm_test_wait_until (list_has_items, list, "the customer list");
  n_all = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n_all, ==, 300);

  /* Three letters of a name find that customer. */
  first = g_list_model_get_item (G_LIST_MODEL (list), n_all / 2);
  prefix = g_utf8_substring (crm_customer_get_name (first), 0, 3);
  type_search (fixture, prefix);
  n_found = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_found, <, n_all);
  for (guint i = 0; i < n_found && !found; i++)
    {
      g_autoptr(CrmCustomer) customer = g_list_model_get_item (G_LIST_MODEL (list), i);

      found = g_strcmp0 (crm_record_get_id (CRM_RECORD (customer)), crm_record_get_id (CRM_RECORD (first))) == 0;
    }
  g_assert_true (found);

  open_customer (fixture, 0);
  save_screenshot (fixture, "wide-light-search");

  /* Escape's job: an empty search shows everyone again. */
  type_search (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_all);
}

static gint64
count_activities (CrmStore   *store,
                  const char *customer_id)
{
  g_autoptr(GPtrArray) activities = crm_store_list (store, CRM_TYPE_ACTIVITY, "customer-id", customer_id, NULL);

  return activities->len;
}

typedef struct
{
  CrmCustomerPage *page;
  guint            n;
} CountCheck;

static gboolean
page_has_activities (gpointer data)
{
  CountCheck *check = data;
  const CrmCustomer360 *shown = crm_customer_page_get_data (check->page);

  return shown != NULL && shown->activities->len == check->n;
}

static gboolean
page_has_contacts (gpointer data)
{
  CountCheck *check = data;
  const CrmCustomer360 *shown = crm_customer_page_get_data (check->page);

  return shown != NULL && shown->contacts->len == check->n;
}

static void
test_log_activity (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CrmCustomerPage *page;
  const char *id;
  gint64 before;
  CountCheck check;
  CrmActivity *newest;

  open_window (fixture, 1280, 800);
  crm_test_wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, 3);
  id = crm_customer_page_get_customer_id (page);
  before = count_activities (fixture->db->store, id);

  g_assert_true (crm_customer_page_add_activity (page, CRM_ACTIVITY_KIND_CALL, "Asked about the new catalogue",
                                                 "Call back next week", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_activities (fixture->db->store, id), ==, before + 1);

  /* The page shows it without being reopened, newest first. */
  check.page = page;
  check.n = before + 1;
  crm_test_wait_until (page_has_activities, &check, "the new activity on the page");
  newest = g_ptr_array_index (crm_customer_page_get_data (page)->activities, 0);
  g_assert_cmpstr (crm_activity_get_subject (newest), ==, "Asked about the new catalogue");
  g_assert_cmpint (crm_activity_get_kind (newest), ==, CRM_ACTIVITY_KIND_CALL);

  /* A task needs a due date; it is kept. */
  g_assert_true (crm_customer_page_add_activity (page, CRM_ACTIVITY_KIND_TASK, "Send the quote", NULL,
                                                 1790600000, &error));
  g_assert_no_error (error);
  check.n = before + 2;
  crm_test_wait_until (page_has_activities, &check, "the task on the page");

  /* Ctrl+L opens the dialog for the open customer: it must not crash. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-activity", NULL));
  crm_test_run_for (200);
}

/* Finds a customer in the list with at least one contact. */
static guint
position_with_contacts (Fixture *fixture)
{
  GListModel *list = G_LIST_MODEL (crm_customers_view_get_list (fixture->view));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CrmCustomer) customer = g_list_model_get_item (list, i);
      g_autoptr(GPtrArray) contacts = crm_store_list (fixture->db->store, CRM_TYPE_CONTACT, "customer-id",
                                                      crm_record_get_id (CRM_RECORD (customer)), NULL);

      if (contacts->len >= 2)
        return i;
    }

  g_assert_not_reached ();
}

static void
test_delete_contact_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  CrmCustomerPage *page;
  g_autofree char *contact_id = NULL;
  g_autoptr(CrmContact) contact = NULL;
  CountCheck check;
  guint before;

  open_window (fixture, 1280, 800);
  crm_test_wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, position_with_contacts (fixture));
  before = crm_customer_page_get_data (page)->contacts->len;
  contact_id = g_strdup (crm_record_get_id (g_ptr_array_index (crm_customer_page_get_data (page)->contacts, 0)));

  crm_customer_page_delete_contact (page, contact_id);
  contact = crm_store_load (fixture->db->store, CRM_TYPE_CONTACT, contact_id, NULL);
  g_assert_true (crm_record_get_deleted (CRM_RECORD (contact)));
  g_clear_object (&contact);
  check.page = page;
  check.n = before - 1;
  crm_test_wait_until (page_has_contacts, &check, "the page without the contact");
  save_screenshot (fixture, "wide-light-undo-toast");

  /* The toast's Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "customer-page.undo", NULL));
  contact = crm_store_load (fixture->db->store, CRM_TYPE_CONTACT, contact_id, NULL);
  g_assert_false (crm_record_get_deleted (CRM_RECORD (contact)));
  check.n = before;
  crm_test_wait_until (page_has_contacts, &check, "the contact back on the page");
}

/* The main screens, wide and narrow, light and dark, for people to look at. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *name;
    int         width;
    int         height;
    gboolean    dark;
    gboolean    open;
  } shots[] = {
    { "wide-light", 1280, 800, FALSE, TRUE },
    { "wide-dark", 1280, 800, TRUE, TRUE },
    { "narrow-light-list", 360, 720, FALSE, FALSE },
    { "narrow-dark-list", 360, 720, TRUE, FALSE },
    { "narrow-light-customer", 360, 720, FALSE, TRUE },
    { "narrow-dark-customer", 360, 720, TRUE, TRUE },
    { "full-hd-light", 1920, 1080, FALSE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      open_window (fixture, shots[i].width, shots[i].height);
      crm_test_wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
      if (shots[i].open)
        open_customer (fixture, position_with_contacts (fixture));
      save_screenshot (fixture, shots[i].name);
      close_window (fixture);
    }
}

/* An empty database offers to import, to create, or to load the demo. */
static void
test_empty_database (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  Fixture fixture = { db, NULL, NULL };

  open_window (&fixture, 1280, 800);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (crm_customers_view_get_list (fixture.view))), ==, 0);
  save_screenshot (&fixture, "wide-light-empty");
  close_window (&fixture);
  fixture.db = NULL;
}

/* Preferences open on the window and change the settings the views use. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CrmPreferencesWindow *preferences;

  open_window (fixture, 1280, 800);
  preferences = crm_preferences_window_new (GTK_WINDOW (fixture->window), fixture->db->store);
  gtk_window_present (GTK_WINDOW (preferences));
  crm_test_wait_until (window_is_mapped, preferences, "the preferences");

  g_settings_set_uint (settings, "neglected-days", 45);
  g_assert_cmpuint (crm_customer_page_get_neglected_days (crm_customers_view_get_page (fixture->view)), ==, 45);
  g_settings_reset (settings, "neglected-days");

  gtk_window_destroy (GTK_WINDOW (preferences));
  crm_test_run_for (50);
}

/* The Sync page of the Preferences, open over the window. */
static CrmSyncPage *
open_sync_page (Fixture               *fixture,
                int                    width,
                CrmPreferencesWindow **preferences)
{
  AdwPreferencesPage *page;

  *preferences = crm_preferences_window_new (GTK_WINDOW (fixture->window), fixture->db->store);
  gtk_window_set_default_size (GTK_WINDOW (*preferences), width, 640);
  gtk_window_present (GTK_WINDOW (*preferences));
  crm_test_wait_until (window_is_mapped, *preferences, "the preferences");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (*preferences), "sync");
  page = adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (*preferences));
  g_assert_true (CRM_IS_SYNC_PAGE (page));
  crm_test_run_for (100);

  return CRM_SYNC_PAGE (page);
}

static void
close_preferences (CrmPreferencesWindow *preferences)
{
  gtk_widget_set_visible (GTK_WIDGET (preferences), FALSE);
  crm_test_run_for (50);
  gtk_window_destroy (GTK_WINDOW (preferences));
  crm_test_run_for (50);
}

static gboolean
sync_page_is_idle (gpointer data)
{
  return !crm_sync_page_get_busy (CRM_SYNC_PAGE (data));
}

/* Fills the fields, presses the button of @action and waits for the answer;
 * returns the sentence the page then shows. */
static const char *
sync_page_run (CrmSyncPage *page,
               const char  *action,
               const char  *url,
               const char  *user,
               const char  *password)
{
  if (url != NULL)
    gtk_editable_set_text (crm_sync_page_get_address_entry (page), url);
  if (user != NULL)
    gtk_editable_set_text (crm_sync_page_get_user_entry (page), user);
  if (password != NULL)
    gtk_editable_set_text (crm_sync_page_get_password_entry (page), password);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  crm_test_wait_until (sync_page_is_idle, page, "the sync server's answer");
  g_assert_nonnull (crm_sync_page_get_status (page));
  g_test_message ("%s: %s", action, crm_sync_page_get_status (page));

  return crm_sync_page_get_status (page);
}

static void
assert_no_sync_account (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *url = g_settings_get_string (settings, "sync-url");
  g_autofree char *user = g_settings_get_string (settings, "sync-user");

  g_assert_cmpstr (url, ==, "");
  g_assert_cmpstr (user, ==, "");
}

static void
reset_sync_account (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "sync-url");
  g_settings_reset (settings, "sync-user");
}

/* An address that cannot be one is refused before any request. */
static void
test_sync_page_bad_address (Fixture       *fixture,
                            gconstpointer  data)
{
  CrmPreferencesWindow *preferences;
  CrmSyncPage *page;

  open_window (fixture, 1280, 800);
  page = open_sync_page (fixture, 560, &preferences);

  g_assert_null (crm_sync_page_get_status (page));
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", "", "", ""), "Type the address"));
  g_assert_nonnull (strstr (sync_page_run (page, "sync.test", "couch.example.com/acme-crm", "ayse", "pw"),
                            "is not a server address"));
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", "ftp://couch.example.com/acme-crm", NULL, NULL),
                            "is not a server address"));
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", "https://couch.example.com/", NULL, NULL),
                            "names no database"));
  crm_test_save_screenshot (GTK_WIDGET (preferences), "preferences-sync-bad-address");
  assert_no_sync_account ();

  /* The sentence was about the old address. */
  gtk_editable_set_text (crm_sync_page_get_address_entry (page), "https://couch.example.com/acme-crm");
  g_assert_null (crm_sync_page_get_status (page));

  close_preferences (preferences);
}

/* A server that is not there: its message, and nothing saved. */
static void
test_sync_page_unreachable (Fixture       *fixture,
                            gconstpointer  data)
{
  CrmPreferencesWindow *preferences;
  CrmSyncPage *page;
  int minimum = 0;

  open_window (fixture, 1280, 800);
  page = open_sync_page (fixture, 360, &preferences);

  /* It fits a phone (the window itself is 360 pixels wide at least). */
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_assert_nonnull (strstr (sync_page_run (page, "sync.test", "http://127.0.0.1:9/crm", "ayse", "s3cret"),
                            "cannot be reached"));
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", NULL, NULL, NULL), "cannot be reached"));
  assert_no_sync_account ();
  crm_test_run_for (500);  /* the header's switcher turns into a title */
  crm_test_save_screenshot (GTK_WIDGET (preferences), "narrow-preferences-sync-unreachable");

  close_preferences (preferences);
}

static void
test_sync_page_wrong_password (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require_with_auth ("ayse", "s3cret");
  g_autofree char *url = NULL;
  CrmPreferencesWindow *preferences;
  CrmSyncPage *page;

  if (server == NULL)
    return;
  url = crm_test_server_new_database_url (server, "ui");

  open_window (fixture, 1280, 800);
  page = open_sync_page (fixture, 560, &preferences);
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", url, "ayse", "wrong"),
                            "refused the user name or password"));
  assert_no_sync_account ();

  close_preferences (preferences);
}

/* A missing database is offered for creation; once created, the account is
 * saved (an open server: no user name, so nothing for the keyring). */
static void
test_sync_page_create_database (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *saved_url = NULL;
  g_autofree char *saved_user = NULL;
  CrmPreferencesWindow *preferences;
  CrmSyncPage *page;

  if (server == NULL)
    return;
  url = crm_test_server_new_database_url (server, "ui");

  open_window (fixture, 1280, 800);
  page = open_sync_page (fixture, 560, &preferences);

  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", url, "", ""), "does not exist"));
  assert_no_sync_account ();
  crm_test_save_screenshot (GTK_WIDGET (preferences), "preferences-sync-no-database");

  g_assert_true (g_str_has_prefix (sync_page_run (page, "sync.create-database", NULL, NULL, NULL), "Created "));
  saved_url = g_settings_get_string (settings, "sync-url");
  saved_user = g_settings_get_string (settings, "sync-user");
  g_assert_cmpstr (saved_url, ==, url);
  g_assert_cmpstr (saved_user, ==, "");

  client = crm_sync_client_new (url, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (crm_sync_client_check (client, NULL, &error));
  g_assert_no_error (error);

  /* Testing again just says so; it saves nothing. */
  g_assert_true (g_str_has_prefix (sync_page_run (page, "sync.test", NULL, NULL, NULL), "Connected to "));
  crm_test_save_screenshot (GTK_WIDGET (preferences), "preferences-sync");

  close_preferences (preferences);
  reset_sync_account ();
}

typedef struct
{
  GMainLoop *loop;
  char      *password;
  GError    *error;
} Lookup;

static void
password_looked_up (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Lookup *lookup = user_data;

  lookup->password = crm_sync_credentials_lookup_finish (result, &lookup->error);
  g_main_loop_quit (lookup->loop);
}

/* What the keyring holds for the account, NULL for nothing. */
static char *
keyring_password (const char *url,
                  const char *user)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Lookup lookup = { loop, NULL, NULL };
  char *copy;

  crm_sync_credentials_lookup (url, user, NULL, password_looked_up, &lookup);
  g_main_loop_run (loop);
  g_assert_no_error (lookup.error);
  copy = g_strdup (lookup.password);
  g_clear_pointer (&lookup.password, secret_password_free);

  return copy;
}

static gboolean
password_filled_in (gpointer data)
{
  return *gtk_editable_get_text (crm_sync_page_get_password_entry (CRM_SYNC_PAGE (data))) != '\0';
}

static gboolean
is_message_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *(AdwMessageDialog **)data = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

/* With the keyring (suite 'keyring'): Connect keeps the password there and
 * only there, the page fills it in next time, and Forget Account removes
 * it along with the settings. */
static void
test_sync_page_keyring (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require_with_auth ("ayse", "s3cret wörd");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *url = NULL;
  g_autofree char *saved_url = NULL;
  g_autofree char *saved_user = NULL;
  g_autofree char *password = NULL;
  const char *ci = g_getenv ("CI");
  CrmPreferencesWindow *preferences;
  AdwMessageDialog *dialog = NULL;
  CrmSyncPage *page;
  const char *status;

  if (server == NULL)
    return;
  url = crm_test_server_new_database_url (server, "ui");

  open_window (fixture, 1280, 800);
  page = open_sync_page (fixture, 560, &preferences);
  g_assert_nonnull (strstr (sync_page_run (page, "sync.connect", url, "ayse", "s3cret wörd"), "does not exist"));
  status = sync_page_run (page, "sync.create-database", NULL, NULL, NULL);
  if (strstr (status, "keyring") != NULL && (ci == NULL || *ci == '\0'))
    {
      /* Not saved, and not said to be. */
      assert_no_sync_account ();
      g_test_skip (status);
      close_preferences (preferences);
      return;
    }
  g_assert_true (g_str_has_prefix (status, "Created "));
  saved_url = g_settings_get_string (settings, "sync-url");
  saved_user = g_settings_get_string (settings, "sync-user");
  g_assert_cmpstr (saved_url, ==, url);
  g_assert_cmpstr (saved_user, ==, "ayse");
  password = keyring_password (url, "ayse");
  g_assert_cmpstr (password, ==, "s3cret wörd");
  close_preferences (preferences);

  /* Opened again, the page has it all. */
  page = open_sync_page (fixture, 560, &preferences);
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_address_entry (page)), ==, url);
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_user_entry (page)), ==, "ayse");
  crm_test_wait_until (password_filled_in, page, "the password from the keyring");
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_password_entry (page)), ==, "s3cret wörd");
  g_assert_true (g_str_has_prefix (sync_page_run (page, "sync.test", NULL, NULL, NULL), "Connected to "));

  /* Forget Account asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sync.forget", NULL));
  crm_test_wait_until (is_message_dialog, &dialog, "the confirmation");
  adw_message_dialog_response (dialog, "forget");
  gtk_window_destroy (GTK_WINDOW (dialog));
  crm_test_wait_until (sync_page_is_idle, page, "the keyring");
  g_assert_true (g_str_has_prefix (crm_sync_page_get_status (page), "The sync account is forgotten"));
  assert_no_sync_account ();
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_address_entry (page)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_user_entry (page)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (crm_sync_page_get_password_entry (page)), ==, "");
  g_clear_pointer (&password, g_free);
  password = keyring_password (url, "ayse");
  g_assert_null (password);

  close_preferences (preferences);
}

static GtkDropDown *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The column mapping names the fields as the views do, not by their
 * property names. */
static void
test_import_field_labels (void)
{
  static const char text[] = "Postcode,name\n34000,Ayşe\n";
  g_autoptr(GBytes) csv = g_bytes_new_static (text, sizeof text - 1);
  CrmImportPreviewPage *page = g_object_ref_sink (g_object_new (CRM_TYPE_IMPORT_PREVIEW_PAGE, NULL));
  GtkDropDown *drop_down;
  GListModel *choices;
  gboolean postal_code = FALSE;

  crm_import_preview_page_set_bytes (page, csv);
  drop_down = find_drop_down (GTK_WIDGET (page));
  g_assert_nonnull (drop_down);
  choices = gtk_drop_down_get_model (drop_down);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      const char *label = gtk_string_list_get_string (GTK_STRING_LIST (choices), i);

      g_assert_null (strchr (label, '-'));
      postal_code |= g_str_equal (label, "Postal Code");
    }
  g_assert_true (postal_code);

  g_object_unref (page);
}

/* Every dialog builds from its template on this GTK and libadwaita (a
 * property from a newer version breaks the whole template). */
static void
test_dialogs_open (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *csv = crm_test_write_file (fixture->db, "few.csv", "name,email\nAyşe,ayse@example.com\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  CrmCustomerPage *page;
  g_autoptr(GtkBuilder) shortcuts = gtk_builder_new_from_resource ("/org/example/Crm/gtk/help-overlay.ui");
  GtkWindow *dialogs[5];

  open_window (fixture, 1280, 800);
  crm_test_wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, 0);

  dialogs[0] = GTK_WINDOW (crm_activity_dialog_new (page, CRM_ACTIVITY_KIND_TASK));
  dialogs[1] = GTK_WINDOW (crm_contact_dialog_new (page, NULL));
  dialogs[2] = GTK_WINDOW (crm_new_customer_dialog_new (GTK_WINDOW (fixture->window), fixture->db->store));
  dialogs[3] = GTK_WINDOW (crm_import_dialog_new (GTK_WINDOW (fixture->window), fixture->db->store, file));
  dialogs[4] = GTK_WINDOW (gtk_builder_get_object (shortcuts, "help_overlay"));
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      gtk_window_present (dialogs[i]);
      crm_test_wait_until (window_is_mapped, dialogs[i], "a dialog");
      crm_test_run_for (100);
      gtk_window_destroy (dialogs[i]);
      crm_test_run_for (50);
    }
}

static gboolean
banner_is_revealed (gpointer data)
{
  return crm_conflict_banner_get_revealed (CRM_CONFLICT_BANNER (data));
}

static gboolean
banner_is_hidden (gpointer data)
{
  return !crm_conflict_banner_get_revealed (CRM_CONFLICT_BANNER (data));
}

static CrmConflictDialog *
find_conflict_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CRM_IS_CONFLICT_DIALOG (window))
        return CRM_CONFLICT_DIALOG (window);
    }

  return NULL;
}

static gboolean
toggle_is_active (gpointer data)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

/* Picks the other computer's value of @property, as the keyboard does. */
static void
choose_other (CrmConflictDialog *dialog,
              const char        *property)
{
  GtkToggleButton *shown = crm_conflict_dialog_get_choice (dialog, property, 0);
  GtkToggleButton *other = crm_conflict_dialog_get_choice (dialog, property, 1);

  g_assert_nonnull (shown);
  g_assert_nonnull (other);
  g_assert_null (crm_conflict_dialog_get_choice (dialog, property, 2));
  g_assert_true (gtk_toggle_button_get_active (shown));
  g_assert_false (gtk_toggle_button_get_active (other));

  /* As Space does: the button shows itself pressed a moment first. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (other)));
  crm_test_wait_until (toggle_is_active, other, "the other value to be chosen");
  g_assert_false (gtk_toggle_button_get_active (shown));
}

/* A customer edited on two computers at once: the page says so, and the
 * dialog keeps what is chosen field by field, at the narrowest width. */
static void
test_resolve_conflict (Fixture       *fixture,
                       gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *revision = NULL;
  g_autofree char *their_city = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(CrmContact) reloaded = NULL;
  CrmConflictBanner *banner;
  CrmConflictDialog *dialog;
  CrmCustomerPage *page;

  open_window (fixture, 360, 720);
  crm_test_wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, position_with_contacts (fixture));
  banner = crm_customer_page_get_conflict_banner (page);
  g_assert_false (crm_conflict_banner_get_revealed (banner));

  id = g_strdup (crm_customer_page_get_customer_id (page));
  customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  their_city = g_strconcat ("North ", crm_customer_get_city (customer), NULL);
  revision = crm_test_add_conflict (store, CRM_RECORD (customer), "city", their_city);

  /* The page learns of it from the store, as after a sync. */
  crm_test_wait_until (banner_is_revealed, banner, "the conflict banner");
  g_assert_nonnull (strstr (crm_conflict_banner_get_title (banner), "two computers"));
  crm_test_run_for (400);
  save_screenshot (fixture, "narrow-light-conflict-banner");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "customer-page.resolve-conflict", NULL));
  dialog = find_conflict_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 560);
  crm_test_wait_until (window_is_mapped, dialog, "the conflict dialog");
  g_assert_cmpuint (crm_conflict_dialog_get_n_fields (dialog), ==, 1);
  choose_other (dialog, "city");
  crm_test_run_for (300);
  crm_test_save_screenshot (GTK_WIDGET (dialog), "narrow-light-conflict-dialog");

  /* An edit made meanwhile is not overwritten by choices made before it:
   * the dialog shows the versions again. */
  g_clear_object (&customer);
  customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);
  crm_customer_set_phone (customer, "+47 22 00 00 00");
  g_assert_true (crm_store_save (store, CRM_RECORD (customer), &error));
  g_assert_false (crm_conflict_dialog_keep (dialog, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (crm_conflict_dialog_get_n_fields (dialog), ==, 2);
  choose_other (dialog, "city");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.keep", NULL));
  g_assert_null (find_conflict_dialog ());
  crm_test_wait_until (banner_is_hidden, banner, "the banner to go");

  g_clear_object (&customer);
  customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_customer_get_city (customer), ==, their_city);
  g_assert_cmpstr (crm_customer_get_phone (customer), ==, "+47 22 00 00 00");
  g_assert_cmpstr (crm_customer_get_city (crm_customer_page_get_data (page)->customer), ==, their_city);
  conflicts = crm_store_sync_list_record_conflicts (store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* A contact's conflict shows on its customer's page too; keeping the
   * version shown keeps its values. */
  contact = g_object_ref (g_ptr_array_index (crm_customer_page_get_data (page)->contacts, 0));
  g_clear_pointer (&revision, g_free);
  revision = crm_test_add_conflict (store, CRM_RECORD (contact), "mobile", "+47 900 00 000");
  crm_test_wait_until (banner_is_revealed, banner, "the banner for the contact");
  g_assert_nonnull (strstr (crm_conflict_banner_get_title (banner), crm_contact_get_name (contact)));
  dialog = CRM_CONFLICT_DIALOG (crm_customer_page_resolve_conflict (page));
  g_assert_nonnull (dialog);
  g_assert_nonnull (crm_conflict_dialog_get_choice (dialog, "mobile", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.keep", NULL));
  crm_test_wait_until (banner_is_hidden, banner, "the banner to go again");
  g_clear_object (&customer);
  reloaded = crm_store_load (store, CRM_TYPE_CONTACT, crm_record_get_id (CRM_RECORD (contact)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_contact_get_mobile (reloaded), ==, crm_contact_get_mobile (contact));
  g_assert_cmpuint (g_ascii_strtoull (crm_record_get_rev (CRM_RECORD (reloaded)), NULL, 10), >,
                    g_ascii_strtoull (crm_record_get_rev (CRM_RECORD (contact)), NULL, 10));

  /* Three versions at once, one of them like the shown one: one choice
   * closes both others. */
  customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);
  g_clear_pointer (&revision, g_free);
  revision = crm_test_add_conflict (store, CRM_RECORD (customer), "segment", "Wholesale");
  g_clear_pointer (&revision, g_free);
  revision = crm_test_add_conflict (store, CRM_RECORD (customer), "segment", crm_customer_get_segment (customer));
  crm_test_wait_until (banner_is_revealed, banner, "the banner for three versions");
  g_assert_nonnull (strstr (crm_conflict_banner_get_title (banner), "several computers"));
  dialog = CRM_CONFLICT_DIALOG (crm_customer_page_resolve_conflict (page));
  g_assert_cmpuint (crm_conflict_dialog_get_n_fields (dialog), ==, 1);
  choose_other (dialog, "segment");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.keep", NULL));
  crm_test_wait_until (banner_is_hidden, banner, "the banner to go for good");
  g_clear_object (&customer);
  customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_cmpstr (crm_customer_get_segment (customer), ==, "Wholesale");
  conflicts = crm_store_sync_list_record_conflicts (store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

static CrmSyncIndicator *
find_sync_indicator (GtkWidget *widget)
{
  if (CRM_IS_SYNC_INDICATOR (widget))
    return CRM_SYNC_INDICATOR (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      CrmSyncIndicator *found = find_sync_indicator (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
sync_is_offline (gpointer data)
{
  return crm_sync_service_get_state (data) == CRM_SYNC_STATE_OFFLINE;
}

/* The header bar shows sync only once it is set up; a server that cannot be
 * reached shows as offline, with the sentence that says so a click away. */
static void
test_sync_indicator (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrmSyncService) service = crm_sync_service_new (fixture->db->store);
  CrmSyncIndicator *indicator;
  GtkWidget *button;
  GtkPopover *popover;

  open_window (fixture, 1280, 800);
  g_object_set (fixture->window, "sync-service", service, NULL);
  indicator = find_sync_indicator (GTK_WIDGET (fixture->window));
  g_assert_nonnull (indicator);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (indicator)));

  crm_sync_service_set_account (service, "http://127.0.0.1:9/crm", NULL, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (indicator)));
  crm_test_wait_until (sync_is_offline, service, "the offline state");
  button = gtk_widget_get_first_child (GTK_WIDGET (indicator));
  g_assert_true (GTK_IS_MENU_BUTTON (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Offline"));
  g_assert_cmpstr (crm_sync_indicator_get_details (indicator), ==,
                   "The server cannot be reached; Crm keeps working offline and catches up when it is back.");

  save_screenshot (fixture, "wide-light-sync-offline");
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  crm_sync_indicator_show_details (indicator);
  crm_test_wait_until (window_is_mapped, popover, "the sync popover");
  crm_test_save_screenshot (GTK_WIDGET (popover), "sync-popover-offline");
  gtk_popover_popdown (popover);

  /* An error says what went wrong. */
  crm_sync_service_set_account (service, "ftp://example.com/crm", NULL, NULL);
  g_assert_cmpint (crm_sync_service_get_state (service), ==, CRM_SYNC_STATE_ERROR);
  g_assert_cmpstr (crm_sync_indicator_get_details (indicator), ==, crm_sync_service_get_message (service));

  crm_sync_service_set_account (service, NULL, NULL, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (indicator)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui/search-and-open", Fixture, NULL, fixture_set_up, test_search_and_open, fixture_tear_down);
  g_test_add ("/ui/log-activity", Fixture, NULL, fixture_set_up, test_log_activity, fixture_tear_down);
  g_test_add ("/ui/delete-contact-and-undo", Fixture, NULL, fixture_set_up, test_delete_contact_and_undo,
              fixture_tear_down);
  g_test_add ("/ui/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add ("/ui/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/dialogs-open", Fixture, NULL, fixture_set_up, test_dialogs_open, fixture_tear_down);
  g_test_add_func ("/ui/empty-database", test_empty_database);
  g_test_add_func ("/ui/import-field-labels", test_import_field_labels);
  g_test_add ("/ui/sync-indicator", Fixture, NULL, fixture_set_up, test_sync_indicator, fixture_tear_down);
  g_test_add ("/ui/resolve-conflict", Fixture, NULL, fixture_set_up, test_resolve_conflict, fixture_tear_down);
  g_test_add ("/ui/sync-page/bad-address", Fixture, NULL, fixture_set_up, test_sync_page_bad_address,
              fixture_tear_down);
  g_test_add ("/ui/sync-page/unreachable", Fixture, NULL, fixture_set_up, test_sync_page_unreachable,
              fixture_tear_down);
  g_test_add ("/ui/sync-page/wrong-password", Fixture, NULL, fixture_set_up, test_sync_page_wrong_password,
              fixture_tear_down);
  g_test_add ("/ui/sync-page/create-database", Fixture, NULL, fixture_set_up, test_sync_page_create_database,
              fixture_tear_down);
  /* Only in the suite 'keyring' (tests/meson.build), which has one. */
  if (g_getenv ("CRM_TEST_KEYRING") != NULL)
    g_test_add ("/ui/keyring/sync-page", Fixture, NULL, fixture_set_up, test_sync_page_keyring, fixture_tear_down);

  return g_test_run ();
}
