/* crm-sync-indicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-sync-indicator.h"

/* A header-bar button that says how sync is doing: its icon and tooltip at a
 * glance, a popover with the whole sentence, the progress, Sync Now and the
 * way to the settings. It is there only when sync is set up. */

struct _CrmSyncIndicator
{
  AdwBin          parent_instance;

  CrmSyncService *service;

  GtkMenuButton  *button;
  GtkStack       *icon_stack;
  GtkImage       *icon;
  GtkSpinner     *spinner;
  GtkPopover     *popover;
  GtkLabel       *title_label;
  GtkLabel       *details_label;
  GtkProgressBar *progress_bar;
  GtkWidget      *sync_now_button;
};

G_DEFINE_FINAL_TYPE (CrmSyncIndicator, crm_sync_indicator, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Up to date, last synced 2 minutes ago." */
static char *
describe_up_to_date (gint64 last_synced)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 ago = MAX (now - last_synced, 0);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (last_synced <= 0)
    return g_strdup (_("Up to date."));
  if (ago < 60)
    return g_strdup (_("Up to date, last synced just now."));
  if (ago < 60 * 60)
    return g_strdup_printf (ngettext ("Up to date, last synced %u minute ago.",
                                      "Up to date, last synced %u minutes ago.", (gulong)(ago / 60)),
                            (guint)(ago / 60));
  if (ago < 24 * 60 * 60)
    return g_strdup_printf (ngettext ("Up to date, last synced %u hour ago.",
                                      "Up to date, last synced %u hours ago.", (gulong)(ago / 3600)),
                            (guint)(ago / 3600));

  when = g_date_time_new_from_unix_local (last_synced);
  date = g_date_time_format (when, "%x");
  /* TRANSLATORS: %s is a date */
  return g_strdup_printf (_("Up to date, last synced on %s."), date);
}

/* "Syncing 300 of 1 000", with the locale's digit grouping. */
static char *
describe_progress (guint done,
                   guint total)
{
  if (total == 0)
    return g_strdup (_("Syncing…"));

  /* TRANSLATORS: records handled so far, and all there are */
  return g_strdup_printf (_("Syncing %'u of %'u"), MIN (done, total), total);
}

static void
update (CrmSyncIndicator *self)
{
  CrmSyncState state = self->service != NULL ? crm_sync_service_get_state (self->service) : CRM_SYNC_STATE_OFF;
  const char *message = self->service != NULL ? crm_sync_service_get_message (self->service) : NULL;
  guint done = self->service != NULL ? crm_sync_service_get_done (self->service) : 0;
  guint total = self->service != NULL ? crm_sync_service_get_total (self->service) : 0;
  g_autofree char *tooltip = NULL;
  g_autofree char *details = NULL;
  const char *icon_name = "emblem-synchronizing-symbolic";
  const char *title = NULL;
  gboolean syncing = state == CRM_SYNC_STATE_SYNCING;

  switch (state)
    {
    case CRM_SYNC_STATE_OFF:
      /* No tooltip on a hidden button: GTK 4.8 may then query it after
       * its window is gone (a critical in gdk_surface_get_device_position). */
      gtk_popover_popdown (self->popover);
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;

    case CRM_SYNC_STATE_IDLE:
      title = _("Up to Date");
      tooltip = g_strdup (_("Up to date"));
      details = describe_up_to_date (crm_sync_service_get_last_synced (self->service));
      break;

    case CRM_SYNC_STATE_SYNCING:
      title = _("Syncing");
      tooltip = describe_progress (done, total);
      details = total > 0 ? g_strdup_printf ("%s.", tooltip)
                          : g_strdup (_("Sending and receiving changes…"));
      break;

    case CRM_SYNC_STATE_OFFLINE:
      icon_name = "network-offline-symbolic";
      title = _("Offline");
      tooltip = g_strdup (_("Offline: the sync server cannot be reached"));
      details = g_strdup (_("The server cannot be reached; Crm keeps working offline and catches up when it is back."));
      break;

    case CRM_SYNC_STATE_ERROR:
    default:
      icon_name = "dialog-warning-symbolic";
      title = _("Sync Problem");
      tooltip = g_strdup (_("Sync problem"));
      details = g_strdup (message != NULL ? message : _("Sync failed. Check the settings, then choose Sync Now."));
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_stack_set_visible_child_name (self->icon_stack, syncing ? "spinner" : "icon");
  gtk_spinner_set_spinning (self->spinner, syncing);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), syncing);
  if (syncing && total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double)MIN (done, total) / total);
  else if (syncing)
    gtk_progress_bar_pulse (self->progress_bar);
  gtk_widget_set_sensitive (self->sync_now_button, !syncing);

  if (state == CRM_SYNC_STATE_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->button), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->button), "warning");
}

