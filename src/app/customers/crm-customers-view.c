/* crm-customers-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer-figures.h"
#include "crm-customer-filters.h"
#include "crm-customer-row.h"
#include "crm-customers-view.h"
#include "crm-models.h"
#include "crm-new-customer-dialog.h"
#include "crm-split-model.h"
#include "crm-staff-list.h"

struct _CrmCustomersView
{
  AdwBin              parent_instance;

  CrmStore           *store;
  CrmCustomerList    *list;
  CrmSplitModel      *split;      /* the list, as the selection sees it */
  GtkWidget          *no_customer_page;
  /* Made when first needed (see ensure_page ()); NULL until then. */
  CrmCustomerPage    *page;
  guint               neglected_days;
  /* The customer whose page is open; kept selected across refreshes. */
  char               *open_id;
  /* GtkListItems showing a customer now, to update when the staff or the
   * activities change without the list itself changing. */
  GHashTable         *bound_items;
  GPtrArray          *spare_rows;   /* CrmCustomerRow, unparented */

  GPtrArray          *staff;        /* CrmStaff, by name */
  GHashTable         *owner_names;  /* staff id → name, borrowed from staff */
  gboolean            was_mapped;

  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  CrmCustomerFilters *filters;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkWidget          *no_results_clear_button;
  GtkLabel           *count_label;
  GtkWidget          *clear_button;
};

G_DEFINE_FINAL_TYPE (CrmCustomersView, crm_customers_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_NEGLECTED_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* What the view shows                                                    */
/* ---------------------------------------------------------------------- */

/* The empty states and the count follow the list, whatever changed it. */
static void
update_state (CrmCustomersView *self)
{
  gboolean searching = self->list != NULL && crm_customer_list_get_search (self->list) != NULL;
  gboolean filtering = crm_customer_filters_get_active (self->filters);
  guint n_items = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = NULL;

  if (n_items == 0 && !searching && !filtering)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "customers");

  gtk_stack_set_visible_child_name (self->list_stack, n_items > 0 ? "list" : "no-results");

  if (searching && n_items >= crm_customer_list_get_search_limit (self->list))
    /* TRANSLATORS: a search stops at this many customers; typing more narrows it */
    count = g_strdup_printf (_("First %'u results"), n_items);
  else if (searching || filtering)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u result", "%'u results", n_items), n_items);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u customer", "%'u customers", n_items), n_items);
  gtk_label_set_text (self->count_label, count);

  gtk_widget_set_visible (self->clear_button, filtering);
  gtk_widget_set_visible (self->no_results_clear_button, filtering);
}

static void
update_row (CrmCustomersView *self,
            GtkListItem      *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  CrmCustomer *customer = gtk_list_item_get_item (item);
  CrmCustomerFigures figures = { 0 };
  const char *id, *owner_id;

  if (row == NULL)
    return;
  if (customer == NULL || (id = crm_record_get_id (CRM_RECORD (customer))) == NULL)
    {
      crm_customer_row_clear (CRM_CUSTOMER_ROW (row));
      return;
    }

  owner_id = crm_customer_get_owner_id (customer);
  figures.last_contact_at = crm_customer_figures_load_last_contact (self->store, customer);
  figures.customer_since = crm_record_get_created_at (CRM_RECORD (customer));

  crm_customer_row_update (CRM_CUSTOMER_ROW (row), customer,
                           owner_id != NULL ? g_hash_table_lookup (self->owner_names, owner_id) : NULL,
                           figures.last_contact_at,
                           crm_customer_figures_is_neglected (&figures, g_get_real_time () / G_USEC_PER_SEC,
                                                              self->neglected_days));
}

static void
update_bound_rows (CrmCustomersView *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (self, item);
}

static void
scroll_to (CrmCustomersView *self,
           guint             position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                   */
/* ---------------------------------------------------------------------- */

/* GTK 4.8 keeps some 200 rows around the visible ones and, when a search
 * replaces the items, makes new rows for all of them: rows that go are kept
 * here and given to the next ones, so a keystroke builds no widgets. */
#define MAX_SPARE_ROWS 256

static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *view = gtk_widget_get_ancestor (row, CRM_TYPE_CUSTOMERS_VIEW);
  GtkListItem *item = g_object_get_data (G_OBJECT (row), "crm-list-item");

  /* A click opens the customer, and in a folded window shows the page too;
   * moving through the list with the keyboard only selects. */
  if (n_press == 1 && view != NULL && item != NULL)
    crm_customers_view_open_position (CRM_CUSTOMERS_VIEW (view), gtk_list_item_get_position (item));
}

