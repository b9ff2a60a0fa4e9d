/* crm-products-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-export.h"
#include "crm-field.h"
#include "crm-import-dialog.h"
#include "crm-product-editor.h"
#include "crm-product-query.h"
#include "crm-products-window.h"

/* The list is the search's result, read again whenever products change
 * (a save here, an import, a sync); the editor keeps what is being typed
 * unless the product it shows is another one. */

struct _CrmProductsWindow
{
  AdwWindow          parent_instance;

  CrmStore          *store;
  GListStore        *products;
  GtkSingleSelection *selection;
  char              *last_currency;   /* for the next new product */

  AdwToastOverlay   *toast_overlay;
  GtkWidget         *back_button;
  AdwLeaflet        *leaflet;
  GtkWidget         *list_pane;
  GtkSearchEntry    *search_entry;
  GtkStack          *list_stack;
  GtkListView       *list_view;
  AdwStatusPage     *empty_page;
  GtkStack          *editor_stack;
  CrmProductEditor  *editor;
};

G_DEFINE_FINAL_TYPE (CrmProductsWindow, crm_products_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void remember_currency (CrmProductsWindow *self,
                               CrmProduct        *product);

static void
show_toast (CrmProductsWindow *self,
            const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static const char *
editing_id (CrmProductsWindow *self)
{
  CrmProduct *product = crm_product_editor_get_product (self->editor);

  if (product == NULL || !g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "editor"))
    return NULL;

  return crm_record_get_id (CRM_RECORD (product));
}

static void
select_id (CrmProductsWindow *self,
           const char        *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->products));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(CrmProduct) product = g_list_model_get_item (G_LIST_MODEL (self->products), i);

      if (g_str_equal (crm_record_get_id (CRM_RECORD (product)), id))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
reload (CrmProductsWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *keep = g_strdup (editing_id (self));
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if ((found = crm_product_query_search (self->store, text, 0, &error)) == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  g_list_store_splice (self->products, 0, g_list_model_get_n_items (G_LIST_MODEL (self->products)),
                       found->pdata, found->len);
  select_id (self, keep);
  if (self->last_currency == NULL && found->len > 0)
    remember_currency (self, g_ptr_array_index (found, 0));

  if (found->len > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      gboolean searching = *stripped != '\0';

      adw_status_page_set_title (self->empty_page, searching ? _("No Matching Products") : _("No Products"));
      adw_status_page_set_description (self->empty_page,
                                       searching ? _("Try another name, SKU or category")
                                                 : _("Add products with the + button or import a CSV file"));
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
}

static void
search_changed_cb (CrmProductsWindow *self)
{
  reload (self);
}

static void
store_changed_cb (CrmProductsWindow *self,
                  GType              type,
                  const char        *id,
                  CrmChangeKind      kind)
{
  if (type == CRM_TYPE_PRODUCT)
    reload (self);
}

static void
show_editor (CrmProductsWindow *self)
{
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor_stack));
}

/* A new product starts in the currency of the last one looked at. */
static void
remember_currency (CrmProductsWindow *self,
                   CrmProduct        *product)
{
  const char *currency = crm_product_get_currency (product);

  if (currency != NULL && *currency != '\0')
    {
      g_free (self->last_currency);
      self->last_currency = g_strdup (currency);
    }
}

static void
selection_changed_cb (CrmProductsWindow *self)
{
  CrmProduct *product = gtk_single_selection_get_selected_item (self->selection);
  const char *shown = editing_id (self);

  /* A reload that selects the product being edited must not reset the form. */
  if (product == NULL || g_strcmp0 (shown, crm_record_get_id (CRM_RECORD (product))) == 0)
    return;

  crm_product_editor_edit (self->editor, product, NULL);
  remember_currency (self, product);
  /* Only a choice in the list gets here (reloads keep the product shown):
   * on a narrow window it opens the form. */
  show_editor (self);
}

static void
row_activated_cb (CrmProductsWindow *self,
                  guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_editor (self);
}

static void
leaflet_changed_cb (CrmProductsWindow *self)
{
  gboolean on_editor = adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->editor_stack);

  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet) && on_editor);
}

