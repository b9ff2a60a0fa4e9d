/* crm-satisfaction-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-satisfaction-dialog.h"
#include "crm-service.h"
#include "crm-window.h"

typedef struct
{
  CrmStore    *store;
  char        *ticket_id;
  GtkWidget   *parent;        /* not a reference: for the toast */
  GtkWidget   *buttons[5];
  AdwEntryRow *comment_row;
} Satisfaction;

static void
satisfaction_free (Satisfaction *satisfaction)
{
  g_clear_object (&satisfaction->store);
  g_clear_weak_pointer (&satisfaction->parent);
  g_free (satisfaction->ticket_id);
  g_free (satisfaction);
}

static Satisfaction *
get_satisfaction (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "crm-satisfaction");
}

int
crm_satisfaction_dialog_get_score (AdwMessageDialog *dialog)
{
  Satisfaction *satisfaction = get_satisfaction (dialog);

  g_return_val_if_fail (satisfaction != NULL, 0);

  for (int i = 0; i < 5; i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (satisfaction->buttons[i])))
      return i + 1;

  return 0;
}

void
crm_satisfaction_dialog_set_score (AdwMessageDialog *dialog,
                                   int               score)
{
  Satisfaction *satisfaction = get_satisfaction (dialog);

  g_return_if_fail (satisfaction != NULL);
  g_return_if_fail (score >= 1 && score <= 5);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (satisfaction->buttons[score - 1]), TRUE);
}

void
crm_satisfaction_dialog_set_comment (AdwMessageDialog *dialog,
                                     const char       *comment)
{
  Satisfaction *satisfaction = get_satisfaction (dialog);

  g_return_if_fail (satisfaction != NULL);

  gtk_editable_set_text (GTK_EDITABLE (satisfaction->comment_row), comment != NULL ? comment : "");
}

static void
score_toggled_cb (AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "save", crm_satisfaction_dialog_get_score (dialog) > 0);
}

/* 1 to 5 on the keyboard choose a score from anywhere but the comment. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AdwMessageDialog      *dialog)
{
  Satisfaction *satisfaction = get_satisfaction (dialog);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));
  int score = 0;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (satisfaction->comment_row)))
    return GDK_EVENT_PROPAGATE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5)
    score = keyval - GDK_KEY_1 + 1;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_5)
    score = keyval - GDK_KEY_KP_1 + 1;
  else
    return GDK_EVENT_PROPAGATE;

  crm_satisfaction_dialog_set_score (dialog, score);
  gtk_widget_grab_focus (satisfaction->buttons[score - 1]);

  return GDK_EVENT_STOP;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  Satisfaction *satisfaction = get_satisfaction (dialog);
  const char *comment = gtk_editable_get_text (GTK_EDITABLE (satisfaction->comment_row));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (g_strcmp0 (response, "save") != 0)
    return;

  if (!crm_ticket_record_satisfaction (satisfaction->store, satisfaction->ticket_id,
                                       crm_satisfaction_dialog_get_score (dialog),
                                       *comment != '\0' ? comment : NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The score could not be saved: %s"), error->message);

      toast = crm_page_new_toast (message);
    }
  else
    {
      toast = crm_page_new_toast (_("Satisfaction saved"));
      adw_toast_set_button_label (toast, _("Send _Survey…"));
      adw_toast_set_action_name (toast, "ticket-message.survey");
      adw_toast_set_action_target (toast, "s", satisfaction->ticket_id);
    }

  if (satisfaction->parent != NULL)
    crm_widget_add_toast (satisfaction->parent, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

AdwMessageDialog *
crm_satisfaction_dialog_new (GtkWindow   *parent,
                             CrmStore    *store,
                             const char  *ticket_id,
                             GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  static const char * const descriptions[] = {
    N_("1 — Very unhappy"), N_("2 — Unhappy"), N_("3 — Neutral"), N_("4 — Happy"), N_("5 — Very happy"),
  };
  AdwMessageDialog *dialog;
  Satisfaction *satisfaction;
  GtkWidget *box, *scores, *list;
  GtkEventController *keys;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  if ((ticket = crm_store_load (store, CRM_TYPE_TICKET, ticket_id, error)) == NULL)
    return NULL;

  satisfaction = g_new0 (Satisfaction, 1);
  satisfaction->store = g_object_ref (store);
  satisfaction->ticket_id = g_strdup (ticket_id);
  g_set_weak_pointer (&satisfaction->parent, GTK_WIDGET (parent));

  /* TRANSLATORS: %s is a ticket number */
  heading = g_strdup_printf (_("Satisfaction with Ticket %s"), crm_ticket_get_number (ticket));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       _("How happy was the customer, from 1 to 5?")));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  scores = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_halign (scores, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (scores, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scores), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Score"), -1);
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_size_request (button, 48, -1);
      gtk_widget_set_tooltip_text (button, _(descriptions[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(descriptions[i]), -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (satisfaction->buttons[0]));
      g_signal_connect_object (button, "toggled", G_CALLBACK (score_toggled_cb), dialog, G_CONNECT_SWAPPED);
      satisfaction->buttons[i] = button;
      gtk_box_append (GTK_BOX (scores), button);
    }
  gtk_box_append (GTK_BOX (box), scores);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  satisfaction->comment_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (satisfaction->comment_row), _("Comment"));
  if (crm_ticket_get_satisfaction_comment (ticket) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (satisfaction->comment_row), crm_ticket_get_satisfaction_comment (ticket));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (satisfaction->comment_row));
  gtk_box_append (GTK_BOX (box), list);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "crm-satisfaction", satisfaction, (GDestroyNotify) satisfaction_free);

  if (crm_ticket_get_satisfaction (ticket) >= 1 && crm_ticket_get_satisfaction (ticket) <= 5)
    crm_satisfaction_dialog_set_score (dialog, crm_ticket_get_satisfaction (ticket));
  else
    adw_message_dialog_set_response_enabled (dialog, "save", FALSE);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), dialog);
  gtk_widget_add_controller (GTK_WIDGET (dialog), keys);

  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);

  return dialog;
}
