/* crm-dashboard-view.c
 *
 * Each dashboard is computed in a GTask thread on a read-only connection of
 * its own, so the window stays responsive; the cards keep their last
 * results while new ones are computed. A change to the store marks the
 * dashboards stale; the visible one is recomputed after a pause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-dashboard-pdf.h"
#include "crm-dashboard-view.h"
#include "crm-models.h"
#include "crm-drill-dialog.h"
#include "crm-report-card.h"
#include "crm-reports.h"
#include "crm-window.h"

/* Edits come in bursts; recompute once they settle. */
#define REFRESH_DELAY_MS 1500

typedef struct {
  const char *name;
  GtkWidget  *scrolled;
  GtkFlowBox *kpis;
  GtkFlowBox *cards;
  GHashTable *card_by_name;   /* table name → CrmReportCard */
  GPtrArray  *tables;         /* CrmReportTable, the last results */
  gboolean    stale;
} Page;

struct _CrmDashboardView {
  AdwBin           parent_instance;

  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkDropDown     *period_dropdown;
  GtkDropDown     *currency_dropdown;
  GtkMenuButton   *range_button;
  GtkLabel        *period_label;
  GtkLabel        *error_label;
  GtkEntry        *from_entry;
  GtkEntry        *to_entry;
  GtkLabel        *range_error;

  CrmStore        *store;
  GSettings       *settings;
  GArray          *pages;          /* Page */
  CrmReportParams  params;
  char            *period_text;
  GStrv            currencies;
  GCancellable    *cancellable;
  guint            generation;
  guint            n_running;
  guint            refresh_id;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CrmDashboardView, crm_dashboard_view, ADW_TYPE_BIN)

static void compute (CrmDashboardView *self);

static Page *
find_page (CrmDashboardView *self,
           const char       *name)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (g_strcmp0 (g_array_index (self->pages, Page, i).name, name) == 0)
      return &g_array_index (self->pages, Page, i);
  return NULL;
}

static Page *
visible_page (CrmDashboardView *self)
{
  return find_page (self, gtk_stack_get_visible_child_name (self->stack));
}

static void
update_period_label (CrmDashboardView *self)
{
  CrmPeriod *period = &self->params.period;
  CrmPeriod previous = *period;
  g_autofree char *current = crm_period_describe (period);
  g_autofree char *before = NULL;
  gboolean partial;

  previous.start = period->prev_start;
  previous.end = period->prev_start + (period->end - period->start);
  before = crm_period_describe (&previous);
  partial = period->prev_end - period->prev_start < period->end - period->start;

  g_free (self->period_text);
  self->period_text = partial
    /* TRANSLATORS: "November 2026, compared with the same days of October 2026" */
    ? g_strdup_printf (_("%s, compared with the same days of %s"), current, before)
    /* TRANSLATORS: "Q3 2026, compared with Q2 2026" */
    : g_strdup_printf (_("%s, compared with %s"), current, before);
  gtk_label_set_label (self->period_label, self->period_text);
}

/* --- results on screen --- */

static GtkWidget *
kpi_tile (CrmReportTable *table,
          guint           row)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (crm_report_table_get_text (table, row, 0));
  g_autofree char *value = crm_report_table_format_cell (table, row, 1);
  g_autofree char *previous = crm_report_table_format_cell (table, row, 2);
  g_autofree char *change = crm_report_table_format_cell (table, row, 3);
  g_autofree char *comparison = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *change_label;
  gboolean has_change = crm_report_table_get_text (table, row, 3) == NULL ||
                        !g_str_equal (crm_report_table_get_text (table, row, 3), "—");
  gint64 delta = crm_report_table_get_value (table, row, 3);

  /* Arrows and words as well as colour. */
  if (!has_change)
    comparison = g_strdup (_("No comparison"));
  else if (delta > 0)
    comparison = g_strdup_printf (_("↑ %s from %s"), change, previous);
  else if (delta < 0)
    comparison = g_strdup_printf (_("↓ %s from %s"), change, previous);
  else
    comparison = g_strdup_printf (_("Unchanged from %s"), previous);

  change_label = gtk_label_new (comparison);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_xalign (GTK_LABEL (change_label), 0);
  gtk_label_set_wrap (GTK_LABEL (change_label), TRUE);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_widget_add_css_class (value_label, "kpi-value");
  gtk_widget_add_css_class (change_label, "caption");
  if (has_change && delta != 0)
    gtk_widget_add_css_class (change_label, delta > 0 ? "kpi-up" : "kpi-down");
  else
    gtk_widget_add_css_class (change_label, "dim-label");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), change_label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "kpi-tile");
  gtk_widget_set_tooltip_text (button, _("Show the records behind this figure"));
  accessible = g_strdup_printf ("%s: %s, %s", crm_report_table_get_text (table, row, 0), value, comparison);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  if (crm_report_table_get_drill (table, row) != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dashboard.drill");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", crm_report_table_get_drill (table, row));
    }
  return button;
}

