/* crm-ticket-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-assign-popover.h"
#include "crm-customers-view.h"
#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-ticket-actions.h"
#include "crm-ticket-format.h"
#include "crm-ticket-page-private.h"
#include "crm-window.h"

/* Typing saves after a pause, as on the customer page: every keystroke a
 * transaction would make the queue refresh under the user's fingers. */
#define SAVE_DELAY_MS 700

G_DEFINE_FINAL_TYPE (CrmTicketPage, crm_ticket_page, ADW_TYPE_BIN)

/* ---------------------------------------------------------------------- */
/* Showing the ticket                                                     */
/* ---------------------------------------------------------------------- */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A field the user is typing in keeps what they typed: the store's change
 * may be their own earlier save. */
static void
set_editable_text (CrmTicketPage *self,
                   GtkWidget     *widget,
                   const char    *text)
{
  if (!self->switching &&
      (gtk_widget_has_focus (widget) || gtk_widget_get_focus_child (widget) != NULL))
    return;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_autofree char *old = text_view_get_text (GTK_TEXT_VIEW (widget));

      if (g_strcmp0 (old, text != NULL ? text : "") != 0)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text != NULL ? text : "", -1);
    }
  else if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
}

static char *
format_local (gint64      unix_seconds,
              const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, format) : NULL;
}

static void
show_products (CrmTicketPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) part_model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (self->product_ids, 0);
  gtk_string_list_append (model, _("None"));
  gtk_string_list_append (part_model, _("Free Text"));

  if (self->store != NULL &&
      (products = crm_store_list (self->store, CRM_TYPE_PRODUCT, NULL, NULL, &error)) == NULL)
    g_warning ("Cannot list products: %s", error->message);

  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      CrmProduct *product = g_ptr_array_index (products, i);

      g_ptr_array_add (self->product_ids, g_strdup (crm_record_get_id (CRM_RECORD (product))));
      gtk_string_list_append (model, crm_product_get_name (product));
      gtk_string_list_append (part_model, crm_product_get_name (product));
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->product_row, G_LIST_MODEL (model));
  gtk_drop_down_set_model (self->part_product_dropdown, G_LIST_MODEL (part_model));
  self->loading = FALSE;
}

static guint
product_position (CrmTicketPage *self,
                  const char    *product_id)
{
  for (guint i = 0; product_id != NULL && i < self->product_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->product_ids, i), product_id) == 0)
      return i + 1;

  return 0;
}

static void
show_ticket (CrmTicketPage *self)
{
  CrmTicket *ticket = self->ticket;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *technician;
  g_autofree char *received = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_at = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  gboolean overdue;

  if (ticket == NULL)
    return;

  self->loading = TRUE;

  adw_preferences_group_set_title (self->ticket_group, crm_ticket_get_number (ticket));
  set_editable_text (self, GTK_WIDGET (self->title_row), crm_ticket_get_title (ticket));
  adw_action_row_set_subtitle (self->customer_row,
                               crm_pipeline_names_customer (self->names, crm_ticket_get_customer_id (ticket)));
  adw_combo_row_set_selected (self->status_row, crm_ticket_get_status (ticket));
  adw_combo_row_set_selected (self->priority_row, crm_ticket_get_priority (ticket));
  technician = crm_pipeline_names_staff (self->names, crm_ticket_get_technician_id (ticket));
  adw_action_row_set_subtitle (self->technician_row, technician != NULL ? technician : _("Unassigned"));
  adw_combo_row_set_selected (self->product_row, product_position (self, crm_ticket_get_product_id (ticket)));
  set_editable_text (self, GTK_WIDGET (self->serial_row), crm_ticket_get_serial_number (ticket));
  set_editable_text (self, GTK_WIDGET (self->fault_row), crm_ticket_get_fault_category (ticket));
  set_editable_text (self, GTK_WIDGET (self->region_row), crm_ticket_get_region (ticket));

  received = crm_page_format_date_time (crm_ticket_get_received_at (ticket));
  adw_action_row_set_subtitle (self->received_row, received != NULL ? received : "");
  due_at = crm_page_format_date_time (crm_ticket_get_due_at (ticket));
  due = crm_ticket_format_due (ticket, now, &overdue);
  due_text = CRM_PAGE_JOIN (due_at, due);
  adw_action_row_set_subtitle (self->due_row, due_text);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");

  set_editable_text (self, GTK_WIDGET (self->description_view), crm_ticket_get_description (ticket));
  set_editable_text (self, GTK_WIDGET (self->resolution_view), crm_ticket_get_resolution (ticket));

  if (crm_ticket_get_appointment_at (ticket) > 0)
    {
      date = format_local (crm_ticket_get_appointment_at (ticket), "%Y-%m-%d");
      time = format_local (crm_ticket_get_appointment_at (ticket), "%H:%M");
    }
  set_editable_text (self, GTK_WIDGET (self->appointment_date_row), date);
  set_editable_text (self, GTK_WIDGET (self->appointment_time_row), time);
  set_editable_text (self, GTK_WIDGET (self->address_row), crm_ticket_get_appointment_address (ticket));
  set_editable_text (self, GTK_WIDGET (self->work_report_view), crm_ticket_get_work_report (ticket));

  self->loading = FALSE;
}

