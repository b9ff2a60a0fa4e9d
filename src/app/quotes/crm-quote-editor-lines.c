/* crm-quote-editor-lines.c: the quote editor's lines and what they add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-page-format.h"
#include "crm-quote-editor-private.h"
#include "crm-quote-fields.h"
#include "crm-quote-totals.h"

/* From the lines as typed, where they read, so the totals follow the
 * typing before it is saved; the same arithmetic as the PDF. */
void
crm_quote_editor_show_totals (CrmQuoteEditor *self)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, TRUE, sizeof (CrmQuoteLineAmounts));
  g_autofree char *rate = NULL;
  g_autofree char *tax_title = NULL;
  g_autofree char *gross_text = NULL;
  g_autofree char *discount_text = NULL;
  g_autofree char *subtotal_text = NULL;
  g_autofree char *tax_text = NULL;
  CrmQuoteTotals totals;
  gint64 gross = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      CrmQuoteLineAmounts line;

      if (!CRM_IS_QUOTE_LINE_ROW (child))
        continue;
      crm_quote_line_row_get_amounts (CRM_QUOTE_LINE_ROW (child), &line);
      g_array_append_val (amounts, line);
      /* The same rounding as each line, so the discounts are exactly the difference. */
      gross += crm_money_line_total (line.quantity, line.unit_price, 0);
    }

  crm_quote_totals_compute ((CrmQuoteLineAmounts *) (gpointer) amounts->data, amounts->len,
                            crm_quote_editor_get_shown_tax_rate (self), &totals);

  gross_text = crm_page_format_money (gross, crm_quote_editor_get_currency (self));
  discount_text = crm_page_format_money (totals.subtotal - gross, crm_quote_editor_get_currency (self));
  subtotal_text = crm_page_format_money (totals.subtotal, crm_quote_editor_get_currency (self));
  tax_text = crm_page_format_money (totals.tax, crm_quote_editor_get_currency (self));
  g_free (self->total_text);
  self->total_text = crm_page_format_money (totals.total, crm_quote_editor_get_currency (self));

  gtk_label_set_text (self->gross_label, gross_text);
  gtk_label_set_text (self->discount_label, discount_text);
  gtk_label_set_text (self->subtotal_label, subtotal_text);
  gtk_label_set_text (self->tax_label, tax_text);
  gtk_label_set_text (self->total_label, self->total_text);

  rate = crm_quote_format_percent (totals.tax_rate);
  /* TRANSLATORS: the tax of a quote and its rate in percent */
  tax_title = g_strdup_printf (_("Tax (%s %%)"), rate);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tax_total_row), tax_title);
}

/* ---------------------------------------------------------------------- */
/* Lines                                                                  */
/* ---------------------------------------------------------------------- */

static CrmQuoteLineRow *
find_row (CrmQuoteEditor *self,
          const char     *line_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (CRM_IS_QUOTE_LINE_ROW (child) &&
        g_strcmp0 (crm_quote_line_row_get_line_id (CRM_QUOTE_LINE_ROW (child)), line_id) == 0)
      return CRM_QUOTE_LINE_ROW (child);

  return NULL;
}

static void
line_failed_cb (CrmQuoteEditor *self,
                const char     *message)
{
  crm_quote_editor_show_message (self, message);
}

static void
undo_remove_cb (AdwToast  *toast,
                CrmRecord *line)
{
  CrmStore *store = g_object_get_data (G_OBJECT (toast), "crm-store");
  g_autoptr(GError) error = NULL;

  if (!crm_store_restore (store, line, &error))
    g_warning ("Could not restore a quote line: %s", error->message);
}

