/* crm-staff-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-staff-dialog.h"

/* Nothing is written until Save, so a half-typed quota never reaches the
 * store; a problem is one sentence above the form and a red row. People are
 * never deleted, only made inactive: deals and activities point at them. */

struct _CrmStaffDialog
{
  AdwWindow       parent_instance;

  CrmStore       *store;
  CrmStaff       *staff;        /* a copy: the store's object is not touched before it saves */
  GSettings      *settings;

  AdwWindowTitle *window_title;
  GtkLabel       *problem_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *region_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *quota_row;
  AdwEntryRow    *currency_row;
  GtkSwitch      *active_switch;
  GtkSwitch      *me_switch;
};

G_DEFINE_FINAL_TYPE (CrmStaffDialog, crm_staff_dialog, ADW_TYPE_WINDOW)

static void
clear_problem (CrmStaffDialog *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->quota_row), GTK_WIDGET (self->currency_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
}

static gboolean
show_problem (CrmStaffDialog *self,
              AdwEntryRow    *row,
              const char     *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  gtk_label_set_text (self->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);

  return FALSE;
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Empty optional fields are stored as NULL, as an import leaves them. */
static void
apply_text (CrmStaff    *staff,
            void       (*setter) (CrmStaff *, const char *),
            AdwEntryRow *row)
{
  g_autofree char *text = row_text (row);

  setter (staff, *text != '\0' ? text : NULL);
}

static gboolean
validate_and_apply (CrmStaffDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *quota_text = row_text (self->quota_row);
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_autoptr(GError) error = NULL;
  gint64 quota = 0;

  clear_problem (self);
  g_strstrip (currency);

  if (*name == '\0')
    return show_problem (self, self->name_row, _("Type the person’s name."));

  if (*currency != '\0' && !crm_currency_is_code (currency))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a currency code; use three letters such as EUR."), currency);

      return show_problem (self, self->currency_row, message);
    }

  if (*quota_text != '\0')
    {
      if (!crm_money_parse (quota_text, *currency != '\0' ? currency : NULL, &quota, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Yearly quota: %s"), error->message);

          return show_problem (self, self->quota_row, message);
        }
      if (quota < 0)
        return show_problem (self, self->quota_row, _("The yearly quota cannot be negative."));
      /* A quota counts only deals in its currency, so it cannot go without one. */
      if (quota > 0 && *currency == '\0')
        return show_problem (self, self->currency_row, _("Say which currency the quota is in."));
    }

  crm_staff_set_name (self->staff, name);
  apply_text (self->staff, crm_staff_set_role, self->role_row);
  apply_text (self->staff, crm_staff_set_region, self->region_row);
  apply_text (self->staff, crm_staff_set_email, self->email_row);
  apply_text (self->staff, crm_staff_set_phone, self->phone_row);
  crm_staff_set_quota (self->staff, quota);
  crm_staff_set_currency (self->staff, *currency != '\0' ? currency : NULL);
  crm_staff_set_active (self->staff, gtk_switch_get_active (self->active_switch));

  return TRUE;
}

static void
save_clicked_cb (CrmStaffDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *current = g_settings_get_string (self->settings, "current-staff-id");
  const char *id;

  if (!validate_and_apply (self))
    return;

  if (!crm_store_save (self->store, CRM_RECORD (self->staff), &error))
    {
      show_problem (self, NULL, error->message);
      return;
    }

  id = crm_record_get_id (CRM_RECORD (self->staff));
  if (gtk_switch_get_active (self->me_switch))
    g_settings_set_string (self->settings, "current-staff-id", id);
  else if (g_strcmp0 (current, id) == 0)
    g_settings_set_string (self->settings, "current-staff-id", "");

  gtk_window_close (GTK_WINDOW (self));
}

static void
show_staff (CrmStaffDialog *self,
            gboolean        is_new)
{
  g_autofree char *current = g_settings_get_string (self->settings, "current-staff-id");
  g_autofree char *quota = NULL;

  adw_window_title_set_title (self->window_title, is_new ? _("New Person") : _("Edit Person"));
  set_row_text (self->name_row, crm_staff_get_name (self->staff));
  set_row_text (self->role_row, crm_staff_get_role (self->staff));
  set_row_text (self->region_row, crm_staff_get_region (self->staff));
  set_row_text (self->email_row, crm_staff_get_email (self->staff));
  set_row_text (self->phone_row, crm_staff_get_phone (self->staff));
  set_row_text (self->currency_row, crm_staff_get_currency (self->staff));
  /* No quota reads as blank rather than as 0.00. */
  if (crm_staff_get_quota (self->staff) != 0)
    quota = crm_money_format (crm_staff_get_quota (self->staff), crm_staff_get_currency (self->staff));
  set_row_text (self->quota_row, quota);
  gtk_switch_set_active (self->active_switch, crm_staff_get_active (self->staff));
  gtk_switch_set_active (self->me_switch,
                         !is_new && g_strcmp0 (current, crm_record_get_id (CRM_RECORD (self->staff))) == 0);
}

/**
 * crm_staff_dialog_new:
 * @staff: (nullable): the person to edit, or %NULL for a new one
 * @currency: (nullable): a new person's quota currency
 *
 * Returns: (transfer none): the dialog, presented
 */
CrmStaffDialog *
crm_staff_dialog_new (GtkWindow  *parent,
                      CrmStore   *store,
                      CrmStaff   *staff,
                      const char *currency)
{
  CrmStaffDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (staff == NULL || CRM_IS_STAFF (staff), NULL);

  self = g_object_new (CRM_TYPE_STAFF_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  /* A fresh read, so that a save that fails leaves the caller's object as stored. */
  if (staff != NULL)
    self->staff = crm_store_lookup (store, CRM_TYPE_STAFF, crm_record_get_id (CRM_RECORD (staff)), NULL);
  if (staff != NULL && self->staff == NULL)
    self->staff = g_object_ref (staff);
  if (staff == NULL)
    {
      self->staff = crm_staff_new ();
      crm_staff_set_active (self->staff, TRUE);
      crm_staff_set_currency (self->staff, currency);
    }

  show_staff (self, staff == NULL);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

static void
crm_staff_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_STAFF_DIALOG);

  G_OBJECT_CLASS (crm_staff_dialog_parent_class)->dispose (object);
}

static void
crm_staff_dialog_finalize (GObject *object)
{
  CrmStaffDialog *self = CRM_STAFF_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->staff);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_staff_dialog_parent_class)->finalize (object);
}

static void
crm_staff_dialog_class_init (CrmStaffDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_staff_dialog_dispose;
  object_class->finalize = crm_staff_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-staff-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, quota_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, active_switch);
  gtk_widget_class_bind_template_child (widget_class, CrmStaffDialog, me_switch);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_staff_dialog_init (CrmStaffDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
}
