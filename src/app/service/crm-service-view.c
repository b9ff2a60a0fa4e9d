/* crm-service-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-contracts-pane.h"
#include "crm-models.h"
#include "crm-pipeline-names.h"
#include "crm-service-view.h"
#include "crm-ticket-actions.h"
#include "crm-ticket-row.h"

/* Due times are counted from now: the rows on screen are told again each
 * minute, so "due in 1 h" turns into "overdue by 5 min" while one looks. */
#define TICK_SECONDS 60

struct _CrmServiceView
{
  AdwBin              parent_instance;

  CrmStore           *store;
  GSettings          *settings;
  CrmTicketList      *list;
  CrmPipelineNames   *names;
  GHashTable         *product_names;  /* id → name, read once and on product changes */
  GHashTable         *bound_items;    /* GtkListItems showing a ticket now */
  char               *open_id;        /* the ticket on the page, kept selected across refreshes */
  guint               tick_id;

  GtkStack           *pages;
  AdwLeaflet         *leaflet;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkLabel           *count_label;
  CrmTicketFilters   *filters;
  GtkStack           *content_stack;
  CrmTicketPage      *ticket_page;
  CrmContractsPane   *contracts_pane;
};

G_DEFINE_FINAL_TYPE (CrmServiceView, crm_service_view, ADW_TYPE_BIN)

static CrmTicketOrder
settings_order (CrmServiceView *self)
{
  g_autofree char *order = g_settings_get_string (self->settings, "service-queue-order");

  return g_strcmp0 (order, "importance") == 0 ? CRM_TICKET_ORDER_IMPORTANCE : CRM_TICKET_ORDER_ARRIVAL;
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                   */
/* ---------------------------------------------------------------------- */

static const char *
product_name (CrmServiceView *self,
              const char     *product_id)
{
  if (product_id == NULL || self->store == NULL)
    return NULL;

  if (self->product_names == NULL)
    {
      g_autoptr(GPtrArray) products = crm_store_list (self->store, CRM_TYPE_PRODUCT, NULL, NULL, NULL);

      self->product_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; products != NULL && i < products->len; i++)
        {
          CrmProduct *product = g_ptr_array_index (products, i);

          g_hash_table_insert (self->product_names, g_strdup (crm_record_get_id (CRM_RECORD (product))),
                               g_strdup (crm_product_get_name (product)));
        }
    }

  return g_hash_table_lookup (self->product_names, product_id);
}

static void
update_row (CrmServiceView *self,
            GtkListItem    *item)
{
  CrmTicket *ticket = gtk_list_item_get_item (item);
  CrmTicketRow *row = CRM_TICKET_ROW (gtk_list_item_get_child (item));

  if (ticket == NULL || self->names == NULL)
    {
      crm_ticket_row_clear (row);
      return;
    }

  crm_ticket_row_update (row, ticket,
                         crm_pipeline_names_customer (self->names, crm_ticket_get_customer_id (ticket)),
                         product_name (self, crm_ticket_get_product_id (ticket)),
                         crm_pipeline_names_staff (self->names, crm_ticket_get_technician_id (ticket)),
                         g_get_real_time () / G_USEC_PER_SEC);
}

static void
update_bound_rows (CrmServiceView *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (self, item);
}

static gboolean
tick_cb (gpointer data)
{
  update_bound_rows (data);
  return G_SOURCE_CONTINUE;
}

/* A click opens the ticket, and in a folded window shows its page too;
 * moving through the queue with the keyboard only selects. */
static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *view = gtk_widget_get_ancestor (row, CRM_TYPE_SERVICE_VIEW);

  if (n_press == 1 && view != NULL)
    adw_leaflet_navigate (CRM_SERVICE_VIEW (view)->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_row_setup (CrmServiceView *self,
              GtkListItem    *item)
{
  GtkWidget *row = GTK_WIDGET (crm_ticket_row_new ());
  GtkGesture *gesture = gtk_gesture_click_new ();

  g_signal_connect (gesture, "released", G_CALLBACK (on_row_released), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));
  gtk_list_item_set_child (item, row);
}

static void
on_row_bind (CrmServiceView *self,
             GtkListItem    *item)
{
  g_hash_table_add (self->bound_items, item);
  update_row (self, item);
}

static void
on_row_unbind (CrmServiceView *self,
               GtkListItem    *item)
{
  g_hash_table_remove (self->bound_items, item);
}

/* ---------------------------------------------------------------------- */
/* The list and its states                                                */
/* ---------------------------------------------------------------------- */

static void
update_states (CrmServiceView *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean filtered = crm_ticket_filters_get_active (self->filters);
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, filtered ? "no-results" : "empty");

  if (filtered)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u matching ticket", "%u matching tickets", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open ticket", "%u open tickets", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
open_ticket (CrmServiceView *self,
             const char     *ticket_id)
{
  g_free (self->open_id);
  self->open_id = g_strdup (ticket_id);
  crm_ticket_page_set_ticket_id (self->ticket_page, ticket_id);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    crm_ticket_page_get_ticket_id (self->ticket_page) != NULL ? "ticket" : "none");
}

