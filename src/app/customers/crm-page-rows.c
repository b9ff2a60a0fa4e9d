/* crm-page-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-page-rows.h"

/* A contract this close to its end is due for renewal. */
#define EXPIRES_SOON_DAYS 30

/* Rows are built by hand in the shape and style classes of AdwActionRow:
 * its template costs more than the whole rest of the page, and a page
 * shows dozens of rows. Everything in them is the user's text, never markup. */
typedef struct
{
  GtkWidget *row;
  GtkWidget *header;
  GtkWidget *title_box;
} Row;

/* One line each: wrapped labels cost several layouts to measure. */
static GtkWidget *
add_label (Row        *row,
           const char *text,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style_class);
  gtk_box_append (GTK_BOX (row->title_box), label);

  return label;
}

static Row
new_row (const char *title,
         const char *subtitle)
{
  Row row;
  GtkWidget *title_label;

  row.row = gtk_list_box_row_new ();
  row.header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  row.title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), FALSE);
  gtk_widget_add_css_class (row.header, "header");
  gtk_widget_add_css_class (row.title_box, "title");
  gtk_widget_set_hexpand (row.title_box, TRUE);
  gtk_widget_set_valign (row.title_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row.header), row.title_box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row.row), row.header);

  title_label = add_label (&row, title != NULL ? title : "", "title");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row.row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title_label, NULL, -1);
  if (subtitle != NULL && *subtitle != '\0')
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row.row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                    add_label (&row, subtitle, "subtitle"), NULL, -1);

  return row;
}

static void
add_prefix (Row       *row,
            GtkWidget *widget)
{
  gtk_widget_add_css_class (widget, "prefixes");
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_box_prepend (GTK_BOX (row->header), widget);
}

static void
add_suffix (Row       *row,
            GtkWidget *widget)
{
  gtk_widget_set_margin_start (widget, 6);
  gtk_box_append (GTK_BOX (row->header), widget);
}

static void
add_suffix_text (Row        *row,
                 const char *text,
                 const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  add_suffix (row, label);
}

/* An icon-only button that activates @action_name for the record @id. */
static GtkWidget *
new_record_button (const char *icon_name,
                   const char *tooltip,
                   const char *action_name,
                   const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  crm_page_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);

  return button;
}

