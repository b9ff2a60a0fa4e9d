/* crm-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customers-view.h"
#include "deals/crm-deal-actions.h"
#include "crm-demo.h"
#include "crm-import-dialog.h"
#include "crm-models.h"
#include "crm-pipeline-view.h"
#include "quotes/crm-quote-actions-ui.h"
#include "service/crm-contract-actions.h"
#include "service/crm-service-messages.h"
#include "dashboard/crm-dashboard-view.h"
#include "service/crm-service-view.h"
#include "service/crm-ticket-actions.h"
#include "crm-sync-indicator.h"
#include "crm-window.h"

/* Enough to show every view at its best, small enough to load in a moment. */
#define DEMO_CUSTOMERS 2000

struct _CrmWindow
{
  AdwApplicationWindow  parent_instance;

  CrmStore             *store;
  GSettings            *settings;
  GCancellable         *cancellable;
  gboolean              loading_demo;

  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  CrmCustomersView     *customers_view;
  CrmPipelineView      *pipeline_view;
  CrmServiceView       *service_view;
  CrmDashboardView     *dashboard_view;
  CrmSyncIndicator     *sync_indicator;
};

G_DEFINE_FINAL_TYPE (CrmWindow, crm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SYNC_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CrmWindow *
crm_window_new (CrmApplication *application,
                CrmStore       *store,
                const char     *store_error)
{
  CrmWindow *self;

  g_return_val_if_fail (application == NULL || CRM_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || CRM_IS_STORE (store), NULL);

  self = g_object_new (CRM_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);

  if (store == NULL)
    {
      /* The store's sentence says what happened to the file; this one what to do. */
      g_autofree char *description =
        g_strdup_printf (_("%s Quit Crm, fix the problem or move the file away, and start Crm again."),
                         store_error != NULL ? store_error : "");
      g_autofree char *markup = g_markup_escape_text (description, -1);

      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      /* No views to switch between. */
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), FALSE);
    }

  return self;
}

CrmCustomersView *
crm_window_get_customers_view (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->customers_view;
}

CrmPipelineView *
crm_window_get_pipeline_view (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->pipeline_view;
}

