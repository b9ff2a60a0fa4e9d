/* crm-contract-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-contract.h"
#include "crm-contract-editor.h"
#include "crm-customer.h"
#include "crm-field.h"
#include "crm-page-format.h"
#include "crm-product.h"
#include "crm-window.h"

/* The editor is built in code: a header bar with Cancel and Save over one
 * boxed list. Nothing is saved until Save, so a half-typed contract never
 * reaches the store (nor sync). */

struct _CrmContractEditor
{
  AdwWindow     parent_instance;

  CrmStore     *store;
  CrmContract  *contract;
  gboolean      is_new;
  GPtrArray    *products;       /* CrmProduct, in the order of product_row after "None" */

  AdwComboRow  *product_row;
  GtkWidget    *fields[CRM_CONTRACT_N_FIELDS];
  GtkSpinButton *reminder_days;
  GtkLabel     *error_label;
  GtkWidget    *parent;         /* not a reference: for the toast */
};

G_DEFINE_FINAL_TYPE (CrmContractEditor, crm_contract_editor, ADW_TYPE_WINDOW)

static char *
format_day (gint64 unix_seconds)
{
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return g_strdup ("");
  local = g_date_time_new_from_unix_local (unix_seconds);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* A calendar day as its local midnight; "" is no date (0). */
static gboolean
parse_day (const char  *text,
           gint64      *unix_seconds,
           const char  *what,
           GError     **error)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int year, month, day;
  char rest;

  text = stripped;
  if (*text == '\0')
    {
      *unix_seconds = 0;
      return TRUE;
    }

  if (sscanf (text, "%d-%d-%d%c", &year, &month, &day, &rest) != 3 ||
      !g_date_valid_dmy (day, month, year) ||
      (local = g_date_time_new_local (year, month, day, 0, 0, 0)) == NULL)
    {
      /* TRANSLATORS: %s is a field, "Start" or "End" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is not a date like 2026-03-31."), what);
      return FALSE;
    }

  *unix_seconds = g_date_time_to_unix (local);
  return TRUE;
}

static const char *
field_text (CrmContractEditor *self,
            CrmContractField   field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->fields[field]));
}

static void
show_error (CrmContractEditor *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

gboolean
crm_contract_editor_save (CrmContractEditor  *self,
                          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *currency = NULL;
  gint64 starts_at = 0, ends_at = 0, value = 0;
  guint product = adw_combo_row_get_selected (self->product_row);
  const char *number, *title, *notes;

  g_return_val_if_fail (CRM_IS_CONTRACT_EDITOR (self), FALSE);

  number = field_text (self, CRM_CONTRACT_FIELD_NUMBER);
  title = field_text (self, CRM_CONTRACT_FIELD_TITLE);
  notes = field_text (self, CRM_CONTRACT_FIELD_NOTES);
  currency = g_ascii_strup (g_strstrip (g_strdup (field_text (self, CRM_CONTRACT_FIELD_CURRENCY))), -1);

  if (*currency == '\0')
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("Enter the currency, like EUR."));
  else if (parse_day (field_text (self, CRM_CONTRACT_FIELD_STARTS), &starts_at, _("Start"), &local_error) &&
           parse_day (field_text (self, CRM_CONTRACT_FIELD_ENDS), &ends_at, _("End"), &local_error))
    {
      const char *value_text = field_text (self, CRM_CONTRACT_FIELD_VALUE);

      if (starts_at != 0 && ends_at != 0 && ends_at < starts_at)
        g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("The contract ends before it starts."));
      else if (*value_text != '\0' && !crm_money_parse (value_text, currency, &value, NULL))
        g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("The value is not an amount of money."));
      else if (value < 0)
        g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("The value cannot be negative."));
      else if (*title == '\0' && *number == '\0')
        g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("Give the contract a title or a number."));
    }

  if (local_error == NULL)
    {
      crm_contract_set_number (self->contract, *number != '\0' ? number : NULL);
      crm_contract_set_title (self->contract, *title != '\0' ? title : NULL);
      crm_contract_set_notes (self->contract, *notes != '\0' ? notes : NULL);
      crm_contract_set_starts_at (self->contract, starts_at);
      crm_contract_set_ends_at (self->contract, ends_at);
      crm_contract_set_value (self->contract, value);
      crm_contract_set_currency (self->contract, currency);
      crm_contract_set_reminder_days (self->contract, gtk_spin_button_get_value_as_int (self->reminder_days));
      crm_contract_set_product_id (self->contract,
                                   product != GTK_INVALID_LIST_POSITION && product > 0 &&
                                   product <= self->products->len
                                   ? crm_record_get_id (g_ptr_array_index (self->products, product - 1))
                                   : NULL);
      crm_store_save (self->store, CRM_RECORD (self->contract), &local_error);
    }

  if (local_error != NULL)
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_error (self, NULL);
  self->is_new = FALSE;
  return TRUE;
}

static void
save_clicked_cb (CrmContractEditor *self)
{
  if (!crm_contract_editor_save (self, NULL))
    return;

  if (self->parent != NULL)
    crm_widget_add_toast (self->parent, crm_page_new_toast (_("Contract saved")));
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
add_entry (GtkWidget  *list,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

static void
build (CrmContractEditor *self,
       CrmCustomer       *customer)
{
  GtkWidget *toolbar, *header, *cancel, *save, *scroller, *clamp, *box, *list, *customer_row, *days_row;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *value = NULL;
  g_autofree char *starts = format_day (crm_contract_get_starts_at (self->contract));
  g_autofree char *ends = format_day (crm_contract_get_ends_at (self->contract));
  guint selected = 0;

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Contract") : _("Contract"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 640);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_object (save, "clicked", G_CALLBACK (save_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (toolbar), header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  customer_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (customer_row), _("Customer"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (customer_row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (customer_row),
                               customer != NULL ? crm_customer_get_name (customer) : _("Unknown"));
  gtk_widget_add_css_class (customer_row, "property");
  gtk_list_box_append (GTK_LIST_BOX (list), customer_row);

  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < self->products->len; i++)
    {
      CrmProduct *product = g_ptr_array_index (self->products, i);

      gtk_string_list_append (names, crm_product_get_name (product));
      if (g_strcmp0 (crm_record_get_id (CRM_RECORD (product)), crm_contract_get_product_id (self->contract)) == 0)
        selected = i + 1;
    }
  self->product_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->product_row), _("Product"));
  adw_combo_row_set_model (self->product_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->product_row, selected);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->product_row));

  self->fields[CRM_CONTRACT_FIELD_NUMBER] = add_entry (list, _("Number"));
  self->fields[CRM_CONTRACT_FIELD_TITLE] = add_entry (list, _("Title"));
  self->fields[CRM_CONTRACT_FIELD_STARTS] = add_entry (list, _("Start (YYYY-MM-DD)"));
  self->fields[CRM_CONTRACT_FIELD_ENDS] = add_entry (list, _("End (YYYY-MM-DD)"));
  self->fields[CRM_CONTRACT_FIELD_VALUE] = add_entry (list, _("Value"));
  self->fields[CRM_CONTRACT_FIELD_CURRENCY] = add_entry (list, _("Currency"));

  self->reminder_days = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 365, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->reminder_days), GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (self->reminder_days, crm_contract_get_reminder_days (self->contract));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reminder_days), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Days before the end to remind"), -1);
  days_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (days_row), _("Remind Before End"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (days_row), _("Days"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (days_row), GTK_WIDGET (self->reminder_days));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (days_row), GTK_WIDGET (self->reminder_days));
  gtk_list_box_append (GTK_LIST_BOX (list), days_row);

  self->fields[CRM_CONTRACT_FIELD_NOTES] = add_entry (list, _("Notes"));
  gtk_box_append (GTK_BOX (box), list);

  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_NUMBER]),
                         crm_contract_get_number (self->contract) != NULL ? crm_contract_get_number (self->contract) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_TITLE]),
                         crm_contract_get_title (self->contract) != NULL ? crm_contract_get_title (self->contract) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_NOTES]),
                         crm_contract_get_notes (self->contract) != NULL ? crm_contract_get_notes (self->contract) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_STARTS]), starts);
  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_ENDS]), ends);
  gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_CURRENCY]),
                         crm_contract_get_currency (self->contract) != NULL ? crm_contract_get_currency (self->contract) : "");
  if (!self->is_new || crm_contract_get_value (self->contract) != 0)
    {
      /* crm_money_format writes what crm_money_parse reads back. */
      value = crm_money_format (crm_contract_get_value (self->contract), crm_contract_get_currency (self->contract));
      gtk_editable_set_text (GTK_EDITABLE (self->fields[CRM_CONTRACT_FIELD_VALUE]), value);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (toolbar), scroller);

  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
}