static void
on_row_setup (CrmCustomersView         *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  CrmCustomerRow *row;

  if (self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    {
      GtkGesture *gesture = gtk_gesture_click_new ();

      row = g_object_ref_sink (crm_customer_row_new ());
      g_signal_connect (gesture, "released", G_CALLBACK (on_row_released), NULL);
      gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (gesture));
    }

  g_object_set_data (G_OBJECT (row), "crm-list-item", item);
  gtk_list_item_set_child (item, GTK_WIDGET (row));
  g_object_unref (row);
}

static void
on_row_bind (CrmCustomersView         *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  g_hash_table_add (self->bound_items, item);
  update_row (self, item);
}

static void
on_row_unbind (CrmCustomersView         *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  g_hash_table_remove (self->bound_items, item);

  /* Unbound and already out of the window: the row goes with its list item
   * unless it is kept now (GTK lets go of it before ::teardown). */
  if (row == NULL || gtk_widget_get_root (row) != NULL ||
      self->spare_rows == NULL || self->spare_rows->len >= MAX_SPARE_ROWS)
    return;

  g_object_set_data (G_OBJECT (row), "crm-list-item", NULL);
  g_ptr_array_add (self->spare_rows, g_object_ref (row));
  gtk_list_item_set_child (item, NULL);
}

static void
on_row_teardown (CrmCustomersView         *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  g_hash_table_remove (self->bound_items, item);
}

/* ---------------------------------------------------------------------- */
/* Selection and navigation                                               */
/* ---------------------------------------------------------------------- */

/* The Customer 360 page is made when the first customer is opened: until
 * then a status page stands in its place, and the window's first frame does
 * without the page's widgets. */
static CrmCustomerPage *
ensure_page (CrmCustomersView *self)
{
  if (self->page != NULL)
    return self->page;

  self->page = crm_customer_page_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  g_object_bind_property (self, "neglected-days", self->page, "neglected-days", G_BINDING_SYNC_CREATE);
  crm_customer_page_set_store (self->page, self->store);
  gtk_widget_set_visible (self->no_customer_page, FALSE);
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->page));

  return self->page;
}

static void
open_customer (CrmCustomersView *self,
               const char       *customer_id)
{
  if (g_strcmp0 (self->open_id, customer_id) == 0 && self->page != NULL &&
      g_strcmp0 (crm_customer_page_get_customer_id (self->page), customer_id) == 0)
    return;

  g_free (self->open_id);
  self->open_id = g_strdup (customer_id);
  crm_customer_page_set_customer_id (ensure_page (self), customer_id);
}

static void
on_selected_changed (CrmCustomersView *self)
{
  CrmRecord *customer = gtk_single_selection_get_selected_item (self->selection);

  /* Nothing selected: the page stays, say while a search hides its customer. */
  if (customer != NULL && crm_record_get_id (customer) != NULL)
    open_customer (self, crm_record_get_id (customer));
}

/* A refresh builds new items, so the selection cannot follow the old one by
 * itself: find the open customer again wherever it went. */
static void
on_selection_items_changed (CrmCustomersView *self,
                            guint             position,
                            guint             removed,
                            guint             added,
                            GListModel       *model)
{
  CrmRecord *selected = gtk_single_selection_get_selected_item (self->selection);
  guint found;

  if (self->open_id == NULL || self->list == NULL || !crm_split_model_is_settled (self->split))
    return;
  if (selected != NULL && g_strcmp0 (crm_record_get_id (selected), self->open_id) == 0)
    return;

  found = crm_customer_list_find (self->list, self->open_id);
  if (found != GTK_INVALID_LIST_POSITION || selected != NULL)
    gtk_single_selection_set_selected (self->selection, found);
}

/* The rows on screen were replaced wholesale: show the open customer if
 * the list still has it, else where the change began. A new search, sort or
 * filter scrolls to the top after this. */
static void
on_split_done (CrmCustomersView *self,
               guint             position)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    scroll_to (self, selected);
  else if (position < g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    scroll_to (self, position);
}

/* Only when folded: the leaflet moves the focus to the child it shows, and
 * side by side the focus stays in the list for the arrow keys. */