static void
back_clicked_cb (CrmProductsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
product_saved_cb (CrmProductsWindow *self,
                  CrmProduct        *product)
{
  g_autofree char *message = g_strdup_printf (_("“%s” saved"), crm_product_get_name (product));

  remember_currency (self, product);
  /* The store's changed signal has reloaded the list already. */
  select_id (self, crm_record_get_id (CRM_RECORD (product)));
  show_toast (self, message);
}

static void
undo_delete_cb (CrmProductsWindow *self,
                AdwToast          *toast)
{
  CrmRecord *record = g_object_get_data (G_OBJECT (toast), "crm-product");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!crm_store_restore (self->store, record, &error))
    show_toast (self, error->message);
  else
    select_id (self, crm_record_get_id (record));
}

static void
delete_requested_cb (CrmProductsWindow *self,
                     CrmProduct        *product)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!crm_store_delete (self->store, CRM_RECORD (product), &error))
    {
      show_toast (self, error->message);
      return;
    }

  gtk_stack_set_visible_child_name (self->editor_stack, "none");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  title = g_strdup_printf (_("“%s” deleted"), crm_product_get_name (product));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "crm-product", g_object_ref (product), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  crm_product_editor_edit (self->editor, NULL, self->last_currency);
  show_editor (self);
  crm_product_editor_focus (self->editor);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (widget);

  crm_import_dialog_choose_file_for_type (GTK_WINDOW (self), self->store, CRM_TYPE_PRODUCT);
}

static void
export_chosen_cb (GtkNativeDialog   *chooser,
                  int                response,
                  CrmProductsWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_exported = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || self->store == NULL)
    return;

  /* A catalogue is thousands of rows at most: written at once, it takes
   * less time than the chooser took to close. */
  if ((output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &error)) == NULL ||
      !crm_export (self->store, CRM_TYPE_PRODUCT, CRM_EXPORT_CSV, G_OUTPUT_STREAM (output), &n_exported, NULL, &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (output), NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The products could not be exported: %s"), error->message);

      show_toast (self, message);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *display = g_filename_display_name (name);
    g_autofree char *message =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u product exported to “%s”",
                                    "%u products exported to “%s”", n_exported),
                       (guint)n_exported, display);

    show_toast (self, message);
  }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Products"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("products.csv"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  CrmProduct *product = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *currency = crm_product_get_currency (product);
  g_autofree char *price = crm_money_format (crm_product_get_unit_price (product), currency);
  g_autofree char *joined = NULL;

  if (crm_product_get_sku (product) != NULL)
    g_ptr_array_add (parts, g_strdup (crm_product_get_sku (product)));
  if (crm_product_get_category (product) != NULL)
    g_ptr_array_add (parts, g_strdup (crm_product_get_category (product)));
  g_ptr_array_add (parts, currency != NULL ? g_strdup_printf ("%s %s", price, currency) : g_strdup (price));
  if (!crm_product_get_active (product))
    g_ptr_array_add (parts, g_strdup (_("Inactive")));
  g_ptr_array_add (parts, NULL);

  joined = g_strjoinv (" · ", (char **)parts->pdata);
  gtk_label_set_text (GTK_LABEL (title), crm_product_get_name (product));
  gtk_label_set_text (GTK_LABEL (subtitle), joined);
}

/**
 * crm_products_window_new:
 * @store: the open store
 *
 * Returns: (transfer none): a new window of @application, to be presented
 */
CrmProductsWindow *
crm_products_window_new (GtkApplication *application,
                         CrmStore       *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_PRODUCTS_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

static void
crm_products_window_constructed (GObject *object)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (object);

  G_OBJECT_CLASS (crm_products_window_parent_class)->constructed (object);

  crm_product_editor_set_store (self->editor, self->store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
crm_products_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_products_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (object);

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
crm_products_window_dispose (GObject *object)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_PRODUCTS_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->products);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_products_window_parent_class)->dispose (object);
}

static void
crm_products_window_finalize (GObject *object)
{
  CrmProductsWindow *self = CRM_PRODUCTS_WINDOW (object);

  g_free (self->last_currency);

  G_OBJECT_CLASS (crm_products_window_parent_class)->finalize (object);
}

static void
crm_products_window_class_init (CrmProductsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = crm_products_window_constructed;
  object_class->set_property = crm_products_window_set_property;
  object_class->get_property = crm_products_window_get_property;
  object_class->dispose = crm_products_window_dispose;
  object_class->finalize = crm_products_window_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "products.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "products.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "products.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "products.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "products.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "products.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "products.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  g_type_ensure (CRM_TYPE_PRODUCT_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-products-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, list_pane);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, CrmProductsWindow, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_requested_cb);
}

static void
crm_products_window_init (CrmProductsWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->products = g_list_store_new (CRM_TYPE_PRODUCT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->products)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
}
