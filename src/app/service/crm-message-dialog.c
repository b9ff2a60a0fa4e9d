/* crm-message-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer.h"
#include "crm-enums.h"
#include "crm-message-dialog.h"
#include "crm-page-format.h"
#include "crm-product.h"
#include "crm-service-message.h"
#include "crm-window.h"

/* What the dialog needs after it is shown; kept on the dialog. */
typedef struct
{
  CrmStore    *store;
  CrmTicket   *ticket;
  GtkWidget   *parent;        /* not a reference: for the toast */
  char        *email;
  AdwEntryRow *subject_row;
  GtkTextView *body_view;
} Compose;

static void
compose_free (Compose *compose)
{
  g_clear_object (&compose->store);
  g_clear_object (&compose->ticket);
  g_clear_weak_pointer (&compose->parent);
  g_free (compose->email);
  g_free (compose);
}

static Compose *
get_compose (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "crm-compose");
}

char *
crm_message_template_for_status (GSettings       *settings,
                                 CrmTicketStatus  status)
{
  g_autoptr(GVariant) templates = NULL;
  const char *nick = crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, status);
  const char *text = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  templates = g_settings_get_value (settings, "status-message-templates");
  if (nick != NULL && g_variant_lookup (templates, nick, "&s", &text) && *text != '\0')
    return g_strdup (text);

  return g_strdup (crm_service_message_default_template (status));
}

char *
crm_message_template_survey (GSettings *settings)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  text = g_settings_get_string (settings, "survey-message-template");
  if (*text != '\0')
    return g_steal_pointer (&text);

  return g_strdup (crm_service_message_default_survey ());
}

static char *
crlf (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  return g_strjoinv ("\r\n", lines);
}

char *
crm_message_mailto_uri (const char *address,
                        const char *subject,
                        const char *body)
{
  g_autofree char *to = g_uri_escape_string (address != NULL ? address : "", "@!$'()*+,;=", FALSE);
  g_autofree char *body_crlf = crlf (body);
  g_autofree char *subject_escaped = g_uri_escape_string (subject != NULL ? subject : "", NULL, FALSE);
  g_autofree char *body_escaped = g_uri_escape_string (body_crlf, NULL, FALSE);

  return g_strdup_printf ("mailto:%s?subject=%s&body=%s", to, subject_escaped, body_escaped);
}

char *
crm_message_dialog_dup_subject (AdwMessageDialog *dialog)
{
  Compose *compose = get_compose (dialog);

  g_return_val_if_fail (compose != NULL, NULL);

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (compose->subject_row)));
}

char *
crm_message_dialog_dup_body (AdwMessageDialog *dialog)
{
  Compose *compose = get_compose (dialog);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (compose != NULL, NULL);

  buffer = gtk_text_view_get_buffer (compose->body_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  Compose *compose = get_compose (dialog);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *staff_id = g_settings_get_string (settings, "current-staff-id");
  g_autofree char *subject = crm_message_dialog_dup_subject (dialog);
  g_autofree char *body = crm_message_dialog_dup_body (dialog);
  g_autoptr(GError) error = NULL;
  const char *kind;
  const char *done;

  if (g_strcmp0 (response, "email") == 0)
    {
      g_autofree char *uri = crm_message_mailto_uri (compose->email, subject, body);

      /* The dialog closes now: the window stays to parent the mail app's launch. */
      gtk_show_uri (GTK_IS_WINDOW (compose->parent) ? GTK_WINDOW (compose->parent) : NULL, uri, GDK_CURRENT_TIME);
      kind = "email";
      done = _("Email handed to your mail app and logged");
    }
  else if (g_strcmp0 (response, "sms") == 0)
    {
      /* A text message has no subject line: the body says it all. */
      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (dialog)), body);
      kind = "sms";
      done = _("Message copied and logged");
    }
  else
    return;

  if (!crm_service_message_log (compose->store, compose->ticket, kind, subject, body, staff_id, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The message could not be logged: %s"), error->message);

      done = NULL;
      if (compose->parent != NULL)
        crm_widget_add_toast (compose->parent, crm_page_new_toast (message));
    }

  if (done != NULL && compose->parent != NULL)
    crm_widget_add_toast (compose->parent, crm_page_new_toast (done));
}

