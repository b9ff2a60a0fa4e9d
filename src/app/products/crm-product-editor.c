/* crm-product-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-product-editor.h"
#include "crm-product-query.h"

/* Nothing is written until Save, so a half-typed price never reaches the
 * store; every problem is one sentence under the form and a red row. */

struct _CrmProductEditor
{
  AdwBin       parent_instance;

  CrmStore    *store;
  CrmProduct  *product;       /* a copy: the store's object is not touched before it saves */

  AdwEntryRow *name_row;
  AdwEntryRow *sku_row;
  AdwEntryRow *category_row;
  GtkSwitch   *active_switch;
  AdwEntryRow *price_row;
  AdwEntryRow *cost_row;
  AdwEntryRow *currency_row;
  GtkSpinButton *points_spin;
  GtkSpinButton *repurchase_spin;
  GtkLabel    *problem_label;
  GtkWidget   *delete_button;
};

G_DEFINE_FINAL_TYPE (CrmProductEditor, crm_product_editor, ADW_TYPE_BIN)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_problem (CrmProductEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->sku_row), GTK_WIDGET (self->price_row),
    GTK_WIDGET (self->cost_row), GTK_WIDGET (self->currency_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
}

static gboolean
show_problem (CrmProductEditor *self,
              AdwEntryRow      *row,
              const char       *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  gtk_label_set_text (self->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);

  return FALSE;
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Reads a money row: empty is 0; @what names the field in the message. */
static gboolean
read_money (CrmProductEditor *self,
            AdwEntryRow      *row,
            const char       *what,
            const char       *currency,
            gint64           *minor_units)
{
  g_autofree char *text = row_text (row);
  g_autoptr(GError) error = NULL;

  *minor_units = 0;
  if (*text == '\0')
    return TRUE;

  if (!crm_money_parse (text, currency, minor_units, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

      return show_problem (self, row, message);
    }

  if (*minor_units < 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s cannot be negative."), what);

      return show_problem (self, row, message);
    }

  return TRUE;
}

static gboolean
validate_and_apply (CrmProductEditor *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *sku = row_text (self->sku_row);
  g_autofree char *category = row_text (self->category_row);
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_autofree char *owner = NULL;
  g_autoptr(GError) error = NULL;
  gint64 price, cost;

  g_strstrip (currency);
  clear_problem (self);

  if (*name == '\0')
    return show_problem (self, self->name_row, _("A product needs a name."));

  if (*currency != '\0' && !crm_currency_is_code (currency))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a currency code; use three letters such as EUR."), currency);

      return show_problem (self, self->currency_row, message);
    }

  if (!read_money (self, self->price_row, _("Unit price"), currency, &price) ||
      !read_money (self, self->cost_row, _("Unit cost"), currency, &cost))
    return FALSE;

  /* Imports match products by SKU, so one SKU must name one product. */
  if (*sku != '\0')
    {
      owner = crm_product_query_sku_owner (self->store, sku,
                                           crm_record_get_id (CRM_RECORD (self->product)), &error);
      if (error != NULL)
        return show_problem (self, NULL, error->message);
      if (owner != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Another product already has the SKU “%s”."), sku);

          return show_problem (self, self->sku_row, message);
        }
    }

  crm_product_set_name (self->product, name);
  crm_product_set_sku (self->product, *sku != '\0' ? sku : NULL);
  crm_product_set_category (self->product, *category != '\0' ? category : NULL);
  crm_product_set_currency (self->product, *currency != '\0' ? currency : NULL);
  crm_product_set_unit_price (self->product, price);
  crm_product_set_unit_cost (self->product, cost);
  crm_product_set_loyalty_points (self->product, gtk_spin_button_get_value_as_int (self->points_spin));
  crm_product_set_repurchase_days (self->product, gtk_spin_button_get_value_as_int (self->repurchase_spin));
  crm_product_set_active (self->product, gtk_switch_get_active (self->active_switch));

  return TRUE;
}

static void
save_clicked_cb (CrmProductEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->product == NULL || !validate_and_apply (self))
    return;

  if (!crm_store_save (self->store, CRM_RECORD (self->product), &error))
    {
      show_problem (self, NULL, error->message);
      return;
    }

  gtk_widget_set_sensitive (self->delete_button, TRUE);
  g_signal_emit (self, signals[SAVED], 0, self->product);
}