static gint
compare_products (gconstpointer a,
                  gconstpointer b)
{
  CrmProduct *pa = *(CrmProduct **) a;
  CrmProduct *pb = *(CrmProduct **) b;

  return g_utf8_collate (crm_product_get_name (pa) != NULL ? crm_product_get_name (pa) : "",
                         crm_product_get_name (pb) != NULL ? crm_product_get_name (pb) : "");
}

CrmContractEditor *
crm_contract_editor_new (GtkWindow   *parent,
                         CrmStore    *store,
                         const char  *contract_id,
                         const char  *customer_id,
                         GError     **error)
{
  g_autoptr(CrmContract) contract = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GPtrArray) products = NULL;
  CrmContractEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (contract_id != NULL || customer_id != NULL, NULL);

  if (contract_id != NULL)
    {
      if ((contract = crm_store_load (store, CRM_TYPE_CONTRACT, contract_id, error)) == NULL)
        return NULL;
      customer_id = crm_contract_get_customer_id (contract);
    }

  if (customer_id != NULL && (customer = crm_store_load (store, CRM_TYPE_CUSTOMER, customer_id, error)) == NULL)
    return NULL;

  if (contract == NULL)
    {
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();
      g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (today),
                                                             g_date_time_get_month (today),
                                                             g_date_time_get_day_of_month (today), 0, 0, 0);
      g_autoptr(GDateTime) year_later = g_date_time_add_years (midnight, 1);

      contract = crm_contract_new ();
      crm_contract_set_customer_id (contract, customer_id);
      crm_contract_set_starts_at (contract, midnight != NULL ? g_date_time_to_unix (midnight) : now);
      crm_contract_set_ends_at (contract, year_later != NULL ? g_date_time_to_unix (year_later) : 0);
      crm_contract_set_reminder_days (contract, 30);
      if (crm_contract_get_currency (contract) == NULL)
        crm_contract_set_currency (contract, "EUR");
    }

  if ((products = crm_store_list (store, CRM_TYPE_PRODUCT, NULL, NULL, error)) == NULL)
    return NULL;
  g_ptr_array_sort (products, compare_products);

  self = g_object_new (CRM_TYPE_CONTRACT_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->is_new = contract_id == NULL;
  self->contract = g_steal_pointer (&contract);
  self->products = g_steal_pointer (&products);
  g_set_weak_pointer (&self->parent, GTK_WIDGET (parent));
  build (self, customer);

  return self;
}

GtkEditable *
crm_contract_editor_get_field (CrmContractEditor *self,
                               CrmContractField   field)
{
  g_return_val_if_fail (CRM_IS_CONTRACT_EDITOR (self), NULL);
  g_return_val_if_fail (field < CRM_CONTRACT_N_FIELDS, NULL);

  return GTK_EDITABLE (self->fields[field]);
}

const char *
crm_contract_editor_get_contract_id (CrmContractEditor *self)
{
  g_return_val_if_fail (CRM_IS_CONTRACT_EDITOR (self), NULL);

  return crm_record_get_id (CRM_RECORD (self->contract));
}

static void
crm_contract_editor_finalize (GObject *object)
{
  CrmContractEditor *self = CRM_CONTRACT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->contract);
  g_clear_pointer (&self->products, g_ptr_array_unref);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (crm_contract_editor_parent_class)->finalize (object);
}

static void
crm_contract_editor_class_init (CrmContractEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = crm_contract_editor_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_contract_editor_init (CrmContractEditor *self)
{
}
