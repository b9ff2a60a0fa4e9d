/* test-ui.c: the window, driven as a user would, on a display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-customer-360.h"
#include "crm-customer-list.h"
#include "crm-customer-page.h"
#include "crm-customers-view.h"
#include "crm-demo.h"
#include "crm-test-utils.h"
#include "crm-activity-dialog.h"
#include "crm-contact-dialog.h"
#include "crm-import-dialog.h"
#include "crm-new-customer-dialog.h"
#include "crm-preferences-window.h"
#include "crm-window.h"

#define WAIT_SECONDS 10

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds; fails the test after a while. */
static void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *message = g_strdup_printf ("gave up waiting for %s", what);

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets the window lay out and draw a few frames. */
static void
settle (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

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
  wait_until (window_is_mapped, fixture->window, "the window to appear");

  fixture->view = crm_window_get_customers_view (fixture->window);
  g_assert_true (CRM_IS_CUSTOMERS_VIEW (fixture->view));
  settle (200);
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  fixture->view = NULL;
  settle (50);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->db = crm_test_db_new ();
  g_assert_true (crm_demo_generate (fixture->db->store, 300, 7, 1790000000, NULL, NULL, &error));
  g_assert_no_error (error);
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

/* Saves what the window shows, for people to look at (not compared). */
static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  GtkWidget *widget = GTK_WIDGET (fixture->window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat ("screenshot-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width = 0;
  int height = 0;

  /* The paintable is empty until the window has drawn a frame. */
  for (guint attempt = 0; node == NULL && attempt < WAIT_SECONDS * 10; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      settle (100);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s (%d×%d)", path, width, height);
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
    settle (20);
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
  wait_until (page_shows_data, page, "the customer page");
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
  wait_until (list_has_items, list, "the customer list");
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
  wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
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
  wait_until (page_has_activities, &check, "the new activity on the page");
  newest = g_ptr_array_index (crm_customer_page_get_data (page)->activities, 0);
  g_assert_cmpstr (crm_activity_get_subject (newest), ==, "Asked about the new catalogue");
  g_assert_cmpint (crm_activity_get_kind (newest), ==, CRM_ACTIVITY_KIND_CALL);

  /* A task needs a due date; it is kept. */
  g_assert_true (crm_customer_page_add_activity (page, CRM_ACTIVITY_KIND_TASK, "Send the quote", NULL,
                                                 1790600000, &error));
  g_assert_no_error (error);
  check.n = before + 2;
  wait_until (page_has_activities, &check, "the task on the page");

  /* Ctrl+L opens the dialog for the open customer: it must not crash. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-activity", NULL));
  settle (200);
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
  wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, position_with_contacts (fixture));
  before = crm_customer_page_get_data (page)->contacts->len;
  contact_id = g_strdup (crm_record_get_id (g_ptr_array_index (crm_customer_page_get_data (page)->contacts, 0)));

  crm_customer_page_delete_contact (page, contact_id);
  contact = crm_store_load (fixture->db->store, CRM_TYPE_CONTACT, contact_id, NULL);
  g_assert_true (crm_record_get_deleted (CRM_RECORD (contact)));
  g_clear_object (&contact);
  check.page = page;
  check.n = before - 1;
  wait_until (page_has_contacts, &check, "the page without the contact");
  save_screenshot (fixture, "wide-light-undo-toast");

  /* The toast's Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "customer-page.undo", NULL));
  contact = crm_store_load (fixture->db->store, CRM_TYPE_CONTACT, contact_id, NULL);
  g_assert_false (crm_record_get_deleted (CRM_RECORD (contact)));
  check.n = before;
  wait_until (page_has_contacts, &check, "the contact back on the page");
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
      wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
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
  wait_until (window_is_mapped, preferences, "the preferences");

  g_settings_set_uint (settings, "neglected-days", 45);
  g_assert_cmpuint (crm_customer_page_get_neglected_days (crm_customers_view_get_page (fixture->view)), ==, 45);
  g_settings_reset (settings, "neglected-days");

  gtk_window_destroy (GTK_WINDOW (preferences));
  settle (50);
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
  wait_until (list_has_items, crm_customers_view_get_list (fixture->view), "the customer list");
  page = open_customer (fixture, 0);

  dialogs[0] = GTK_WINDOW (crm_activity_dialog_new (page, CRM_ACTIVITY_KIND_TASK));
  dialogs[1] = GTK_WINDOW (crm_contact_dialog_new (page, NULL));
  dialogs[2] = GTK_WINDOW (crm_new_customer_dialog_new (GTK_WINDOW (fixture->window), fixture->db->store));
  dialogs[3] = GTK_WINDOW (crm_import_dialog_new (GTK_WINDOW (fixture->window), fixture->db->store, file));
  dialogs[4] = GTK_WINDOW (gtk_builder_get_object (shortcuts, "help_overlay"));
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      gtk_window_present (dialogs[i]);
      wait_until (window_is_mapped, dialogs[i], "a dialog");
      settle (100);
      gtk_window_destroy (dialogs[i]);
      settle (50);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The test command gives them a display (Xvfb); CI must not skip them. */
  if (!gtk_init_check ())
    {
      if (g_getenv ("CI") != NULL && *g_getenv ("CI") != '\0')
        g_error ("No display for the UI tests.");
      g_test_skip ("No display: the UI tests need one (build-aux/run-tests runs them under Xvfb).");
      return g_test_run ();
    }
  adw_init ();

  /* What AdwApplication does for the app itself: its style and icons. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/Crm/icons");
  {
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, "/org/example/Crm/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/ui/search-and-open", Fixture, NULL, fixture_set_up, test_search_and_open, fixture_tear_down);
  g_test_add ("/ui/log-activity", Fixture, NULL, fixture_set_up, test_log_activity, fixture_tear_down);
  g_test_add ("/ui/delete-contact-and-undo", Fixture, NULL, fixture_set_up, test_delete_contact_and_undo,
              fixture_tear_down);
  g_test_add ("/ui/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add ("/ui/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/dialogs-open", Fixture, NULL, fixture_set_up, test_dialogs_open, fixture_tear_down);
  g_test_add_func ("/ui/empty-database", test_empty_database);

  return g_test_run ();
}
