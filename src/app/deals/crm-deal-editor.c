/* crm-deal-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "crm-activity-dialog.h"
#include "crm-deal-editor-private.h"
#include "crm-field.h"
#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-pipeline-reason.h"
#include "crm-pipeline.h"
#include "crm-staff-list.h"
#include "quotes/crm-quote-fields.h"

/* An existing deal is saved as the user edits, like the customer page: a
 * deal is edited a field at a time, often while on the phone, and a Save
 * button would be one more thing to forget. Typing waits this long. */
#define SAVE_DELAY_MS 400

#define FALLBACK_CURRENCY "EUR"

G_DEFINE_FINAL_TYPE (CrmDealEditor, crm_deal_editor, ADW_TYPE_WINDOW)

/* deal id → its editor (not a reference): one editor per deal */
static GHashTable *open_editors;

void
crm_deal_editor_show_error (CrmDealEditor *self,
                            const char    *what,
                            const GError  *error)
{
  g_autofree char *message = error != NULL ? g_strdup_printf ("%s %s", what, error->message) : g_strdup (what);

  adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (message));
}

static void
remember_editor (CrmDealEditor *self)
{
  if (open_editors == NULL)
    open_editors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (open_editors, g_strdup (self->deal_id), self);
}

static CrmPipelineStage *
selected_stage (CrmDealEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->stage_row);

  return self->stages != NULL && selected < self->stages->len ? g_ptr_array_index (self->stages, selected) : NULL;
}

/* The id of the record chosen in a row whose first choice is "Nobody". */
static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *records)
{
  guint selected = adw_combo_row_get_selected (row);

  if (records == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > records->len)
    return NULL;

  return crm_record_get_id (g_ptr_array_index (records, selected - 1));
}

static void
select_id (AdwComboRow *row,
           GPtrArray   *records,
           gboolean     nobody_first,
           const char  *id)
{
  guint offset = nobody_first ? 1 : 0;

  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (crm_record_get_id (g_ptr_array_index (records, i)), id) == 0)
      {
        adw_combo_row_set_selected (row, i + offset);
        return;
      }

  adw_combo_row_set_selected (row, 0);
}

static void
set_choices (AdwComboRow *row,
             GPtrArray   *records,
             const char  *property,
             const char  *nobody)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (nobody != NULL)
    gtk_string_list_append (names, nobody);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      g_autofree char *name = NULL;

      g_object_get (g_ptr_array_index (records, i), property, &name, NULL);
      gtk_string_list_append (names, name != NULL ? name : "");
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
load_stages (CrmDealEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = crm_pipeline_list_stages (self->store, &error);

  g_clear_pointer (&self->stages, g_ptr_array_unref);
  self->stages = g_ptr_array_new_with_free_func (g_object_unref);
  if (stages == NULL)
    crm_deal_editor_show_error (self, _("The pipeline stages could not be loaded."), error);

  /* A new deal starts open: it is won or lost later, with a reason. */
  for (guint i = 0; stages != NULL && i < stages->len; i++)
    if (self->deal_id != NULL ||
        crm_pipeline_stage_get_kind (g_ptr_array_index (stages, i)) == CRM_STAGE_KIND_OPEN)
      g_ptr_array_add (self->stages, g_object_ref (g_ptr_array_index (stages, i)));

  set_choices (self->stage_row, self->stages, "name", NULL);
}

static void
load_contacts (CrmDealEditor *self)
{
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  if (self->customer_id != NULL)
    self->contacts = crm_store_list (self->store, CRM_TYPE_CONTACT, "customer-id", self->customer_id, NULL);
  set_choices (self->contact_row, self->contacts, "name", _("Nobody"));
}

static void
show_text (AdwEntryRow *row,
           const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  crm_quote_field_set_problem (row, NULL);
}

