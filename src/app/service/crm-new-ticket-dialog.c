/* crm-new-ticket-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer-list.h"
#include "crm-models.h"
#include "crm-new-ticket-dialog.h"
#include "crm-page-format.h"
#include "crm-service.h"
#include "crm-ticket-actions.h"
#include "crm-ticket-format.h"

/* The customer is searched in the lazy customer list: a hundred thousand
 * customers are never loaded, only the rows on screen. Type a name, Enter
 * takes the first match and moves on to the problem; Enter there creates. */

struct _CrmNewTicketDialog
{
  AdwWindow           parent_instance;

  CrmStore           *store;
  GSettings          *settings;
  CrmCustomerList    *customers;
  char               *customer_id;
  GPtrArray          *product_ids;   /* parallel to the product rows after "None" */

  GtkWidget          *customer_picker;
  GtkSearchEntry     *customer_search;
  GtkListView        *customer_list;
  GtkSingleSelection *customer_selection;
  AdwActionRow       *customer_row;
  AdwEntryRow        *title_row;
  AdwComboRow        *priority_row;
  AdwComboRow        *product_row;
  AdwEntryRow        *serial_row;
  GtkTextView        *description_view;
  GtkLabel           *error_label;
  GtkWidget          *create_button;
};

G_DEFINE_FINAL_TYPE (CrmNewTicketDialog, crm_new_ticket_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_create (CrmNewTicketDialog *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  gtk_widget_set_sensitive (self->create_button, self->customer_id != NULL && *title != '\0');
}

static void
show_error (CrmNewTicketDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

void
crm_new_ticket_dialog_set_customer (CrmNewTicketDialog *self,
                                    const char         *customer_id)
{
  g_autoptr(CrmCustomer) customer = NULL;

  g_return_if_fail (CRM_IS_NEW_TICKET_DIALOG (self));

  if (customer_id != NULL && *customer_id != '\0')
    customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, customer_id, NULL);

  g_free (self->customer_id);
  self->customer_id = customer != NULL ? g_strdup (customer_id) : NULL;
  adw_action_row_set_subtitle (self->customer_row,
                               customer != NULL ? crm_customer_get_name (customer) : _("Not chosen yet"));
  update_create (self);
}

static void
on_customer_search_changed (CrmNewTicketDialog *self)
{
  if (self->customers != NULL)
    crm_customer_list_set_search (self->customers, gtk_editable_get_text (GTK_EDITABLE (self->customer_search)));
}

static void
choose_position (CrmNewTicketDialog *self,
                 guint               position)
{
  g_autoptr(CrmCustomer) customer = NULL;

  if (self->customers == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->customers)))
    return;

  customer = g_list_model_get_item (G_LIST_MODEL (self->customers), position);
  crm_new_ticket_dialog_set_customer (self, crm_record_get_id (CRM_RECORD (customer)));
}

/* Enter in the search takes the first match (or the one chosen with the
 * arrows) and goes on to the problem. */