static void
reload (CrmTicketPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = self->ticket != NULL ? crm_record_get_id (CRM_RECORD (self->ticket)) : NULL;
  CrmTicket *fresh;

  if (id == NULL || self->store == NULL)
    return;

  if ((fresh = crm_store_load (self->store, CRM_TYPE_TICKET, id, &error)) == NULL)
    {
      /* Deleted, maybe by a sync: the view chooses another ticket. */
      g_debug ("Ticket %s is gone: %s", id, error->message);
      return;
    }

  g_set_object (&self->ticket, fresh);
  g_object_unref (fresh);
  show_ticket (self);
  crm_ticket_page_load_logs (self);
}

/* ---------------------------------------------------------------------- */
/* Saving                                                                 */
/* ---------------------------------------------------------------------- */

void
crm_ticket_page_error (CrmTicketPage *self,
                       const char    *what,
                       GError        *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error != NULL ? error->message : "");

  crm_widget_add_toast (GTK_WIDGET (self), crm_page_new_toast (message));
}

static const char *
null_if_empty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* The appointment as typed: %FALSE while the date or time cannot be read,
 * so a half-typed date never replaces a good one. */
static gboolean
parse_appointment (CrmTicketPage *self,
                   gint64        *at)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->appointment_date_row));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (self->appointment_time_row));
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) local = NULL;
  int year, month, day, hour = 9, minute = 0;
  gboolean date_ok, time_ok = TRUE;

  *at = 0;
  date_ok = *date == '\0' || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3;
  if (*time != '\0')
    time_ok = sscanf (time, "%2d:%2d", &hour, &minute) == 2;
  if (date_ok && *date != '\0' && time_ok)
    {
      local = g_date_time_new (zone, year, month, day, hour, minute, 0);
      date_ok = local != NULL;
    }

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->appointment_date_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->appointment_date_row), "error");
  if (time_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->appointment_time_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->appointment_time_row), "error");

  if (!date_ok || !time_ok)
    return FALSE;

  *at = local != NULL ? g_date_time_to_unix (local) : 0;
  return TRUE;
}

#define SET_STRING(field, value) \
  G_STMT_START { \
    const char *value_ = (value); \
    if (g_strcmp0 (crm_ticket_get_##field (ticket), value_) != 0) \
      { \
        crm_ticket_set_##field (ticket, value_); \
        changed = TRUE; \
      } \
  } G_STMT_END

static void
save_texts (CrmTicketPage *self)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = text_view_get_text (self->description_view);
  g_autofree char *resolution = text_view_get_text (self->resolution_view);
  g_autofree char *report = text_view_get_text (self->work_report_view);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  gint64 appointment_at;
  gboolean changed = FALSE;

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (self->ticket == NULL || self->store == NULL)
    return;

  if ((ticket = crm_store_load (self->store, CRM_TYPE_TICKET, crm_record_get_id (CRM_RECORD (self->ticket)), &error)) == NULL)
    return;

  /* A ticket always says what the problem is. */
  if (*title != '\0')
    SET_STRING (title, title);
  SET_STRING (serial_number, null_if_empty (gtk_editable_get_text (GTK_EDITABLE (self->serial_row))));
  SET_STRING (fault_category, null_if_empty (gtk_editable_get_text (GTK_EDITABLE (self->fault_row))));
  SET_STRING (region, null_if_empty (gtk_editable_get_text (GTK_EDITABLE (self->region_row))));
  SET_STRING (description, null_if_empty (description));
  SET_STRING (resolution, null_if_empty (resolution));
  SET_STRING (work_report, null_if_empty (report));
  SET_STRING (appointment_address, null_if_empty (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));
  if (parse_appointment (self, &appointment_at) && appointment_at != crm_ticket_get_appointment_at (ticket))
    {
      crm_ticket_set_appointment_at (ticket, appointment_at);
      changed = TRUE;
    }

  /* An unchanged save would still make a revision to sync. */
  if (!changed)
    return;

  if (!crm_store_save (self->store, CRM_RECORD (ticket), &error))
    crm_ticket_page_error (self, _("The ticket could not be saved."), error);
}

static gboolean
save_timeout_cb (gpointer data)
{
  CrmTicketPage *self = data;

  self->save_timeout = 0;
  save_texts (self);

  return G_SOURCE_REMOVE;
}

static void
on_text_changed (CrmTicketPage *self)
{
  if (self->loading || self->ticket == NULL)
    return;

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

void
crm_ticket_page_flush (CrmTicketPage *self)
{
  g_return_if_fail (CRM_IS_TICKET_PAGE (self));

  if (self->save_timeout != 0)
    save_texts (self);
}

/* Saves one change made through a choice, on a fresh copy of the ticket. */
static void
save_choice (CrmTicketPage *self,
             gboolean     (*apply) (CrmTicketPage *self, CrmTicket *ticket))
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->ticket == NULL || self->store == NULL)
    return;

  crm_ticket_page_flush (self);
  ticket = crm_store_load (self->store, CRM_TYPE_TICKET, crm_record_get_id (CRM_RECORD (self->ticket)), &error);
  if (ticket != NULL)
    {
      if (apply (self, ticket))
        crm_store_save (self->store, CRM_RECORD (ticket), &error);
    }

  if (error != NULL)
    {
      crm_ticket_page_error (self, _("The ticket could not be saved."), error);
      reload (self);
    }
}

