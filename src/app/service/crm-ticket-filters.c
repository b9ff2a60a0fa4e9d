/* crm-ticket-filters.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-product.h"
#include "crm-staff-list.h"
#include "crm-staff.h"
#include "crm-ticket-filters.h"

/* The first choice of every drop-down is "Any". The choices that come from
 * the store (products, categories, regions, staff) are read when the popover
 * opens: they change rarely, and the queue should not reread them on every
 * ticket saved. */

typedef enum
{
  FILTER_STATUS,
  FILTER_PRIORITY,
  FILTER_PRODUCT,
  FILTER_FAULT,
  FILTER_REGION,
  FILTER_TECHNICIAN,
  N_FILTERS
} Filter;

static const char * const filter_names[N_FILTERS] = {
  "status", "priority", "product", "fault", "region", "technician",
};

struct _CrmTicketFilters
{
  GtkPopover   parent_instance;

  CrmStore    *store;
  GPtrArray   *values[N_FILTERS];   /* char *, parallel to each drop-down after "Any" */
  gboolean     filling;
  gboolean     stale;       /* the store's choices not read yet */

  GtkDropDown *dropdowns[N_FILTERS];
  GtkCheckButton *overdue_check;
  GtkWidget   *clear_button;
};

G_DEFINE_FINAL_TYPE (CrmTicketFilters, crm_ticket_filters, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Unassigned tickets are filtered with technician "", as the list wants. */
#define UNASSIGNED ""

static const char *
value_at (CrmTicketFilters *self,
          Filter            filter)
{
  guint selected = gtk_drop_down_get_selected (self->dropdowns[filter]);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->values[filter]->len)
    return NULL;

  return g_ptr_array_index (self->values[filter], selected - 1);
}

gboolean
crm_ticket_filters_get_active (CrmTicketFilters *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_FILTERS (self), FALSE);

  for (guint i = 0; i < N_FILTERS; i++)
    if (value_at (self, i) != NULL)
      return TRUE;

  return gtk_check_button_get_active (self->overdue_check);
}

/**
 * crm_ticket_filters_get_filter:
 *
 * Fills @filter with the choices; its strings belong to @self and stay valid
 * until the choices change.
 */
void
crm_ticket_filters_get_filter (CrmTicketFilters *self,
                               CrmTicketFilter  *filter)
{
  const char *status, *priority;

  g_return_if_fail (CRM_IS_TICKET_FILTERS (self));
  g_return_if_fail (filter != NULL);

  crm_ticket_filter_init (filter);
  status = value_at (self, FILTER_STATUS);
  priority = value_at (self, FILTER_PRIORITY);
  if (status == NULL || !crm_enum_from_nick (CRM_TYPE_TICKET_STATUS, status, &filter->status))
    filter->status = -1;
  if (priority == NULL || !crm_enum_from_nick (CRM_TYPE_TICKET_PRIORITY, priority, &filter->priority))
    filter->priority = -1;
  filter->product_id = value_at (self, FILTER_PRODUCT);
  filter->fault_category = value_at (self, FILTER_FAULT);
  filter->region = value_at (self, FILTER_REGION);
  filter->technician_id = value_at (self, FILTER_TECHNICIAN);
  filter->overdue_only = gtk_check_button_get_active (self->overdue_check);
}

static void
on_filter_changed (CrmTicketFilters *self)
{
  if (self->filling)
    return;

  gtk_widget_set_visible (self->clear_button, crm_ticket_filters_get_active (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

void
crm_ticket_filters_clear (CrmTicketFilters *self)
{
  g_return_if_fail (CRM_IS_TICKET_FILTERS (self));

  self->filling = TRUE;
  for (guint i = 0; i < N_FILTERS; i++)
    gtk_drop_down_set_selected (self->dropdowns[i], 0);
  gtk_check_button_set_active (self->overdue_check, FALSE);
  self->filling = FALSE;
  on_filter_changed (self);
}

/* Sets a drop-down's choices, keeping what was chosen if it is still there. */
static void
set_choices (CrmTicketFilters *self,
             Filter            filter,
             GPtrArray        *values,
             GPtrArray        *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_strdup (value_at (self, filter));
  guint selected = 0;

  gtk_string_list_append (model, _("Any"));
  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
      if (chosen != NULL && g_strcmp0 (chosen, g_ptr_array_index (values, i)) == 0)
        selected = i + 1;
    }

  self->filling = TRUE;
  g_ptr_array_unref (self->values[filter]);
  self->values[filter] = g_ptr_array_ref (values);
  gtk_drop_down_set_model (self->dropdowns[filter], G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->dropdowns[filter], selected);
  self->filling = FALSE;
}

static void
set_enum_choices (CrmTicketFilters *self,
                  Filter            filter,
                  GType             type,
                  int               n_values,
                  const char     *(*label) (int value))
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (int i = 0; i < n_values; i++)
    {
      g_ptr_array_add (values, g_strdup (crm_enum_to_nick (type, i)));
      g_ptr_array_add (labels, (gpointer) label (i));
    }
  set_choices (self, filter, values, labels);
}

static void
set_string_choices (CrmTicketFilters *self,
                    Filter            filter,
                    char            **strings)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    {
      g_ptr_array_add (values, g_strdup (strings[i]));
      g_ptr_array_add (labels, strings[i]);
    }
  set_choices (self, filter, values, labels);
}

