/* crm-quote-line-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-page-format.h"
#include "crm-product-query.h"
#include "crm-quote-fields.h"
#include "crm-quote-line-row.h"

/* Typing pauses this long before the line is saved: saving at every key
 * would write a record per character and make every open view reload. */
#define SAVE_DELAY_MS 600

/* The picker lists this many matches; typing more narrows them. */
#define PRODUCT_LIMIT 50

struct _CrmQuoteLineRow
{
  AdwExpanderRow  parent_instance;

  CrmStore       *store;
  CrmQuoteLine   *line;        /* as the store had it last */
  char           *currency;
  guint           save_source;
  gboolean        updating;
  gboolean        editable;

  /* The amounts as typed, where they read; the stored ones where not. */
  CrmQuoteLineAmounts amounts;
  gboolean        bad_quantity;
  gboolean        bad_price;
  gboolean        bad_discount;

  GtkLabel       *amount_label;
  GtkWidget      *remove_button;
  AdwActionRow   *product_row;
  GtkMenuButton  *product_button;
  GtkPopover     *product_popover;
  GtkSearchEntry *product_search;
  GtkListBox     *product_list;
  AdwEntryRow    *description_row;
  AdwEntryRow    *quantity_row;
  AdwEntryRow    *price_row;
  AdwEntryRow    *discount_row;
};

G_DEFINE_FINAL_TYPE (CrmQuoteLineRow, crm_quote_line_row, ADW_TYPE_EXPANDER_ROW)

enum {
  AMOUNTS_CHANGED,
  REMOVE_REQUESTED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_summary (CrmQuoteLineRow *self)
{
  const char *description = gtk_editable_get_text (GTK_EDITABLE (self->description_row));
  g_autofree char *price = crm_money_format (self->amounts.unit_price, self->currency);
  g_autofree char *total = crm_page_format_money (crm_money_line_total (self->amounts.quantity, self->amounts.unit_price,
                                                                   self->amounts.discount),
                                             self->currency);
  g_autofree char *quantity = g_strdup_printf ("%" G_GINT64_FORMAT, self->amounts.quantity);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  if (self->bad_quantity || self->bad_price || self->bad_discount)
    subtitle = g_strdup (_("Some of this line cannot be read and is not saved"));
  else if (self->amounts.discount != 0)
    {
      g_autofree char *percent = crm_quote_format_percent (self->amounts.discount);

      /* TRANSLATORS: a quote line: quantity × unit price, less a discount in percent */
      subtitle = g_strdup_printf (_("%s × %s, less %s %%"), quantity, price, percent);
    }
  else
    /* TRANSLATORS: a quote line: quantity × unit price */
    subtitle = g_strdup_printf (_("%s × %s"), quantity, price);

  escaped = g_markup_escape_text (*description != '\0' ? description : _("New line"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);
  g_free (escaped);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  gtk_label_set_text (self->amount_label, total);

  if (self->bad_quantity || self->bad_price || self->bad_discount)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

/* Reads the typed amounts; a field that does not read keeps its stored
 * value in the totals and is marked red. */
static void
read_fields (CrmQuoteLineRow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 quantity, price;
  int discount;

  self->amounts.quantity = crm_quote_line_get_quantity (self->line);
  self->amounts.unit_price = crm_quote_line_get_unit_price (self->line);
  self->amounts.discount = crm_quote_line_get_discount (self->line);

  self->bad_quantity = !crm_quote_parse_quantity (gtk_editable_get_text (GTK_EDITABLE (self->quantity_row)),
                                                  &quantity, &error);
  crm_quote_field_set_problem (self->quantity_row, error != NULL ? error->message : NULL);
  if (!self->bad_quantity)
    self->amounts.quantity = quantity;
  g_clear_error (&error);

  self->bad_price = !crm_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->price_row)),
                                      self->currency, &price, &error);
  crm_quote_field_set_problem (self->price_row, error != NULL ? error->message : NULL);
  if (!self->bad_price)
    self->amounts.unit_price = price;
  g_clear_error (&error);

