/* crm-ticket-page-logs.c: the ticket page's lists — status history, work
 * log and parts — and adding to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-service.h"
#include "crm-ticket-actions.h"
#include "crm-ticket-format.h"
#include "crm-ticket-page-private.h"
#include "crm-window.h"

/* A ticket has a handful of each: rows are AdwActionRows, made anew on
 * every change. */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* The user's own words: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");

  return row;
}

static void
add_remove_button (CrmTicketPage *self,
                   GtkWidget     *row,
                   const char    *action,
                   const char    *id,
                   const char    *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
load_history (CrmTicketPage *self,
              const char    *ticket_id)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->history_list);
  if ((events = crm_ticket_load_events (self->store, ticket_id, &error)) == NULL)
    {
      g_warning ("Cannot load the history of ticket %s: %s", ticket_id, error->message);
      return;
    }

  /* Newest first, as the page is read from the top. */
  for (guint i = events->len; i > 0; i--)
    {
      CrmTicketEvent *event = g_ptr_array_index (events, i - 1);
      g_autofree char *at = crm_page_format_date_time (crm_ticket_event_get_at (event));
      g_autofree char *subtitle = CRM_PAGE_JOIN (at,
                                                 crm_pipeline_names_staff (self->names, crm_ticket_event_get_staff_id (event)),
                                                 crm_ticket_event_get_note (event));

      gtk_list_box_append (self->history_list,
                           new_row (crm_page_ticket_status_label (crm_ticket_event_get_status (event)), subtitle));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), events->len > 0);
}

static void
load_work (CrmTicketPage *self,
           const char    *ticket_id)
{
  g_autoptr(GPtrArray) work = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spent = crm_ticket_format_minutes (crm_ticket_get_time_spent_minutes (self->ticket));
  g_autofree char *description = g_strdup_printf (_("Time spent: %s"), spent);

  adw_preferences_group_set_description (self->work_group, description);
  clear_list (self->work_list);
  if ((work = crm_ticket_load_work (self->store, ticket_id, &error)) == NULL)
    {
      g_warning ("Cannot load the work log of ticket %s: %s", ticket_id, error->message);
      return;
    }

  for (guint i = 0; i < work->len; i++)
    {
      CrmTicketWork *entry = g_ptr_array_index (work, i);
      g_autofree char *minutes = crm_ticket_format_minutes (crm_ticket_work_get_minutes (entry));
      g_autofree char *at = crm_page_format_date_time (crm_ticket_work_get_at (entry));
      g_autofree char *subtitle = CRM_PAGE_JOIN (minutes,
                                                 crm_pipeline_names_staff (self->names, crm_ticket_work_get_staff_id (entry)),
                                                 at);
      const char *note = crm_ticket_work_get_note (entry);
      GtkWidget *row = new_row (note != NULL && *note != '\0' ? note : _("Work"), subtitle);

      add_remove_button (self, row, "ticket-page.remove-work", crm_record_get_id (CRM_RECORD (entry)),
                         _("Remove the Entry"));
      gtk_list_box_append (self->work_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->work_list), work->len > 0);
}

static void
load_parts (CrmTicketPage *self,
            const char    *ticket_id)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  const char *currency = crm_ticket_get_currency (self->ticket);
  g_autofree char *cost = crm_page_format_money (crm_ticket_get_repair_cost (self->ticket), currency);
  g_autofree char *description = g_strdup_printf (_("Repair cost: %s"), cost != NULL ? cost : "");

  adw_preferences_group_set_description (self->parts_group, description);
  clear_list (self->parts_list);
  if ((parts = crm_ticket_load_parts (self->store, ticket_id, &error)) == NULL)
    {
      g_warning ("Cannot load the parts of ticket %s: %s", ticket_id, error->message);
      return;
    }

  for (guint i = 0; i < parts->len; i++)
    {
      CrmTicketPart *part = g_ptr_array_index (parts, i);
      int quantity = crm_ticket_part_get_quantity (part);
      gint64 unit_cost = crm_ticket_part_get_unit_cost (part);
      g_autofree char *unit = crm_page_format_money (unit_cost, crm_ticket_part_get_currency (part));
      g_autofree char *total = crm_page_format_money (quantity * unit_cost, crm_ticket_part_get_currency (part));
      /* TRANSLATORS: a part's quantity and unit cost, as in "2 × €12.00" */
      g_autofree char *subtitle = g_strdup_printf (_("%d × %s"), quantity, unit != NULL ? unit : "");
      GtkWidget *row = new_row (crm_ticket_part_get_description (part), subtitle);
      GtkWidget *total_label = gtk_label_new (total);

      gtk_widget_add_css_class (total_label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), total_label);
      add_remove_button (self, row, "ticket-page.remove-part", crm_record_get_id (CRM_RECORD (part)),
                         _("Remove the Part"));
      gtk_list_box_append (self->parts_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->parts_list), parts->len > 0);
}