/* "2 minutes ago" is as of now. */
static void
popover_shown_cb (CrmSyncIndicator *self)
{
  update (self);
}

static void
button_clicked_cb (CrmSyncIndicator *self)
{
  gtk_popover_popdown (self->popover);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

CrmSyncIndicator *
crm_sync_indicator_new (void)
{
  return g_object_new (CRM_TYPE_SYNC_INDICATOR, NULL);
}

/**
 * crm_sync_indicator_get_service:
 *
 * Returns: (transfer none) (nullable): the service shown
 */
CrmSyncService *
crm_sync_indicator_get_service (CrmSyncIndicator *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_INDICATOR (self), NULL);

  return self->service;
}

void
crm_sync_indicator_set_service (CrmSyncIndicator *self,
                                CrmSyncService   *service)
{
  g_return_if_fail (CRM_IS_SYNC_INDICATOR (self));
  g_return_if_fail (service == NULL || CRM_IS_SYNC_SERVICE (service));

  if (self->service == service)
    return;

  if (self->service != NULL)
    g_signal_handlers_disconnect_by_data (self->service, self);
  g_set_object (&self->service, service);
  if (service != NULL)
    {
      const char *names[] = { "notify::state", "notify::done", "notify::total", "notify::message",
                              "notify::last-synced" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        g_signal_connect_object (service, names[i], G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
}

/* Opens the popover, as a click does. */
void
crm_sync_indicator_show_details (CrmSyncIndicator *self)
{
  g_return_if_fail (CRM_IS_SYNC_INDICATOR (self));

  gtk_menu_button_popup (self->button);
}

/**
 * crm_sync_indicator_get_details:
 *
 * Returns: the sentence the popover shows
 */
const char *
crm_sync_indicator_get_details (CrmSyncIndicator *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_INDICATOR (self), NULL);

  return gtk_label_get_label (self->details_label);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_sync_indicator_dispose (GObject *object)
{
  CrmSyncIndicator *self = CRM_SYNC_INDICATOR (object);

  if (self->service != NULL)
    g_signal_handlers_disconnect_by_data (self->service, self);
  g_clear_object (&self->service);
  /* The button is the bin's child: the bin lets go of it, not the template. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_SYNC_INDICATOR);

  G_OBJECT_CLASS (crm_sync_indicator_parent_class)->dispose (object);
}

static void
crm_sync_indicator_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrmSyncIndicator *self = CRM_SYNC_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      g_value_set_object (value, self->service);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_sync_indicator_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrmSyncIndicator *self = CRM_SYNC_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      crm_sync_indicator_set_service (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_sync_indicator_class_init (CrmSyncIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_sync_indicator_dispose;
  object_class->get_property = crm_sync_indicator_get_property;
  object_class->set_property = crm_sync_indicator_set_property;

  properties[PROP_SERVICE] =
    g_param_spec_object ("service", NULL, NULL, CRM_TYPE_SYNC_SERVICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-sync-indicator.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, button);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, icon_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, icon);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, popover);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, details_label);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmSyncIndicator, sync_now_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, button_clicked_cb);
}

static void
crm_sync_indicator_init (CrmSyncIndicator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
