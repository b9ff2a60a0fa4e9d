/* crm-service-messages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-message-dialog.h"
#include "crm-page-format.h"
#include "crm-satisfaction-dialog.h"
#include "crm-service-messages.h"
#include "crm-ticket.h"
#include "crm-window.h"

typedef struct
{
  GtkWidget *window;   /* not a reference: the window holds the group */
  CrmStore  *store;
} MessageActions;

static void
message_actions_free (MessageActions *actions)
{
  g_clear_object (&actions->store);
  g_free (actions);
}

static GtkWindow *
parent_window (MessageActions *actions)
{
  return GTK_IS_WINDOW (actions->window) ? GTK_WINDOW (actions->window) : NULL;
}

static void
report (MessageActions *actions,
        const char     *what,
        const GError   *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error->message);

  crm_widget_add_toast (actions->window, crm_page_new_toast (message));
}

static void
compose (MessageActions    *actions,
         const char        *ticket_id,
         CrmMessagePurpose  purpose)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  dialog = crm_message_dialog_new (parent_window (actions), actions->store, ticket_id, purpose, &error);
  if (dialog == NULL)
    report (actions, _("The ticket could not be opened."), error);
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
compose_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  compose (user_data, g_variant_get_string (parameter, NULL), CRM_MESSAGE_STATUS);
}

static void
survey_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  compose (user_data, g_variant_get_string (parameter, NULL), CRM_MESSAGE_SURVEY);
}

static void
satisfaction_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MessageActions *actions = user_data;
  const char *ticket_id = g_variant_get_string (parameter, NULL);
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if ((ticket = crm_store_load (actions->store, CRM_TYPE_TICKET, ticket_id, &error)) == NULL)
    {
      report (actions, _("The ticket could not be opened."), error);
      return;
    }

  if (crm_ticket_get_status (ticket) != CRM_TICKET_STATUS_CLOSED)
    {
      crm_widget_add_toast (actions->window,
                            crm_page_new_toast (_("Satisfaction is recorded once the ticket is closed.")));
      return;
    }

  dialog = crm_satisfaction_dialog_new (parent_window (actions), actions->store, ticket_id, &error);
  if (dialog == NULL)
    report (actions, _("The ticket could not be opened."), error);
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * crm_service_messages_install:
 *
 * Inserts the action group "ticket-message" on @window, each taking a
 * ticket's id: compose (the message for the ticket's status), satisfaction
 * (score and comment for a closed ticket) and survey (the survey message).
 */
void
crm_service_messages_install (GtkWidget *window,
                              CrmStore  *store)
{
  static const GActionEntry entries[] = {
    { "compose", compose_cb, "s" },
    { "satisfaction", satisfaction_cb, "s" },
    { "survey", survey_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = NULL;
  MessageActions *actions;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (CRM_IS_STORE (store));

  actions = g_new0 (MessageActions, 1);
  actions->window = window;
  actions->store = g_object_ref (store);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (group), "crm-service-messages", actions, (GDestroyNotify) message_actions_free);
  gtk_widget_insert_action_group (window, "ticket-message", G_ACTION_GROUP (group));
}