static void
on_selected_changed (CrmServiceView *self)
{
  CrmTicket *ticket = gtk_single_selection_get_selected_item (self->selection);

  if (ticket != NULL)
    open_ticket (self, crm_record_get_id (CRM_RECORD (ticket)));
}

/* A refresh builds new items: the open ticket is found again wherever it
 * went. A ticket that left the queue (closed, filtered out) leaves its
 * place to the next one, so a keyboard user goes on down the queue. */
static void
on_selection_items_changed (CrmServiceView *self,
                            guint           position,
                            guint           removed,
                            guint           added)
{
  guint n, found;

  update_states (self);
  if (self->list == NULL || self->open_id == NULL)
    return;

  found = crm_ticket_list_find (self->list, self->open_id);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (found != G_MAXUINT)
    {
      if (gtk_single_selection_get_selected (self->selection) != found)
        gtk_single_selection_set_selected (self->selection, found);
    }
  else if (removed > added && n > 0 && gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
}

static void
on_list_activate (CrmServiceView *self,
                  guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
go_back (CrmServiceView *self)
{
  crm_ticket_page_flush (self->ticket_page);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_filters_changed (CrmServiceView *self)
{
  CrmTicketFilter filter;

  if (self->list == NULL)
    return;

  crm_ticket_filters_get_filter (self->filters, &filter);
  crm_ticket_list_set_filter (self->list, &filter);
  update_states (self);
}

static void
clear_filters (CrmServiceView *self)
{
  crm_ticket_filters_clear (self->filters);
}

static void
on_order_changed (CrmServiceView *self)
{
  if (self->list != NULL)
    crm_ticket_list_set_order (self->list, settings_order (self));
}

static void
on_store_changed (CrmServiceView *self,
                  GType           type,
                  const char     *id,
                  CrmChangeKind   kind)
{
  gboolean many = kind == CRM_CHANGE_MANY;

  if (type == CRM_TYPE_PRODUCT || many)
    g_clear_pointer (&self->product_names, g_hash_table_unref);
  if (type == CRM_TYPE_CUSTOMER || type == CRM_TYPE_STAFF || many)
    crm_pipeline_names_forget (self->names);
  /* The list refreshes itself for tickets; names show in the rows on screen. */
  if (type == CRM_TYPE_PRODUCT || type == CRM_TYPE_CUSTOMER || type == CRM_TYPE_STAFF || many)
    update_bound_rows (self);
}

/* ---------------------------------------------------------------------- */
/* Keyboard                                                               */
/* ---------------------------------------------------------------------- */

static gboolean
queue_shown (CrmServiceView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "queue") == 0;
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (widget);
  int status = g_variant_get_int32 (parameter);

  if (queue_shown (self) && status >= 0 && status <= CRM_TICKET_STATUS_CLOSED)
    crm_service_view_change_status (self, status);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (widget);

  if (queue_shown (self))
    crm_service_view_assign (self);
}

static void
new_ticket_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "ticket.new", "s", "");
}

/* The view's own keys, while the focus is in it: the Pipeline has its own
 * Ctrl+N on its board, and the Customers view the window's. Alt+1…4 switch
 * views, so the statuses are Ctrl+1…6. */
static void
add_shortcuts (CrmServiceView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (int status = 0; status <= CRM_TICKET_STATUS_CLOSED; status++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + status, GDK_CONTROL_MASK),
                                                gtk_named_action_new ("service.set-status"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (status));
      gtk_shortcut_controller_add_shortcut (shortcuts, shortcut);
    }
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("service.assign")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("service.new-ticket")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

void
crm_service_view_set_store (CrmServiceView *self,
                            CrmStore       *store)
{
  CrmTicketFilter filter;

  g_return_if_fail (CRM_IS_SERVICE_VIEW (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);
  g_clear_pointer (&self->product_names, g_hash_table_unref);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);

  crm_ticket_filters_set_store (self->filters, store);
  crm_ticket_page_set_store (self->ticket_page, store);
  crm_contracts_pane_set_store (self->contracts_pane, store);

  if (store != NULL)
    {
      self->names = crm_pipeline_names_new (store);
      crm_ticket_filters_get_filter (self->filters, &filter);
      self->list = crm_ticket_list_new (store, settings_order (self), &filter);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
    }
  update_states (self);
}

static gboolean
focus_list_cb (gpointer data)
{
  CrmServiceView *self = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return G_SOURCE_REMOVE;
}

/**
 * crm_service_view_show_ticket:
 *
 * Shows the ticket's page and selects it in the queue — clearing the
 * filters that hide it; a closed ticket shows with nothing selected.
 */