static void
show_content (CrmCustomersView *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * crm_customers_view_open_position:
 *
 * Selects the customer at @position and opens their page, as a click on
 * the row does; in a folded window the page slides in.
 */
void
crm_customers_view_open_position (CrmCustomersView *self,
                                  guint             position)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  if (self->list == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  /* The same row again: the page may have been left for the list. */
  on_selected_changed (self);
  show_content (self);
}

static void
on_list_activate (CrmCustomersView *self,
                  guint             position,
                  GtkListView      *list_view)
{
  crm_customers_view_open_position (self, position);
}

gboolean
crm_customers_view_go_back (CrmCustomersView *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMERS_VIEW (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != self->content)
    return FALSE;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Search                                                                 */
/* ---------------------------------------------------------------------- */

static void
apply_search (CrmCustomersView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  /* A space typed after a word changes nothing the list would show. */
  if (self->list == NULL ||
      g_strcmp0 (crm_customer_list_get_search (self->list), *text != '\0' ? text : NULL) == 0)
    return;

  crm_customer_list_set_search (self->list, text);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    scroll_to (self, 0);
  update_state (self);
}

static void
on_search_changed (CrmCustomersView *self)
{
  apply_search (self);
}

static void
on_stop_search (CrmCustomersView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self);
}

/* Enter opens the best match, even before the typing pause has passed. */
static void
on_search_activate (CrmCustomersView *self)
{
  apply_search (self);
  crm_customers_view_open_position (self, 0);
}

void
crm_customers_view_focus_search (CrmCustomersView *self)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* ---------------------------------------------------------------------- */
/* Sorting and filters                                                    */
/* ---------------------------------------------------------------------- */

static void
on_filters_changed (CrmCustomersView *self)
{
  if (self->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    scroll_to (self, 0);
  update_state (self);
}

static void
clear_filters (CrmCustomersView *self)
{
  crm_customer_filters_clear (self->filters);
}

/* ---------------------------------------------------------------------- */
/* The store                                                              */
/* ---------------------------------------------------------------------- */

static void
load_staff (CrmCustomersView *self)
{
  GPtrArray *staff = crm_staff_list_load (self->store);

  g_hash_table_remove_all (self->owner_names);
  g_clear_pointer (&self->staff, g_ptr_array_unref);

  self->staff = staff;
  for (guint i = 0; i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);

      g_hash_table_insert (self->owner_names, (gpointer)crm_record_get_id (CRM_RECORD (member)),
                           (gpointer)crm_staff_get_name (member));
    }
  crm_customer_filters_set_staff (self->filters, staff);
}

static void
on_store_changed (CrmCustomersView *self,
                  GType             type,
                  const char       *id,
                  CrmChangeKind     kind,
                  CrmStore         *store)
{
  if (type == CRM_TYPE_STAFF)
    {
      load_staff (self);
      update_bound_rows (self);
    }
  else if (type == CRM_TYPE_CUSTOMER)
    {
      crm_customer_filters_invalidate (self->filters);

      /* The page of a deleted customer has nothing left to show. */
      if (kind == CRM_CHANGE_DELETED && g_strcmp0 (id, self->open_id) == 0)
        {
          open_customer (self, NULL);
          crm_customers_view_go_back (self);
        }
    }
  else if (type == CRM_TYPE_ACTIVITY)
    {
      /* A new call changes a row's last contact but not the list's order. */
      update_bound_rows (self);
    }
}

void
crm_customers_view_set_store (CrmCustomersView *self,
                              CrmStore         *store)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);

  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->split);
  g_clear_object (&self->list);
  g_clear_pointer (&self->open_id, g_free);
  g_set_object (&self->store, store);
  if (self->page != NULL)
    crm_customer_page_set_store (self->page, store);
  load_staff (self);

  if (store != NULL)
    {
      /* The list refreshes on a change first; the view then reads it. */
      self->list = crm_customer_list_new (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->list, "notify::n-items", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      self->split = crm_split_model_new (G_LIST_MODEL (self->list));
      g_signal_connect_object (self->split, "split-done", G_CALLBACK (on_split_done), self, G_CONNECT_SWAPPED);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->split));
    }

  /* Start from a clean slate: whatever was chosen belonged to the old store. */
  crm_customer_filters_set_list (self->filters, self->list);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_state (self);
}

/* ---------------------------------------------------------------------- */
/* Commands                                                               */
/* ---------------------------------------------------------------------- */

static void
on_customer_created (CrmCustomersView *self,
                     const char       *customer_id)
{
  crm_customers_view_show_customer (self, customer_id);
}

void
crm_customers_view_new_customer (CrmCustomersView *self)
{
  CrmNewCustomerDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  if (self->store == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = crm_new_customer_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_customer_created), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
crm_customers_view_new_contact (CrmCustomersView *self)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  if (self->page != NULL)
    crm_customer_page_new_contact (self->page);
}

void
crm_customers_view_log_activity (CrmCustomersView *self)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  if (self->page != NULL && crm_customer_page_get_customer_id (self->page) != NULL)
    crm_customer_page_log_activity (self->page);
}

