/* crm-activity-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-activity-dialog.h"
#include "crm-field.h"
#include "crm-models.h"
#include "crm-page-context.h"
#include "crm-page-edits.h"
#include "crm-page-format.h"
#include "deals/crm-deal-format.h"
#include "quotes/crm-quote-fields.h"

/* Tasks fall due at the start of a working day. */
#define DUE_HOUR 9

/* Costs without a deal are in the currency of the customer's deals, or this. */
#define FALLBACK_CURRENCY "EUR"

struct _CrmActivityDialog
{
  AdwWindow            parent_instance;

  CrmStore            *store;
  CrmCustomerPage     *page;             /* the page it was opened from, if any */
  char                *customer_id;
  CrmPageContext       context;          /* who logs it */
  GPtrArray           *deals;            /* CrmDeal: the deal row's choices after "No Deal" */
  char                *fallback_currency;
  CrmActivityKind      kind;
  char                *counterpart;      /* who the default subjects name */
  char                *default_subject;  /* replaced when the kind changes, unless edited */

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *subject_group;
  AdwComboRow         *kind_row;
  AdwEntryRow         *subject_row;
  AdwComboRow         *deal_row;
  AdwEntryRow         *duration_row;
  AdwEntryRow         *cost_row;
  GtkTextView         *body_view;
  AdwPreferencesGroup *due_group;
  GtkCalendar         *calendar;
};

G_DEFINE_FINAL_TYPE (CrmActivityDialog, crm_activity_dialog, ADW_TYPE_WINDOW)

/* Who the activity is with: the primary contact, else the customer. */
static const char *
counterpart_of (const CrmCustomer360 *data)
{
  for (guint i = 0; i < data->contacts->len; i++)
    {
      CrmContact *contact = g_ptr_array_index (data->contacts, i);

      if (crm_contact_get_is_primary (contact))
        return crm_contact_get_name (contact);
    }

  return crm_customer_get_name (data->customer);
}

static char *
subject_for (CrmActivityKind  kind,
             const char      *who)
{
  switch (kind)
    {
    case CRM_ACTIVITY_KIND_CALL:
      return g_strdup_printf (_("Call with %s"), who);
    case CRM_ACTIVITY_KIND_MEETING:
      return g_strdup_printf (_("Meeting with %s"), who);
    case CRM_ACTIVITY_KIND_VISIT:
      return g_strdup_printf (_("Visit to %s"), who);
    case CRM_ACTIVITY_KIND_EMAIL:
      return g_strdup_printf (_("Email to %s"), who);
    case CRM_ACTIVITY_KIND_SMS:
      return g_strdup_printf (_("SMS to %s"), who);
    case CRM_ACTIVITY_KIND_FAX:
      return g_strdup_printf (_("Fax to %s"), who);
    case CRM_ACTIVITY_KIND_TASK:
      return g_strdup_printf (_("Follow up with %s"), who);
    case CRM_ACTIVITY_KIND_NOTE:
    default:
      return g_strdup_printf (_("Note on %s"), who);
    }
}

static gint64
due_at (CrmActivityDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) due = g_date_time_new (local, g_date_time_get_year (day), g_date_time_get_month (day),
                                              g_date_time_get_day_of_month (day), DUE_HOUR, 0, 0);

  return due != NULL ? g_date_time_to_unix (due) : 0;
}

static CrmDeal *
selected_deal (CrmActivityDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->deal_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->deals->len)
    return NULL;

  return g_ptr_array_index (self->deals, selected - 1);
}

static const char *
cost_currency (CrmActivityDialog *self)
{
  CrmDeal *deal = selected_deal (self);

  if (deal != NULL && crm_deal_get_currency (deal) != NULL)
    return crm_deal_get_currency (deal);

  return self->fallback_currency;
}

static void
deal_selected_cb (CrmActivityDialog *self)
{
  g_autofree char *title = NULL;

  if (self->deals == NULL)
    return;

  /* Translators: the title of the cost field, with its currency code */
  title = g_strdup_printf (_("Cost (%s)"), cost_currency (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cost_row), title);
}

static gboolean
read_cost (CrmActivityDialog *self,
           gint64            *cost)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cost_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;

  *cost = 0;
  if (*text != '\0' && !crm_money_parse (text, cost_currency (self), cost, &error))
    problem = g_strdup_printf (_("“%s” is not an amount of money."), text);
  else if (*cost < 0)
    problem = g_strdup (_("The cost cannot be negative."));

  crm_quote_field_set_problem (self->cost_row, problem);
  if (problem != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (problem));

  return problem == NULL;
}