static void
card_drill (CrmReportCard    *card,
            const char       *drill,
            CrmDashboardView *self)
{
  crm_dashboard_view_drill (self, drill);
}

static gboolean
is_summary (CrmReportTable *table)
{
  return g_str_has_suffix (crm_report_table_get_name (table), "-summary");
}

static void
show_tables (CrmDashboardView *self,
             Page             *page,
             GPtrArray        *tables)
{
  GtkWidget *child;

  g_clear_pointer (&page->tables, g_ptr_array_unref);
  page->tables = g_ptr_array_ref (tables);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (page->kpis))) != NULL)
    gtk_flow_box_remove (page->kpis, child);

  for (guint i = 0; i < tables->len; i++)
    {
      CrmReportTable *table = g_ptr_array_index (tables, i);
      CrmReportCard *card;

      if (is_summary (table))
        {
          for (guint row = 0; row < crm_report_table_get_n_rows (table); row++)
            gtk_flow_box_append (page->kpis, kpi_tile (table, row));
          continue;
        }

      card = g_hash_table_lookup (page->card_by_name, crm_report_table_get_name (table));
      if (card == NULL)
        {
          card = CRM_REPORT_CARD (crm_report_card_new ());
          g_signal_connect_object (card, "drill", G_CALLBACK (card_drill), self, 0);
          gtk_widget_set_valign (GTK_WIDGET (card), GTK_ALIGN_START);
          gtk_flow_box_append (page->cards, GTK_WIDGET (card));
          g_hash_table_insert (page->card_by_name, g_strdup (crm_report_table_get_name (table)), card);
        }
      crm_report_card_set_table (card, table);
    }
  gtk_widget_set_visible (GTK_WIDGET (page->kpis), gtk_widget_get_first_child (GTK_WIDGET (page->kpis)) != NULL);
}

/* --- computing --- */

typedef struct {
  CrmStore        *store;
  char            *dashboard;
  CrmReportParams  params;
  guint            generation;
  gint64           started;
} DashboardJob;

static void
dashboard_job_free (DashboardJob *job)
{
  g_object_unref (job->store);
  g_free (job->dashboard);
  g_free (job);
}

static void
run_dashboard (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DashboardJob *job = task_data;
  g_autoptr(CrmStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *tables;

  if ((reader = crm_store_open_reader (job->store, &error)) == NULL ||
      (tables = crm_dashboard_run (reader, job->dashboard, &job->params, cancellable, &error)) == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, tables, (GDestroyNotify)g_ptr_array_unref);
}

static void
update_busy (CrmDashboardView *self)
{
  gtk_spinner_set_spinning (self->spinner, self->n_running > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->n_running > 0);
}

static void
dashboard_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (source);
  DashboardJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GError) error = NULL;
  Page *page;

  self->n_running--;
  update_busy (self);

  tables = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || job->generation != self->generation)
    return;

  if (tables == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The dashboard could not be computed: %s"), error->message);

      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_debug ("Dashboard %s computed in %.0f ms", job->dashboard,
           (g_get_monotonic_time () - job->started) / 1000.0);
  if ((page = find_page (self, job->dashboard)) != NULL)
    show_tables (self, page, tables);
}

