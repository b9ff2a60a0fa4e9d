/* crm-quote-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-customer.h"
#include "crm-field.h"
#include "crm-page-format.h"
#include "crm-quote-actions.h"
#include "crm-quote-editor-private.h"
#include "crm-quote-fields.h"
#include "crm-quote-print.h"
#include "crm-quote.h"

/* Edits save themselves after a pause in the typing, as the customer page
 * does: GNOME windows apply what is typed, and a quote is often edited over
 * a call, where a forgotten Save would lose it. Text that does not read is
 * never saved; it stays red until it is fixed. */
#define SAVE_DELAY_MS 600

/* The order of the status list in the .ui. */
static const CrmQuoteStatus statuses[] = {
  CRM_QUOTE_STATUS_DRAFT, CRM_QUOTE_STATUS_SENT, CRM_QUOTE_STATUS_REJECTED, CRM_QUOTE_STATUS_ACCEPTED,
};

G_DEFINE_FINAL_TYPE (CrmQuoteEditor, crm_quote_editor, ADW_TYPE_WINDOW)

/* One sentence in a toast; the last one is kept for the tests. */
void
crm_quote_editor_show_message (CrmQuoteEditor *self,
                               const char     *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (message));
}

const char *
crm_quote_editor_get_currency (CrmQuoteEditor *self)
{
  return self->quote != NULL ? crm_quote_get_currency (self->quote) : NULL;
}

/* ---------------------------------------------------------------------- */
/* The quote's own fields                                                 */
/* ---------------------------------------------------------------------- */