  self->bad_discount = !crm_quote_parse_percent (gtk_editable_get_text (GTK_EDITABLE (self->discount_row)),
                                                 &discount, &error);
  if (!self->bad_discount && (discount < 0 || discount > 10000))
    {
      self->bad_discount = TRUE;
      g_set_error (&error, CRM_QUOTE_FIELDS_ERROR, 0, _("A discount is between 0 and 100 %%."));
    }
  crm_quote_field_set_problem (self->discount_row, error != NULL ? error->message : NULL);
  if (!self->bad_discount)
    self->amounts.discount = discount;
}

static gboolean
save_timeout_cb (gpointer data)
{
  CrmQuoteLineRow *self = data;

  self->save_source = 0;
  crm_quote_line_row_flush (self);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (CrmQuoteLineRow *self)
{
  if (self->updating)
    return;

  read_fields (self);
  show_summary (self);
  g_signal_emit (self, signals[AMOUNTS_CHANGED], 0);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/**
 * crm_quote_line_row_flush:
 *
 * Saves what was typed and reads, now, into the line as the store has it,
 * so that a change made elsewhere to another field is kept. Text that does
 * not read stays in its red field, unsaved.
 *
 * Returns: %FALSE if the store refused (the row emitted ::failed)
 */
gboolean
crm_quote_line_row_flush (CrmQuoteLineRow *self)
{
  AdwEntryRow *fields[] = { self->description_row, self->quantity_row, self->price_row, self->discount_row };
  g_autoptr(CrmQuoteLine) line = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gboolean edited = FALSE;

  g_return_val_if_fail (CRM_IS_QUOTE_LINE_ROW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    edited |= crm_quote_field_is_edited (fields[i]);
  if (!edited || self->store == NULL || !self->editable)
    return TRUE;

  line = crm_store_load (self->store, CRM_TYPE_QUOTE_LINE, crm_record_get_id (CRM_RECORD (self->line)), &error);
  if (line == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return FALSE;
    }

  read_fields (self);
  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));
  crm_quote_line_set_description (line, *description != '\0' ? description : NULL);
  if (!self->bad_quantity)
    crm_quote_line_set_quantity (line, self->amounts.quantity);
  if (!self->bad_price)
    crm_quote_line_set_unit_price (line, self->amounts.unit_price);
  if (!self->bad_discount)
    crm_quote_line_set_discount (line, self->amounts.discount);

  if (!crm_store_save (self->store, CRM_RECORD (line), &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return FALSE;
    }

  crm_quote_field_mark_saved (self->description_row);
  if (!self->bad_quantity)
    crm_quote_field_mark_saved (self->quantity_row);
  if (!self->bad_price)
    crm_quote_field_mark_saved (self->price_row);
  if (!self->bad_discount)
    crm_quote_field_mark_saved (self->discount_row);
  g_set_object (&self->line, line);

  return TRUE;
}

static void
show_product (CrmQuoteLineRow *self)
{
  const char *product_id = crm_quote_line_get_product_id (self->line);
  g_autoptr(CrmProduct) product = NULL;

  if (product_id != NULL && self->store != NULL)
    product = crm_store_lookup (self->store, CRM_TYPE_PRODUCT, product_id, NULL);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->product_row),
                               product != NULL ? crm_product_get_name (product) : _("None"));
}

static void
show_line (CrmQuoteLineRow *self)
{
  g_autofree char *quantity = g_strdup_printf ("%" G_GINT64_FORMAT, crm_quote_line_get_quantity (self->line));
  g_autofree char *price = crm_money_format (crm_quote_line_get_unit_price (self->line), self->currency);
  g_autofree char *discount = crm_quote_format_percent (crm_quote_line_get_discount (self->line));

  self->updating = TRUE;
  crm_quote_field_show (self->description_row, crm_quote_line_get_description (self->line));
  crm_quote_field_show (self->quantity_row, quantity);
  crm_quote_field_show (self->price_row, price);
  crm_quote_field_show (self->discount_row, discount);
  self->updating = FALSE;

  show_product (self);
  read_fields (self);
  show_summary (self);
}

/**
 * crm_quote_line_row_set_line:
 * @line: the line as the store has it now
 *
 * Shows @line; a field the user is typing in keeps its text.
 */