static void
show_state (CrmDealEditor *self)
{
  CrmPipelineStage *stage = selected_stage (self);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  const char *reason;
  CrmStageKind kind = stage != NULL ? crm_pipeline_stage_get_kind (stage) : CRM_STAGE_KIND_OPEN;

  if (self->deal == NULL || kind == CRM_STAGE_KIND_OPEN)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), FALSE);
      return;
    }

  date = crm_page_format_date (crm_deal_get_closed_at (self->deal));
  reason = crm_deal_get_close_reason (self->deal);
  if (kind == CRM_STAGE_KIND_WON)
    /* Translators: "Won on 5 Oct 2026 — Best price" */
    text = g_strdup_printf (_("Won on %s — %s"), date != NULL ? date : "", reason != NULL ? reason : "");
  else
    text = g_strdup_printf (_("Lost on %s — %s"), date != NULL ? date : "", reason != NULL ? reason : "");
  gtk_label_set_text (self->state_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_label), _("Choose an open stage to reopen the deal"));
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), TRUE);
}

static void
show_customer (CrmDealEditor *self)
{
  g_autoptr(CrmCustomer) customer = NULL;
  gboolean picking = self->customer_id == NULL;
  g_autofree char *name = NULL;

  if (!picking)
    customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, self->customer_id, NULL);
  /* Row subtitles are markup. */
  name = g_markup_escape_text (customer != NULL ? crm_customer_get_name (customer) : "", -1);
  adw_action_row_set_subtitle (self->customer_row, name);

  gtk_widget_set_visible (GTK_WIDGET (self->customer_row), !picking);
  gtk_widget_set_visible (GTK_WIDGET (self->customer_search_row), picking);
  gtk_widget_set_visible (GTK_WIDGET (self->customer_list), picking);
  gtk_widget_set_visible (self->change_customer_button, self->deal_id == NULL);
  if (picking)
    crm_deal_editor_search_customers (self, gtk_editable_get_text (GTK_EDITABLE (self->customer_search_row)));
}

/* Puts the saved deal in the fields, leaving alone what the user is typing
 * that already means the same. */
static void
show_deal (CrmDealEditor *self)
{
  CrmDeal *deal = self->deal;
  const char *currency = crm_deal_get_currency (deal);
  gint64 typed_amount = -1, typed_day = -1;
  g_autofree char *day = crm_quote_format_day (crm_deal_get_expected_close_at (deal));
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *typed_notes = NULL;

  self->updating = TRUE;

  adw_window_title_set_title (self->window_title, crm_deal_get_title (deal));
  show_text (self->title_row, crm_deal_get_title (deal));
  show_text (self->currency_row, currency);
  if (!crm_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)), currency, &typed_amount, NULL) ||
      typed_amount != crm_deal_get_amount (deal))
    {
      g_autofree char *amount = crm_money_format (crm_deal_get_amount (deal), currency);

      show_text (self->amount_row, amount);
    }
  crm_quote_field_set_problem (self->amount_row, NULL);
  if (!crm_quote_parse_day (gtk_editable_get_text (GTK_EDITABLE (self->close_row)), &typed_day, NULL) ||
      typed_day != crm_deal_get_expected_close_at (deal))
    show_text (self->close_row, day);
  crm_quote_field_set_problem (self->close_row, NULL);

  select_id (self->contact_row, self->contacts, TRUE, crm_deal_get_contact_id (deal));
  select_id (self->owner_row, self->staff, TRUE, crm_deal_get_owner_id (deal));
  select_id (self->stage_row, self->stages, FALSE, crm_deal_get_stage_id (deal));

  gtk_text_buffer_get_bounds (notes, &start, &end);
  typed_notes = gtk_text_buffer_get_text (notes, &start, &end, FALSE);
  if (g_strcmp0 (typed_notes, crm_deal_get_notes (deal) != NULL ? crm_deal_get_notes (deal) : "") != 0)
    gtk_text_buffer_set_text (notes, crm_deal_get_notes (deal) != NULL ? crm_deal_get_notes (deal) : "", -1);

  show_state (self);
  self->updating = FALSE;
}

static gboolean
reload (CrmDealEditor *self)
{
  g_autoptr(GError) error = NULL;
  CrmDeal *deal = crm_store_load (self->store, CRM_TYPE_DEAL, self->deal_id, &error);

  if (deal == NULL)
    {
      crm_deal_editor_show_error (self, _("The deal could not be loaded."), error);
      return FALSE;
    }

  g_set_object (&self->deal, deal);
  g_object_unref (deal);
  return TRUE;
}