static gboolean
is_currency_code (const char *text)
{
  if (strlen (text) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
read_currency (CrmQuoteEditor  *self,
               char           **code)
{
  g_autofree char *text = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_autofree char *problem = NULL;

  g_strstrip (text);
  if (!is_currency_code (text))
    problem = g_strdup_printf (_("“%s” is not a currency code; use three letters such as EUR."), text);
  crm_quote_field_set_problem (self->currency_row, problem);
  if (problem != NULL)
    return FALSE;

  *code = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
read_tax_rate (CrmQuoteEditor *self,
               int            *rate)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = crm_quote_parse_percent (gtk_editable_get_text (GTK_EDITABLE (self->tax_row)), rate, &error);

  if (ok && (*rate < 0 || *rate > 10000))
    {
      ok = FALSE;
      g_set_error (&error, CRM_QUOTE_FIELDS_ERROR, 0, _("A tax rate is between 0 and 100 %%."));
    }
  crm_quote_field_set_problem (self->tax_row, error != NULL ? error->message : NULL);

  return ok;
}

static gboolean
read_day (AdwEntryRow *row,
          gint64      *day)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = crm_quote_parse_day (gtk_editable_get_text (GTK_EDITABLE (row)), day, &error);

  crm_quote_field_set_problem (row, error != NULL ? error->message : NULL);
  return ok;
}

int
crm_quote_editor_get_shown_tax_rate (CrmQuoteEditor *self)
{
  int rate;

  if (read_tax_rate (self, &rate))
    return rate;

  return self->quote != NULL ? crm_quote_get_tax_rate (self->quote) : 0;
}

static gboolean
flush_quote (CrmQuoteEditor *self)
{
  AdwEntryRow *fields[] = { self->issued_row, self->valid_row, self->currency_row, self->tax_row, self->notes_row };
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *notes = NULL;
  gboolean edited = FALSE;
  gboolean ok_issued, ok_valid, ok_currency, ok_tax;
  gint64 issued, valid;
  int rate;

  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    edited |= crm_quote_field_is_edited (fields[i]);
  if (!edited || self->read_only || self->store == NULL)
    return TRUE;

  if ((quote = crm_store_load (self->store, CRM_TYPE_QUOTE, self->quote_id, &error)) == NULL)
    {
      crm_quote_editor_show_message (self, error->message);
      return FALSE;
    }

  ok_issued = read_day (self->issued_row, &issued);
  ok_valid = read_day (self->valid_row, &valid);
  ok_currency = read_currency (self, &code);
  ok_tax = read_tax_rate (self, &rate);
  notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row))));

  if (ok_issued)
    crm_quote_set_issued_at (quote, issued);
  if (ok_valid)
    crm_quote_set_valid_until (quote, valid);
  if (ok_currency)
    crm_quote_set_currency (quote, code);
  if (ok_tax)
    crm_quote_set_tax_rate (quote, rate);
  crm_quote_set_notes (quote, *notes != '\0' ? notes : NULL);

  if (!crm_store_save (self->store, CRM_RECORD (quote), &error))
    {
      crm_quote_editor_show_message (self, error->message);
      return FALSE;
    }

  if (ok_issued)
    crm_quote_field_mark_saved (self->issued_row);
  if (ok_valid)
    crm_quote_field_mark_saved (self->valid_row);
  if (ok_currency)
    crm_quote_field_mark_saved (self->currency_row);
  if (ok_tax)
    crm_quote_field_mark_saved (self->tax_row);
  crm_quote_field_mark_saved (self->notes_row);

  return TRUE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  CrmQuoteEditor *self = data;

  self->save_source = 0;
  flush_quote (self);

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (CrmQuoteEditor *self,
                  AdwEntryRow    *row)
{
  gint64 day;
  int rate;
  g_autofree char *code = NULL;

  if (self->updating)
    return;

  /* Marks the row red at once rather than at the save. */
  if (row == self->issued_row || row == self->valid_row)
    read_day (row, &day);
  else if (row == self->currency_row)
    read_currency (self, &code);
  else if (row == self->tax_row && read_tax_rate (self, &rate))
    crm_quote_editor_show_totals (self);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
show_title (CrmQuoteEditor *self)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *customer_id = crm_quote_get_customer_id (self->quote);
  const char *status = crm_record_get_deleted (CRM_RECORD (self->quote))
                       ? _("Deleted") : crm_page_quote_status_label (crm_quote_get_status (self->quote));

  if (customer_id != NULL)
    customer = crm_store_lookup (self->store, CRM_TYPE_CUSTOMER, customer_id, NULL);

  title = g_strdup_printf (_("Quote %s"), crm_quote_get_number (self->quote) != NULL
                                          ? crm_quote_get_number (self->quote) : "");
  subtitle = CRM_PAGE_JOIN (customer != NULL ? crm_customer_get_name (customer) : NULL, status);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
set_read_only (CrmQuoteEditor *self,
               gboolean        read_only)
{
  self->read_only = read_only;

  gtk_widget_set_sensitive (GTK_WIDGET (self->quote_group), !read_only);
  gtk_widget_set_visible (self->accept_button, !read_only);
  gtk_widget_set_visible (self->add_line_button, !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote-editor.accept", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quote-editor.add-line", !read_only);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (CRM_IS_QUOTE_LINE_ROW (child))
      crm_quote_line_row_set_editable (CRM_QUOTE_LINE_ROW (child), !read_only);

  if (crm_record_get_deleted (CRM_RECORD (self->quote)))
    gtk_label_set_text (self->state_label, _("This quote was deleted."));
  else
    gtk_label_set_text (self->state_label,
                        _("This quote was accepted and its order made, so it no longer changes."));
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), read_only);
}

/* Shows the quote as the store has it; a field being typed in keeps its text. */
static void
reload_quote (CrmQuoteEditor *self)
{
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *issued = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *rate = NULL;
  CrmQuoteStatus status;

  if ((quote = crm_store_lookup (self->store, CRM_TYPE_QUOTE, self->quote_id, &error)) == NULL)
    {
      if (error != NULL)
        crm_quote_editor_show_message (self, error->message);
      return;
    }
  g_set_object (&self->quote, quote);

  issued = crm_quote_format_day (crm_quote_get_issued_at (quote));
  valid = crm_quote_format_day (crm_quote_get_valid_until (quote));
  rate = crm_quote_format_percent (crm_quote_get_tax_rate (quote));
  status = crm_quote_get_status (quote);

  self->updating = TRUE;
  crm_quote_field_show (self->issued_row, issued);
  crm_quote_field_show (self->valid_row, valid);
  crm_quote_field_show (self->currency_row, crm_quote_get_currency (quote));
  crm_quote_field_show (self->tax_row, rate);
  crm_quote_field_show (self->notes_row, crm_quote_get_notes (quote));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i] == status)
      adw_combo_row_set_selected (self->status_row, i);
  self->updating = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (CRM_IS_QUOTE_LINE_ROW (child))
      crm_quote_line_row_set_currency (CRM_QUOTE_LINE_ROW (child), crm_quote_get_currency (quote));

  show_title (self);
  set_read_only (self, status == CRM_QUOTE_STATUS_ACCEPTED || crm_record_get_deleted (CRM_RECORD (quote)));
  crm_quote_editor_show_totals (self);
}

