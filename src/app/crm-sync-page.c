/* crm-sync-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "crm-sync-client.h"
#include "crm-sync-credentials.h"
#include "crm-sync-page.h"

/* Setting up sync: the server's address and user name go to GSettings, the
 * password only to the keyring, and only once the server has accepted them,
 * so that what is saved always works. The password is written to the
 * keyring before the settings, because the sync service reads it as soon as
 * the settings change. */

typedef enum
{
  STATUS_NONE,
  STATUS_BUSY,
  STATUS_DONE,
  STATUS_PROBLEM,
} StatusKind;

typedef enum
{
  GOAL_TEST,
  GOAL_CONNECT,
} Goal;

struct _CrmSyncPage
{
  AdwPreferencesPage   parent_instance;

  GSettings           *settings;
  GCancellable        *cancellable;
  StatusKind           status;
  Goal                 failed_goal;     /* what Create Database goes on with */
  guint                offer_create : 1;
  guint                filling : 1;     /* the fields change, not the user */

  AdwEntryRow         *url_row;
  AdwEntryRow         *user_row;
  AdwPasswordEntryRow *password_row;
  AdwPreferencesGroup *status_group;
  AdwActionRow        *status_row;
  GtkSpinner          *spinner;
  GtkImage            *status_icon;
  GtkButton           *create_button;
  AdwPreferencesGroup *account_group;
};

G_DEFINE_FINAL_TYPE (CrmSyncPage, crm_sync_page, ADW_TYPE_PREFERENCES_PAGE)

/* What the thread needs, copied: the fields may change meanwhile. */
typedef struct
{
  Goal      goal;
  gboolean  create;
  char     *url;        /* as crm_sync_client_get_url() writes it */
  char     *user;
  char     *password;
} Job;

static void
job_free (Job *job)
{
  g_free (job->url);
  g_free (job->user);
  if (job->password != NULL)
    memset (job->password, 0, strlen (job->password));
  g_free (job->password);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static gboolean
account_saved (CrmSyncPage *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "sync-url");

  return *url != '\0';
}

static void
update_actions (CrmSyncPage *self)
{
  gboolean busy = self->status == STATUS_BUSY;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "sync.test", !busy);
  gtk_widget_action_set_enabled (widget, "sync.connect", !busy);
  gtk_widget_action_set_enabled (widget, "sync.create-database", !busy && self->offer_create);
  gtk_widget_action_set_enabled (widget, "sync.forget", !busy && account_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->account_group), account_saved (self));
}

/* One sentence in the row under the buttons, with a spinner while @kind is
 * STATUS_BUSY; @text NULL hides the row. */
static void
show_status (CrmSyncPage *self,
             StatusKind   kind,
             const char  *text,
             gboolean     offer_create)
{
  gboolean busy = kind == STATUS_BUSY;

  self->status = text != NULL ? kind : STATUS_NONE;
  self->offer_create = offer_create;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_group), text != NULL);

  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), kind == STATUS_DONE || kind == STATUS_PROBLEM);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  if (kind == STATUS_DONE)
    {
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
    }
  else if (kind == STATUS_PROBLEM)
    {
      gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), offer_create);

  /* Read-only rather than insensitive, so that the focus stays put. */
  gtk_editable_set_editable (GTK_EDITABLE (self->url_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->user_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_row), !busy);

  update_actions (self);
}