/* Reads the typed fields into @deal; a field that does not read is marked
 * and nothing is changed. */
static gboolean
read_fields (CrmDealEditor *self,
             CrmDeal       *deal)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_autofree char *amount_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->amount_row))));
  const char *day_text = gtk_editable_get_text (GTK_EDITABLE (self->close_row));
  g_autoptr(GError) day_error = NULL;
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes_text = NULL;
  gint64 amount = 0, day = 0;
  gboolean ok = TRUE;

  g_strstrip (currency);
  crm_quote_field_set_problem (self->title_row, *title == '\0' ? _("A deal needs a title.") : NULL);
  ok &= *title != '\0';

  if (strlen (currency) != 3 || !g_ascii_isalpha (currency[0]) || !g_ascii_isalpha (currency[1]) ||
      !g_ascii_isalpha (currency[2]))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a currency code; use three letters such as EUR."),
                                                  currency);

      crm_quote_field_set_problem (self->currency_row, problem);
      ok = FALSE;
    }
  else
    crm_quote_field_set_problem (self->currency_row, NULL);

  if (ok && *amount_text != '\0' &&
      !crm_money_parse (amount_text, currency, &amount, NULL))
    {
      crm_quote_field_set_problem (self->amount_row, _("The amount is not a number."));
      ok = FALSE;
    }
  else if (amount < 0)
    {
      crm_quote_field_set_problem (self->amount_row, _("The amount cannot be negative."));
      ok = FALSE;
    }
  else
    crm_quote_field_set_problem (self->amount_row, NULL);

  if (*day_text != '\0' && !crm_quote_parse_day (day_text, &day, &day_error))
    {
      crm_quote_field_set_problem (self->close_row, day_error->message);
      ok = FALSE;
    }
  else
    crm_quote_field_set_problem (self->close_row, NULL);

  if (!ok)
    return FALSE;

  gtk_text_buffer_get_bounds (notes, &start, &end);
  notes_text = g_strstrip (gtk_text_buffer_get_text (notes, &start, &end, FALSE));

  crm_deal_set_title (deal, title);
  crm_deal_set_currency (deal, currency);
  crm_deal_set_amount (deal, amount);
  crm_deal_set_expected_close_at (deal, day);
  crm_deal_set_contact_id (deal, selected_id (self->contact_row, self->contacts));
  crm_deal_set_owner_id (deal, selected_id (self->owner_row, self->staff));
  crm_deal_set_notes (deal, *notes_text != '\0' ? notes_text : NULL);
  return TRUE;
}

/**
 * crm_deal_editor_flush:
 *
 * Saves what was typed at once, if it reads; for closing and for tests.
 */