GtkWidget *
crm_page_row_contact (gpointer item,
                      gpointer user_data)
{
  CrmContact *contact = item;
  const char *id = crm_record_get_id (CRM_RECORD (contact));
  const char *phone = crm_contact_get_phone (contact);
  g_autofree char *subtitle = CRM_PAGE_JOIN (crm_contact_get_title (contact),
                                             crm_contact_get_email (contact),
                                             phone != NULL ? phone : crm_contact_get_mobile (contact));
  Row row = new_row (crm_contact_get_name (contact), subtitle);

  add_prefix (&row, adw_avatar_new (32, crm_contact_get_name (contact), TRUE));

  if (crm_contact_get_is_primary (contact))
    {
      GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Primary Contact"), -1);
      gtk_widget_add_css_class (star, "accent");
      add_suffix (&row, star);
    }

  add_suffix (&row, new_record_button ("user-trash-symbolic", _("Delete Contact"),
                                       "customer-page.delete-contact", id));

  /* The row opens the contact for editing. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row.row), "customer-page.edit-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row.row), "s", id);

  return row.row;
}

GtkWidget *
crm_page_row_activity (gpointer item,
                       gpointer user_data)
{
  CrmActivity *activity = item;
  CrmPageContext *context = user_data;
  CrmActivityKind kind = crm_activity_get_kind (activity);
  const char *subject = crm_activity_get_subject (activity);
  const char *body = crm_activity_get_body (activity);
  g_autofree char *when = crm_page_format_date_time (crm_activity_get_at (activity));
  g_autofree char *due_date = crm_page_format_date (crm_activity_get_due_at (activity));
  g_autofree char *due = NULL;
  g_autofree char *meta = NULL;
  GtkWidget *icon = gtk_image_new_from_icon_name (crm_page_activity_kind_icon (kind));
  Row row;

  if (kind == CRM_ACTIVITY_KIND_TASK)
    {
      if (crm_activity_get_done (activity))
        due = g_strdup (_("Done"));
      else if (due_date != NULL)
        due = g_strdup_printf (_("Due %s"), due_date);
    }

  /* The kind is written out beside its icon: tooltips on every row would
   * cost a round trip to the display server each. */
  meta = CRM_PAGE_JOIN (crm_page_activity_kind_label (kind),
                        crm_page_context_staff_name (context, crm_activity_get_staff_id (activity)), when, due);
  row = new_row (subject != NULL && *subject != '\0' ? subject : crm_page_activity_kind_label (kind), meta);
  /* A line of the text each; activating a row shows all of it. */
  if (body != NULL && *body != '\0')
    {
      g_object_set_data (G_OBJECT (row.row), "crm-body", add_label (&row, body, "subtitle"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  crm_page_activity_kind_label (kind), -1);
  add_prefix (&row, icon);

  if (kind == CRM_ACTIVITY_KIND_TASK && !crm_activity_get_done (activity))
    add_suffix (&row, new_record_button ("object-select-symbolic", _("Mark as Done"),
                                         "customer-page.complete-task",
                                         crm_record_get_id (CRM_RECORD (activity))));

  return row.row;
}

/**
 * crm_page_row_toggle_text:
 *
 * Shows all the text of a timeline row, or one line of it again.
 */
void
crm_page_row_toggle_text (GtkListBoxRow *row)
{
  GtkLabel *body = g_object_get_data (G_OBJECT (row), "crm-body");
  gboolean expand;

  if (body == NULL)
    return;

  expand = gtk_label_get_single_line_mode (body);
  gtk_label_set_single_line_mode (body, !expand);
  gtk_label_set_wrap (body, expand);
  gtk_label_set_wrap_mode (body, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (body, expand ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
}

GtkWidget *
crm_page_row_deal (gpointer item,
                   gpointer user_data)
{
  CrmDeal *deal = item;
  CrmPageContext *context = user_data;
  CrmPipelineStage *stage = crm_page_context_stage (context, crm_deal_get_stage_id (deal));
  gboolean open = stage == NULL || crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN;
  g_autofree char *amount = crm_page_format_money (crm_deal_get_amount (deal), crm_deal_get_currency (deal));
  g_autofree char *date = crm_page_format_date (open ? crm_deal_get_expected_close_at (deal)
                                                     : crm_deal_get_closed_at (deal));
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  Row row;

  if (date != NULL)
    when = g_strdup_printf (open ? _("closes %s") : _("closed %s"), date);

  subtitle = CRM_PAGE_JOIN (stage != NULL ? crm_pipeline_stage_get_name (stage) : NULL, when,
                            open ? NULL : crm_deal_get_close_reason (deal),
                            crm_page_context_staff_name (context, crm_deal_get_owner_id (deal)));
  row = new_row (crm_deal_get_title (deal), subtitle);
  add_suffix_text (&row, amount, open ? NULL : "dim-label");

  /* The row opens the deal's editor (the window's deal actions). */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row.row), "deal.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row.row), "s", crm_record_get_id (CRM_RECORD (deal)));

  return row.row;
}

GtkWidget *
crm_page_row_quote (gpointer item,
                    gpointer user_data)
{
  CrmQuote *quote = item;
  g_autofree char *issued_date = crm_page_format_date (crm_quote_get_issued_at (quote));
  g_autofree char *valid_date = crm_page_format_date (crm_quote_get_valid_until (quote));
  g_autofree char *title = g_strdup_printf (_("Quote %s"), crm_quote_get_number (quote) != NULL
                                                           ? crm_quote_get_number (quote) : "");
  g_autofree char *issued = issued_date != NULL ? g_strdup_printf (_("issued %s"), issued_date) : NULL;
  g_autofree char *valid = valid_date != NULL ? g_strdup_printf (_("valid until %s"), valid_date) : NULL;
  g_autofree char *subtitle = CRM_PAGE_JOIN (issued, valid);
  Row row = new_row (title, subtitle);

  add_suffix_text (&row, crm_page_quote_status_label (crm_quote_get_status (quote)), NULL);

  /* The row opens the quote's editor (the window's quote actions). */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row.row), "quote.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row.row), "s", crm_record_get_id (CRM_RECORD (quote)));

  return row.row;
}

GtkWidget *
crm_page_row_order (gpointer item,
                    gpointer user_data)
{
  CrmOrder *order = item;
  CrmPageContext *context = user_data;
  gint64 *total = g_hash_table_lookup (context->order_totals, crm_record_get_id (CRM_RECORD (order)));
  g_autofree char *amount = crm_page_format_money (total != NULL ? *total : 0, crm_order_get_currency (order));
  g_autofree char *date = crm_page_format_date (crm_order_get_ordered_at (order));
  g_autofree char *title = g_strdup_printf (_("Order %s"), crm_order_get_number (order) != NULL
                                                           ? crm_order_get_number (order) : "");
  g_autofree char *subtitle = CRM_PAGE_JOIN (date, crm_page_order_status_label (crm_order_get_status (order)));
  Row row = new_row (title, subtitle);

  add_suffix_text (&row, amount, crm_order_get_status (order) == CRM_ORDER_STATUS_CANCELLED ? "dim-label" : NULL);

  return row.row;
}

GtkWidget *
crm_page_row_ticket (gpointer item,
                     gpointer user_data)
{
  CrmTicket *ticket = item;
  CrmPageContext *context = user_data;
  CrmTicketPriority priority = crm_ticket_get_priority (ticket);
  gboolean closed = crm_ticket_get_status (ticket) == CRM_TICKET_STATUS_CLOSED;
  g_autofree char *received = crm_page_format_date (crm_ticket_get_received_at (ticket));
  g_autofree char *title = CRM_PAGE_JOIN (crm_ticket_get_number (ticket), crm_ticket_get_title (ticket));
  const char *technician = crm_page_context_staff_name (context, crm_ticket_get_technician_id (ticket));
  g_autofree char *subtitle = CRM_PAGE_JOIN (crm_page_ticket_status_label (crm_ticket_get_status (ticket)),
                                             received, technician);
  Row row = new_row (title, subtitle);

  add_suffix_text (&row, crm_page_ticket_priority_label (priority),
                   closed ? "dim-label" : priority >= CRM_TICKET_PRIORITY_HIGH ? "warning" : NULL);

  /* The row opens the ticket in the Service view (the window's ticket actions). */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row.row), "ticket.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row.row), "s", crm_record_get_id (CRM_RECORD (ticket)));

  return row.row;
}

GtkWidget *
crm_page_row_contract (gpointer item,
                       gpointer user_data)
{
  CrmContract *contract = item;
  CrmPageContext *context = user_data;
  const char *product_id = crm_contract_get_product_id (contract);
  g_autoptr(CrmProduct) product = product_id != NULL
                                  ? crm_store_load (context->store, CRM_TYPE_PRODUCT, product_id, NULL)
                                  : NULL;
  gint64 ends_at = crm_contract_get_ends_at (contract);
  g_autofree char *end_date = crm_page_format_date (ends_at);
  g_autofree char *ends = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = crm_contract_get_title (contract);
  Row row;

  if (end_date != NULL)
    ends = g_strdup_printf (ends_at < context->now ? _("ended %s") : _("ends %s"), end_date);

  subtitle = CRM_PAGE_JOIN (crm_contract_get_number (contract),
                            product != NULL ? crm_product_get_name (product) : NULL, ends);
  row = new_row (title != NULL ? title : crm_contract_get_number (contract), subtitle);

  if (ends_at != 0 && ends_at < context->now)
    add_suffix_text (&row, _("Expired"), "dim-label");
  else if (ends_at != 0 && ends_at < context->now + EXPIRES_SOON_DAYS * G_GINT64_CONSTANT (86400))
    add_suffix_text (&row, _("Expires Soon"), "warning");

  /* The row opens the contract's editor (the window's contract actions). */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row.row), "contract.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row.row), "s", crm_record_get_id (CRM_RECORD (contract)));

  return row.row;
}