static void
set_record_choices (CrmTicketFilters *self,
                    Filter            filter,
                    GPtrArray        *records,
                    const char     *(*name) (gpointer record),
                    const char       *first_value,
                    const char       *first_label)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (first_label != NULL)
    {
      g_ptr_array_add (values, g_strdup (first_value));
      g_ptr_array_add (labels, (gpointer) first_label);
    }
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      g_ptr_array_add (values, g_strdup (crm_record_get_id (g_ptr_array_index (records, i))));
      g_ptr_array_add (labels, (gpointer) name (g_ptr_array_index (records, i)));
    }
  set_choices (self, filter, values, labels);
}

static const char *
status_label (int value)
{
  return crm_page_ticket_status_label (value);
}

static const char *
priority_label (int value)
{
  return crm_page_ticket_priority_label (value);
}

static void
fill_choices (CrmTicketFilters *self)
{
  g_autoptr(GPtrArray) products = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_auto(GStrv) faults = NULL;
  g_auto(GStrv) regions = NULL;
  g_autoptr(GError) error = NULL;

  /* The queue shows open tickets: "Closed" is no choice there. */
  set_enum_choices (self, FILTER_STATUS, CRM_TYPE_TICKET_STATUS, CRM_TICKET_STATUS_CLOSED, status_label);
  set_enum_choices (self, FILTER_PRIORITY, CRM_TYPE_TICKET_PRIORITY, CRM_TICKET_PRIORITY_URGENT + 1, priority_label);

  if (self->store == NULL)
    return;

  self->stale = FALSE;
  if ((products = crm_store_list (self->store, CRM_TYPE_PRODUCT, NULL, NULL, &error)) == NULL)
    g_warning ("Cannot list products: %s", error->message);
  g_clear_error (&error);
  if ((faults = crm_ticket_list_fault_categories (self->store, &error)) == NULL)
    g_warning ("Cannot list fault categories: %s", error->message);
  g_clear_error (&error);
  if ((regions = crm_ticket_list_regions (self->store, &error)) == NULL)
    g_warning ("Cannot list regions: %s", error->message);
  staff = crm_staff_list_load (self->store);

  set_record_choices (self, FILTER_PRODUCT, products, (gpointer) crm_product_get_name, NULL, NULL);
  set_string_choices (self, FILTER_FAULT, faults);
  set_string_choices (self, FILTER_REGION, regions);
  set_record_choices (self, FILTER_TECHNICIAN, staff, (gpointer) crm_staff_get_name, UNASSIGNED, _("Unassigned"));
}

void
crm_ticket_filters_select (CrmTicketFilters *self,
                           const char       *which,
                           guint             position)
{
  g_return_if_fail (CRM_IS_TICKET_FILTERS (self));

  if (self->stale)
    fill_choices (self);
  for (guint i = 0; i < N_FILTERS; i++)
    if (g_strcmp0 (which, filter_names[i]) == 0)
      gtk_drop_down_set_selected (self->dropdowns[i], position);
}

void
crm_ticket_filters_set_overdue_only (CrmTicketFilters *self,
                                     gboolean          overdue_only)
{
  g_return_if_fail (CRM_IS_TICKET_FILTERS (self));

  gtk_check_button_set_active (self->overdue_check, overdue_only);
}

void
crm_ticket_filters_set_store (CrmTicketFilters *self,
                              CrmStore         *store)
{
  g_return_if_fail (CRM_IS_TICKET_FILTERS (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  /* Read when the popover first opens: two scans of the tickets the
   * window's start can do without. */
  if (g_set_object (&self->store, store))
    self->stale = TRUE;
}

static void
crm_ticket_filters_show (GtkWidget *widget)
{
  fill_choices (CRM_TICKET_FILTERS (widget));
  GTK_WIDGET_CLASS (crm_ticket_filters_parent_class)->show (widget);
}

static void
crm_ticket_filters_dispose (GObject *object)
{
  CrmTicketFilters *self = CRM_TICKET_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_TICKET_FILTERS);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_ticket_filters_parent_class)->dispose (object);
}

static void
crm_ticket_filters_finalize (GObject *object)
{
  CrmTicketFilters *self = CRM_TICKET_FILTERS (object);

  for (guint i = 0; i < N_FILTERS; i++)
    g_ptr_array_unref (self->values[i]);

  G_OBJECT_CLASS (crm_ticket_filters_parent_class)->finalize (object);
}

static void
crm_ticket_filters_class_init (CrmTicketFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_ticket_filters_dispose;
  object_class->finalize = crm_ticket_filters_finalize;
  widget_class->show = crm_ticket_filters_show;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-ticket-filters.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "status_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_STATUS]));
  gtk_widget_class_bind_template_child_full (widget_class, "priority_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_PRIORITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "product_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_PRODUCT]));
  gtk_widget_class_bind_template_child_full (widget_class, "fault_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_FAULT]));
  gtk_widget_class_bind_template_child_full (widget_class, "region_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_REGION]));
  gtk_widget_class_bind_template_child_full (widget_class, "technician_dropdown", FALSE,
                                             G_STRUCT_OFFSET (CrmTicketFilters, dropdowns[FILTER_TECHNICIAN]));
  gtk_widget_class_bind_template_child (widget_class, CrmTicketFilters, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, CrmTicketFilters, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, crm_ticket_filters_clear);
}

static void
crm_ticket_filters_init (CrmTicketFilters *self)
{
  for (guint i = 0; i < N_FILTERS; i++)
    self->values[i] = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);
}
