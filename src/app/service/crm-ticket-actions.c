/* crm-ticket-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-new-ticket-dialog.h"
#include "crm-page-format.h"
#include "crm-service-view.h"
#include "crm-staff.h"
#include "crm-ticket-actions.h"
#include "crm-window.h"

#define LAST_TOAST_KEY  "crm-ticket-actions-last-toast"
#define DIALOG_KEY      "crm-ticket-actions-dialog"

typedef struct
{
  GtkWidget *window;   /* not a reference: the window holds the group */
  CrmStore  *store;
} TicketActions;

static void
ticket_actions_free (TicketActions *actions)
{
  g_clear_object (&actions->store);
  g_free (actions);
}

/**
 * crm_ticket_actions_dup_staff_id:
 *
 * Returns: (nullable): who uses Crm here (GSettings current-staff-id), the
 *   "who" of status changes and work; %NULL when nobody is set
 */
char *
crm_ticket_actions_dup_staff_id (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *id = g_settings_get_string (settings, "current-staff-id");

  return *id != '\0' ? g_steal_pointer (&id) : NULL;
}

static GtkWidget *
toplevel (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  /* A popover's or a dialog's toast belongs in the main window. */
  if (GTK_IS_WINDOW (root) && !CRM_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    return GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root)));

  return root != NULL ? GTK_WIDGET (root) : widget;
}

static void
show_toast (GtkWidget *widget,
            AdwToast  *toast)
{
  GtkWidget *window = toplevel (widget);

  g_object_set_data_full (G_OBJECT (window), LAST_TOAST_KEY, g_object_ref (toast), g_object_unref);
  crm_widget_add_toast (window, toast);
}

AdwToast *
crm_ticket_actions_get_last_toast (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (toplevel (widget)), LAST_TOAST_KEY);
}

static void
show_error (GtkWidget  *widget,
            const char *what,
            GError     *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error->message);

  show_toast (widget, crm_page_new_toast (message));
}

/**
 * crm_ticket_actions_change_status:
 *
 * Changes the ticket's status as the current staff member, and offers what
 * comes next: telling the customer, or recording their satisfaction once
 * the ticket is closed (the window's ticket-message actions).
 *
 * Returns: %FALSE, with a toast saying why, if the status was not changed
 */
gboolean
crm_ticket_actions_change_status (GtkWidget       *widget,
                                  CrmStore        *store,
                                  const char      *ticket_id,
                                  CrmTicketStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmTicket) before = NULL;
  g_autofree char *staff_id = crm_ticket_actions_dup_staff_id ();
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (ticket_id != NULL, FALSE);
  g_return_val_if_fail ((guint) status <= CRM_TICKET_STATUS_CLOSED, FALSE);

  /* The same status again records nothing: nothing to say either. */
  before = crm_store_load (store, CRM_TYPE_TICKET, ticket_id, NULL);
  if (before != NULL && crm_ticket_get_status (before) == status)
    return TRUE;

  /* Callers pass the id of a ticket the change itself may replace (the
   * queue reloads its items): keep a copy for the toast. */
  id = g_strdup (ticket_id);
  if (!crm_ticket_change_status (store, id, status, staff_id, NULL, &error))
    {
      show_error (widget, _("The status could not be changed."), error);
      return FALSE;
    }

  if (status == CRM_TICKET_STATUS_CLOSED)
    {
      toast = adw_toast_new (_("Ticket closed"));
      adw_toast_set_button_label (toast, _("Record _Satisfaction…"));
      adw_toast_set_action_name (toast, "ticket-message.satisfaction");
    }
  else
    {
      g_autofree char *label = g_markup_escape_text (crm_page_ticket_status_label (status), -1);

      /* TRANSLATORS: %s is a ticket status, such as "Ready" */
      title = g_strdup_printf (_("Status changed to %s"), label);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Tell Customer…"));
      adw_toast_set_action_name (toast, "ticket-message.compose");
    }
  adw_toast_set_action_target_value (toast, g_variant_new_string (id));
  show_toast (widget, toast);

  return TRUE;
}