static void
compute (CrmDashboardView *self)
{
  g_autoptr(GTask) task = NULL;
  DashboardJob *job;
  Page *page;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store == NULL || (page = visible_page (self)) == NULL)
    return;

  /* A newer question makes the running answer moot. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->generation++;
  page->stale = FALSE;

  job = g_new0 (DashboardJob, 1);
  job->store = g_object_ref (self->store);
  job->dashboard = g_strdup (page->name);
  job->params = self->params;
  job->generation = self->generation;
  job->started = g_get_monotonic_time ();

  task = g_task_new (self, self->cancellable, dashboard_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify)dashboard_job_free);
  g_task_run_in_thread (task, run_dashboard);
  self->n_running++;
  update_busy (self);
}

static void
mark_all_stale (CrmDashboardView *self)
{
  for (guint i = 0; i < self->pages->len; i++)
    g_array_index (self->pages, Page, i).stale = TRUE;
}

static gboolean
refresh_timeout (gpointer user_data)
{
  CrmDashboardView *self = user_data;

  self->refresh_id = 0;
  compute (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed (CrmDashboardView *self)
{
  mark_all_stale (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout, self);
}

static void
visible_page_changed (CrmDashboardView *self)
{
  Page *page = visible_page (self);

  if (page != NULL && (page->stale || page->tables == NULL) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    compute (self);
}

static void
parameters_changed (CrmDashboardView *self)
{
  update_period_label (self);
  mark_all_stale (self);
  visible_page_changed (self);
}

static void
crm_dashboard_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (crm_dashboard_view_parent_class)->map (widget);
  visible_page_changed (CRM_DASHBOARD_VIEW (widget));
}

static void
period_selected (CrmDashboardView *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);
  static const char * const names[] = { "month", "quarter", "year" };

  if (selected >= G_N_ELEMENTS (names))
    {
      gtk_menu_button_popup (self->range_button);
      return;
    }

  g_settings_set_string (self->settings, "dashboard-period", names[selected]);
  crm_period_init_current (&self->params.period, (CrmPeriodKind)selected, self->params.now);
  parameters_changed (self);
}

static void
apply_range_clicked (CrmDashboardView *self)
{
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
  gint64 first, last;
  CrmPeriod period;
  const char *problem = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");

  if (!crm_period_parse_day (from, &first))
    {
      problem = _("The first day is not a date; write it as YYYY-MM-DD.");
      gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
    }
  else if (!crm_period_parse_day (to, &last))
    {
      problem = _("The last day is not a date; write it as YYYY-MM-DD.");
      gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
    }
  else if (!crm_period_init_custom (&period, first, last, self->params.now))
    {
      problem = _("The last day comes before the first.");
      gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
    }

  gtk_label_set_label (self->range_error, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->range_error), problem != NULL);
  if (problem != NULL)
    return;

  self->params.period = period;
  g_signal_handlers_block_by_func (self->period_dropdown, period_selected, self);
  gtk_drop_down_set_selected (self->period_dropdown, 3);
  g_signal_handlers_unblock_by_func (self->period_dropdown, period_selected, self);
  gtk_menu_button_popdown (self->range_button);
  parameters_changed (self);
}

static void
currency_selected (CrmDashboardView *self)
{
  guint selected = gtk_drop_down_get_selected (self->currency_dropdown);

  if (self->currencies == NULL || selected >= g_strv_length (self->currencies))
    return;

  g_strlcpy (self->params.currency, self->currencies[selected], sizeof self->params.currency);
  g_settings_set_string (self->settings, "dashboard-currency", self->currencies[selected]);
  parameters_changed (self);
}

/* --- actions --- */

static void
refresh_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (widget);

  self->params.now = g_get_real_time () / G_USEC_PER_SEC;
  compute (self);
}