static gboolean
read_duration (CrmActivityDialog *self,
               int               *minutes)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = crm_deal_parse_minutes (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), minutes, &error);

  crm_quote_field_set_problem (self->duration_row, ok ? NULL : error->message);
  if (!ok)
    adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (error->message));

  return ok;
}

static void
log_activity (CrmActivityDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmActivity) activity = NULL;
  g_autofree char *subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  g_autofree char *body = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;
  CrmDeal *deal = selected_deal (self);
  int minutes;
  gint64 cost;

  /* The page may have moved on to another customer while the dialog was open. */
  if (self->page != NULL &&
      (g_strcmp0 (crm_customer_page_get_customer_id (self->page), self->customer_id) != 0 ||
       crm_customer_page_get_data (self->page) == NULL))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("The customer is no longer shown; the activity was not logged.")));
      return;
    }

  if (!read_duration (self, &minutes) || !read_cost (self, &cost))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  activity = crm_page_edits_new_activity (self->customer_id, crm_page_context_current_staff_id (&self->context),
                                          self->kind, subject, body,
                                          self->kind == CRM_ACTIVITY_KIND_TASK ? due_at (self) : 0);
  crm_activity_set_deal_id (activity, deal != NULL ? crm_record_get_id (CRM_RECORD (deal)) : NULL);
  crm_activity_set_duration_minutes (activity, minutes);
  crm_activity_set_cost (activity, cost);
  if (cost != 0)
    crm_activity_set_currency (activity, cost_currency (self));

  /* The customer page and the deal editor follow the store's "changed". */
  if (!crm_store_save (self->store, CRM_RECORD (activity), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The activity could not be logged: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (message));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  log_activity (CRM_ACTIVITY_DIALOG (widget));
}

static void
set_kind (CrmActivityDialog *self,
          CrmActivityKind    kind)
{
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  g_autofree char *title = NULL;

  self->kind = kind;

  /* Translators: the title of the dialog that logs a call, a meeting, … */
  title = g_strdup_printf (_("Log %s"), crm_page_activity_kind_label (kind));
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->default_subject == NULL || g_str_equal (subject, self->default_subject))
    {
      g_free (self->default_subject);
      self->default_subject = subject_for (kind, self->counterpart);
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row), self->default_subject);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->due_group), kind == CRM_ACTIVITY_KIND_TASK);
}

static void
kind_selected_cb (CrmActivityDialog *self)
{
  guint n_kinds;
  const CrmActivityKind *kinds = crm_page_log_kinds (&n_kinds);
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->counterpart != NULL && selected < n_kinds && kinds[selected] != self->kind)
    set_kind (self, kinds[selected]);
}

static void
fill_deals (CrmActivityDialog    *self,
            const CrmCustomer360 *data,
            const char           *deal_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint position = 0;

  /* The page replaces its data when it reloads: the dialog keeps its own. */
  self->deals = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (names, _("No Deal"));
  for (guint i = 0; i < data->deals->len; i++)
    {
      CrmDeal *deal = g_ptr_array_index (data->deals, i);
      CrmPipelineStage *stage = crm_page_context_stage (&self->context, crm_deal_get_stage_id (deal));
      g_autofree char *label = NULL;

      if (stage != NULL && crm_pipeline_stage_get_kind (stage) != CRM_STAGE_KIND_OPEN)
        /* Translators: a closed deal in the list of deals an activity can be for: its title and stage */
        label = g_strdup_printf (_("%s (%s)"), crm_deal_get_title (deal), crm_pipeline_stage_get_name (stage));
      else
        label = g_strdup (crm_deal_get_title (deal));

      g_ptr_array_add (self->deals, g_object_ref (deal));
      gtk_string_list_append (names, label);
      if (g_strcmp0 (crm_record_get_id (CRM_RECORD (deal)), deal_id) == 0)
        position = i + 1;
      if (self->fallback_currency == NULL && crm_deal_get_currency (deal) != NULL)
        self->fallback_currency = g_strdup (crm_deal_get_currency (deal));
    }
  if (self->fallback_currency == NULL)
    self->fallback_currency = g_strdup (FALLBACK_CURRENCY);

  adw_combo_row_set_model (self->deal_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->deal_row, position);
  deal_selected_cb (self);
}

