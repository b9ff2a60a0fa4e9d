/* crm-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-application.h"
#include "crm-bench-driver.h"
#include "crm-preferences-window.h"
#include "crm-reminder-notifier.h"
#include "products/crm-products-window.h"
#include "crm-sync-service.h"
#include "crm-window.h"

struct _CrmApplication
{
  AdwApplication  parent_instance;

  char           *db_path;      /* --db, or NULL for the default */
  gboolean        load_demo;    /* --demo */
  gboolean        bench;        /* --bench, for crm-tool bench */
  CrmStore       *store;
  char           *store_error;  /* why the database could not be opened */
  CrmSyncService *sync_service; /* with the store */
  CrmReminderNotifier *reminders; /* with the store */
  GSettings      *settings;
  char           *sync_url;     /* the account the service has */
  char           *sync_user;
};

G_DEFINE_FINAL_TYPE (CrmApplication, crm_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_SYNC_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CrmApplication *
crm_application_new (void)
{
  return g_object_new (CRM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/example/Crm",
                       NULL);
}

/**
 * crm_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open database, or %NULL when it
 *   could not be opened (the window then says why).
 */
CrmStore *
crm_application_get_store (CrmApplication *self)
{
  g_return_val_if_fail (CRM_IS_APPLICATION (self), NULL);

  return self->store;
}

/* Preferences change both keys at once, which is two signals; the service
 * hears of a new account once. (A new password for the same account reaches
 * it through app.sync-now, which reads the keyring again.) */
static void
sync_settings_changed_cb (CrmApplication *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "sync-url");
  g_autofree char *user = g_settings_get_string (self->settings, "sync-user");

  if (g_strcmp0 (url, self->sync_url) == 0 && g_strcmp0 (user, self->sync_user) == 0)
    return;

  g_free (self->sync_url);
  self->sync_url = g_steal_pointer (&url);
  g_free (self->sync_user);
  self->sync_user = g_steal_pointer (&user);
  crm_sync_service_set_account (self->sync_service, self->sync_url, self->sync_user, NULL);
}

static void
start_sync_service (CrmApplication *self)
{
  self->sync_service = crm_sync_service_new (self->store);
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::sync-url", G_CALLBACK (sync_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sync-user", G_CALLBACK (sync_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  sync_settings_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC_SERVICE]);
}

static void
open_store (CrmApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;

  self->store = crm_store_open (self->db_path, &error);
  if (self->store == NULL)
    {
      g_warning ("%s", error->message);
      self->store_error = g_strdup (error->message);
      return;
    }

  /* A measurement of Crm alone, without a sync running alongside. */
  if (!self->bench)
    start_sync_service (self);
  if (!self->bench)
    self->reminders = crm_reminder_notifier_new (G_APPLICATION (self), self->store);
}

static gint
crm_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  CrmApplication *self = CRM_APPLICATION (application);
  g_autofree char *db_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "crm", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^ay", &db_path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (db_path);

      g_free (self->db_path);
      self->db_path = g_file_get_path (file);
    }
  self->load_demo = g_variant_dict_contains (options, "demo");
  self->bench = g_variant_dict_contains (options, "bench");

  /* A running Crm would only raise its own window: another database (two
   * copies syncing on one machine), or a measurement, needs a process of
   * its own. */
  if (self->db_path != NULL || self->bench)
    g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return G_APPLICATION_CLASS (crm_application_parent_class)->handle_local_options (application, options);
}

static void
crm_application_activate (GApplication *application)
{
  CrmApplication *self = CRM_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  open_store (self);

  if (window == NULL)
    {
      window = GTK_WINDOW (crm_window_new (self, self->store, self->store_error));
      if (self->load_demo && self->store != NULL)
        crm_window_load_demo_if_empty (CRM_WINDOW (window));
      if (self->bench)
        crm_bench_driver_attach (window);
    }

  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CrmApplication *self = CRM_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  CrmPreferencesWindow *preferences = crm_preferences_window_new (parent, self->store);

  gtk_window_present (GTK_WINDOW (preferences));
}

/* One catalogue window: a second Ctrl+Shift+P brings the first forward. */
static void
products_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CrmApplication *self = CRM_APPLICATION (user_data);

  if (self->store == NULL)
    return;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CRM_IS_PRODUCTS_WINDOW (l->data))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }

  gtk_window_present (GTK_WINDOW (crm_products_window_new (GTK_APPLICATION (self), self->store)));
}

static void
sync_now_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CrmApplication *self = CRM_APPLICATION (user_data);

  if (self->sync_service != NULL)
    crm_sync_service_sync_now (self->sync_service);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CrmApplication *self = CRM_APPLICATION (user_data);
  const char *developers[] = { "The Crm developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Crm"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Crm developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Customers, sales and service for small businesses, offline first"),
                         "developers", developers,
                         "copyright", "© 2026 The Crm developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "products", products_activated },
  { "sync-now", sync_now_activated },
  { "about", about_activated },
};

/* Every shortcut of the window, in one place; the shortcuts window
 * (ui/gtk/help-overlay.ui) lists the same. */
static const struct {
  const char *action;
  const char *accels[3];
} shortcuts[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.products", { "<Control><Shift>p", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.view('customers')", { "<Alt>1", NULL } },
  { "win.view('pipeline')", { "<Alt>2", NULL } },
  { "win.view('service')", { "<Alt>3", NULL } },
  { "win.view('dashboard')", { "<Alt>4", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.new-customer", { "<Control>n", NULL } },
  { "win.new-contact", { "<Control><Shift>n", NULL } },
  { "win.log-activity", { "<Control>l", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.delete-customer", { "<Control>Delete", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
};

static void
crm_application_startup (GApplication *application)
{
  CrmApplication *self = CRM_APPLICATION (application);

  G_APPLICATION_CLASS (crm_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), shortcuts[i].action, shortcuts[i].accels);

  g_set_application_name (_("Crm"));
  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
crm_application_dispose (GObject *object)
{
  CrmApplication *self = CRM_APPLICATION (object);

  /* Stops a sync under way. */
  g_clear_object (&self->sync_service);
  g_clear_object (&self->reminders);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_application_parent_class)->dispose (object);
}

static void
crm_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrmApplication *self = CRM_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SYNC_SERVICE:
      g_value_set_object (value, self->sync_service);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_application_finalize (GObject *object)
{
  CrmApplication *self = CRM_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->store_error, g_free);
  g_clear_pointer (&self->sync_url, g_free);
  g_clear_pointer (&self->sync_user, g_free);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (crm_application_parent_class)->finalize (object);
}

static void
crm_application_class_init (CrmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = crm_application_dispose;
  object_class->finalize = crm_application_finalize;
  object_class->get_property = crm_application_get_property;
  application_class->handle_local_options = crm_application_handle_local_options;
  application_class->startup = crm_application_startup;
  application_class->activate = crm_application_activate;

  /* Keeps the store in sync; %NULL when the store could not be opened. The
   * window's header bar shows it. */
  properties[PROP_SYNC_SERVICE] =
    g_param_spec_object ("sync-service", NULL, NULL, CRM_TYPE_SYNC_SERVICE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_application_init (CrmApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database at PATH instead of the default one"), N_("PATH") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Fill an empty database with demo data"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { "bench", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, NULL, NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}