static GtkWidget *
new_contact_line (const char *label,
                  const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : _("Not known"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");

  return row;
}

AdwMessageDialog *
crm_message_dialog_new (GtkWindow         *parent,
                        CrmStore          *store,
                        const char        *ticket_id,
                        CrmMessagePurpose  purpose,
                        GError           **error)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmProduct) product = NULL;
  g_autofree char *template = NULL;
  g_autofree char *business = NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;
  const char *product_id;
  const char *email = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *scroller;
  Compose *compose;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  if ((ticket = crm_store_load (store, CRM_TYPE_TICKET, ticket_id, error)) == NULL)
    return NULL;
  if (crm_ticket_get_customer_id (ticket) != NULL)
    customer = crm_store_load (store, CRM_TYPE_CUSTOMER, crm_ticket_get_customer_id (ticket), NULL);
  if ((product_id = crm_ticket_get_product_id (ticket)) != NULL)
    product = crm_store_load (store, CRM_TYPE_PRODUCT, product_id, NULL);

  settings = g_settings_new (APPLICATION_ID);
  business = g_settings_get_string (settings, "business-name");
  template = purpose == CRM_MESSAGE_SURVEY
             ? crm_message_template_survey (settings)
             : crm_message_template_for_status (settings, crm_ticket_get_status (ticket));
  body = crm_service_message_expand_full (template, ticket, customer, product, business);
  if (purpose == CRM_MESSAGE_SURVEY)
    /* TRANSLATORS: an email's subject; %s is a ticket number */
    subject = g_strdup_printf (_("How did we do? Ticket %s"), crm_ticket_get_number (ticket));
  else
    /* TRANSLATORS: an email's subject; the ticket number and its status */
    subject = g_strdup_printf (_("Ticket %s: %s"), crm_ticket_get_number (ticket),
                               crm_service_message_status_name (crm_ticket_get_status (ticket)));

  if (customer != NULL && crm_customer_get_email (customer) != NULL && *crm_customer_get_email (customer) != '\0')
    email = crm_customer_get_email (customer);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       purpose == CRM_MESSAGE_SURVEY
                                                       ? _("Ask for Feedback")
                                                       : _("Tell Customer"),
                                                       NULL));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, -1);
  adw_message_dialog_set_body (dialog, customer != NULL ? crm_customer_get_name (customer) : "");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), new_contact_line (_("Email"), email));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       new_contact_line (_("Phone"), customer != NULL ? crm_customer_get_phone (customer) : NULL));

  compose = g_new0 (Compose, 1);
  compose->store = g_object_ref (store);
  compose->ticket = g_object_ref (ticket);
  compose->email = g_strdup (email);
  g_set_weak_pointer (&compose->parent, GTK_WIDGET (parent));

  compose->subject_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (compose->subject_row), _("Subject"));
  gtk_editable_set_text (GTK_EDITABLE (compose->subject_row), subject);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (compose->subject_row));
  gtk_box_append (GTK_BOX (box), list);

  compose->body_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (compose->body_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (compose->body_view, 8);
  gtk_text_view_set_bottom_margin (compose->body_view, 8);
  gtk_text_view_set_left_margin (compose->body_view, 8);
  gtk_text_view_set_right_margin (compose->body_view, 8);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (compose->body_view), body, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (compose->body_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Message"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (compose->body_view));
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (box), scroller);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "sms", _("Copy for _SMS"),
                                    "email", _("Send _Email…"),
                                    NULL);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (email != NULL)
    {
      adw_message_dialog_set_response_appearance (dialog, "email", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "email");
    }
  else
    {
      /* The response buttons have no tooltips of their own: say why in the dialog. */
      adw_message_dialog_set_response_enabled (dialog, "email", FALSE);
      g_autofree char *why = g_strdup_printf (_("%s has no email address, so the message can only be copied."),
                                              customer != NULL ? crm_customer_get_name (customer) : _("The customer"));

      adw_message_dialog_set_body (dialog, why);
      adw_message_dialog_set_response_appearance (dialog, "sms", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "sms");
    }

  g_object_set_data_full (G_OBJECT (dialog), "crm-compose", compose, (GDestroyNotify) compose_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);

  return dialog;
}
