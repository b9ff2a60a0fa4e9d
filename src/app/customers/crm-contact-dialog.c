/* crm-contact-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-contact-dialog.h"
#include "crm-page-format.h"

struct _CrmContactDialog
{
  AdwWindow            parent_instance;

  CrmCustomerPage     *page;
  CrmContact          *contact;     /* what is saved: a new one, or a copy from the store */

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *group;
  GtkButton           *save_button;
  AdwEntryRow         *name_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *mobile_row;
  AdwEntryRow         *city_row;
  GtkSwitch           *primary_switch;
};

G_DEFINE_FINAL_TYPE (CrmContactDialog, crm_contact_dialog, ADW_TYPE_WINDOW)

static void
set_text (CrmContactDialog *self,
          const char       *property,
          AdwEntryRow      *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_object_set (self->contact, property, *text != '\0' ? text : NULL, NULL);
}

static void
show_text (CrmContactDialog *self,
           const char       *property,
           AdwEntryRow      *row)
{
  g_autofree char *text = NULL;

  g_object_get (self->contact, property, &text, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
save_cb (CrmContactDialog *self)
{
  g_autoptr(GError) error = NULL;

  set_text (self, "name", self->name_row);
  set_text (self, "title", self->title_row);
  set_text (self, "email", self->email_row);
  set_text (self, "phone", self->phone_row);
  set_text (self, "mobile", self->mobile_row);
  set_text (self, "city", self->city_row);
  crm_contact_set_is_primary (self->contact, gtk_switch_get_active (self->primary_switch));

  /* The dialog stays open with what was typed until it can be saved. */
  if (!crm_customer_page_save_contact (self->page, self->contact, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (error->message));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
name_changed_cb (CrmContactDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *name != '\0');
}

/**
 * crm_contact_dialog_new:
 * @page: the page whose customer the contact belongs to; it must show one
 * @contact: (nullable): the contact to edit, or %NULL for a new one
 *
 * Returns: (transfer none): a dialog over @page's window, not yet presented
 */
CrmContactDialog *
crm_contact_dialog_new (CrmCustomerPage *page,
                        CrmContact      *contact)
{
  CrmContactDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (page), NULL);
  g_return_val_if_fail (contact == NULL || CRM_IS_CONTACT (contact), NULL);
  g_return_val_if_fail (crm_customer_page_get_data (page) != NULL, NULL);

  self = g_object_new (CRM_TYPE_CONTACT_DIALOG, NULL);
  self->page = g_object_ref (page);

  root = gtk_widget_get_root (GTK_WIDGET (page));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  /* A copy from the store, so that what is shown does not change before it is saved. */
  if (contact != NULL)
    self->contact = crm_store_load (crm_customer_page_get_store (page), CRM_TYPE_CONTACT,
                                    crm_record_get_id (CRM_RECORD (contact)), NULL);

  if (self->contact != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
      gtk_button_set_label (self->save_button, _("_Save"));
      show_text (self, "name", self->name_row);
      show_text (self, "title", self->title_row);
      show_text (self, "email", self->email_row);
      show_text (self, "phone", self->phone_row);
      show_text (self, "mobile", self->mobile_row);
      show_text (self, "city", self->city_row);
      gtk_switch_set_active (self->primary_switch, crm_contact_get_is_primary (self->contact));
    }
  else
    {
      const CrmCustomer360 *data = crm_customer_page_get_data (page);
      /* Group descriptions are markup. */
      g_autofree char *description = g_markup_printf_escaped (_("A person to talk to at %s"),
                                                              crm_customer_get_name (data->customer));

      self->contact = crm_contact_new ();
      gtk_window_set_title (GTK_WINDOW (self), _("New Contact"));
      adw_preferences_group_set_description (self->group, description);
      gtk_switch_set_active (self->primary_switch, data->contacts->len == 0);
    }

  name_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

static void
crm_contact_dialog_dispose (GObject *object)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  g_clear_object (&self->page);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CONTACT_DIALOG);

  G_OBJECT_CLASS (crm_contact_dialog_parent_class)->dispose (object);
}

static void
crm_contact_dialog_finalize (GObject *object)
{
  CrmContactDialog *self = CRM_CONTACT_DIALOG (object);

  g_clear_object (&self->contact);

  G_OBJECT_CLASS (crm_contact_dialog_parent_class)->finalize (object);
}

static void
crm_contact_dialog_class_init (CrmContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_contact_dialog_dispose;
  object_class->finalize = crm_contact_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, group);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, mobile_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, city_row);
  gtk_widget_class_bind_template_child (widget_class, CrmContactDialog, primary_switch);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_contact_dialog_init (CrmContactDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