void
crm_customers_view_delete_customer (CrmCustomersView *self)
{
  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));

  if (self->page != NULL)
    crm_customer_page_delete_customer (self->page);
}

/**
 * crm_customers_view_show_customer:
 *
 * Selects the customer and opens their page. A customer the search or the
 * filters hide brings the whole list back first, so the row can be shown.
 */
void
crm_customers_view_show_customer (CrmCustomersView *self,
                                  const char       *customer_id)
{
  guint position;

  g_return_if_fail (CRM_IS_CUSTOMERS_VIEW (self));
  g_return_if_fail (customer_id != NULL);

  if (self->list == NULL)
    return;

  position = crm_customer_list_find (self->list, customer_id);
  if (position == GTK_INVALID_LIST_POSITION &&
      (crm_customer_list_get_search (self->list) != NULL || crm_customer_filters_get_active (self->filters)))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      apply_search (self);
      crm_customer_filters_clear (self->filters);
      position = crm_customer_list_find (self->list, customer_id);
    }

  if (position != GTK_INVALID_LIST_POSITION)
    {
      crm_customers_view_open_position (self, position);
      scroll_to (self, position);
    }
  else
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      open_customer (self, customer_id);
      show_content (self);
    }
}

CrmCustomerList *
crm_customers_view_get_list (CrmCustomersView *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMERS_VIEW (self), NULL);

  return self->list;
}

GtkEditable *
crm_customers_view_get_search_entry (CrmCustomersView *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMERS_VIEW (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

CrmCustomerPage *
crm_customers_view_get_page (CrmCustomersView *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMERS_VIEW (self), NULL);

  return ensure_page (self);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

/* At start, typing goes straight into the search. */
static void
crm_customers_view_map (GtkWidget *widget)
{
  CrmCustomersView *self = CRM_CUSTOMERS_VIEW (widget);

  GTK_WIDGET_CLASS (crm_customers_view_parent_class)->map (widget);

  if (!self->was_mapped)
    {
      self->was_mapped = TRUE;
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

static void
crm_customers_view_dispose (GObject *object)
{
  CrmCustomersView *self = CRM_CUSTOMERS_VIEW (object);

  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_hash_table_remove_all (self->bound_items);
  /* The template's top widget is the bin's child: the bin lets go of it
   * first, or it would unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CUSTOMERS_VIEW);
  g_ptr_array_set_size (self->spare_rows, 0);
  self->page = NULL;
  g_clear_object (&self->split);
  g_clear_object (&self->list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_customers_view_parent_class)->dispose (object);
}

static void
crm_customers_view_finalize (GObject *object)
{
  CrmCustomersView *self = CRM_CUSTOMERS_VIEW (object);

  g_free (self->open_id);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_pointer (&self->owner_names, g_hash_table_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_customers_view_parent_class)->finalize (object);
}

static void
crm_customers_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrmCustomersView *self = CRM_CUSTOMERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_NEGLECTED_DAYS:
      g_value_set_uint (value, self->neglected_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customers_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrmCustomersView *self = CRM_CUSTOMERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_NEGLECTED_DAYS:
      if (self->neglected_days != g_value_get_uint (value))
        {
          self->neglected_days = g_value_get_uint (value);
          crm_customer_filters_set_neglected_days (self->filters, self->neglected_days);
          update_bound_rows (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customers_view_class_init (CrmCustomersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_customers_view_dispose;
  object_class->finalize = crm_customers_view_finalize;
  object_class->get_property = crm_customers_view_get_property;
  object_class->set_property = crm_customers_view_set_property;
  widget_class->map = crm_customers_view_map;

  /**
   * CrmCustomersView:neglected-days:
   *
   * Days without contact after which a customer counts as neglected (the
   * preference); 0 turns the marker and the filter off.
   */
  properties[PROP_NEGLECTED_DAYS] =
    g_param_spec_uint ("neglected-days", NULL, NULL, 0, 36500, 90,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-customers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, content);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, no_customer_page);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, filters);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, selection);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, no_results_clear_button);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomersView, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_teardown);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
}

static void
crm_customers_view_init (CrmCustomersView *self)
{
  self->neglected_days = 90;
  self->bound_items = g_hash_table_new (NULL, NULL);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->owner_names = g_hash_table_new (g_str_hash, g_str_equal);
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);

  g_type_ensure (CRM_TYPE_CUSTOMER_FILTERS);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing in the list searches; not in the page, whose keys are its own
   * and which may hide the search when the window is narrow. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);
  crm_customer_filters_set_neglected_days (self->filters, self->neglected_days);
  update_state (self);
}
