/* crm-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-preferences-window.h"

struct _CrmPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSpinButton        *neglected_days;
  AdwActionRow         *database_row;
};

G_DEFINE_FINAL_TYPE (CrmPreferencesWindow, crm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

CrmPreferencesWindow *
crm_preferences_window_new (GtkWindow *parent,
                            CrmStore  *store)
{
  CrmPreferencesWindow *self = g_object_new (CRM_TYPE_PREFERENCES_WINDOW,
                                             "transient-for", parent,
                                             NULL);

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

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->dispose (object);
}

static void
crm_preferences_window_finalize (GObject *object)
{
  CrmPreferencesWindow *self = CRM_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_preferences_window_parent_class)->finalize (object);
}

static void
crm_preferences_window_class_init (CrmPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_preferences_window_dispose;
  object_class->finalize = crm_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, neglected_days);
  gtk_widget_class_bind_template_child (widget_class, CrmPreferencesWindow, database_row);
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