void
crm_deal_editor_flush (CrmDealEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmDeal) fresh = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  g_return_if_fail (CRM_IS_DEAL_EDITOR (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->deal_id == NULL)
    return;

  /* Loaded again: the board may have moved the deal meanwhile. */
  if ((fresh = crm_store_load (self->store, CRM_TYPE_DEAL, self->deal_id, &error)) == NULL)
    {
      crm_deal_editor_show_error (self, _("The deal could not be saved."), error);
      return;
    }

  before = crm_record_to_json (CRM_RECORD (fresh));
  if (!read_fields (self, fresh))
    return;
  after = crm_record_to_json (CRM_RECORD (fresh));
  if (json_node_equal (before, after))
    return;

  if (!crm_store_save (self->store, CRM_RECORD (fresh), &error))
    crm_deal_editor_show_error (self, _("The deal could not be saved."), error);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CrmDealEditor *self = user_data;

  self->save_source = 0;
  crm_deal_editor_flush (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (CrmDealEditor *self)
{
  if (self->updating || self->deal_id == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
choice_changed_cb (CrmDealEditor *self)
{
  if (!self->updating && self->deal_id != NULL)
    crm_deal_editor_flush (self);
}

static void
move_to (CrmDealEditor *self,
         const char    *stage_id,
         const char    *reason)
{
  g_autoptr(GError) error = NULL;

  crm_deal_editor_flush (self);
  if (!reload (self))
    return;

  if (!crm_pipeline_move_deal (self->store, self->deal, stage_id, reason, NULL, &error))
    crm_deal_editor_show_error (self, _("The deal could not be moved."), error);
  if (reload (self))
    show_deal (self);
}

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CrmDealEditor    *self)
{
  g_autofree char *reason = crm_pipeline_reason_dialog_get_reason (dialog);
  const char *stage_id = g_object_get_data (G_OBJECT (dialog), "crm-stage-id");

  if (g_str_equal (response, "close") && reason != NULL)
    move_to (self, stage_id, reason);
  else if (self->deal != NULL)
    {
      /* Not closed after all: the stage row shows where the deal still is. */
      self->updating = TRUE;
      select_id (self->stage_row, self->stages, FALSE, crm_deal_get_stage_id (self->deal));
      self->updating = FALSE;
    }
}

static void
stage_changed_cb (CrmDealEditor *self)
{
  CrmPipelineStage *stage = selected_stage (self);
  const char *stage_id;
  CrmStageKind kind;

  if (self->updating || self->deal_id == NULL || self->deal == NULL || stage == NULL)
    return;

  stage_id = crm_record_get_id (CRM_RECORD (stage));
  if (g_strcmp0 (stage_id, crm_deal_get_stage_id (self->deal)) == 0)
    return;

  kind = crm_pipeline_stage_get_kind (stage);
  if (kind == CRM_STAGE_KIND_OPEN)
    {
      move_to (self, stage_id, NULL);
      return;
    }

  self->reason_dialog = crm_pipeline_reason_dialog_new (GTK_WINDOW (self), kind == CRM_STAGE_KIND_WON,
                                                        crm_deal_get_title (self->deal));
  g_object_add_weak_pointer (G_OBJECT (self->reason_dialog), (gpointer *) &self->reason_dialog);
  g_object_set_data_full (G_OBJECT (self->reason_dialog), "crm-stage-id", g_strdup (stage_id), g_free);
  g_signal_connect_object (self->reason_dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->reason_dialog));
}

static void
close_day_selected_cb (CrmDealEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->close_calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->close_row), text);
  gtk_popover_popdown (self->close_popover);
}

static void
customer_search_cb (CrmDealEditor *self)
{
  crm_deal_editor_search_customers (self, gtk_editable_get_text (GTK_EDITABLE (self->customer_search_row)));
}

static void
set_customer (CrmDealEditor *self,
              const char    *customer_id)
{
  g_autoptr(GPtrArray) deals = NULL;

  g_free (self->customer_id);
  self->customer_id = g_strdup (customer_id);
  load_contacts (self);
  show_customer (self);

  /* A customer's deals are mostly in one currency. */
  if (customer_id != NULL &&
      (deals = crm_store_list (self->store, CRM_TYPE_DEAL, "customer-id", customer_id, NULL)) != NULL)
    for (guint i = 0; i < deals->len; i++)
      if (crm_deal_get_currency (g_ptr_array_index (deals, i)) != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->currency_row), crm_deal_get_currency (g_ptr_array_index (deals, i)));
          break;
        }
}

static void
customer_activated_cb (CrmDealEditor *self,
                       GtkListBoxRow *row)
{
  set_customer (self, g_object_get_data (G_OBJECT (row), "crm-customer-id"));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
change_customer_cb (CrmDealEditor *self)
{
  set_customer (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_search_row));
}