void
crm_ticket_page_load_logs (CrmTicketPage *self)
{
  const char *ticket_id;

  if (self->ticket == NULL || self->store == NULL)
    return;

  ticket_id = crm_record_get_id (CRM_RECORD (self->ticket));
  load_history (self, ticket_id);
  load_work (self, ticket_id);
  load_parts (self, ticket_id);
}

/* ---------------------------------------------------------------------- */
/* Adding and removing                                                    */
/* ---------------------------------------------------------------------- */

static void
on_log_work (CrmTicketPage *self)
{
  g_autoptr(CrmTicketWork) work = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = crm_ticket_actions_dup_staff_id ();
  g_autofree char *note = NULL;

  if (self->ticket == NULL)
    return;

  gtk_spin_button_update (self->work_minutes_spin);
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->work_note_entry))));
  work = crm_ticket_log_work (self->store, crm_record_get_id (CRM_RECORD (self->ticket)), staff_id,
                              g_get_real_time () / G_USEC_PER_SEC,
                              gtk_spin_button_get_value_as_int (self->work_minutes_spin),
                              *note != '\0' ? note : NULL, &error);
  if (work == NULL)
    {
      crm_ticket_page_error (self, _("The work could not be logged."), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->work_note_entry), "");
}

static void
on_part_product_selected (CrmTicketPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->part_product_dropdown);
  g_autoptr(CrmProduct) product = NULL;
  g_autofree char *cost = NULL;

  if (self->loading || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->product_ids->len ||
      (product = crm_store_load (self->store, CRM_TYPE_PRODUCT, g_ptr_array_index (self->product_ids, selected - 1),
                                 NULL)) == NULL)
    return;

  /* A catalogue part comes with its name and cost, both still editable. */
  gtk_editable_set_text (GTK_EDITABLE (self->part_entry), crm_product_get_name (product));
  if (crm_product_get_unit_cost (product) > 0)
    {
      cost = crm_money_format (crm_product_get_unit_cost (product), crm_product_get_currency (product));
      gtk_editable_set_text (GTK_EDITABLE (self->part_cost_entry), cost != NULL ? cost : "");
    }
}

static void
on_add_part (CrmTicketPage *self)
{
  g_autoptr(CrmTicketPart) part = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const char *cost_text;
  const char *product_id = NULL;
  guint selected;
  gint64 unit_cost = 0;

  if (self->ticket == NULL)
    return;

  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->part_entry))));
  if (*description == '\0')
    {
      crm_widget_add_toast (GTK_WIDGET (self), crm_page_new_toast (_("Name the part first.")));
      gtk_widget_grab_focus (GTK_WIDGET (self->part_entry));
      return;
    }

  cost_text = gtk_editable_get_text (GTK_EDITABLE (self->part_cost_entry));
  if (*cost_text != '\0' && !crm_money_parse (cost_text, crm_ticket_get_currency (self->ticket), &unit_cost, &error))
    {
      crm_ticket_page_error (self, _("The unit cost is not an amount."), error);
      gtk_widget_grab_focus (GTK_WIDGET (self->part_cost_entry));
      return;
    }

  selected = gtk_drop_down_get_selected (self->part_product_dropdown);
  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected <= self->product_ids->len)
    product_id = g_ptr_array_index (self->product_ids, selected - 1);

  gtk_spin_button_update (self->part_quantity_spin);
  part = crm_ticket_add_part (self->store, crm_record_get_id (CRM_RECORD (self->ticket)), product_id, description,
                              gtk_spin_button_get_value_as_int (self->part_quantity_spin), unit_cost, &error);
  if (part == NULL)
    {
      crm_ticket_page_error (self, _("The part could not be added."), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->part_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->part_cost_entry), "");
  gtk_spin_button_set_value (self->part_quantity_spin, 1);
  gtk_drop_down_set_selected (self->part_product_dropdown, 0);
}

static void
remove_work_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  CrmTicketPage *self = CRM_TICKET_PAGE (widget);

  if (self->store != NULL && !crm_ticket_remove_work (self->store, g_variant_get_string (parameter, NULL), &error))
    crm_ticket_page_error (self, _("The entry could not be removed."), error);
}

static void
remove_part_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  CrmTicketPage *self = CRM_TICKET_PAGE (widget);

  if (self->store != NULL && !crm_ticket_remove_part (self->store, g_variant_get_string (parameter, NULL), &error))
    crm_ticket_page_error (self, _("The part could not be removed."), error);
}

void
crm_ticket_page_logs_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_log_work);
  gtk_widget_class_bind_template_callback (widget_class, on_add_part);
  gtk_widget_class_bind_template_callback (widget_class, on_part_product_selected);
  gtk_widget_class_install_action (widget_class, "ticket-page.remove-work", "s", remove_work_action);
  gtk_widget_class_install_action (widget_class, "ticket-page.remove-part", "s", remove_part_action);
}