static void
status_selected_cb (CrmQuoteEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(GError) error = NULL;

  if (self->updating || self->quote == NULL || selected >= G_N_ELEMENTS (statuses) ||
      statuses[selected] == crm_quote_get_status (self->quote))
    return;

  /* Accepting makes an order; it has a button of its own. */
  if (statuses[selected] == CRM_QUOTE_STATUS_ACCEPTED)
    {
      crm_quote_editor_show_message (self, _("Use Accept to accept the quote: it makes the order."));
      reload_quote (self);
      return;
    }

  if (!crm_quote_change_status (self->store, self->quote_id, statuses[selected], &error))
    {
      crm_quote_editor_show_message (self, error->message);
      reload_quote (self);
    }
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

static void
store_changed_cb (CrmQuoteEditor *self,
                  GType           type,
                  const char     *id,
                  CrmChangeKind   kind)
{
  if (type == CRM_TYPE_QUOTE && (id == NULL || g_strcmp0 (id, self->quote_id) == 0))
    reload_quote (self);
  else if (type == CRM_TYPE_QUOTE_LINE)
    crm_quote_editor_reload_lines (self);
  else if (type == CRM_TYPE_CUSTOMER && self->quote != NULL)
    show_title (self);
}

/**
 * crm_quote_editor_open:
 * @parent: (nullable): the main window
 *
 * Shows the quote's editor: the one already open for it, or a new one.
 *
 * Returns: (transfer none): the editor
 */
CrmQuoteEditor *
crm_quote_editor_open (GtkWindow  *parent,
                       CrmStore   *store,
                       const char *quote_id)
{
  g_autoptr(GListModel) toplevels = NULL;
  CrmQuoteEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (quote_id != NULL, NULL);

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CRM_IS_QUOTE_EDITOR (window) && CRM_QUOTE_EDITOR (window)->store == store &&
          g_strcmp0 (CRM_QUOTE_EDITOR (window)->quote_id, quote_id) == 0)
        {
          gtk_window_present (window);
          return CRM_QUOTE_EDITOR (window);
        }
    }

  self = g_object_new (CRM_TYPE_QUOTE_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->quote_id = g_strdup (quote_id);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  reload_quote (self);
  if (self->quote == NULL)
    {
      /* Shown anyway, with the reason in its toast; nothing to edit. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->quote_group), FALSE);
      self->read_only = TRUE;
    }
  else
    crm_quote_editor_reload_lines (self);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

const char *
crm_quote_editor_get_quote_id (CrmQuoteEditor *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), NULL);

  return self->quote_id;
}

gboolean
crm_quote_editor_get_read_only (CrmQuoteEditor *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), FALSE);

  return self->read_only;
}

/**
 * crm_quote_editor_flush:
 *
 * Saves now what was typed and reads, instead of after the pause.
 *
 * Returns: %FALSE if the store refused something (the user was told why)
 */
gboolean
crm_quote_editor_flush (CrmQuoteEditor *self)
{
  gboolean ok;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), FALSE);

  ok = flush_quote (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (CRM_IS_QUOTE_LINE_ROW (child))
      ok &= crm_quote_line_row_flush (CRM_QUOTE_LINE_ROW (child));

  return ok;
}

/* The total as shown, with what is typed and reads. */
const char *
crm_quote_editor_get_total_text (CrmQuoteEditor *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), NULL);

  return self->total_text;
}

/* The text of the last toast, for the tests. */
const char *
crm_quote_editor_get_last_message (CrmQuoteEditor *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), NULL);

  return self->last_message;
}

/**
 * crm_quote_editor_accept:
 *
 * What Accept does: saves what was typed, makes the order and says so;
 * from then on the quote is read-only.
 */
gboolean
crm_quote_editor_accept (CrmQuoteEditor *self)
{
  g_autoptr(CrmOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), FALSE);

  if (self->read_only || !crm_quote_editor_flush (self))
    return FALSE;

  if ((order = crm_quote_accept (self->store, self->quote_id, &error)) == NULL)
    {
      crm_quote_editor_show_message (self, error->message);
      return FALSE;
    }

  message = g_strdup_printf (_("Order %s created"), crm_order_get_number (order));
  crm_quote_editor_show_message (self, message);
  reload_quote (self);

  return TRUE;
}