void
crm_window_show_customer (CrmWindow  *self,
                          const char *customer_id)
{
  g_return_if_fail (CRM_IS_WINDOW (self));
  g_return_if_fail (customer_id != NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.view", "s", "customers");
  crm_customers_view_show_customer (self->customers_view, customer_id);
}

CrmDashboardView *
crm_window_get_dashboard_view (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->dashboard_view;
}

CrmServiceView *
crm_window_get_service_view (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->service_view;
}

CrmStore *
crm_window_get_store (CrmWindow *self)
{
  g_return_val_if_fail (CRM_IS_WINDOW (self), NULL);

  return self->store;
}

void
crm_window_add_toast (CrmWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (CRM_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * crm_widget_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the window that holds @widget; views use it for undo.
 */
void
crm_widget_add_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (CRM_IS_WINDOW (root))
    crm_window_add_toast (CRM_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* ---------------------------------------------------------------------- */
/* Demo data, loaded on a thread with a connection of its own             */
/* ---------------------------------------------------------------------- */

static void
load_demo_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(CrmStore) store = NULL;
  GError *error = NULL;

  if ((store = crm_store_open (path, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Someone may have added customers since the offer was made. */
  if (crm_store_count (store, CRM_TYPE_CUSTOMER) > 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (!crm_demo_generate (store, DEMO_CUSTOMERS, 1, g_get_real_time () / G_USEC_PER_SEC, NULL, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
load_demo_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const GType *types;
  guint n_types;

  self->loading_demo = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo", TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("The demo data could not be loaded: %s"), error->message);

          crm_window_add_toast (self, adw_toast_new (message));
        }
      return;
    }

  types = crm_models_list_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    crm_store_announce_outside_changes (self->store, types[i]);

  crm_window_add_toast (self, adw_toast_new (_("Demo data loaded")));
}

static void
load_demo (CrmWindow *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL || self->loading_demo)
    return;

  self->loading_demo = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo", FALSE);
  crm_window_add_toast (self, adw_toast_new (_("Loading demo data…")));

  task = g_task_new (self, self->cancellable, load_demo_done, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (crm_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, load_demo_thread);
}

/**
 * crm_window_load_demo_if_empty:
 *
 * Fills an empty database with demo data (crm --demo).
 */
void
crm_window_load_demo_if_empty (CrmWindow *self)
{
  g_return_if_fail (CRM_IS_WINDOW (self));

  if (self->store != NULL && crm_store_count (self->store, CRM_TYPE_CUSTOMER) == 0)
    load_demo (self);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                */
/* ---------------------------------------------------------------------- */

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrmWindow *self = CRM_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* The customer actions work from any view: they bring the customers back. */
static CrmCustomersView *
show_customers (CrmWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "customers");
  return self->customers_view;
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  crm_customers_view_focus_search (show_customers (CRM_WINDOW (widget)));
}

static void
new_customer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrmWindow *self = CRM_WINDOW (widget);

  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* Ctrl+N is the window's, and so comes before any view's own keys: it
   * makes what the view shows, a deal on the Pipeline, a ticket in Service. */
  if (g_strcmp0 (view, "pipeline") == 0 && gtk_widget_activate_action (widget, "deal.new", "s", ""))
    return;
  if (g_strcmp0 (view, "service") == 0 && gtk_widget_activate_action (widget, "ticket.new", "s", ""))
    return;

  crm_customers_view_new_customer (show_customers (self));
}

static void
new_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  crm_customers_view_new_contact (show_customers (CRM_WINDOW (widget)));
}

static void
log_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  crm_customers_view_log_activity (show_customers (CRM_WINDOW (widget)));
}

static void
delete_customer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  crm_customers_view_delete_customer (show_customers (CRM_WINDOW (widget)));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  crm_customers_view_go_back (CRM_WINDOW (widget)->customers_view);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmWindow *self = CRM_WINDOW (widget);

  if (self->store != NULL)
    crm_import_dialog_choose_file (GTK_WINDOW (self), self->store);
}

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  load_demo (CRM_WINDOW (widget));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

/* The header bar shows the application's sync, unless it was given another
 * (the tests do). The application is set only after construction. */
static void
application_changed_cb (CrmWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(CrmSyncService) service = NULL;

  if (!CRM_IS_APPLICATION (application) || crm_sync_indicator_get_service (self->sync_indicator) != NULL)
    return;

  g_object_get (application, "sync-service", &service, NULL);
  crm_sync_indicator_set_service (self->sync_indicator, service);
}

static void
crm_window_constructed (GObject *object)
{
  CrmWindow *self = CRM_WINDOW (object);
  const char *store_actions[] = {
    "win.search", "win.new-customer", "win.new-contact", "win.log-activity",
    "win.delete-customer", "win.import", "win.load-demo",
  };

  G_OBJECT_CLASS (crm_window_parent_class)->constructed (object);

  crm_customers_view_set_store (self->customers_view, self->store);
  crm_pipeline_view_set_store (self->pipeline_view, self->store);
  crm_service_view_set_store (self->service_view, self->store);
  crm_dashboard_view_set_store (self->dashboard_view, self->store);
  if (self->store != NULL)
    crm_quote_actions_install (GTK_WIDGET (self), self->store);
  if (self->store != NULL)
    crm_deal_actions_install (GTK_WIDGET (self), self->store);
  if (self->store != NULL)
    crm_service_messages_install (GTK_WIDGET (self), self->store);
  if (self->store != NULL)
    crm_contract_actions_install (GTK_WIDGET (self), self->store);
  if (self->store != NULL)
    crm_ticket_actions_install (GTK_WIDGET (self), self->store);
  for (guint i = 0; i < G_N_ELEMENTS (store_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), store_actions[i], self->store != NULL);
}

static void
crm_window_dispose (GObject *object)
{
  CrmWindow *self = CRM_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_WINDOW);

  G_OBJECT_CLASS (crm_window_parent_class)->dispose (object);
}

static void
crm_window_finalize (GObject *object)
{
  CrmWindow *self = CRM_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (crm_window_parent_class)->finalize (object);
}

static void
crm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrmWindow *self = CRM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SYNC_SERVICE:
      g_value_set_object (value, crm_sync_indicator_get_service (self->sync_indicator));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrmWindow *self = CRM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_SYNC_SERVICE:
      crm_sync_indicator_set_service (self->sync_indicator, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_window_class_init (CrmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_window_constructed;
  object_class->dispose = crm_window_dispose;
  object_class->finalize = crm_window_finalize;
  object_class->get_property = crm_window_get_property;
  object_class->set_property = crm_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Shown by the header bar's sync indicator. */
  properties[PROP_SYNC_SERVICE] =
    g_param_spec_object ("sync-service", NULL, NULL, CRM_TYPE_SYNC_SERVICE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, customers_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, pipeline_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, service_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, dashboard_view);
  gtk_widget_class_bind_template_child (widget_class, CrmWindow, sync_indicator);

  gtk_widget_class_install_action (widget_class, "win.view", "s", view_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-customer", NULL, new_customer_action);
  gtk_widget_class_install_action (widget_class, "win.new-contact", NULL, new_contact_action);
  gtk_widget_class_install_action (widget_class, "win.log-activity", NULL, log_activity_action);
  gtk_widget_class_install_action (widget_class, "win.delete-customer", NULL, delete_customer_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL, load_demo_action);
}

static void
crm_window_init (CrmWindow *self)
{
  g_type_ensure (CRM_TYPE_CUSTOMERS_VIEW);
  g_type_ensure (CRM_TYPE_PIPELINE_VIEW);
  g_type_ensure (CRM_TYPE_SERVICE_VIEW);
  g_type_ensure (CRM_TYPE_DASHBOARD_VIEW);
  g_type_ensure (CRM_TYPE_SYNC_INDICATOR);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "neglected-days", self->customers_view, "neglected-days", G_SETTINGS_BIND_GET);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