static void
drill_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  crm_dashboard_view_drill (CRM_DASHBOARD_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
export_response (GtkNativeDialog  *dialog,
                 int               response,
                 CrmDashboardView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      if (!crm_dashboard_view_export_pdf (self, file, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not export the dashboard: %s"), error->message);

          crm_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
        }
      else
        crm_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Dashboard exported as PDF")));
    }
  g_clear_object (&self->chooser);
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (widget);
  Page *page = visible_page (self);
  g_autofree char *name = NULL;
  g_autofree char *day = crm_period_format_day (self->params.period.start);

  if (page == NULL || page->tables == NULL)
    {
      crm_widget_add_toast (widget, adw_toast_new (_("Wait for the dashboard to finish computing")));
      return;
    }

  name = g_strdup_printf ("crm-%s-%s.pdf", page->name, day);
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Dashboard"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct {
  CrmStore *store;
  char     *task_id;
} ScheduledVisit;

static void
undo_visit (AdwToast       *toast,
            ScheduledVisit *visit)
{
  g_autoptr(CrmRecord) task = crm_store_lookup (visit->store, CRM_TYPE_ACTIVITY, visit->task_id, NULL);

  if (task != NULL)
    crm_store_delete (visit->store, task, NULL);
}

static void
scheduled_visit_free (gpointer data)
{
  ScheduledVisit *visit = data;

  g_object_unref (visit->store);
  g_free (visit->task_id);
  g_free (visit);
}

/* The next working day at nine, local time. */
static gint64
next_working_morning (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 1);

  while (g_date_time_get_day_of_week (day) > 5)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  {
    g_autoptr(GDateTime) morning = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                          g_date_time_get_day_of_month (day), 9, 0, 0);
    return g_date_time_to_unix (morning);
  }
}

static void
visit_response (AdwMessageDialog *dialog,
                const char       *response,
                CrmDashboardView *self)
{
  GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "date-entry");
  const char *customer_id = g_object_get_data (G_OBJECT (dialog), "customer-id");
  g_autoptr(GError) error = NULL;
  g_autofree char *task_id = NULL;
  gint64 day;

  if (!g_str_equal (response, "schedule"))
    return;

  if (!crm_period_parse_day (gtk_editable_get_text (GTK_EDITABLE (entry)), &day))
    {
      crm_widget_add_toast (GTK_WIDGET (self),
                            adw_toast_new (_("Nothing was scheduled: write the day as YYYY-MM-DD.")));
      return;
    }

  /* Nine in the morning of the chosen day. */
  task_id = crm_reports_schedule_visit (self->store, customer_id, NULL, day + 9 * 3600, &error);
  if (task_id == NULL)
    {
      crm_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  {
    AdwToast *toast = adw_toast_new (_("Visit scheduled"));
    ScheduledVisit *visit = g_new0 (ScheduledVisit, 1);

    visit->store = g_object_ref (self->store);
    visit->task_id = g_steal_pointer (&task_id);
    adw_toast_set_button_label (toast, _("_Undo"));
    g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_visit), visit,
                           (GClosureNotify)(void (*) (void))scheduled_visit_free, 0);
    crm_widget_add_toast (GTK_WIDGET (self), toast);
  }
}

static void
schedule_visit_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (widget);
  g_autofree char *entity = NULL;
  g_autofree char *default_day = crm_period_format_day (next_working_morning ());
  const char *customer_id = NULL;
  GtkWidget *dialog, *entry;

  if (!crm_report_drill_is_record (g_variant_get_string (parameter, NULL), &entity, &customer_id) ||
      !g_str_equal (entity, "customer"))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Schedule a Visit"),
                                   _("A task for the customer’s owner, due at nine on this day:"));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), default_day);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day (YYYY-MM-DD)"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "schedule", _("_Schedule"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "schedule", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "schedule");
  g_object_set_data (G_OBJECT (dialog), "date-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "customer-id", g_strdup (customer_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (visit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- construction --- */

static void
add_page (CrmDashboardView       *self,
          const CrmDashboardInfo *info)
{
  Page page = { info->name };
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  page.kpis = GTK_FLOW_BOX (gtk_flow_box_new ());
  page.cards = GTK_FLOW_BOX (gtk_flow_box_new ());
  page.card_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_flow_box_set_selection_mode (page.kpis, GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (page.kpis, 1);
  gtk_flow_box_set_max_children_per_line (page.kpis, 9);
  gtk_flow_box_set_column_spacing (page.kpis, 6);
  gtk_flow_box_set_row_spacing (page.kpis, 6);
  gtk_flow_box_set_homogeneous (page.kpis, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (page.kpis), FALSE);

  gtk_flow_box_set_selection_mode (page.cards, GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (page.cards, 1);
  gtk_flow_box_set_max_children_per_line (page.cards, 3);
  gtk_flow_box_set_column_spacing (page.cards, 12);
  gtk_flow_box_set_row_spacing (page.cards, 12);
  gtk_flow_box_set_homogeneous (page.cards, FALSE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page.kpis));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page.cards));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1800);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  page.scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (page.scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (page.scrolled), clamp);
  gtk_stack_add_titled (self->stack, page.scrolled, info->name, _(info->title));
  g_array_append_val (self->pages, page);
}

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->card_by_name, g_hash_table_unref);
  g_clear_pointer (&page->tables, g_ptr_array_unref);
}