static void
on_customer_search_activate (CrmNewTicketDialog *self)
{
  guint selected = gtk_single_selection_get_selected (self->customer_selection);

  choose_position (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
  if (self->customer_id != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
on_customer_selected (CrmNewTicketDialog *self)
{
  guint selected = gtk_single_selection_get_selected (self->customer_selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    choose_position (self, selected);
}

static void
on_customer_activate (CrmNewTicketDialog *self,
                      guint               position)
{
  choose_position (self, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
on_customer_setup (CrmNewTicketDialog *self,
                   GtkListItem        *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_customer_bind (CrmNewTicketDialog *self,
                  GtkListItem        *item)
{
  CrmCustomer *customer = gtk_list_item_get_item (item);
  const char *company = crm_customer_get_company (customer);
  g_autofree char *text = NULL;

  if (company != NULL && g_strcmp0 (company, crm_customer_get_name (customer)) == 0)
    company = NULL;
  text = CRM_PAGE_JOIN (crm_customer_get_name (customer), company, crm_customer_get_city (customer));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
fill_products (CrmNewTicketDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GError) error = NULL;

  gtk_string_list_append (model, _("None"));
  if ((products = crm_store_list (self->store, CRM_TYPE_PRODUCT, NULL, NULL, &error)) == NULL)
    g_warning ("Cannot list products: %s", error->message);

  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      CrmProduct *product = g_ptr_array_index (products, i);

      g_ptr_array_add (self->product_ids, g_strdup (crm_record_get_id (CRM_RECORD (product))));
      gtk_string_list_append (model, crm_product_get_name (product));
    }
  adw_combo_row_set_model (self->product_row, G_LIST_MODEL (model));
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * crm_new_ticket_dialog_create:
 *
 * Creates the ticket, emits #CrmNewTicketDialog::created with its id and
 * closes; or says in the dialog what is missing.
 */
void
crm_new_ticket_dialog_create (CrmNewTicketDialog *self)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = crm_ticket_actions_dup_staff_id ();
  g_autofree char *description = text_view_get_text (self->description_view);
  g_autofree char *serial = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->serial_row))));
  CrmServiceSla sla = crm_ticket_format_sla (self->settings);
  guint product = adw_combo_row_get_selected (self->product_row);
  const char *product_id = NULL;

  g_return_if_fail (CRM_IS_NEW_TICKET_DIALOG (self));

  if (product > 0 && product != GTK_INVALID_LIST_POSITION && product <= self->product_ids->len)
    product_id = g_ptr_array_index (self->product_ids, product - 1);

  ticket = crm_ticket_create (self->store, self->customer_id, product_id,
                              gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                              adw_combo_row_get_selected (self->priority_row), &sla, staff_id, &error);
  if (ticket == NULL)
    {
      show_error (self, error->message);
      return;
    }

  /* What the core does not take at creation, saved right after. */
  g_strstrip (description);
  if (*serial != '\0' || *description != '\0')
    {
      crm_ticket_set_serial_number (ticket, *serial != '\0' ? serial : NULL);
      crm_ticket_set_description (ticket, *description != '\0' ? description : NULL);
      if (!crm_store_save (self->store, CRM_RECORD (ticket), &error))
        g_warning ("Cannot save the details of ticket %s: %s", crm_ticket_get_number (ticket), error->message);
    }

  /* Closed first: whoever shows the ticket then has the focus to give. */
  g_object_ref (self);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[CREATED], 0, crm_record_get_id (CRM_RECORD (ticket)));
  g_object_unref (self);
}

GtkEditable *
crm_new_ticket_dialog_get_search (CrmNewTicketDialog *self)
{
  g_return_val_if_fail (CRM_IS_NEW_TICKET_DIALOG (self), NULL);

  return GTK_EDITABLE (self->customer_search);
}

GtkEditable *
crm_new_ticket_dialog_get_title (CrmNewTicketDialog *self)
{
  g_return_val_if_fail (CRM_IS_NEW_TICKET_DIALOG (self), NULL);

  return GTK_EDITABLE (self->title_row);
}

/**
 * crm_new_ticket_dialog_new:
 * @customer_id: (nullable): the customer, or %NULL or "" to search for one
 */
CrmNewTicketDialog *
crm_new_ticket_dialog_new (GtkWindow  *parent,
                           CrmStore   *store,
                           const char *customer_id)
{
  CrmNewTicketDialog *self;
  gboolean pick;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self = g_object_new (CRM_TYPE_NEW_TICKET_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_products (self);

  /* A customer deleted meanwhile is searched for like none given. */
  crm_new_ticket_dialog_set_customer (self, customer_id);
  pick = self->customer_id == NULL;
  gtk_widget_set_visible (self->customer_picker, pick);
  if (pick)
    {
      self->customers = crm_customer_list_new (store);
      gtk_single_selection_set_model (self->customer_selection, G_LIST_MODEL (self->customers));
      gtk_widget_grab_focus (GTK_WIDGET (self->customer_search));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

static void
crm_new_ticket_dialog_dispose (GObject *object)
{
  CrmNewTicketDialog *self = CRM_NEW_TICKET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_NEW_TICKET_DIALOG);
  g_clear_object (&self->customers);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_new_ticket_dialog_parent_class)->dispose (object);
}

static void
crm_new_ticket_dialog_finalize (GObject *object)
{
  CrmNewTicketDialog *self = CRM_NEW_TICKET_DIALOG (object);

  g_clear_object (&self->settings);
  g_free (self->customer_id);
  g_ptr_array_unref (self->product_ids);

  G_OBJECT_CLASS (crm_new_ticket_dialog_parent_class)->finalize (object);
}

static gboolean
create_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  crm_new_ticket_dialog_create (CRM_NEW_TICKET_DIALOG (widget));
  return TRUE;
}

static void
crm_new_ticket_dialog_class_init (CrmNewTicketDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_new_ticket_dialog_dispose;
  object_class->finalize = crm_new_ticket_dialog_finalize;

  /**
   * CrmNewTicketDialog::created:
   * @ticket_id: the new ticket's id
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, create_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, create_shortcut, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-new-ticket-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, customer_picker);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, customer_search);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, customer_list);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, customer_selection);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, customer_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, product_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, serial_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmNewTicketDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, update_create);
  gtk_widget_class_bind_template_callback (widget_class, crm_new_ticket_dialog_create);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_bind);
}

static void
crm_new_ticket_dialog_init (CrmNewTicketDialog *self)
{
  g_autoptr(GtkStringList) priorities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->product_ids = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i <= CRM_TICKET_PRIORITY_URGENT; i++)
    gtk_string_list_append (priorities, crm_page_ticket_priority_label (i));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));
  adw_combo_row_set_selected (self->priority_row, CRM_TICKET_PRIORITY_NORMAL);
}