void
crm_quote_line_row_set_line (CrmQuoteLineRow *self,
                             CrmQuoteLine    *line)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE_ROW (self));
  g_return_if_fail (CRM_IS_QUOTE_LINE (line));

  g_set_object (&self->line, line);
  show_line (self);
}

CrmQuoteLineRow *
crm_quote_line_row_new (CrmStore     *store,
                        CrmQuoteLine *line,
                        const char   *currency)
{
  CrmQuoteLineRow *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (line), NULL);

  self = g_object_new (CRM_TYPE_QUOTE_LINE_ROW, NULL);
  self->store = g_object_ref (store);
  self->currency = g_strdup (currency);
  crm_quote_line_row_set_line (self, line);

  return self;
}

const char *
crm_quote_line_row_get_line_id (CrmQuoteLineRow *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE_ROW (self), NULL);

  return crm_record_get_id (CRM_RECORD (self->line));
}

/* A price is typed in the quote's currency: its digits decide how it reads. */
void
crm_quote_line_row_set_currency (CrmQuoteLineRow *self,
                                 const char      *currency)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE_ROW (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;

  g_free (self->currency);
  self->currency = g_strdup (currency);
  show_line (self);
}

void
crm_quote_line_row_set_editable (CrmQuoteLineRow *self,
                                 gboolean         editable)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->product_row), GTK_WIDGET (self->description_row), GTK_WIDGET (self->quantity_row),
    GTK_WIDGET (self->price_row), GTK_WIDGET (self->discount_row),
  };

  g_return_if_fail (CRM_IS_QUOTE_LINE_ROW (self));

  self->editable = editable;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_set_sensitive (fields[i], editable);
  gtk_widget_set_visible (self->remove_button, editable);
}

void
crm_quote_line_row_get_amounts (CrmQuoteLineRow     *self,
                                CrmQuoteLineAmounts *amounts)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE_ROW (self));
  g_return_if_fail (amounts != NULL);

  *amounts = self->amounts;
}

gboolean
crm_quote_line_row_has_problem (CrmQuoteLineRow *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE_ROW (self), FALSE);

  return self->bad_quantity || self->bad_price || self->bad_discount;
}

AdwEntryRow *
crm_quote_line_row_get_field (CrmQuoteLineRow *self,
                              const char      *name)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE_ROW (self), NULL);

  if (g_str_equal (name, "description"))
    return self->description_row;
  if (g_str_equal (name, "quantity"))
    return self->quantity_row;
  if (g_str_equal (name, "price"))
    return self->price_row;
  if (g_str_equal (name, "discount"))
    return self->discount_row;

  g_return_val_if_reached (NULL);
}

/* ---------------------------------------------------------------------- */
/* The product picker                                                     */
/* ---------------------------------------------------------------------- */

/**
 * crm_quote_line_row_choose_product:
 *
 * Makes the line one of the product: its name becomes the description and,
 * when it is priced in the quote's currency, its price the unit price.
 * Saved at once, with whatever else was typed and reads.
 */
void
crm_quote_line_row_choose_product (CrmQuoteLineRow *self,
                                   const char      *product_id)
{
  g_autoptr(CrmProduct) product = NULL;
  g_autoptr(CrmQuoteLine) line = NULL;
  g_autoptr(GError) error = NULL;
  const char *currency;

  g_return_if_fail (CRM_IS_QUOTE_LINE_ROW (self));
  g_return_if_fail (product_id != NULL);

  if (!crm_quote_line_row_flush (self))
    return;

  if ((product = crm_store_load (self->store, CRM_TYPE_PRODUCT, product_id, &error)) == NULL ||
      (line = crm_store_load (self->store, CRM_TYPE_QUOTE_LINE, crm_record_get_id (CRM_RECORD (self->line)),
                              &error)) == NULL)
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }

  crm_quote_line_set_product_id (line, product_id);
  crm_quote_line_set_description (line, crm_product_get_name (product));
  currency = crm_product_get_currency (product);
  if (currency == NULL || g_strcmp0 (currency, self->currency) == 0)
    crm_quote_line_set_unit_price (line, crm_product_get_unit_price (product));

  if (!crm_store_save (self->store, CRM_RECORD (line), &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }

  /* The product's values replace what the fields showed. */
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->price_row), "");
  crm_quote_field_mark_saved (self->description_row);
  crm_quote_field_mark_saved (self->price_row);
  self->updating = FALSE;

  crm_quote_line_row_set_line (self, line);
  g_signal_emit (self, signals[AMOUNTS_CHANGED], 0);
}

