/* crm-pipeline-view.c
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
#include "crm-pipeline-card.h"
#include "crm-pipeline-period.h"
#include "crm-pipeline-reason.h"
#include "crm-pipeline-view-private.h"
#include "crm-staff.h"
#include "crm-staff-list.h"
#include "crm-window.h"

/* The board: a column per open stage, then the Won and Lost drop zones;
 * above it the forecast for the chosen owner and close period, and the
 * filters. Every move is saved at once and can be undone from its toast;
 * the store's "changed" signal brings every open window up to date, this one
 * included, so a move only needs to put the focus where the card went.
 *
 * Keyboard: the arrow keys go up and down a column (the list view's own) and
 * across columns (ours); Ctrl+Shift+Right/Left move the focused card to the
 * next/previous stage, Ctrl+Shift+W/L mark it won/lost. They are caught
 * before the list views, which would take Ctrl+Shift+arrows for selection. */

G_DEFINE_FINAL_TYPE (CrmPipelineView, crm_pipeline_view, GTK_TYPE_WIDGET)

/* Filters apply a moment after the last keystroke in the amount. */
#define FILTER_DELAY_MS 300


/* ---------------------------------------------------------------------- */
/* Loading                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
filter_is_set (CrmPipelineView *self)
{
  return self->filter.owner_id != NULL || self->filter.close_from != 0 ||
         self->filter.close_until != 0 || self->filter.minimum_amount != 0;
}

/* The board speaks the staff's most common currency (their quotas are in
 * it), or without one that of the largest open total. */
static void
choose_currency (CrmPipelineView *self,
                 GPtrArray       *summaries)
{
  gint64 best = -1;

  if (self->staff_currency[0] != '\0')
    {
      g_strlcpy (self->currency, self->staff_currency, sizeof self->currency);
      return;
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      CrmPipelineColumn *summary = g_ptr_array_index (summaries, i);

      for (guint j = 0; summary->sums != NULL && j < summary->sums->len; j++)
        {
          CrmPipelineSum *sum = &g_array_index (summary->sums, CrmPipelineSum, j);

          if (sum->total > best)
            {
              best = sum->total;
              g_strlcpy (self->currency, sum->currency, sizeof self->currency);
            }
        }
    }
}

