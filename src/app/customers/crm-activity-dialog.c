/* crm-activity-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-activity-dialog.h"
#include "crm-models.h"
#include "crm-page-format.h"

/* Tasks fall due at the start of a working day. */
#define DUE_HOUR 9

struct _CrmActivityDialog
{
  AdwWindow            parent_instance;

  CrmCustomerPage     *page;
  char                *customer_id;
  CrmActivityKind      kind;
  char                *counterpart;      /* who the default subjects name */
  char                *default_subject;  /* replaced when the kind changes, unless edited */

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *subject_group;
  AdwComboRow         *kind_row;
  AdwEntryRow         *subject_row;
  GtkTextView         *body_view;
  AdwPreferencesGroup *due_group;
  GtkCalendar         *calendar;
};

G_DEFINE_FINAL_TYPE (CrmActivityDialog, crm_activity_dialog, ADW_TYPE_WINDOW)

/* Who the activity is with: the primary contact, else the customer. */
static const char *
counterpart_of (const CrmCustomer360 *data)
{
  for (guint i = 0; i < data->contacts->len; i++)
    {
      CrmContact *contact = g_ptr_array_index (data->contacts, i);

      if (crm_contact_get_is_primary (contact))
        return crm_contact_get_name (contact);
    }

  return crm_customer_get_name (data->customer);
}

static char *
subject_for (CrmActivityKind  kind,
             const char      *who)
{
  switch (kind)
    {
    case CRM_ACTIVITY_KIND_CALL:
      return g_strdup_printf (_("Call with %s"), who);
    case CRM_ACTIVITY_KIND_MEETING:
      return g_strdup_printf (_("Meeting with %s"), who);
    case CRM_ACTIVITY_KIND_VISIT:
      return g_strdup_printf (_("Visit to %s"), who);
    case CRM_ACTIVITY_KIND_EMAIL:
      return g_strdup_printf (_("Email to %s"), who);
    case CRM_ACTIVITY_KIND_SMS:
      return g_strdup_printf (_("SMS to %s"), who);
    case CRM_ACTIVITY_KIND_FAX:
      return g_strdup_printf (_("Fax to %s"), who);
    case CRM_ACTIVITY_KIND_TASK:
      return g_strdup_printf (_("Follow up with %s"), who);
    case CRM_ACTIVITY_KIND_NOTE:
    default:
      return g_strdup_printf (_("Note on %s"), who);
    }
}

static gint64
due_at (CrmActivityDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) due = g_date_time_new (local, g_date_time_get_year (day), g_date_time_get_month (day),
                                              g_date_time_get_day_of_month (day), DUE_HOUR, 0, 0);

  return due != NULL ? g_date_time_to_unix (due) : 0;
}

static void
log_cb (CrmActivityDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  g_autofree char *body = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  /* The page may have moved on to another customer while the dialog was open. */
  if (g_strcmp0 (crm_customer_page_get_customer_id (self->page), self->customer_id) != 0 ||
      crm_customer_page_get_data (self->page) == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("The customer is no longer shown; the activity was not logged.")));
      return;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  if (!crm_customer_page_add_activity (self->page, self->kind, subject, body,
                                       self->kind == CRM_ACTIVITY_KIND_TASK ? due_at (self) : 0,
                                       &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (error->message));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_kind (CrmActivityDialog *self,
          CrmActivityKind    kind)
{
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  g_autofree char *title = NULL;

  self->kind = kind;

  /* Translators: the title of the dialog that logs a call, a meeting, … */
  title = g_strdup_printf (_("Log %s"), crm_page_activity_kind_label (kind));
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->default_subject == NULL || g_str_equal (subject, self->default_subject))
    {
      g_free (self->default_subject);
      self->default_subject = subject_for (kind, self->counterpart);
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row), self->default_subject);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->due_group), kind == CRM_ACTIVITY_KIND_TASK);
}

static void
kind_selected_cb (CrmActivityDialog *self)
{
  guint n_kinds;
  const CrmActivityKind *kinds = crm_page_log_kinds (&n_kinds);
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->counterpart != NULL && selected < n_kinds && kinds[selected] != self->kind)
    set_kind (self, kinds[selected]);
}

/**
 * crm_activity_dialog_new:
 * @page: the page whose customer the activity is for; it must show one
 * @kind: what was done; the dialog can change it
 *
 * Returns: (transfer none): a dialog over @page's window, not yet presented
 */
CrmActivityDialog *
crm_activity_dialog_new (CrmCustomerPage *page,
                         CrmActivityKind  kind)
{
  const CrmCustomer360 *data;
  CrmActivityDialog *self;
  GtkRoot *root;
  g_autofree char *description = NULL;
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  const CrmActivityKind *kinds;
  guint n_kinds, position = 0;
  const char *staff_name;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (page), NULL);
  g_return_val_if_fail (crm_customer_page_get_data (page) != NULL, NULL);

  data = crm_customer_page_get_data (page);

  self = g_object_new (CRM_TYPE_ACTIVITY_DIALOG, NULL);
  self->page = g_object_ref (page);
  self->customer_id = g_strdup (crm_customer_page_get_customer_id (page));

  root = gtk_widget_get_root (GTK_WIDGET (page));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  /* Group descriptions are markup. */
  staff_name = crm_customer_page_get_current_staff_name (page);
  if (staff_name != NULL)
    description = g_markup_printf_escaped (_("For %s, logged by %s now"),
                                           crm_customer_get_name (data->customer), staff_name);
  else
    description = g_markup_printf_escaped (_("For %s, logged now; choose who you are in Preferences to sign it"),
                                           crm_customer_get_name (data->customer));
  adw_preferences_group_set_description (self->subject_group, description);

  kinds = crm_page_log_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      gtk_string_list_append (kind_names, crm_page_activity_kind_label (kinds[i]));
      if (kinds[i] == kind)
        position = i;
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  adw_combo_row_set_selected (self->kind_row, position);

  self->counterpart = g_strdup (counterpart_of (data));
  set_kind (self, kind);
  gtk_calendar_select_day (self->calendar, tomorrow);

  gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));

  return self;
}

static void
crm_activity_dialog_dispose (GObject *object)
{
  CrmActivityDialog *self = CRM_ACTIVITY_DIALOG (object);

  g_clear_object (&self->page);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_ACTIVITY_DIALOG);

  G_OBJECT_CLASS (crm_activity_dialog_parent_class)->dispose (object);
}

static void
crm_activity_dialog_finalize (GObject *object)
{
  CrmActivityDialog *self = CRM_ACTIVITY_DIALOG (object);

  g_free (self->customer_id);
  g_free (self->counterpart);
  g_free (self->default_subject);

  G_OBJECT_CLASS (crm_activity_dialog_parent_class)->finalize (object);
}

static void
crm_activity_dialog_class_init (CrmActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_activity_dialog_dispose;
  object_class->finalize = crm_activity_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, subject_group);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, due_group);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, calendar);
  gtk_widget_class_bind_template_callback (widget_class, log_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_activity_dialog_init (CrmActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