static void
set_fields (CrmSyncPage *self,
            const char  *url,
            const char  *user,
            const char  *password)
{
  self->filling = TRUE;
  if (url != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
  if (user != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
  if (password != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
  self->filling = FALSE;
}

/* "acme-crm" and "couch.example.com" from https://couch.example.com/acme-crm */
static void
split_url (const char  *url,
           char       **database,
           char       **server)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED_PATH, NULL);
  const char *path;
  const char *name;

  g_assert (uri != NULL);

  path = g_uri_get_path (uri);
  name = strrchr (path, '/');
  name = name != NULL ? name + 1 : path;
  *database = g_uri_unescape_string (name, NULL);
  if (*database == NULL)
    *database = g_strdup (name);

  if (g_uri_get_port (uri) != -1)
    *server = g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  else
    *server = g_strdup (g_uri_get_host (uri));
}

static void
finish_connect (CrmSyncPage *self,
                Job         *job)
{
  g_autofree char *old_url = g_settings_get_string (self->settings, "sync-url");
  g_autofree char *old_user = g_settings_get_string (self->settings, "sync-user");
  g_autoptr(GSettings) batch = g_settings_new (APPLICATION_ID);
  g_autofree char *database = NULL;
  g_autofree char *server = NULL;
  g_autofree char *message = NULL;
  GApplication *application = g_application_get_default ();

  /* Both keys in one change, so that the sync service never sees the new
   * address with the old user. */
  g_settings_delay (batch);
  g_settings_set_string (batch, "sync-url", job->url);
  g_settings_set_string (batch, "sync-user", job->user);
  g_settings_apply (batch);

  /* A password nobody uses any more has no business in the keyring. */
  if (*old_user != '\0' && (g_strcmp0 (old_url, job->url) != 0 || g_strcmp0 (old_user, job->user) != 0))
    crm_sync_credentials_forget (old_url, old_user, NULL, NULL, NULL);

  set_fields (self, job->url, NULL, NULL);

  if (application != NULL && g_action_group_has_action (G_ACTION_GROUP (application), "sync-now") &&
      g_action_group_get_action_enabled (G_ACTION_GROUP (application), "sync-now") &&
      g_action_group_get_action_parameter_type (G_ACTION_GROUP (application), "sync-now") == NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "sync-now", NULL);

  split_url (job->url, &database, &server);
  if (job->create)
    /* TRANSLATORS: the first %s is a database, the second the server, like couch.example.com */
    message = g_strdup_printf (_("Created %s on %s; this computer now syncs with it."), database, server);
  else
    /* TRANSLATORS: the first %s is a database, the second the server, like couch.example.com */
    message = g_strdup_printf (_("Connected to %s on %s; this computer now syncs with it."), database, server);
  show_status (self, STATUS_DONE, message, FALSE);
}

/* The keyring's answer, for the page that asked. */
typedef struct
{
  CrmSyncPage *self;
  Job         *job;
} Saving;

static void
saving_free (Saving *saving)
{
  g_object_unref (saving->self);
  job_free (saving->job);
  g_free (saving);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Saving, saving_free)

static void
password_stored_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Saving) saving = user_data;
  g_autoptr(GError) error = NULL;

  if (!crm_sync_credentials_store_finish (result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("The password could not be saved in the keyring (%s), so sync is not set up; "
                                   "make sure a keyring such as GNOME Keyring is running and unlocked, then connect again."),
                                 error->message);
      show_status (saving->self, STATUS_PROBLEM, message, FALSE);
      return;
    }

  finish_connect (saving->self, saving->job);
}

static void
connect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(CrmSyncClient) client = NULL;
  GError *error = NULL;

  if ((client = crm_sync_client_new (job->url, job->user, job->password, &error)) == NULL ||
      (job->create && !crm_sync_client_create_database (client, cancellable, &error)) ||
      !crm_sync_client_check (client, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
connect_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CrmSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *database = NULL;
  g_autofree char *server = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->failed_goal = job->goal;
      show_status (self, STATUS_PROBLEM, error->message,
                   g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE));
      return;
    }

  if (job->goal == GOAL_CONNECT)
    {
      Saving *saving;

      /* Without a user name the server asks for no password. */
      if (*job->user == '\0')
        {
          finish_connect (self, job);
          return;
        }

      show_status (self, STATUS_BUSY, _("Saving the password in the keyring…"), FALSE);
      saving = g_new0 (Saving, 1);
      saving->self = g_object_ref (self);
      saving->job = g_new0 (Job, 1);
      saving->job->goal = job->goal;
      saving->job->create = job->create;
      saving->job->url = g_strdup (job->url);
      saving->job->user = g_strdup (job->user);
      crm_sync_credentials_store (job->url, job->user, job->password, self->cancellable,
                                  password_stored_cb, saving);
      return;
    }

  split_url (job->url, &database, &server);
  if (job->create)
    /* TRANSLATORS: the first %s is a database, the second the server, like couch.example.com */
    message = g_strdup_printf (_("Created %s on %s and connected to it."), database, server);
  else
    /* TRANSLATORS: the first %s is a database, the second the server, like couch.example.com */
    message = g_strdup_printf (_("Connected to %s on %s."), database, server);
  show_status (self, STATUS_DONE, message, FALSE);
}

