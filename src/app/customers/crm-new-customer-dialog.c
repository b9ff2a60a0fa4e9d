/* crm-new-customer-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer.h"
#include "crm-new-customer-dialog.h"

struct _CrmNewCustomerDialog
{
  AdwWindow        parent_instance;

  CrmStore        *store;

  GtkButton       *create_button;
  AdwEntryRow     *name_row;
  GtkToggleButton *person_button;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (CrmNewCustomerDialog, crm_new_customer_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * crm_new_customer_dialog_new:
 *
 * The dialog emits #CrmNewCustomerDialog::created with the new customer's id
 * and closes once the customer is saved.
 */
CrmNewCustomerDialog *
crm_new_customer_dialog_new (GtkWindow *parent,
                             CrmStore  *store)
{
  CrmNewCustomerDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self = g_object_new (CRM_TYPE_NEW_CUSTOMER_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  return self;
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
on_name_changed (CrmNewCustomerDialog *self)
{
  g_autofree char *name = entry_text (self->name_row);

  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), *name != '\0');
}

static void
create (CrmNewCustomerDialog *self)
{
  g_autoptr(CrmCustomer) customer = crm_customer_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *owner_id = g_settings_get_string (settings, "current-staff-id");
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *email = entry_text (self->email_row);
  g_autofree char *phone = entry_text (self->phone_row);
  g_autoptr(GError) error = NULL;

  if (*name == '\0')
    return;

  crm_customer_set_name (customer, name);
  crm_customer_set_kind (customer, gtk_toggle_button_get_active (self->person_button)
                                   ? CRM_CUSTOMER_KIND_PERSON : CRM_CUSTOMER_KIND_COMPANY);
  crm_customer_set_email (customer, *email != '\0' ? email : NULL);
  crm_customer_set_phone (customer, *phone != '\0' ? phone : NULL);
  /* Whoever adds a customer looks after it until someone else does. */
  crm_customer_set_owner_id (customer, *owner_id != '\0' ? owner_id : NULL);

  if (!crm_store_save (self->store, CRM_RECORD (customer), &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, crm_record_get_id (CRM_RECORD (customer)));
  gtk_window_close (GTK_WINDOW (self));
}

/* The name comes first, ready for typing. */
static void
crm_new_customer_dialog_map (GtkWidget *widget)
{
  CrmNewCustomerDialog *self = CRM_NEW_CUSTOMER_DIALOG (widget);

  GTK_WIDGET_CLASS (crm_new_customer_dialog_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
crm_new_customer_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_NEW_CUSTOMER_DIALOG);

  G_OBJECT_CLASS (crm_new_customer_dialog_parent_class)->dispose (object);
}

static void
crm_new_customer_dialog_finalize (GObject *object)
{
  CrmNewCustomerDialog *self = CRM_NEW_CUSTOMER_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_new_customer_dialog_parent_class)->finalize (object);
}

static void
crm_new_customer_dialog_class_init (CrmNewCustomerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_new_customer_dialog_dispose;
  object_class->finalize = crm_new_customer_dialog_finalize;
  widget_class->map = crm_new_customer_dialog_map;

  /**
   * CrmNewCustomerDialog::created:
   * @customer_id: the id of the customer just saved
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-new-customer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, person_button);
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrmNewCustomerDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, create);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_new_customer_dialog_init (CrmNewCustomerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