static void
delete_clicked_cb (CrmProductEditor *self)
{
  if (self->product != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->product);
}

void
crm_product_editor_set_store (CrmProductEditor *self,
                              CrmStore         *store)
{
  g_return_if_fail (CRM_IS_PRODUCT_EDITOR (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  g_set_object (&self->store, store);
}

static void
show_money (AdwEntryRow *row,
            gint64       minor_units,
            const char  *currency,
            gboolean     is_new)
{
  g_autofree char *text = NULL;

  /* A new product starts blank rather than with a price of 0.00. */
  if (!is_new || minor_units != 0)
    text = crm_money_format (minor_units, currency);
  set_row_text (row, text);
}

void
crm_product_editor_edit (CrmProductEditor *self,
                         CrmProduct       *product,
                         const char       *currency)
{
  gboolean is_new = product == NULL;

  g_return_if_fail (CRM_IS_PRODUCT_EDITOR (self));
  g_return_if_fail (product == NULL || CRM_IS_PRODUCT (product));

  g_clear_object (&self->product);
  /* A fresh read, so that a save that fails leaves the list's object as stored. */
  if (product != NULL && self->store != NULL)
    self->product = crm_store_lookup (self->store, CRM_TYPE_PRODUCT,
                                      crm_record_get_id (CRM_RECORD (product)), NULL);
  if (product != NULL && self->product == NULL)
    {
      self->product = g_object_ref (product);
    }
  else if (product == NULL)
    {
      self->product = crm_product_new ();
      crm_product_set_currency (self->product, currency);
    }

  clear_problem (self);
  set_row_text (self->name_row, crm_product_get_name (self->product));
  set_row_text (self->sku_row, crm_product_get_sku (self->product));
  set_row_text (self->category_row, crm_product_get_category (self->product));
  set_row_text (self->currency_row, crm_product_get_currency (self->product));
  show_money (self->price_row, crm_product_get_unit_price (self->product),
              crm_product_get_currency (self->product), is_new);
  show_money (self->cost_row, crm_product_get_unit_cost (self->product),
              crm_product_get_currency (self->product), is_new);
  gtk_spin_button_set_value (self->points_spin, crm_product_get_loyalty_points (self->product));
  gtk_spin_button_set_value (self->repurchase_spin, crm_product_get_repurchase_days (self->product));
  gtk_switch_set_active (self->active_switch, crm_product_get_active (self->product));
  gtk_widget_set_sensitive (self->delete_button, !is_new);
}

CrmProduct *
crm_product_editor_get_product (CrmProductEditor *self)
{
  g_return_val_if_fail (CRM_IS_PRODUCT_EDITOR (self), NULL);

  return self->product;
}

void
crm_product_editor_focus (CrmProductEditor *self)
{
  g_return_if_fail (CRM_IS_PRODUCT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
crm_product_editor_dispose (GObject *object)
{
  CrmProductEditor *self = CRM_PRODUCT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_PRODUCT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->product);

  G_OBJECT_CLASS (crm_product_editor_parent_class)->dispose (object);
}

static void
crm_product_editor_class_init (CrmProductEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_product_editor_dispose;

  /* After a save: the saved product (the editor's copy). */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_PRODUCT);
  /* Delete was clicked; the window deletes, so that it can offer the undo. */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CRM_TYPE_PRODUCT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-product-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, sku_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, cost_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, points_spin);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, repurchase_spin);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CrmProductEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
crm_product_editor_init (CrmProductEditor *self)
{
  AdwEntryRow *rows[6];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->name_row; rows[1] = self->sku_row; rows[2] = self->category_row;
  rows[3] = self->price_row; rows[4] = self->cost_row; rows[5] = self->currency_row;
  /* Enter in any field saves, as in a dialog. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_swapped (rows[i], "entry-activated", G_CALLBACK (save_clicked_cb), self);
}