/* Checks the fields against the server on a thread (the client blocks); an
 * address that cannot be one fails at once, without a request. */
static void
start (CrmSyncPage *self,
       Goal         goal,
       gboolean     create)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(Job) job = NULL;
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autofree char *user = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_row))));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  g_autofree char *database = NULL;
  g_autofree char *server = NULL;
  g_autofree char *message = NULL;

  if (self->status == STATUS_BUSY)
    return;

  if (*url == '\0')
    {
      show_status (self, STATUS_PROBLEM,
                   _("Type the address of the database on the sync server, like https://couch.example.com/acme-crm."),
                   FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
      return;
    }

  if ((client = crm_sync_client_new (url, user, password, &error)) == NULL)
    {
      show_status (self, STATUS_PROBLEM, error->message, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
      return;
    }

  job = g_new0 (Job, 1);
  job->goal = goal;
  job->create = create;
  job->url = g_strdup (crm_sync_client_get_url (client));
  job->user = g_steal_pointer (&user);
  job->password = g_strdup (password);

  split_url (job->url, &database, &server);
  if (create)
    /* TRANSLATORS: the first %s is a database, the second the server, like couch.example.com */
    message = g_strdup_printf (_("Creating %s on %s…"), database, server);
  else
    message = g_strdup_printf (_("Connecting to %s…"), server);
  show_status (self, STATUS_BUSY, message, FALSE);

  task = g_task_new (self, self->cancellable, connect_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify)job_free);
  g_task_run_in_thread (task, connect_thread);
}

static void
test_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  start (CRM_SYNC_PAGE (widget), GOAL_TEST, FALSE);
}

static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  start (CRM_SYNC_PAGE (widget), GOAL_CONNECT, FALSE);
}

static void
create_database_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CrmSyncPage *self = CRM_SYNC_PAGE (widget);

  start (self, self->failed_goal, TRUE);
}

static void
password_forgotten_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrmSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!crm_sync_credentials_forget_finish (result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Sync is off, but the password could not be removed from the keyring (%s); "
                                   "remove it with the Passwords and Keys application."),
                                 error->message);
      show_status (self, STATUS_PROBLEM, message, FALSE);
      return;
    }

  show_status (self, STATUS_DONE, _("The sync account is forgotten; the customers on this computer stay as they are."),
               FALSE);
}

static void
forget_response_cb (CrmSyncPage *self,
                    const char  *response)
{
  g_autofree char *url = NULL;
  g_autofree char *user = NULL;
  g_autoptr(GSettings) batch = NULL;

  if (g_strcmp0 (response, "forget") != 0 || self->status == STATUS_BUSY)
    return;

  url = g_settings_get_string (self->settings, "sync-url");
  user = g_settings_get_string (self->settings, "sync-user");

  /* Sync stops first; the password goes after. */
  batch = g_settings_new (APPLICATION_ID);
  g_settings_delay (batch);
  g_settings_reset (batch, "sync-url");
  g_settings_reset (batch, "sync-user");
  g_settings_apply (batch);
  set_fields (self, "", "", "");

  if (*user == '\0')
    {
      show_status (self, STATUS_DONE,
                   _("The sync account is forgotten; the customers on this computer stay as they are."), FALSE);
      return;
    }

  show_status (self, STATUS_BUSY, _("Removing the password from the keyring…"), FALSE);
  crm_sync_credentials_forget (url, user, self->cancellable, password_forgotten_cb, g_object_ref (self));
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmSyncPage *self = CRM_SYNC_PAGE (widget);
  g_autofree char *url = g_settings_get_string (self->settings, "sync-url");
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Forget the Sync Account?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("This computer stops syncing with %s, and the password is removed from the "
                                    "keyring. The customers on this computer are kept."),
                                  url);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "forget", _("_Forget"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "forget", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (forget_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
password_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrmSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *user = NULL;
  char *password = crm_sync_credentials_lookup_finish (result, &error);

  if (error != NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->status != STATUS_NONE)
        return;
      message = g_strdup_printf (_("The saved password could not be read from the keyring (%s); "
                                   "type it again to test or change the account."),
                                 error->message);
      show_status (self, STATUS_PROBLEM, message, FALSE);
      return;
    }
  if (password == NULL)
    return;

  /* Unless the user has meanwhile started on another account. */
  url = g_settings_get_string (self->settings, "sync-url");
  user = g_settings_get_string (self->settings, "sync-user");
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), url) &&
      g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->user_row)), user) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) == '\0')
    set_fields (self, NULL, NULL, password);
  secret_password_free (password);
}