/**
 * crm_ticket_actions_assign:
 * @technician_id: (nullable): the technician, or %NULL to unassign
 */
gboolean
crm_ticket_actions_assign (GtkWidget  *widget,
                           CrmStore   *store,
                           const char *ticket_id,
                           const char *technician_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStaff) technician = NULL;
  g_autofree char *message = NULL;
  g_autofree char *technician_copy = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (ticket_id != NULL, FALSE);

  /* As above: the ids may belong to records the change replaces. */
  technician_copy = g_strdup (technician_id);
  if (!crm_ticket_assign (store, ticket_id, technician_copy, &error))
    {
      show_error (widget, _("The ticket could not be assigned."), error);
      return FALSE;
    }

  if (technician_copy != NULL)
    technician = crm_store_load (store, CRM_TYPE_STAFF, technician_copy, NULL);
  if (technician != NULL)
    /* TRANSLATORS: %s is a technician's name */
    message = g_strdup_printf (_("Assigned to %s"), crm_staff_get_name (technician));
  else
    message = g_strdup (_("Ticket unassigned"));
  show_toast (widget, crm_page_new_toast (message));

  return TRUE;
}

GtkWindow *
crm_ticket_actions_get_dialog (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (toplevel (widget)), DIALOG_KEY);
}

static void
open_ticket (TicketActions *actions,
             const char    *ticket_id)
{
  if (!CRM_IS_WINDOW (actions->window))
    return;

  gtk_widget_activate_action (actions->window, "win.view", "s", "service");
  crm_service_view_show_ticket (crm_window_get_service_view (CRM_WINDOW (actions->window)), ticket_id);
}

static void
ticket_created_cb (CrmNewTicketDialog *dialog,
                   const char         *ticket_id,
                   TicketActions      *actions)
{
  g_autoptr(CrmTicket) ticket = crm_store_load (actions->store, CRM_TYPE_TICKET, ticket_id, NULL);
  g_autofree char *message = NULL;

  open_ticket (actions, ticket_id);
  /* TRANSLATORS: %s is the new ticket's number */
  message = g_strdup_printf (_("Ticket %s created"), ticket != NULL ? crm_ticket_get_number (ticket) : "");
  show_toast (actions->window, crm_page_new_toast (message));
}

static void
dialog_gone (gpointer  data,
             GObject  *dialog)
{
  if (g_object_get_data (G_OBJECT (data), DIALOG_KEY) == (gpointer) dialog)
    g_object_steal_data (G_OBJECT (data), DIALOG_KEY);
}

static void
new_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  TicketActions *actions = user_data;
  CrmNewTicketDialog *dialog;

  dialog = crm_new_ticket_dialog_new (GTK_IS_WINDOW (actions->window) ? GTK_WINDOW (actions->window) : NULL,
                                      actions->store, g_variant_get_string (parameter, NULL));
  g_signal_connect (dialog, "created", G_CALLBACK (ticket_created_cb), actions);
  /* Weak: the dialog is the window manager's once shown. */
  g_object_set_data (G_OBJECT (actions->window), DIALOG_KEY, dialog);
  g_object_weak_ref (G_OBJECT (dialog), dialog_gone, actions->window);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  open_ticket (user_data, g_variant_get_string (parameter, NULL));
}

/**
 * crm_ticket_actions_install:
 *
 * Inserts the action group "ticket" on @window: ticket.new (a customer's id,
 * or "" to search for one) opens the new ticket dialog; ticket.open (a
 * ticket's id) shows the ticket in the Service view.
 */
void
crm_ticket_actions_install (GtkWidget *window,
                            CrmStore  *store)
{
  static const GActionEntry entries[] = {
    { "new", new_cb, "s" },
    { "open", open_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = NULL;
  TicketActions *actions;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (CRM_IS_STORE (store));

  actions = g_new0 (TicketActions, 1);
  actions->window = window;
  actions->store = g_object_ref (store);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (group), "crm-ticket-actions", actions, (GDestroyNotify) ticket_actions_free);
  gtk_widget_insert_action_group (window, "ticket", G_ACTION_GROUP (group));
}