static gboolean
same_stages (CrmPipelineView *self,
             GPtrArray       *summaries)
{
  if (summaries->len != self->columns->len)
    return FALSE;

  for (guint i = 0; i < summaries->len; i++)
    {
      CrmPipelineColumn *summary = g_ptr_array_index (summaries, i);

      if (g_strcmp0 (crm_record_get_id (CRM_RECORD (summary->stage)),
                     crm_stage_column_get_stage_id (g_ptr_array_index (self->columns, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
replace_columns (CrmPipelineView *self,
                 GPtrArray       *summaries)
{
  CrmDeal *focused = crm_pipeline_view_get_focused_deal (self);
  g_autofree char *focus_id = focused != NULL ? g_strdup (crm_record_get_id (CRM_RECORD (focused))) : NULL;
  GtkWidget *previous = NULL;

  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (self->columns_box, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);

  for (guint i = 0; i < summaries->len; i++)
    {
      CrmPipelineColumn *summary = g_ptr_array_index (summaries, i);
      CrmStageColumn *column = crm_stage_column_new (self->store, self->names,
                                                     crm_record_get_id (CRM_RECORD (summary->stage)),
                                                     &self->filter);

      crm_pipeline_view_watch_column (self, column);
      gtk_box_insert_child_after (self->columns_box, GTK_WIDGET (column), previous);
      g_ptr_array_add (self->columns, column);
      previous = GTK_WIDGET (column);
    }

  if (focus_id != NULL)
    crm_pipeline_view_focus_deal (self, focus_id);
}

static void
load_board (CrmPipelineView *self)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GError) error = NULL;
  guint n_deals = 0;

  if ((stages = crm_pipeline_list_stages (self->store, &error)) == NULL ||
      (summaries = crm_pipeline_load_columns (self->store, &self->filter, &error)) == NULL)
    {
      g_autofree char *description = g_strdup_printf (_("The deals could not be read: %s"), error->message);

      adw_status_page_set_title (self->empty_page, _("The Pipeline Cannot Be Shown"));
      gtk_widget_set_visible (self->empty_new_deal_button, FALSE);
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_set_visible (self->forecast_bar, FALSE);
      return;
    }

  g_clear_pointer (&self->won_stage_id, g_free);
  g_clear_pointer (&self->lost_stage_id, g_free);
  for (guint i = 0; i < stages->len; i++)
    {
      CrmPipelineStage *stage = g_ptr_array_index (stages, i);
      char **slot = NULL;

      if (crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_WON)
        slot = &self->won_stage_id;
      else if (crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_LOST)
        slot = &self->lost_stage_id;
      if (slot != NULL && *slot == NULL)
        *slot = g_strdup (crm_record_get_id (CRM_RECORD (stage)));
    }
  gtk_widget_set_visible (self->won_button, self->won_stage_id != NULL);
  gtk_widget_set_visible (self->lost_button, self->lost_stage_id != NULL);

  if (!same_stages (self, summaries))
    replace_columns (self, summaries);

  for (guint i = 0; i < summaries->len; i++)
    {
      CrmPipelineColumn *summary = g_ptr_array_index (summaries, i);

      crm_stage_column_set_summary (g_ptr_array_index (self->columns, i), summary);
      n_deals += summary->n_deals;
    }
  choose_currency (self, summaries);

  if (summaries->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Sales Stages"));
      gtk_widget_set_visible (self->empty_new_deal_button, FALSE);
      adw_status_page_set_description (self->empty_page, _("Add the stages your deals go through in Preferences."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (n_deals == 0 && !filter_is_set (self))
    {
      adw_status_page_set_title (self->empty_page, _("No Open Deals"));
      adw_status_page_set_description (self->empty_page, _("Open deals appear here, a column for each stage."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_set_visible (self->empty_new_deal_button, TRUE);
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "board");

  /* Nothing to forecast or filter without stages or deals. */
  gtk_widget_set_visible (self->forecast_bar,
                          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "board") == 0);
}

static void
update_forecast (CrmPipelineView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStaff) owner = NULL;
  g_autofree char *quota = NULL;
  g_autofree char *won = NULL;
  g_autofree char *weighted = NULL;
  g_autofree char *left_out = NULL;
  CrmForecast forecast = { 0 };
  const char *currency = self->currency;
  CrmPipelinePeriod period = crm_pipeline_period_for_forecast (gtk_drop_down_get_selected (self->period_dropdown));
  gint64 start, end;

  crm_pipeline_period_range (period, now, &start, &end);
  if (self->owner_id != NULL &&
      (owner = crm_store_lookup (self->store, CRM_TYPE_STAFF, self->owner_id, NULL)) != NULL &&
      crm_staff_get_currency (owner) != NULL && crm_staff_get_currency (owner)[0] != '\0')
    currency = crm_staff_get_currency (owner);

  g_clear_pointer (&self->forecast_text, g_free);
  if (!crm_forecast_load (self->store, self->owner_id, currency, start, end, &forecast, &error))
    {
      self->forecast_text = g_strdup_printf (_("The forecast could not be read: %s"), error->message);
      gtk_label_set_text (self->forecast_label, self->forecast_text);
      gtk_widget_set_visible (GTK_WIDGET (self->attainment_bar), FALSE);
      return;
    }

  won = crm_page_format_money (forecast.won, currency);
  weighted = crm_page_format_money (forecast.weighted_open, currency);
  if (forecast.n_left_out > 0)
    left_out = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deal in another currency left out",
                                             "%u deals in other currencies left out", forecast.n_left_out),
                                forecast.n_left_out);

  if (forecast.quota > 0)
    {
      g_autofree char *attained = NULL;
      g_autofree char *text = NULL;

      quota = crm_page_format_money (forecast.quota, currency);
      /* Translators: the share of the period's quota won so far. */
      attained = g_strdup_printf (_("%.0f %% of quota"), forecast.attainment * 100);
      /* Translators: the first %s is a period, such as "This quarter". */
      text = g_strdup_printf (_("%s: quota %s · won %s · weighted pipeline %s · %s"),
                              crm_pipeline_period_get_title (period), quota, won, weighted, attained);
      self->forecast_text = CRM_PAGE_JOIN (text, left_out);
    }
  else
    {
      /* Translators: the first %s is a period, such as "This quarter". */
      g_autofree char *text = g_strdup_printf (_("%s: won %s · weighted pipeline %s · no quota"),
                                               crm_pipeline_period_get_title (period), won, weighted);

      self->forecast_text = CRM_PAGE_JOIN (text, left_out);
    }

  gtk_label_set_text (self->forecast_label, self->forecast_text);
  gtk_widget_set_visible (GTK_WIDGET (self->attainment_bar), forecast.quota > 0);
  gtk_level_bar_set_value (self->attainment_bar, CLAMP (forecast.attainment, 0, 1));
}

static void
load_owners (CrmPipelineView *self)
{
  g_autoptr(GPtrArray) staff = crm_staff_list_load (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) currencies = g_hash_table_new (g_str_hash, g_str_equal);
  guint selected = 0;
  guint most = 0;
  gboolean owner_left;

  self->staff_currency[0] = '\0';
  gtk_string_list_append (names, _("Everyone"));
  g_ptr_array_set_size (self->owner_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);
      const char *id = crm_record_get_id (CRM_RECORD (member));

      const char *currency = crm_staff_get_currency (member);
      guint n;

      if (currency != NULL && strlen (currency) == 3)
        {
          n = GPOINTER_TO_UINT (g_hash_table_lookup (currencies, currency)) + 1;
          g_hash_table_insert (currencies, (gpointer) currency, GUINT_TO_POINTER (n));
          if (n > most)
            {
              most = n;
              g_strlcpy (self->staff_currency, currency, sizeof self->staff_currency);
            }
        }
      gtk_string_list_append (names, crm_staff_get_name (member));
      g_ptr_array_add (self->owner_ids, g_strdup (id));
      if (g_strcmp0 (id, self->owner_id) == 0)
        selected = i + 1;
    }

  /* The chosen owner stays chosen, unless they left. */
  owner_left = self->owner_id != NULL && selected == 0;
  if (owner_left)
    g_clear_pointer (&self->owner_id, g_free);
  self->filter.owner_id = self->owner_id;

  /* Thawed while still blocked: the notifications of a new list are not a
   * new choice, and letting them through loaded the whole board a second
   * time on its first showing. */
  g_object_freeze_notify (G_OBJECT (self->owner_dropdown));
  g_signal_handlers_block_matched (self->owner_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
  g_object_thaw_notify (G_OBJECT (self->owner_dropdown));
  g_signal_handlers_unblock_matched (self->owner_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  if (owner_left)
    for (guint i = 0; i < self->columns->len; i++)
      crm_stage_column_set_filter (g_ptr_array_index (self->columns, i), &self->filter);
}

/* ---------------------------------------------------------------------- */
/* Filters                                                                */
/* ---------------------------------------------------------------------- */

static void
apply_filters (CrmPipelineView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  const char *minimum = gtk_editable_get_text (GTK_EDITABLE (self->minimum_entry));
  gint64 amount = 0;

  g_clear_handle_id (&self->filter_timeout, g_source_remove);

  g_free (self->owner_id);
  self->owner_id = owner > 0 && owner <= self->owner_ids->len
                 ? g_strdup (g_ptr_array_index (self->owner_ids, owner - 1)) : NULL;
  self->filter.owner_id = self->owner_id;
  crm_pipeline_period_range (gtk_drop_down_get_selected (self->period_dropdown), now,
                             &self->filter.close_from, &self->filter.close_until);

  if (minimum[0] != '\0' && !crm_money_parse (minimum, self->currency, &amount, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->minimum_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->minimum_entry), _("Type an amount such as 1000 or 1000.50."));
      amount = 0;
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->minimum_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->minimum_entry), NULL);
    }
  self->filter.minimum_amount = amount;

  for (guint i = 0; i < self->columns->len; i++)
    crm_stage_column_set_filter (g_ptr_array_index (self->columns, i), &self->filter);

  /* A filtered board shows its filter button as pressed-in. */
  if (filter_is_set (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");

  load_board (self);
  update_forecast (self);
}

static gboolean
filter_timeout_cb (gpointer data)
{
  CrmPipelineView *self = data;

  self->filter_timeout = 0;
  apply_filters (self);
  return G_SOURCE_REMOVE;
}

static void
filter_changed_cb (CrmPipelineView *self)
{
  if (self->loaded)
    apply_filters (self);
}

static void
minimum_changed_cb (CrmPipelineView *self)
{
  if (!self->loaded)
    return;

  g_clear_handle_id (&self->filter_timeout, g_source_remove);
  self->filter_timeout = g_timeout_add (FILTER_DELAY_MS, filter_timeout_cb, self);
}

/* ---------------------------------------------------------------------- */
/* Refresh                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
refresh_cb (gpointer data)
{
  CrmPipelineView *self = data;
  Refresh what = self->pending;

  self->pending = 0;
  self->refresh_idle = 0;

  if (what & REFRESH_NAMES)
    {
      crm_pipeline_names_forget (self->names);
      for (guint i = 0; i < self->columns->len; i++)
        crm_stage_column_update_cards (g_ptr_array_index (self->columns, i));
    }
  if (what & REFRESH_OWNERS)
    load_owners (self);
  if (what & (REFRESH_SUMS | REFRESH_STAGES))
    load_board (self);
  update_forecast (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (CrmPipelineView *self,
                  Refresh          what)
{
  /* Not shown yet: the first showing loads everything anyway. */
  if (!self->loaded)
    return;

  self->pending |= what;
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void
store_changed_cb (CrmPipelineView *self,
                  GType            type,
                  const char      *id,
                  CrmChangeKind    kind)
{
  if (type == CRM_TYPE_DEAL)
    schedule_refresh (self, REFRESH_SUMS);
  else if (type == CRM_TYPE_PIPELINE_STAGE)
    schedule_refresh (self, REFRESH_STAGES);
  else if (type == CRM_TYPE_STAFF)
    schedule_refresh (self, REFRESH_NAMES | REFRESH_OWNERS | REFRESH_SUMS);
  else if (type == CRM_TYPE_CUSTOMER)
    schedule_refresh (self, REFRESH_NAMES);
}

/* The board loads when first shown: the window starts on the customers,
 * and people who never look at the pipeline need not wait for it. */
static void
load (CrmPipelineView *self)
{
  self->loaded = TRUE;
  self->pending = 0;
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  load_owners (self);
  load_board (self);
  update_forecast (self);
}

static void
crm_pipeline_view_map (GtkWidget *widget)
{
  CrmPipelineView *self = CRM_PIPELINE_VIEW (widget);

  GTK_WIDGET_CLASS (crm_pipeline_view_parent_class)->map (widget);

  if (!self->loaded && self->store != NULL)
    load (self);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

void
crm_pipeline_view_set_store (CrmPipelineView *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_PIPELINE_VIEW (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);

  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (self->columns_box, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);

  if (store == NULL)
    return;

  self->names = crm_pipeline_names_new (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->loaded = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}

guint
crm_pipeline_view_get_n_columns (CrmPipelineView *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), 0);

  return self->columns->len;
}

/**
 * crm_pipeline_view_get_column:
 *
 * Returns: (transfer none) (nullable): the column of the @index-th open stage
 */
CrmStageColumn *
crm_pipeline_view_get_column (CrmPipelineView *self,
                              guint            index)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), NULL);

  return index < self->columns->len ? g_ptr_array_index (self->columns, index) : NULL;
}

void
crm_pipeline_view_focus_deal (CrmPipelineView *self,
                              const char      *deal_id)
{
  g_return_if_fail (CRM_IS_PIPELINE_VIEW (self));
  g_return_if_fail (deal_id != NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      CrmStageColumn *column = g_ptr_array_index (self->columns, i);

      if (crm_deal_list_find (crm_stage_column_get_list (column), deal_id) != G_MAXUINT)
        {
          crm_stage_column_focus_deal (column, deal_id);
          return;
        }
    }
}

/**
 * crm_pipeline_view_get_reason_dialog:
 *
 * Returns: (transfer none) (nullable): the open won/lost dialog
 */
AdwMessageDialog *
crm_pipeline_view_get_reason_dialog (CrmPipelineView *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), NULL);

  return self->reason_dialog;
}

