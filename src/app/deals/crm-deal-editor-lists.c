/* crm-deal-editor-lists.c: the deal editor's lists: the activities and what
 * they cost, the quotes, and the customers a new deal can be for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-deal-editor-private.h"
#include "crm-deal-format.h"
#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-pipeline.h"
#include "crm-quote-totals.h"

/* A few matches are enough to pick from; typing more narrows them. */
#define N_CUSTOMER_MATCHES 8

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();
  /* The user's text, escaped: libadwaita 1.2 reads row subtitles as markup. */
  g_autofree char *title_markup = g_markup_escape_text (title != NULL ? title : "", -1);
  g_autofree char *subtitle_markup = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_markup);
  if (suffix != NULL && *suffix != '\0')
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  gint64 at_a = crm_activity_get_at (*(CrmActivity **) a);
  gint64 at_b = crm_activity_get_at (*(CrmActivity **) b);

  return at_a < at_b ? 1 : at_a > at_b ? -1 : 0;
}

static void
fill_activities (CrmDealEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = crm_store_list (self->store, CRM_TYPE_ACTIVITY, "deal-id", self->deal_id, &error);
  const char *currency = crm_deal_get_currency (self->deal);
  gint64 cost = 0, minutes = 0;
  g_autofree char *cost_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *margin_text = NULL;

  clear_list (self->activities_list);
  if (activities == NULL)
    {
      crm_deal_editor_show_error (self, _("The deal’s activities could not be loaded."), error);
      return;
    }

  g_ptr_array_sort (activities, newest_first);
  for (guint i = 0; i < activities->len; i++)
    {
      CrmActivity *activity = g_ptr_array_index (activities, i);
      g_autofree char *date = crm_page_format_date (crm_activity_get_at (activity));
      g_autofree char *duration = crm_deal_format_minutes (crm_activity_get_duration_minutes (activity));
      g_autofree char *price = crm_activity_get_cost (activity) != 0
                               ? crm_page_format_money (crm_activity_get_cost (activity),
                                                        crm_activity_get_currency (activity))
                               : NULL;
      g_autofree char *subtitle = CRM_PAGE_JOIN (date, crm_page_activity_kind_label (crm_activity_get_kind (activity)),
                                                 duration);
      const char *subject = crm_activity_get_subject (activity);

      gtk_list_box_append (self->activities_list,
                           new_row (subject != NULL ? subject : crm_page_activity_kind_label (crm_activity_get_kind (activity)),
                                    subtitle, price));
    }

  if (!crm_deal_load_cost_of_sale (self->store, self->deal_id, &cost, &minutes, &error))
    {
      crm_deal_editor_show_error (self, _("The deal’s cost of sale could not be loaded."), error);
      return;
    }

  cost_text = crm_page_format_money (cost, currency);
  time_text = minutes > 0 ? crm_deal_format_minutes (minutes) : g_strdup (_("None logged"));
  margin_text = crm_deal_format_margin (crm_deal_get_amount (self->deal), cost, currency);
  gtk_label_set_text (self->cost_label, cost_text);
  gtk_label_set_text (self->time_label, time_text);
  gtk_label_set_text (self->margin_label, margin_text);
  if (cost > crm_deal_get_amount (self->deal))
    gtk_widget_add_css_class (GTK_WIDGET (self->margin_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->margin_label), "error");
}

static void
fill_quotes (CrmDealEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) quotes = crm_store_list (self->store, CRM_TYPE_QUOTE, "deal-id", self->deal_id, &error);

  clear_list (self->quotes_list);
  if (quotes == NULL)
    {
      crm_deal_editor_show_error (self, _("The deal’s quotes could not be loaded."), error);
      return;
    }

  for (guint i = 0; i < quotes->len; i++)
    {
      CrmQuote *quote = g_ptr_array_index (quotes, i);
      const char *id = crm_record_get_id (CRM_RECORD (quote));
      CrmQuoteTotals totals = { 0 };
      g_autofree char *title = g_strdup_printf (_("Quote %s"), crm_quote_get_number (quote) != NULL
                                                               ? crm_quote_get_number (quote) : "");
      g_autofree char *total = NULL;
      GtkWidget *row;

      if (crm_quote_load_totals (self->store, id, &totals, NULL))
        total = crm_page_format_money (totals.total, crm_quote_get_currency (quote));
      row = new_row (title, crm_page_quote_status_label (crm_quote_get_status (quote)), total);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "crm-quote-id", g_strdup (id), g_free);
      gtk_list_box_append (self->quotes_list, row);
    }
}

/**
 * crm_deal_editor_fill_lists:
 *
 * Shows the saved deal's activities, cost of sale, margin and quotes again.
 */
void
crm_deal_editor_fill_lists (CrmDealEditor *self)
{
  if (self->deal_id == NULL || self->deal == NULL)
    return;

  add_placeholder (self->activities_list, _("No activities logged for this deal yet"));
  add_placeholder (self->quotes_list, _("No quotes for this deal yet"));
  fill_activities (self);
  fill_quotes (self);
}

static GtkWidget *
customer_row_new (gpointer item,
                  gpointer user_data)
{
  CrmCustomer *customer = item;
  g_autofree char *place = CRM_PAGE_JOIN (crm_customer_get_city (customer), crm_customer_get_country (customer));
  GtkWidget *row = new_row (crm_customer_get_name (customer), place, NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "crm-customer-id",
                          g_strdup (crm_record_get_id (CRM_RECORD (customer))), g_free);
  return row;
}

/**
 * crm_deal_editor_search_customers:
 *
 * Lists the first customers matching @text: the lazy list builds only the
 * few shown, however many customers there are.
 */
void
crm_deal_editor_search_customers (CrmDealEditor *self,
                                  const char    *text)
{
  g_autoptr(GtkSliceListModel) matches = NULL;

  if (self->customers == NULL)
    {
      self->customers = crm_customer_list_new (self->store);
      crm_customer_list_set_search_limit (self->customers, N_CUSTOMER_MATCHES);
    }

  crm_customer_list_set_search (self->customers, text);
  matches = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->customers)), 0, N_CUSTOMER_MATCHES);
  gtk_list_box_bind_model (self->customer_list, G_LIST_MODEL (matches), customer_row_new, NULL, NULL);
  add_placeholder (self->customer_list, _("No customer matches"));
}