/**
 * crm_quote_editor_save_pdf:
 *
 * What Save as PDF does once a file is chosen; says what happened.
 */
gboolean
crm_quote_editor_save_pdf (CrmQuoteEditor *self,
                           const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (CRM_IS_QUOTE_EDITOR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  crm_quote_editor_flush (self);
  if (!crm_quote_print_save_pdf (self->store, self->quote_id, path, &error))
    {
      crm_quote_editor_show_message (self, error->message);
      return FALSE;
    }

  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Saved “%s”"), name);
  crm_quote_editor_show_message (self, message);

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                */
/* ---------------------------------------------------------------------- */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  crm_quote_editor_accept (CRM_QUOTE_EDITOR (widget));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  crm_quote_editor_add_line (CRM_QUOTE_EDITOR (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CrmQuoteEditor *self = CRM_QUOTE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  crm_quote_editor_flush (self);
  if (!crm_quote_print_run (GTK_WINDOW (self), self->store, self->quote_id, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The quote could not be printed: %s"), error->message);

      crm_quote_editor_show_message (self, message);
    }
}

static void
chooser_response_cb (CrmQuoteEditor       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if ((path = g_file_get_path (file)) != NULL)
        crm_quote_editor_save_pdf (self, path);
      else
        crm_quote_editor_show_message (self, _("The PDF can only be saved in a folder of this computer."));
    }

  g_clear_object (&self->chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CrmQuoteEditor *self = CRM_QUOTE_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->quote == NULL)
    return;

  /* TRANSLATORS: the file name suggested for a quote's PDF */
  name = g_strdup_printf (_("Quote %s.pdf"), crm_quote_get_number (self->quote));
  self->chooser = gtk_file_chooser_native_new (_("Save Quote as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

/* Closing saves what was typed and reads, rather than dropping it. */
static gboolean
crm_quote_editor_close_request (GtkWindow *window)
{
  CrmQuoteEditor *self = CRM_QUOTE_EDITOR (window);

  if (self->store != NULL)
    crm_quote_editor_flush (self);

  if (GTK_WINDOW_CLASS (crm_quote_editor_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (crm_quote_editor_parent_class)->close_request (window);

  return FALSE;
}

static void
crm_quote_editor_dispose (GObject *object)
{
  CrmQuoteEditor *self = CRM_QUOTE_EDITOR (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_QUOTE_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->quote);

  G_OBJECT_CLASS (crm_quote_editor_parent_class)->dispose (object);
}

static void
crm_quote_editor_finalize (GObject *object)
{
  CrmQuoteEditor *self = CRM_QUOTE_EDITOR (object);

  g_free (self->quote_id);
  g_free (self->last_message);
  g_free (self->total_text);

  G_OBJECT_CLASS (crm_quote_editor_parent_class)->finalize (object);
}

static void
crm_quote_editor_class_init (CrmQuoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = crm_quote_editor_dispose;
  object_class->finalize = crm_quote_editor_finalize;
  window_class->close_request = crm_quote_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-quote-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, accept_button);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, quote_group);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, issued_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, valid_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, tax_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, add_line_button);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, lines_list);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, gross_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, discount_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, subtotal_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, tax_total_row);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, tax_label);
  gtk_widget_class_bind_template_child (widget_class, CrmQuoteEditor, total_label);

  gtk_widget_class_install_action (widget_class, "quote-editor.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "quote-editor.add-line", NULL, add_line_action);
  gtk_widget_class_install_action (widget_class, "quote-editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "quote-editor.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "quote-editor.add-line", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "quote-editor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
crm_quote_editor_init (CrmQuoteEditor *self)
{
  AdwEntryRow *fields[5];
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  fields[0] = self->issued_row; fields[1] = self->valid_row; fields[2] = self->currency_row;
  fields[3] = self->tax_row; fields[4] = self->notes_row;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_signal_connect_swapped (fields[i], "changed", G_CALLBACK (field_changed_cb), self);
      g_signal_connect_swapped (fields[i], "entry-activated", G_CALLBACK (flush_quote), self);
    }
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);

  placeholder = gtk_label_new (_("No lines yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->lines_list, placeholder);
}
