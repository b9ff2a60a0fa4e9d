/* crm-contracts-pane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-contract.h"
#include "crm-contracts-pane.h"
#include "crm-customer.h"
#include "crm-page-format.h"
#include "crm-product.h"
#include "crm-reminders.h"

/* Contracts are few next to customers (the reference data has one for every
 * ten), so the pane loads the chosen ones into a GListStore and the list
 * view binds only the visible rows, loading each row's customer then. */

#define SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

static const int windows[] = { 30, 60, 90, -1 };   /* -1: all contracts */

struct _CrmContractsPane
{
  AdwBin       parent_instance;

  CrmStore    *store;
  GListStore  *contracts;
  GHashTable  *product_names;   /* id → name */

  GtkDropDown *window_dropdown;
  GtkStack    *stack;
  GtkListView *list_view;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (CrmContractsPane, crm_contracts_pane, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
chosen_days (CrmContractsPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->window_dropdown);

  return selected < G_N_ELEMENTS (windows) ? windows[selected] : windows[0];
}

static gint
compare_ends (gconstpointer a,
              gconstpointer b)
{
  gint64 ea = crm_contract_get_ends_at (*(CrmContract **) a);
  gint64 eb = crm_contract_get_ends_at (*(CrmContract **) b);

  /* Open-ended contracts last. */
  if (ea == 0 || eb == 0)
    return (ea == 0) - (eb == 0);

  return (ea > eb) - (ea < eb);
}

static void
reload (CrmContractsPane *self)
{
  g_autoptr(GPtrArray) contracts = NULL;
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GError) error = NULL;
  int days = chosen_days (self);

  if (self->store == NULL)
    {
      g_list_store_remove_all (self->contracts);
      return;
    }

  g_hash_table_remove_all (self->product_names);
  if ((products = crm_store_list (self->store, CRM_TYPE_PRODUCT, NULL, NULL, NULL)) != NULL)
    for (guint i = 0; i < products->len; i++)
      {
        CrmProduct *product = g_ptr_array_index (products, i);

        g_hash_table_insert (self->product_names, g_strdup (crm_record_get_id (CRM_RECORD (product))),
                             g_strdup (crm_product_get_name (product)));
      }

  if (days >= 0)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

      contracts = crm_contracts_list_expiring (self->store, g_get_real_time () / G_USEC_PER_SEC, tz, days, &error);
    }
  else if ((contracts = crm_store_list (self->store, CRM_TYPE_CONTRACT, NULL, NULL, &error)) != NULL)
    g_ptr_array_sort (contracts, compare_ends);

  if (contracts == NULL)
    {
      g_warning ("Could not list contracts: %s", error->message);
      g_list_store_remove_all (self->contracts);
    }
  else
    g_list_store_splice (self->contracts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->contracts)),
                         contracts->pdata, contracts->len);

  if (days >= 0)
    {
      g_autofree char *description = g_strdup_printf (ngettext ("No contract ends in the next %d day.",
                                                                "No contract ends in the next %d days.", days),
                                                      days);

      adw_status_page_set_title (self->empty_page, _("Nothing Expiring Soon"));
      adw_status_page_set_description (self->empty_page, description);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Contracts"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add a service contract from a customer’s page."));
    }

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->contracts)) > 0 ? "list" : "empty");
}

static void
store_changed_cb (CrmContractsPane *self,
                  GType             type,
                  const char       *id,
                  CrmChangeKind     kind)
{
  /* Every customer edit would reload all contracts; only the ones that can
   * take rows away do. A renamed customer shows when its row is bound again. */
  if (type == CRM_TYPE_CONTRACT || type == CRM_TYPE_PRODUCT ||
      (type == CRM_TYPE_CUSTOMER && (kind == CRM_CHANGE_DELETED || kind == CRM_CHANGE_MANY)))
    reload (self);
}

/* "in 12 days", "today", "ended 3 days ago" (calendar days, local). */
static char *
describe_end (gint64 ends_at)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) end = NULL;
  GDate today, end_day;
  int days;

  if (ends_at == 0)
    return g_strdup (_("no end date"));

  end = g_date_time_new_from_unix_local (ends_at);
  g_date_clear (&today, 1);
  g_date_clear (&end_day, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_set_dmy (&end_day, g_date_time_get_day_of_month (end), g_date_time_get_month (end), g_date_time_get_year (end));
  days = g_date_days_between (&today, &end_day);

  if (days == 0)
    return g_strdup (_("ends today"));
  if (days > 0)
    return g_strdup_printf (ngettext ("ends in %d day", "ends in %d days", days), days);

  return g_strdup_printf (ngettext ("ended %d day ago", "ended %d days ago", -days), -days);
}

typedef struct
{
  GtkLabel *title;
  GtkLabel *subtitle;
  GtkLabel *ends;
  GtkLabel *value;
} RowLabels;