static void
show_saved_mode (CrmDealEditor *self)
{
  gtk_widget_set_visible (self->create_button, self->deal_id == NULL);
  gtk_widget_set_visible (self->cost_group, self->deal_id != NULL);
  gtk_widget_set_visible (self->quotes_group, self->deal_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.create", self->deal_id == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.log-activity", self->deal_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.new-quote", self->deal_id != NULL);
  if (self->deal_id == NULL)
    adw_window_title_set_title (self->window_title, _("New Deal"));
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmDealEditor *self = CRM_DEAL_EDITOR (widget);
  g_autoptr(CrmDeal) deal = crm_deal_new ();
  g_autoptr(GError) error = NULL;
  CrmPipelineStage *stage = selected_stage (self);

  if (self->deal_id != NULL)
    return;

  if (!read_fields (self, deal))
    {
      crm_deal_editor_show_error (self, _("The deal was not created: check the marked fields."), NULL);
      return;
    }
  if (self->customer_id == NULL)
    {
      crm_deal_editor_show_error (self, _("Choose the customer the deal is for."), NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->customer_search_row));
      return;
    }

  crm_deal_set_customer_id (deal, self->customer_id);
  crm_deal_set_stage_id (deal, stage != NULL ? crm_record_get_id (CRM_RECORD (stage)) : NULL);
  crm_deal_set_stage_entered_at (deal, g_get_real_time () / G_USEC_PER_SEC);
  if (!crm_store_save (self->store, CRM_RECORD (deal), &error))
    {
      crm_deal_editor_show_error (self, _("The deal could not be created."), error);
      return;
    }

  self->deal_id = g_strdup (crm_record_get_id (CRM_RECORD (deal)));
  remember_editor (self);
  g_set_object (&self->deal, deal);
  load_stages (self);
  show_customer (self);
  show_saved_mode (self);
  show_deal (self);
  crm_deal_editor_fill_lists (self);
}

static void
log_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrmDealEditor *self = CRM_DEAL_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  CrmActivityDialog *dialog;

  crm_deal_editor_flush (self);
  dialog = crm_activity_dialog_new_for_deal (GTK_WINDOW (self), self->store, self->deal_id,
                                             CRM_ACTIVITY_KIND_CALL, &error);
  if (dialog == NULL)
    crm_deal_editor_show_error (self, _("The activity could not be logged."), error);
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

/* The quote actions live on the main window, which this one is over. */
static void
activate_quote_action (CrmDealEditor *self,
                       const char    *action_name,
                       const char    *id)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), action_name, "s", id);
}

static void
new_quote_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrmDealEditor *self = CRM_DEAL_EDITOR (widget);

  crm_deal_editor_flush (self);
  activate_quote_action (self, "quote.new-for-deal", self->deal_id);
}

static void
quote_activated_cb (CrmDealEditor *self,
                    GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "crm-quote-id");

  if (id != NULL)
    activate_quote_action (self, "quote.open", id);
}

static gboolean
concerns_deal (CrmDealEditor *self,
               GType          type,
               const char    *id)
{
  g_autoptr(GObject) record = NULL;
  g_autofree char *deal_id = NULL;

  if (type == CRM_TYPE_DEAL)
    return g_strcmp0 (id, self->deal_id) == 0;
  if (type != CRM_TYPE_ACTIVITY && type != CRM_TYPE_QUOTE)
    return type == CRM_TYPE_QUOTE_LINE || type == CRM_TYPE_STAFF || type == CRM_TYPE_PIPELINE_STAGE;

  /* A deleted record no longer says which deal it was for. */
  if ((record = crm_store_lookup (self->store, type, id, NULL)) == NULL)
    return TRUE;
  g_object_get (record, "deal-id", &deal_id, NULL);
  return g_strcmp0 (deal_id, self->deal_id) == 0;
}

static void
store_changed_cb (CrmDealEditor *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind)
{
  if (self->deal_id == NULL || (kind != CRM_CHANGE_MANY && !concerns_deal (self, type, id)))
    return;

  if (type == CRM_TYPE_STAFF || type == CRM_TYPE_PIPELINE_STAGE || kind == CRM_CHANGE_MANY)
    {
      g_clear_pointer (&self->staff, g_ptr_array_unref);
      self->staff = crm_staff_list_load (self->store);
      self->updating = TRUE;
      set_choices (self->owner_row, self->staff, "name", _("Nobody"));
      load_stages (self);
      self->updating = FALSE;
    }

  /* Typing not saved yet wins over what comes back from the store. */
  if (self->save_source == 0 && reload (self))
    show_deal (self);
  crm_deal_editor_fill_lists (self);
}