static void
fill_products (CrmQuoteLineRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->product_search));
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->product_list))) != NULL)
    gtk_list_box_remove (self->product_list, child);

  if (self->store == NULL)
    return;

  products = crm_product_query_search (self->store, text, PRODUCT_LIMIT, &error);
  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      CrmProduct *product = g_ptr_array_index (products, i);
      g_autofree char *price = crm_money_format (crm_product_get_unit_price (product),
                                                 crm_product_get_currency (product));
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Inactive products are kept for old quotes, not offered on new lines. */
      if (!crm_product_get_active (product))
        continue;

      title = g_markup_escape_text (crm_product_get_name (product), -1);
      subtitle = crm_product_get_sku (product) != NULL
                 ? g_markup_printf_escaped ("%s · %s", crm_product_get_sku (product), price)
                 : g_markup_escape_text (price, -1);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "crm-product-id",
                              g_strdup (crm_record_get_id (CRM_RECORD (product))), g_free);
      gtk_list_box_append (self->product_list, row);
      shown++;
    }

  if (shown == 0)
    {
      GtkWidget *label = gtk_label_new (error != NULL ? error->message : _("No products found"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_set_placeholder (self->product_list, label);
    }
}

static void
product_popover_show_cb (CrmQuoteLineRow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->product_search), "");
  fill_products (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->product_search));
}

static void
product_search_changed_cb (CrmQuoteLineRow *self)
{
  fill_products (self);
}

static void
choose_row (CrmQuoteLineRow *self,
            GtkListBoxRow   *row)
{
  const char *product_id = row != NULL ? g_object_get_data (G_OBJECT (row), "crm-product-id") : NULL;

  if (product_id == NULL)
    return;

  gtk_popover_popdown (self->product_popover);
  crm_quote_line_row_choose_product (self, product_id);
}

static void
product_activated_cb (CrmQuoteLineRow *self,
                      GtkListBoxRow   *row)
{
  choose_row (self, row);
}

/* Enter takes the first match. */
static void
product_search_activate_cb (CrmQuoteLineRow *self)
{
  choose_row (self, gtk_list_box_get_row_at_index (self->product_list, 0));
}

static void
remove_clicked_cb (CrmQuoteLineRow *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_quote_line_row_dispose (GObject *object)
{
  CrmQuoteLineRow *self = CRM_QUOTE_LINE_ROW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_QUOTE_LINE_ROW);
  g_clear_object (&self->store);
  g_clear_object (&self->line);

  G_OBJECT_CLASS (crm_quote_line_row_parent_class)->dispose (object);
}

static void
crm_quote_line_row_finalize (GObject *object)
{
  CrmQuoteLineRow *self = CRM_QUOTE_LINE_ROW (object);

  g_free (self->currency);

  G_OBJECT_CLASS (crm_quote_line_row_parent_class)->finalize (object);
}

static void
crm_quote_line_row_class_init (CrmQuoteLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_quote_line_row_dispose;
  object_class->finalize = crm_quote_line_row_finalize;

  /* What was typed changes the line's amount, saved or not yet. */
  signals[AMOUNTS_CHANGED] =
    g_signal_new ("amounts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The remove button; the editor deletes the line. */
  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The store refused a save: one sentence for the user. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-quote-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, product_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, product_button);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, product_popover);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, product_search);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, product_list);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, description_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, price_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteLineRow, discount_row);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, product_activated_cb);
}

static void
crm_quote_line_row_init (CrmQuoteLineRow *self)
{
  AdwEntryRow *fields[4];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;

  fields[0] = self->description_row; fields[1] = self->quantity_row;
  fields[2] = self->price_row; fields[3] = self->discount_row;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_signal_connect_swapped (fields[i], "changed", G_CALLBACK (field_changed_cb), self);
      /* Enter saves at once rather than after the pause. */
      g_signal_connect_swapped (fields[i], "entry-activated", G_CALLBACK (crm_quote_line_row_flush), self);
    }
}