/* A new priority brings the due time its service level promises, counted
 * from the ticket's arrival as when it was made. */
static gboolean
apply_priority (CrmTicketPage *self,
                CrmTicket     *ticket)
{
  CrmTicketPriority priority = adw_combo_row_get_selected (self->priority_row);
  CrmServiceSla sla = crm_ticket_format_sla (self->settings);

  if (crm_ticket_get_priority (ticket) == priority)
    return FALSE;

  crm_ticket_set_priority (ticket, priority);
  if (crm_ticket_get_received_at (ticket) > 0)
    crm_ticket_set_due_at (ticket, crm_service_sla_due_at (&sla, priority, crm_ticket_get_received_at (ticket)));

  return TRUE;
}

static gboolean
apply_product (CrmTicketPage *self,
               CrmTicket     *ticket)
{
  guint selected = adw_combo_row_get_selected (self->product_row);
  const char *product_id = selected > 0 && selected <= self->product_ids->len
                           ? g_ptr_array_index (self->product_ids, selected - 1) : NULL;

  if (g_strcmp0 (product_id, crm_ticket_get_product_id (ticket)) == 0)
    return FALSE;

  crm_ticket_set_product_id (ticket, product_id);
  return TRUE;
}

static void
on_priority_selected (CrmTicketPage *self)
{
  save_choice (self, apply_priority);
}

static void
on_product_selected (CrmTicketPage *self)
{
  save_choice (self, apply_product);
}

static void
on_status_selected (CrmTicketPage *self)
{
  guint status = adw_combo_row_get_selected (self->status_row);

  if (self->loading || self->ticket == NULL || status == GTK_INVALID_LIST_POSITION)
    return;

  crm_ticket_page_flush (self);
  if (!crm_ticket_actions_change_status (GTK_WIDGET (self), self->store,
                                         crm_record_get_id (CRM_RECORD (self->ticket)), status))
    reload (self);
}