static void
line_remove_cb (CrmQuoteEditor  *self,
                CrmQuoteLineRow *row)
{
  g_autoptr(CrmQuoteLine) line = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  line = crm_store_load (self->store, CRM_TYPE_QUOTE_LINE, crm_quote_line_row_get_line_id (row), &error);
  if (line == NULL || !crm_store_delete (self->store, CRM_RECORD (line), &error))
    {
      crm_quote_editor_show_message (self, error->message);
      return;
    }

  toast = crm_page_new_toast (_("Line removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "crm-store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         g_object_ref (line), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Rows are updated in place, never rebuilt: a rebuilt row would take the
 * focus and the typing from under the user. */
void
crm_quote_editor_reload_lines (CrmQuoteEditor *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GHashTable) live = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  if ((lines = crm_quote_list_lines (self->store, self->quote_id, &error)) == NULL)
    {
      crm_quote_editor_show_message (self, error->message);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      CrmQuoteLine *line = g_ptr_array_index (lines, i);
      const char *id = crm_record_get_id (CRM_RECORD (line));
      CrmQuoteLineRow *row = find_row (self, id);

      g_hash_table_add (live, (gpointer) id);
      if (row != NULL)
        {
          crm_quote_line_row_set_line (row, line);
          continue;
        }

      row = crm_quote_line_row_new (self->store, line, crm_quote_editor_get_currency (self));
      crm_quote_line_row_set_editable (row, !self->read_only);
      g_signal_connect_object (row, "amounts-changed", G_CALLBACK (crm_quote_editor_show_totals), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "remove-requested", G_CALLBACK (line_remove_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "failed", G_CALLBACK (line_failed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->lines_list, GTK_WIDGET (row));
    }

  child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (CRM_IS_QUOTE_LINE_ROW (child) &&
          !g_hash_table_contains (live, crm_quote_line_row_get_line_id (CRM_QUOTE_LINE_ROW (child))))
        gtk_list_box_remove (self->lines_list, child);
      child = next;
    }

  crm_quote_editor_show_totals (self);
}

/**
 * crm_quote_editor_add_line:
 *
 * What Add Line does: saves a new line of one unit at the end and opens it
 * for typing.
 *
 * Returns: (transfer none) (nullable): the new line's row, or %NULL when
 *   the quote cannot change (the user was told why)
 */
CrmQuoteLineRow *
crm_quote_editor_add_line (CrmQuoteEditor *self)
{
  g_autoptr(CrmQuoteLine) line = crm_quote_line_new ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  CrmQuoteLineRow *row;
  int position = 0;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), NULL);

  if (self->read_only)
    return NULL;

  if ((lines = crm_quote_list_lines (self->store, self->quote_id, &error)) == NULL)
    {
      crm_quote_editor_show_message (self, error->message);
      return NULL;
    }
  for (guint i = 0; i < lines->len; i++)
    position = MAX (position, crm_quote_line_get_position (g_ptr_array_index (lines, i)) + 1);

  crm_quote_line_set_quote_id (line, self->quote_id);
  crm_quote_line_set_quantity (line, 1);
  crm_quote_line_set_position (line, position);
  if (!crm_store_save (self->store, CRM_RECORD (line), &error))
    {
      crm_quote_editor_show_message (self, error->message);
      return NULL;
    }

  crm_quote_editor_reload_lines (self);
  if ((row = find_row (self, crm_record_get_id (CRM_RECORD (line)))) != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (crm_quote_line_row_get_field (row, "description")));
    }

  return row;
}

guint
crm_quote_editor_get_n_lines (CrmQuoteEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n += CRM_IS_QUOTE_LINE_ROW (child);

  return n;
}

/**
 * crm_quote_editor_get_line_row:
 *
 * Returns: (transfer none) (nullable): the @index-th line's row
 */
CrmQuoteLineRow *
crm_quote_editor_get_line_row (CrmQuoteEditor *self,
                               guint           index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), NULL);

  row = gtk_list_box_get_row_at_index (self->lines_list, (int) index);
  return CRM_IS_QUOTE_LINE_ROW (row) ? CRM_QUOTE_LINE_ROW (row) : NULL;
}