/**
 * crm_pipeline_view_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the last toast shown, while it is
 */
AdwToast *
crm_pipeline_view_get_last_toast (CrmPipelineView *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), NULL);

  return self->last_toast;
}

const char *
crm_pipeline_view_get_forecast_text (CrmPipelineView *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), NULL);

  return self->forecast_text;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_pipeline_view_dispose (GObject *object)
{
  CrmPipelineView *self = CRM_PIPELINE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->filter_timeout, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->reason_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->reason_dialog));
  g_clear_weak_pointer (&self->reason_dialog);
  g_clear_weak_pointer (&self->last_toast);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_PIPELINE_VIEW);
  /* The template's unnamed outer box. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (crm_pipeline_view_parent_class)->dispose (object);
}

static void
crm_pipeline_view_finalize (GObject *object)
{
  CrmPipelineView *self = CRM_PIPELINE_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);
  g_clear_pointer (&self->won_stage_id, g_free);
  g_clear_pointer (&self->lost_stage_id, g_free);
  g_clear_pointer (&self->owner_id, g_free);
  g_clear_pointer (&self->forecast_text, g_free);

  G_OBJECT_CLASS (crm_pipeline_view_parent_class)->finalize (object);
}

static void
crm_pipeline_view_class_init (CrmPipelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_pipeline_view_dispose;
  object_class->finalize = crm_pipeline_view_finalize;
  widget_class->map = crm_pipeline_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-pipeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, forecast_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, forecast_label);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, attainment_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, minimum_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, close_box);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, won_button);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, lost_button);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrmPipelineView, empty_new_deal_button);

  crm_pipeline_view_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
crm_pipeline_view_init (CrmPipelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new ();
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  g_strlcpy (self->currency, "EUR", sizeof self->currency);

  crm_pipeline_view_add_shortcuts (self);
  crm_pipeline_view_add_close_drops (self);
  g_signal_connect_object (self->owner_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->period_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minimum_entry, "changed", G_CALLBACK (minimum_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
