/* crm-reminder-notifier.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-activity.h"
#include "crm-page-format.h"
#include "crm-reminder-notifier.h"
#include "crm-reminders.h"
#include "crm-window.h"

/* The core decides what is due and remembers what was raised (per device);
 * this only asks at the right moments and hands each one to the desktop. */

#define CHECK_SECONDS 60
#define CHANGE_DELAY_SECONDS 2
#define MAX_SEPARATE 5

struct _CrmReminderNotifier
{
  GObject              parent_instance;

  GApplication        *application;   /* not a reference: it owns us */
  CrmStore            *store;
  CrmReminderSendFunc  send;
  gpointer             send_data;
  guint                tick_id;
  guint                change_id;
};

G_DEFINE_FINAL_TYPE (CrmReminderNotifier, crm_reminder_notifier, G_TYPE_OBJECT)

static CrmWindow *
active_window (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (!CRM_IS_WINDOW (window))
    {
      g_application_activate (application);
      window = gtk_application_get_active_window (GTK_APPLICATION (application));
    }

  return CRM_IS_WINDOW (window) ? CRM_WINDOW (window) : NULL;
}

static void
open_customer_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CrmWindow *window = active_window (user_data);

  if (window == NULL)
    return;

  crm_window_show_customer (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_contract_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CrmWindow *window = active_window (user_data);

  if (window == NULL)
    return;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "contract.open", "s", g_variant_get_string (parameter, NULL));
}

static void
send_to_desktop (const char    *id,
                 GNotification *notification,
                 gpointer       user_data)
{
  g_application_send_notification (G_APPLICATION (user_data), id, notification);
}

static GNotification *
new_notification (const CrmReminder *reminder)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *date = crm_page_format_date (reminder->due_at);
  g_autofree char *body = NULL;

  if (reminder->kind == CRM_REMINDER_CONTRACT)
    {
      notification = g_notification_new (_("Contract Ending Soon"));
      /* TRANSLATORS: a contract's title or number, and its end date */
      body = g_strdup_printf (_("%s ends on %s."), reminder->title != NULL ? reminder->title : "", date);
      g_notification_set_default_action_and_target (notification, "app.open-contract", "s", reminder->record_id);
    }
  else
    {
      notification = g_notification_new (_("Follow-Up Due Today"));
      body = g_strdup (reminder->title != NULL ? reminder->title : "");
      if (reminder->customer_id != NULL)
        g_notification_set_default_action_and_target (notification, "app.open-customer", "s", reminder->customer_id);
    }

  g_notification_set_body (notification, body);
  g_notification_set_category (notification, reminder->kind == CRM_REMINDER_CONTRACT ? "x-crm.contract" : "x-crm.task");

  return g_steal_pointer (&notification);
}

guint
crm_reminder_notifier_check (CrmReminderNotifier *self,
                             gint64               now)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  guint raised = 0;

  g_return_val_if_fail (CRM_IS_REMINDER_NOTIFIER (self), 0);

  if ((due = crm_reminders_list_due (self->store, now, tz, &error)) == NULL)
    {
      g_warning ("Could not list reminders: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < due->len; i++)
    {
      const CrmReminder *reminder = g_ptr_array_index (due, i);
      g_autoptr(GNotification) notification = NULL;

      /* A first start on a big database would bury the desktop: past a few,
       * one notification stands for the rest. */
      if (i == MAX_SEPARATE && due->len > MAX_SEPARATE + 1)
        {
          guint rest = due->len - MAX_SEPARATE;
          g_autofree char *body = g_strdup_printf (ngettext ("%u more contract or follow-up needs attention.",
                                                             "%u more contracts and follow-ups need attention.",
                                                             rest), rest);

          for (guint j = i; j < due->len; j++)
            if (!crm_reminders_mark_sent (self->store, g_ptr_array_index (due, j), now, &error))
              {
                g_warning ("Could not mark a reminder: %s", error->message);
                g_clear_error (&error);
              }

          notification = g_notification_new (_("More Reminders"));
          g_notification_set_body (notification, body);
          self->send ("more-reminders", notification, self->send_data);
          return raised + rest;
        }

      notification = new_notification (reminder);

      /* Marked first: a reminder that cannot be remembered is not raised,
       * rather than raised every minute. */
      if (!crm_reminders_mark_sent (self->store, reminder, now, &error))
        {
          g_warning ("Could not mark a reminder: %s", error->message);
          g_clear_error (&error);
          continue;
        }

      self->send (reminder->key, notification, self->send_data);
      raised++;
    }

  return raised;
}

static gboolean
tick_cb (gpointer user_data)
{
  crm_reminder_notifier_check (user_data, g_get_real_time () / G_USEC_PER_SEC);

  return G_SOURCE_CONTINUE;
}

static gboolean
change_cb (gpointer user_data)
{
  CrmReminderNotifier *self = user_data;

  self->change_id = 0;
  crm_reminder_notifier_check (self, g_get_real_time () / G_USEC_PER_SEC);

  return G_SOURCE_REMOVE;
}

/* A batch of changes (an import, a sync) checks once, after it settles. */
static void
store_changed_cb (CrmReminderNotifier *self,
                  GType                type)
{
  if (type != CRM_TYPE_CONTRACT && type != CRM_TYPE_ACTIVITY)
    return;

  g_clear_handle_id (&self->change_id, g_source_remove);
  self->change_id = g_timeout_add_seconds (CHANGE_DELAY_SECONDS, change_cb, self);
}

void
crm_reminder_notifier_set_sender (CrmReminderNotifier *self,
                                  CrmReminderSendFunc  send,
                                  gpointer             user_data)
{
  g_return_if_fail (CRM_IS_REMINDER_NOTIFIER (self));

  self->send = send != NULL ? send : send_to_desktop;
  self->send_data = send != NULL ? user_data : self->application;
}

CrmReminderNotifier *
crm_reminder_notifier_new (GApplication *application,
                           CrmStore     *store)
{
  static const GActionEntry entries[] = {
    { "open-customer", open_customer_activated, "s" },
    { "open-contract", open_contract_activated, "s" },
  };
  CrmReminderNotifier *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self = g_object_new (CRM_TYPE_REMINDER_NOTIFIER, NULL);
  self->application = application;
  self->store = g_object_ref (store);
  self->send = send_to_desktop;
  self->send_data = application;

  if (g_action_map_lookup_action (G_ACTION_MAP (application), "open-customer") == NULL)
    g_action_map_add_action_entries (G_ACTION_MAP (application), entries, G_N_ELEMENTS (entries), application);

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->tick_id = g_timeout_add_seconds (CHECK_SECONDS, tick_cb, self);
  /* The first check waits for the main loop, so a test can set its sender. */
  self->change_id = g_idle_add (change_cb, self);

  return self;
}

static void
crm_reminder_notifier_dispose (GObject *object)
{
  CrmReminderNotifier *self = CRM_REMINDER_NOTIFIER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->change_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_reminder_notifier_parent_class)->dispose (object);
}

static void
crm_reminder_notifier_class_init (CrmReminderNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = crm_reminder_notifier_dispose;
}

static void
crm_reminder_notifier_init (CrmReminderNotifier *self)
{
}