static GtkLabel *
new_label (GtkWidget  *box,
           float       xalign,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (GTK_BOX (box), label);

  return GTK_LABEL (label);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  RowLabels *labels = g_new0 (RowLabels, 1);

  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_hexpand (text, TRUE);
  labels->title = new_label (text, 0, "heading");
  labels->subtitle = new_label (text, 0, "dim-label");
  gtk_widget_set_valign (figures, GTK_ALIGN_CENTER);
  labels->ends = new_label (figures, 1, NULL);
  labels->value = new_label (figures, 1, "numeric");
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), figures);

  g_object_set_data_full (G_OBJECT (row), "crm-labels", labels, g_free);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CrmContractsPane         *self)
{
  CrmContract *contract = gtk_list_item_get_item (item);
  RowLabels *labels = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "crm-labels");
  const char *customer_id = crm_contract_get_customer_id (contract);
  g_autoptr(CrmCustomer) customer = NULL;
  g_autofree char *ends = describe_end (crm_contract_get_ends_at (contract));
  g_autofree char *value = crm_page_format_money (crm_contract_get_value (contract),
                                                  crm_contract_get_currency (contract));
  g_autofree char *subtitle = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 ends_at = crm_contract_get_ends_at (contract);
  const char *product = NULL;

  if (customer_id != NULL && self->store != NULL)
    customer = crm_store_lookup (self->store, CRM_TYPE_CUSTOMER, customer_id, NULL);
  if (crm_contract_get_product_id (contract) != NULL)
    product = g_hash_table_lookup (self->product_names, crm_contract_get_product_id (contract));

  subtitle = CRM_PAGE_JOIN (crm_contract_get_title (contract), crm_contract_get_number (contract), product);
  gtk_label_set_text (labels->title, customer != NULL ? crm_customer_get_name (customer) : _("Unknown customer"));
  gtk_label_set_text (labels->subtitle, subtitle);
  gtk_label_set_text (labels->ends, ends);
  gtk_label_set_text (labels->value, value);

  /* Soon is said in words too, not by colour alone. */
  if (ends_at != 0 && ends_at < g_date_time_to_unix (now) + 30 * SECONDS_PER_DAY)
    gtk_widget_add_css_class (GTK_WIDGET (labels->ends), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (labels->ends), "warning");
}

static void
activate_cb (CrmContractsPane *self,
             guint             position)
{
  g_autoptr(CrmContract) contract = g_list_model_get_item (G_LIST_MODEL (self->contracts), position);

  if (contract != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "contract.open", "s",
                                crm_record_get_id (CRM_RECORD (contract)));
}

static void
crm_contracts_pane_dispose (GObject *object)
{
  CrmContractsPane *self = CRM_CONTRACTS_PANE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_contracts_pane_parent_class)->dispose (object);
}

static void
crm_contracts_pane_finalize (GObject *object)
{
  CrmContractsPane *self = CRM_CONTRACTS_PANE (object);

  g_clear_object (&self->contracts);
  g_clear_pointer (&self->product_names, g_hash_table_unref);

  G_OBJECT_CLASS (crm_contracts_pane_parent_class)->finalize (object);
}

static void
crm_contracts_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CrmContractsPane *self = CRM_CONTRACTS_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contracts_pane_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CrmContractsPane *self = CRM_CONTRACTS_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      crm_contracts_pane_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_contracts_pane_class_init (CrmContractsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_contracts_pane_dispose;
  object_class->finalize = crm_contracts_pane_finalize;
  object_class->get_property = crm_contracts_pane_get_property;
  object_class->set_property = crm_contracts_pane_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_contracts_pane_init (CrmContractsPane *self)
{
  const char *choices[] = {
    _("Ending in 30 Days"), _("Ending in 60 Days"), _("Ending in 90 Days"), _("All Contracts"), NULL,
  };
  GtkWidget *box, *bar, *scroller;
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  self->contracts = g_list_store_new (CRM_TYPE_CONTRACT);
  self->product_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  self->window_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (choices));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_dropdown), _("Which Contracts to Show"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->window_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Which contracts to show"), -1);
  g_signal_connect_object (self->window_dropdown, "notify::selected", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->window_dropdown));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->contracts)));
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "rich-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contracts"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));

  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "x-office-document-symbolic");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_bin_set_child (ADW_BIN (self), box);
}

CrmContractsPane *
crm_contracts_pane_new (void)
{
  return g_object_new (CRM_TYPE_CONTRACTS_PANE, NULL);
}

CrmStore *
crm_contracts_pane_get_store (CrmContractsPane *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACTS_PANE (self), NULL);

  return self->store;
}

/**
 * crm_contracts_pane_set_store:
 *
 * Lists @store's contracts and follows its changes; rows activate
 * contract.open, which the window provides.
 */
void
crm_contracts_pane_set_store (CrmContractsPane *self,
                              CrmStore         *store)
{
  g_return_if_fail (CRM_IS_CONTRACTS_PANE (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* For tests: the contracts shown, in order. */
GListModel *
crm_contracts_pane_get_model (CrmContractsPane *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACTS_PANE (self), NULL);

  return G_LIST_MODEL (self->contracts);
}

void
crm_contracts_pane_set_days (CrmContractsPane *self,
                             int               days)
{
  g_return_if_fail (CRM_IS_CONTRACTS_PANE (self));

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    if (windows[i] == days)
      gtk_drop_down_set_selected (self->window_dropdown, i);
}