static void
crm_dashboard_view_dispose (GObject *object)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_DASHBOARD_VIEW);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_dashboard_view_parent_class)->dispose (object);
}

static void
crm_dashboard_view_finalize (GObject *object)
{
  CrmDashboardView *self = CRM_DASHBOARD_VIEW (object);

  g_free (self->period_text);
  g_strfreev (self->currencies);

  G_OBJECT_CLASS (crm_dashboard_view_parent_class)->finalize (object);
}

static void
crm_dashboard_view_class_init (CrmDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_dashboard_view_dispose;
  object_class->finalize = crm_dashboard_view_finalize;
  widget_class->map = crm_dashboard_view_map;

  g_type_ensure (CRM_TYPE_REPORT_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, range_button);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, period_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, CrmDashboardView, range_error);
  gtk_widget_class_bind_template_callback (widget_class, apply_range_clicked);

  gtk_widget_class_install_action (widget_class, "dashboard.refresh", NULL, refresh_activated);
  gtk_widget_class_install_action (widget_class, "dashboard.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "dashboard.drill", "s", drill_activated);
  gtk_widget_class_install_action (widget_class, "dashboard.schedule-visit", "s", schedule_visit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "dashboard.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "dashboard.export-pdf", NULL);
}

static void
crm_dashboard_view_init (CrmDashboardView *self)
{
  const CrmDashboardInfo *dashboards;
  guint n_dashboards;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("org.example.Crm");
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, page_clear);

  dashboards = crm_dashboards_list (&n_dashboards);
  for (guint i = 0; i < n_dashboards; i++)
    add_page (self, &dashboards[i]);

  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (visible_page_changed), self,
                           G_CONNECT_SWAPPED);
  update_busy (self);
}