/* The customer opens where customers are: the Customers view. */
static void
on_customer_activated (CrmTicketPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *customer_id;

  if (self->ticket == NULL || (customer_id = crm_ticket_get_customer_id (self->ticket)) == NULL)
    return;

  crm_ticket_page_flush (self);
  if (CRM_IS_WINDOW (root))
    crm_window_show_customer (CRM_WINDOW (root), customer_id);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

static void
on_store_changed (CrmTicketPage *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind)
{
  if (self->ticket == NULL)
    return;

  if (type == CRM_TYPE_PRODUCT || kind == CRM_CHANGE_MANY)
    show_products (self);
  if (type == CRM_TYPE_CUSTOMER || type == CRM_TYPE_STAFF || kind == CRM_CHANGE_MANY)
    crm_pipeline_names_forget (self->names);

  if ((type == CRM_TYPE_TICKET && (id == NULL || g_strcmp0 (id, crm_record_get_id (CRM_RECORD (self->ticket))) == 0)) ||
      type == CRM_TYPE_TICKET_EVENT || type == CRM_TYPE_TICKET_WORK || type == CRM_TYPE_TICKET_PART ||
      type == CRM_TYPE_CUSTOMER || type == CRM_TYPE_STAFF || type == CRM_TYPE_PRODUCT)
    reload (self);
}

void
crm_ticket_page_set_store (CrmTicketPage *self,
                           CrmStore      *store)
{
  g_return_if_fail (CRM_IS_TICKET_PAGE (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);
  g_clear_object (&self->ticket);

  if (store != NULL)
    {
      self->names = crm_pipeline_names_new (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  crm_assign_popover_set_store (CRM_ASSIGN_POPOVER (gtk_menu_button_get_popover (self->assign_button)), store);
  show_products (self);
}

void
crm_ticket_page_set_ticket_id (CrmTicketPage *self,
                               const char    *ticket_id)
{
  g_autoptr(GError) error = NULL;
  CrmTicket *ticket = NULL;

  g_return_if_fail (CRM_IS_TICKET_PAGE (self));

  if (self->ticket != NULL && g_strcmp0 (ticket_id, crm_record_get_id (CRM_RECORD (self->ticket))) == 0)
    return;

  crm_ticket_page_flush (self);
  if (ticket_id != NULL && self->store != NULL &&
      (ticket = crm_store_load (self->store, CRM_TYPE_TICKET, ticket_id, &error)) == NULL)
    g_debug ("Cannot show ticket %s: %s", ticket_id, error->message);

  g_clear_object (&self->ticket);
  self->ticket = ticket;
  crm_assign_popover_set_ticket_id (CRM_ASSIGN_POPOVER (gtk_menu_button_get_popover (self->assign_button)), ticket_id);

  if (ticket != NULL)
    {
      /* Another ticket: every field shows it, even the one with the focus. */
      self->switching = TRUE;
      show_ticket (self);
      self->switching = FALSE;
      crm_ticket_page_load_logs (self);
    }
}

const char *
crm_ticket_page_get_ticket_id (CrmTicketPage *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PAGE (self), NULL);

  return self->ticket != NULL ? crm_record_get_id (CRM_RECORD (self->ticket)) : NULL;
}

/**
 * crm_ticket_page_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket shown, as last loaded
 */
CrmTicket *
crm_ticket_page_get_ticket (CrmTicketPage *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PAGE (self), NULL);

  return self->ticket;
}

void
crm_ticket_page_show_assign (CrmTicketPage *self)
{
  g_return_if_fail (CRM_IS_TICKET_PAGE (self));

  if (self->ticket != NULL)
    gtk_menu_button_popup (self->assign_button);
}

/* Where a technician goes after the repair: minutes and a note. */
void
crm_ticket_page_focus_work_log (CrmTicketPage *self)
{
  g_return_if_fail (CRM_IS_TICKET_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->work_note_entry));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_ticket_page_dispose (GObject *object)
{
  CrmTicketPage *self = CRM_TICKET_PAGE (object);

  if (self->save_timeout != 0)
    save_texts (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_TICKET_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->ticket);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);

  G_OBJECT_CLASS (crm_ticket_page_parent_class)->dispose (object);
}

static void
crm_ticket_page_finalize (GObject *object)
{
  CrmTicketPage *self = CRM_TICKET_PAGE (object);

  g_clear_object (&self->settings);
  g_ptr_array_unref (self->product_ids);

  G_OBJECT_CLASS (crm_ticket_page_parent_class)->finalize (object);
}

static void
crm_ticket_page_class_init (CrmTicketPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_ticket_page_dispose;
  object_class->finalize = crm_ticket_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-ticket-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, ticket_group);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, customer_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, priority_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, technician_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, assign_button);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, product_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, serial_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, fault_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, region_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, received_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, work_group);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, work_minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, work_note_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, work_list);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, parts_group);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, part_product_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, part_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, part_quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, part_cost_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, parts_list);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, resolution_view);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, appointment_date_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, appointment_time_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketPage, work_report_view);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_priority_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_product_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activated);
  crm_ticket_page_logs_class_init (widget_class);
}

static GtkStringList *
enum_labels (int           n_values,
             const char *(*label) (int value))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (list, label (i));

  return list;
}

static const char *
status_label (int value)
{
  return crm_page_ticket_status_label (value);
}

static const char *
priority_label (int value)
{
  return crm_page_ticket_priority_label (value);
}

static void
crm_ticket_page_init (CrmTicketPage *self)
{
  g_autoptr(GtkStringList) statuses = enum_labels (CRM_TICKET_STATUS_CLOSED + 1, status_label);
  g_autoptr(GtkStringList) priorities = enum_labels (CRM_TICKET_PRIORITY_URGENT + 1, priority_label);
  GtkTextView *views[3];

  g_type_ensure (CRM_TYPE_ASSIGN_POPOVER);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->product_ids = g_ptr_array_new_with_free_func (g_free);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));
  gtk_menu_button_set_popover (self->assign_button, GTK_WIDGET (crm_assign_popover_new ()));

  views[0] = self->description_view;
  views[1] = self->resolution_view;
  views[2] = self->work_report_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_swapped (gtk_text_view_get_buffer (views[i]), "changed", G_CALLBACK (on_text_changed), self);
}
