/* crm-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-preferences-window.h"
#include "crm-sales-page.h"
#include "crm-service-page.h"
#include "crm-staff.h"
#include "crm-staff-list.h"
#include "crm-sync-page.h"

struct _CrmPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CrmStore             *store;
  GPtrArray            *staff;          /* CrmStaff, in the order of staff_row */
  gboolean              filling;        /* staff_row changes that are not a choice */

  AdwComboRow          *staff_row;
  GtkSpinButton        *neglected_days;
  AdwActionRow         *database_row;
  CrmSalesPage         *sales_page;
};

G_DEFINE_FINAL_TYPE (CrmPreferencesWindow, crm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
staff_selected (CrmPreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->staff_row);
  const char *id = "";

  if (self->filling)
    return;

  /* Position 0 is "Nobody in particular". */
  if (position != GTK_INVALID_LIST_POSITION && position > 0 && position <= self->staff->len)
    id = crm_record_get_id (g_ptr_array_index (self->staff, position - 1));

  g_settings_set_string (self->settings, "current-staff-id", id);
}

/* The staff chooser lists active staff, and whoever is chosen even if no
 * longer active. It is filled again when the team changes on the Sales page
 * or elsewhere, and when someone is made "you" there. */
static void
fill_staff (CrmPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) staff = crm_staff_list_load (self->store);
  g_autofree char *current = g_settings_get_string (self->settings, "current-staff-id");
  guint selected = 0;

  g_clear_pointer (&self->staff, g_ptr_array_unref);
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (names, _("Nobody in particular"));

  for (guint i = 0; i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);
      gboolean chosen = g_strcmp0 (crm_record_get_id (CRM_RECORD (member)), current) == 0;

      if (!crm_staff_get_active (member) && !chosen)
        continue;

      g_ptr_array_add (self->staff, g_object_ref (member));
      gtk_string_list_append (names, crm_staff_get_name (member));
      if (chosen)
        selected = self->staff->len;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->staff_row, selected);
  self->filling = FALSE;
}

/* A choice made here comes back as a change of the setting: only one made
 * elsewhere (the team's "This is you") needs the row filled again. */
static void
current_staff_changed_cb (CrmPreferencesWindow *self)
{
  g_autofree char *current = g_settings_get_string (self->settings, "current-staff-id");
  guint position = adw_combo_row_get_selected (self->staff_row);
  const char *shown = "";

  if (position != GTK_INVALID_LIST_POSITION && position > 0 && position <= self->staff->len)
    shown = crm_record_get_id (g_ptr_array_index (self->staff, position - 1));

  if (g_strcmp0 (shown, current) != 0)
    fill_staff (self);
}

static void
store_changed_cb (CrmPreferencesWindow *self,
                  GType                 type,
                  const char           *id,
                  CrmChangeKind         kind)
{
  if (type == CRM_TYPE_STAFF)
    fill_staff (self);
}

CrmPreferencesWindow *
crm_preferences_window_new (GtkWindow *parent,
                            CrmStore  *store)
{
  CrmPreferencesWindow *self = g_object_new (CRM_TYPE_PREFERENCES_WINDOW,
                                             "transient-for", parent,
                                             NULL);

  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  fill_staff (self);
  g_signal_connect_object (self->staff_row, "notify::selected", G_CALLBACK (staff_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::current-staff-id", G_CALLBACK (current_staff_changed_cb),
                           self, G_CONNECT_SWAPPED);
  crm_sales_page_set_store (self->sales_page, store);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (crm_service_page_new ()));
  if (store != NULL)
    adw_action_row_set_subtitle (self->database_row, crm_store_get_path (store));
  else
    adw_action_row_set_subtitle (self->database_row, _("Not open"));

  return self;
}

static void
crm_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&CRM_PREFERENCES_WINDOW (object)->store);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->dispose (object);
}

static void
crm_preferences_window_finalize (GObject *object)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->staff, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->finalize (object);
}

static void
crm_preferences_window_class_init (CrmPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_preferences_window_dispose;
  object_class->finalize = crm_preferences_window_finalize;

  g_type_ensure (CRM_TYPE_SYNC_PAGE);
  g_type_ensure (CRM_TYPE_SALES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, neglected_days);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, sales_page);
}

static void
crm_preferences_window_init (CrmPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "neglected-days",
                   gtk_spin_button_get_adjustment (self->neglected_days), "value",
                   G_SETTINGS_BIND_DEFAULT);
}