static void
field_changed_cb (CrmSyncPage *self)
{
  /* What the row says was about other values. */
  if (!self->filling && self->status != STATUS_BUSY && self->status != STATUS_NONE)
    show_status (self, STATUS_NONE, NULL, FALSE);
}

/* Enter goes on to the next field, and connects from the last. */
static void
field_activated_cb (CrmSyncPage *self,
                    AdwEntryRow *row)
{
  if (row == self->url_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->user_row));
  else if (row == self->user_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "sync.connect", NULL);
}

/* The window closes: what runs for it stops. The page may be shown again, so
 * it gets a fresh cancellable. */
static void
crm_sync_page_unrealize (GtkWidget *widget)
{
  CrmSyncPage *self = CRM_SYNC_PAGE (widget);

  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (self->status == STATUS_BUSY)
    show_status (self, STATUS_NONE, NULL, FALSE);

  GTK_WIDGET_CLASS (crm_sync_page_parent_class)->unrealize (widget);
}

static void
crm_sync_page_dispose (GObject *object)
{
  CrmSyncPage *self = CRM_SYNC_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_SYNC_PAGE);

  G_OBJECT_CLASS (crm_sync_page_parent_class)->dispose (object);
}

static void
crm_sync_page_finalize (GObject *object)
{
  CrmSyncPage *self = CRM_SYNC_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (crm_sync_page_parent_class)->finalize (object);
}

static void
crm_sync_page_class_init (CrmSyncPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_sync_page_dispose;
  object_class->finalize = crm_sync_page_finalize;
  widget_class->unrealize = crm_sync_page_unrealize;

  gtk_widget_class_install_action (widget_class, "sync.test", NULL, test_action);
  gtk_widget_class_install_action (widget_class, "sync.connect", NULL, connect_action);
  gtk_widget_class_install_action (widget_class, "sync.create-database", NULL, create_database_action);
  gtk_widget_class_install_action (widget_class, "sync.forget", NULL, forget_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-sync-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, create_button);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncPage, account_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
crm_sync_page_init (CrmSyncPage *self)
{
  g_autofree char *url = NULL;
  g_autofree char *user = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::sync-url", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);

  url = g_settings_get_string (self->settings, "sync-url");
  user = g_settings_get_string (self->settings, "sync-user");
  set_fields (self, url, user, NULL);
  show_status (self, STATUS_NONE, NULL, FALSE);

  /* Without a user name there is no password to fill in. */
  if (*url != '\0' && *user != '\0')
    crm_sync_credentials_lookup (url, user, self->cancellable, password_found_cb, g_object_ref (self));
}

GtkEditable *
crm_sync_page_get_address_entry (CrmSyncPage *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_PAGE (self), NULL);

  return GTK_EDITABLE (self->url_row);
}

GtkEditable *
crm_sync_page_get_user_entry (CrmSyncPage *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_PAGE (self), NULL);

  return GTK_EDITABLE (self->user_row);
}

GtkEditable *
crm_sync_page_get_password_entry (CrmSyncPage *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_PAGE (self), NULL);

  return GTK_EDITABLE (self->password_row);
}

/**
 * crm_sync_page_get_status:
 *
 * Returns: (nullable): the sentence the page shows about the connection
 */
const char *
crm_sync_page_get_status (CrmSyncPage *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_PAGE (self), NULL);

  if (self->status == STATUS_NONE)
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->status_row));
}

gboolean
crm_sync_page_get_busy (CrmSyncPage *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_PAGE (self), FALSE);

  return self->status == STATUS_BUSY;
}