static void
set_up (CrmActivityDialog    *self,
        GtkWindow            *parent,
        CrmStore             *store,
        const CrmCustomer360 *data,
        const char           *deal_id,
        CrmActivityKind       kind)
{
  g_autofree char *description = NULL;
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  const CrmActivityKind *kinds;
  guint n_kinds, position = 0;
  const char *staff_name;

  self->store = g_object_ref (store);
  self->customer_id = g_strdup (crm_record_get_id (CRM_RECORD (data->customer)));
  crm_page_context_set_store (&self->context, store);
  crm_page_context_load_names (&self->context);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  /* Group descriptions are markup. */
  staff_name = crm_page_context_staff_name (&self->context, crm_page_context_current_staff_id (&self->context));
  if (staff_name != NULL)
    description = g_markup_printf_escaped (_("For %s, logged by %s now"),
                                           crm_customer_get_name (data->customer), staff_name);
  else
    description = g_markup_printf_escaped (_("For %s, logged now; choose who you are in Preferences to sign it"),
                                           crm_customer_get_name (data->customer));
  adw_preferences_group_set_description (self->subject_group, description);

  kinds = crm_page_log_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      gtk_string_list_append (kind_names, crm_page_activity_kind_label (kinds[i]));
      if (kinds[i] == kind)
        position = i;
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  adw_combo_row_set_selected (self->kind_row, position);

  fill_deals (self, data, deal_id);

  self->counterpart = g_strdup (counterpart_of (data));
  set_kind (self, kind);
  gtk_calendar_select_day (self->calendar, tomorrow);

  gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
}

/**
 * crm_activity_dialog_new:
 * @page: the page whose customer the activity is for; it must show one
 * @kind: what was done; the dialog can change it
 *
 * Returns: (transfer none): a dialog over @page's window, not yet presented
 */
CrmActivityDialog *
crm_activity_dialog_new (CrmCustomerPage *page,
                         CrmActivityKind  kind)
{
  CrmActivityDialog *self;
  GtkRoot *root;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (page), NULL);
  g_return_val_if_fail (crm_customer_page_get_data (page) != NULL, NULL);

  self = g_object_new (CRM_TYPE_ACTIVITY_DIALOG, NULL);
  self->page = g_object_ref (page);
  root = gtk_widget_get_root (GTK_WIDGET (page));
  set_up (self, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, crm_customer_page_get_store (page),
          crm_customer_page_get_data (page), NULL, kind);

  return self;
}

/**
 * crm_activity_dialog_new_for_deal:
 * @parent: (nullable): the window it is over
 * @deal_id: the deal the activity is for, chosen in the dialog (it can be changed)
 * @kind: what was done; the dialog can change it
 *
 * Returns: (transfer none) (nullable): a dialog for the deal's customer, not
 *   yet presented, or %NULL with @error set when the deal or its customer
 *   cannot be loaded
 */
CrmActivityDialog *
crm_activity_dialog_new_for_deal (GtkWindow        *parent,
                                  CrmStore         *store,
                                  const char       *deal_id,
                                  CrmActivityKind   kind,
                                  GError          **error)
{
  g_autoptr(CrmDeal) deal = NULL;
  g_autoptr(CrmCustomer360) data = NULL;
  CrmActivityDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (deal_id != NULL, NULL);

  if ((deal = crm_store_load (store, CRM_TYPE_DEAL, deal_id, error)) == NULL ||
      (data = crm_customer_360_load (store, crm_deal_get_customer_id (deal), error)) == NULL)
    return NULL;

  self = g_object_new (CRM_TYPE_ACTIVITY_DIALOG, NULL);
  set_up (self, parent, store, data, deal_id, kind);

  return self;
}

static void
crm_activity_dialog_dispose (GObject *object)
{
  CrmActivityDialog *self = CRM_ACTIVITY_DIALOG (object);

  g_clear_object (&self->page);
  g_clear_pointer (&self->deals, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_ACTIVITY_DIALOG);

  G_OBJECT_CLASS (crm_activity_dialog_parent_class)->dispose (object);
}

static void
crm_activity_dialog_finalize (GObject *object)
{
  CrmActivityDialog *self = CRM_ACTIVITY_DIALOG (object);

  crm_page_context_clear (&self->context);
  g_clear_object (&self->store);
  g_free (self->customer_id);
  g_free (self->fallback_currency);
  g_free (self->counterpart);
  g_free (self->default_subject);

  G_OBJECT_CLASS (crm_activity_dialog_parent_class)->finalize (object);
}

static void
crm_activity_dialog_class_init (CrmActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_activity_dialog_dispose;
  object_class->finalize = crm_activity_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, subject_group);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, deal_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, due_group);
  gtk_widget_class_bind_template_child (widget_class, CrmActivityDialog, calendar);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, deal_selected_cb);

  gtk_widget_class_install_action (widget_class, "activity.log", NULL, log_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_activity_dialog_init (CrmActivityDialog *self)
{
  crm_page_context_init (&self->context);
  gtk_widget_init_template (GTK_WIDGET (self));
}