static CrmDealEditor *
editor_new (GtkWindow  *parent,
            CrmStore   *store,
            const char *deal_id)
{
  CrmDealEditor *self = g_object_new (CRM_TYPE_DEAL_EDITOR, NULL);

  self->store = g_object_ref (store);
  self->deal_id = g_strdup (deal_id);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  self->staff = crm_staff_list_load (store);
  set_choices (self->owner_row, self->staff, "name", _("Nobody"));
  load_stages (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * crm_deal_editor_open:
 * @parent: (nullable): the main window, whose quote actions the editor uses
 *
 * Presents the deal's editor, the one already open if there is one.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL if the deal
 *   could not be loaded (a toast on @parent says so)
 */
CrmDealEditor *
crm_deal_editor_open (GtkWindow  *parent,
                      CrmStore   *store,
                      const char *deal_id)
{
  CrmDealEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (deal_id != NULL, NULL);

  if (open_editors != NULL && (self = g_hash_table_lookup (open_editors, deal_id)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = editor_new (parent, store, deal_id);
  if (!reload (self))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  remember_editor (self);
  self->customer_id = g_strdup (crm_deal_get_customer_id (self->deal));
  load_contacts (self);
  show_customer (self);
  show_saved_mode (self);
  show_deal (self);
  crm_deal_editor_fill_lists (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/**
 * crm_deal_editor_new_deal:
 * @customer_id: (nullable): the customer, or %NULL to search for one in the editor
 *
 * Presents an editor for a deal that is saved only when the user chooses Create.
 *
 * Returns: (transfer none): the editor
 */
CrmDealEditor *
crm_deal_editor_new_deal (GtkWindow  *parent,
                          CrmStore   *store,
                          const char *customer_id)
{
  CrmDealEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self = editor_new (parent, store, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), FALLBACK_CURRENCY);
  set_customer (self, customer_id != NULL && *customer_id != '\0' ? customer_id : NULL);
  show_saved_mode (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_id != NULL ? self->title_row : self->customer_search_row));

  return self;
}

/**
 * crm_deal_editor_get_deal_id:
 *
 * Returns: (nullable): the deal's id; %NULL for a new deal not created yet
 */
const char *
crm_deal_editor_get_deal_id (CrmDealEditor *self)
{
  g_return_val_if_fail (CRM_IS_DEAL_EDITOR (self), NULL);

  return self->deal_id;
}

static gboolean
crm_deal_editor_close_request (GtkWindow *window)
{
  crm_deal_editor_flush (CRM_DEAL_EDITOR (window));

  return GTK_WINDOW_CLASS (crm_deal_editor_parent_class)->close_request (window);
}

static void
crm_deal_editor_dispose (GObject *object)
{
  CrmDealEditor *self = CRM_DEAL_EDITOR (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->deal_id != NULL && open_editors != NULL && g_hash_table_lookup (open_editors, self->deal_id) == self)
    g_hash_table_remove (open_editors, self->deal_id);
  if (self->reason_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->reason_dialog));
  if (self->customer_list != NULL)
    gtk_list_box_bind_model (self->customer_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->customers);
  g_clear_object (&self->deal);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_DEAL_EDITOR);

  G_OBJECT_CLASS (crm_deal_editor_parent_class)->dispose (object);
}

static void
crm_deal_editor_finalize (GObject *object)
{
  CrmDealEditor *self = CRM_DEAL_EDITOR (object);

  g_clear_object (&self->store);
  g_free (self->deal_id);
  g_free (self->customer_id);

  G_OBJECT_CLASS (crm_deal_editor_parent_class)->finalize (object);
}

static void
crm_deal_editor_class_init (CrmDealEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = crm_deal_editor_dispose;
  object_class->finalize = crm_deal_editor_finalize;
  window_class->close_request = crm_deal_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-deal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, create_button);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, customer_group);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, customer_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, change_customer_button);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, customer_search_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, customer_list);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, close_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, close_popover);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, close_calendar);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, stage_row);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, cost_group);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, cost_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, time_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, margin_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, activities_list);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, quotes_group);
  gtk_widget_class_bind_template_child (widget_class, CrmDealEditor, quotes_list);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stage_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, customer_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, customer_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_customer_cb);
  gtk_widget_class_bind_template_callback (widget_class, quote_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "editor.log-activity", NULL, log_activity_action);
  gtk_widget_class_install_action (widget_class, "editor.new-quote", NULL, new_quote_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_deal_editor_init (CrmDealEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}