void
crm_dashboard_view_set_store (CrmDashboardView *self,
                              CrmStore         *store)
{
  g_autofree char *saved_period = NULL;
  g_autofree char *saved_currency = NULL;
  g_autoptr(GtkStringList) currencies = NULL;
  guint selected = 0;

  g_return_if_fail (CRM_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (CRM_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed), self, G_CONNECT_SWAPPED);

  crm_report_params_init (&self->params, store);
  self->params.neglected_days = MAX (1, g_settings_get_uint (self->settings, "neglected-days"));

  /* The currency the user chose last, if the data still has it. */
  g_strfreev (self->currencies);
  self->currencies = crm_reports_list_currencies (store, NULL);
  if (self->currencies == NULL)
    self->currencies = g_strdupv ((char *[]) { (char *)"EUR", NULL });
  saved_currency = g_settings_get_string (self->settings, "dashboard-currency");
  for (guint i = 0; self->currencies[i] != NULL; i++)
    if (g_str_equal (self->currencies[i], saved_currency))
      selected = i;
  g_strlcpy (self->params.currency, self->currencies[selected], sizeof self->params.currency);
  currencies = gtk_string_list_new ((const char * const *)self->currencies);
  gtk_drop_down_set_model (self->currency_dropdown, G_LIST_MODEL (currencies));
  gtk_drop_down_set_selected (self->currency_dropdown, selected);

  saved_period = g_settings_get_string (self->settings, "dashboard-period");
  if (g_str_equal (saved_period, "quarter"))
    crm_period_init_current (&self->params.period, CRM_PERIOD_QUARTER, self->params.now);
  else if (g_str_equal (saved_period, "year"))
    crm_period_init_current (&self->params.period, CRM_PERIOD_YEAR, self->params.now);
  gtk_drop_down_set_selected (self->period_dropdown, self->params.period.kind);

  g_signal_connect_object (self->period_dropdown, "notify::selected", G_CALLBACK (period_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->currency_dropdown, "notify::selected", G_CALLBACK (currency_selected), self,
                           G_CONNECT_SWAPPED);

  parameters_changed (self);
}

void
crm_dashboard_view_show (CrmDashboardView *self,
                         const char       *dashboard)
{
  g_return_if_fail (CRM_IS_DASHBOARD_VIEW (self));

  if (find_page (self, dashboard) != NULL)
    gtk_stack_set_visible_child_name (self->stack, dashboard);
}

void
crm_dashboard_view_set_period (CrmDashboardView *self,
                               CrmPeriodKind     kind)
{
  g_return_if_fail (CRM_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (kind != CRM_PERIOD_CUSTOM);

  gtk_drop_down_set_selected (self->period_dropdown, kind);
}

gboolean
crm_dashboard_view_is_busy (CrmDashboardView *self)
{
  g_return_val_if_fail (CRM_IS_DASHBOARD_VIEW (self), FALSE);

  return self->n_running > 0 || self->refresh_id != 0;
}

GPtrArray *
crm_dashboard_view_get_tables (CrmDashboardView *self)
{
  Page *page;

  g_return_val_if_fail (CRM_IS_DASHBOARD_VIEW (self), NULL);

  page = visible_page (self);
  return page != NULL ? page->tables : NULL;
}

const char *
crm_dashboard_view_get_period_text (CrmDashboardView *self)
{
  g_return_val_if_fail (CRM_IS_DASHBOARD_VIEW (self), NULL);

  return self->period_text;
}

/* The label of the row a drill key came from, for the dialog's title. */
static char *
drill_title (CrmDashboardView *self,
             const char       *drill)
{
  Page *page = visible_page (self);

  for (guint i = 0; page != NULL && page->tables != NULL && i < page->tables->len; i++)
    {
      CrmReportTable *table = g_ptr_array_index (page->tables, i);

      for (guint row = 0; row < crm_report_table_get_n_rows (table); row++)
        if (g_strcmp0 (crm_report_table_get_drill (table, row), drill) == 0)
          return crm_report_table_format_cell (table, row, 0);
    }
  return g_strdup (_("Records"));
}

void
crm_dashboard_view_drill (CrmDashboardView *self,
                          const char       *drill)
{
  g_autofree char *title = NULL;
  CrmDrillDialog *dialog;

  g_return_if_fail (CRM_IS_DASHBOARD_VIEW (self));

  if (drill == NULL || self->store == NULL || crm_dashboard_open_record (GTK_WIDGET (self), drill))
    return;

  title = drill_title (self, drill);
  dialog = crm_drill_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, title, drill,
                                 &self->params);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
crm_dashboard_view_export_pdf (CrmDashboardView  *self,
                               GFile             *file,
                               GError           **error)
{
  Page *page;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (CRM_IS_DASHBOARD_VIEW (self), FALSE);

  if ((page = visible_page (self)) == NULL || page->tables == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING, _("The dashboard is still being computed."));
      return FALSE;
    }

  /* TRANSLATORS: the title of a dashboard's PDF: "Sales Dashboard" */
  title = g_strdup_printf (_("%s Dashboard"), gtk_stack_page_get_title (gtk_stack_get_page (self->stack, page->scrolled)));
  subtitle = g_strdup_printf ("%s · %s", self->period_text, self->params.currency);
  return crm_dashboard_pdf_write (file, title, subtitle, page->tables, error);
}