void
crm_service_view_show_ticket (CrmServiceView *self,
                              const char     *ticket_id)
{
  guint position;

  g_return_if_fail (CRM_IS_SERVICE_VIEW (self));
  g_return_if_fail (ticket_id != NULL);

  if (self->list == NULL)
    return;

  gtk_stack_set_visible_child_name (self->pages, "queue");
  position = crm_ticket_list_find (self->list, ticket_id);
  if (position == G_MAXUINT && crm_ticket_filters_get_active (self->filters))
    {
      crm_ticket_filters_clear (self->filters);
      position = crm_ticket_list_find (self->list, ticket_id);
    }

  open_ticket (self, ticket_id);
  if (position != G_MAXUINT)
    {
      /* Selected with the list's cursor on it, so the keys go on from there. */
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)", position, FALSE, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
      /* After the dialog that asked for it has closed and given the focus back. */
      g_idle_add_full (G_PRIORITY_LOW, focus_list_cb, g_object_ref (self), g_object_unref);
    }
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/**
 * crm_service_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the ticket the keyboard acts on: the
 *   one selected in the queue, or else the one on the page
 */
CrmTicket *
crm_service_view_get_selected (CrmServiceView *self)
{
  CrmTicket *ticket;

  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  if ((ticket = gtk_single_selection_get_selected_item (self->selection)) != NULL)
    return ticket;

  return crm_ticket_page_get_ticket (self->ticket_page);
}

gboolean
crm_service_view_change_status (CrmServiceView  *self,
                                CrmTicketStatus  status)
{
  CrmTicket *ticket;

  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), FALSE);

  if ((ticket = crm_service_view_get_selected (self)) == NULL || self->store == NULL)
    return FALSE;

  crm_ticket_page_flush (self->ticket_page);
  return crm_ticket_actions_change_status (GTK_WIDGET (self), self->store,
                                           crm_record_get_id (CRM_RECORD (ticket)), status);
}

void
crm_service_view_assign (CrmServiceView *self)
{
  CrmTicket *ticket;

  g_return_if_fail (CRM_IS_SERVICE_VIEW (self));

  if ((ticket = crm_service_view_get_selected (self)) == NULL)
    return;

  /* The popover points at the page's technician row. */
  open_ticket (self, crm_record_get_id (CRM_RECORD (ticket)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  crm_ticket_page_show_assign (self->ticket_page);
}

CrmTicketList *
crm_service_view_get_list (CrmServiceView *self)
{
  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  return self->list;
}

GtkListView *
crm_service_view_get_list_view (CrmServiceView *self)
{
  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  return self->list_view;
}

CrmTicketPage *
crm_service_view_get_page (CrmServiceView *self)
{
  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  return self->ticket_page;
}

CrmTicketFilters *
crm_service_view_get_filters (CrmServiceView *self)
{
  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  return self->filters;
}

/* "list", "empty" or "no-results", for the tests. */
const char *
crm_service_view_get_list_state (CrmServiceView *self)
{
  g_return_val_if_fail (CRM_IS_SERVICE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_service_view_map (GtkWidget *widget)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (widget);

  GTK_WIDGET_CLASS (crm_service_view_parent_class)->map (widget);

  update_bound_rows (self);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (TICK_SECONDS, tick_cb, self);
}

static void
crm_service_view_unmap (GtkWidget *widget)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  crm_ticket_page_flush (self->ticket_page);

  GTK_WIDGET_CLASS (crm_service_view_parent_class)->unmap (widget);
}

static void
crm_service_view_dispose (GObject *object)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_SERVICE_VIEW);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);

  G_OBJECT_CLASS (crm_service_view_parent_class)->dispose (object);
}

static void
crm_service_view_finalize (GObject *object)
{
  CrmServiceView *self = CRM_SERVICE_VIEW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->product_names, g_hash_table_unref);
  g_hash_table_unref (self->bound_items);
  g_free (self->open_id);

  G_OBJECT_CLASS (crm_service_view_parent_class)->finalize (object);
}

static void
crm_service_view_class_init (CrmServiceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_service_view_dispose;
  object_class->finalize = crm_service_view_finalize;
  widget_class->map = crm_service_view_map;
  widget_class->unmap = crm_service_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-service-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, pages);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, selection);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, filters);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, ticket_page);
  gtk_widget_class_bind_template_child (widget_class, CrmServiceView, contracts_pane);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters);
  gtk_widget_class_bind_template_callback (widget_class, go_back);

  gtk_widget_class_install_action (widget_class, "service.set-status", "i", set_status_action);
  gtk_widget_class_install_action (widget_class, "service.assign", NULL, assign_action);
  gtk_widget_class_install_action (widget_class, "service.new-ticket", NULL, new_ticket_action);
}

static void
crm_service_view_init (CrmServiceView *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GAction) order = NULL;

  g_type_ensure (CRM_TYPE_TICKET_FILTERS);
  g_type_ensure (CRM_TYPE_TICKET_PAGE);
  g_type_ensure (CRM_TYPE_CONTRACTS_PANE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_items = g_hash_table_new (NULL, NULL);
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::service-queue-order", G_CALLBACK (on_order_changed), self,
                           G_CONNECT_SWAPPED);

  /* The order menu sets the setting; the setting sets the list. */
  order = g_settings_create_action (self->settings, "service-queue-order");
  g_action_map_add_action (G_ACTION_MAP (group), order);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "queue", G_ACTION_GROUP (group));

  add_shortcuts (self);
  update_states (self);
}
