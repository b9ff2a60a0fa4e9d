/* crm-customer-filters.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer-filters.h"
#include "crm-staff.h"

/* Sets the list's sort and filters directly, and says so with ::changed
 * for whoever shows the list's count and empty states. */
struct _CrmCustomerFilters
{
  GtkPopover       parent_instance;

  CrmCustomerList *list;
  GPtrArray       *staff;      /* CrmStaff, by name: the owner choices */
  GStrv            segments;
  GStrv            regions;
  guint            neglected_days;
  gboolean         choices_stale;
  gboolean         filling;

  GtkCheckButton  *sort_name_check;
  GtkCheckButton  *sort_revenue_check;
  GtkCheckButton  *sort_last_contact_check;
  GtkDropDown     *segment_dropdown;
  GtkDropDown     *region_dropdown;
  GtkDropDown     *owner_dropdown;
  GtkCheckButton  *neglected_check;
  GtkWidget       *clear_button;
};

G_DEFINE_FINAL_TYPE (CrmCustomerFilters, crm_customer_filters, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
crm_customer_filters_get_active (CrmCustomerFilters *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_FILTERS (self), FALSE);

  return self->list != NULL &&
         (crm_customer_list_get_segment (self->list) != NULL ||
          crm_customer_list_get_region (self->list) != NULL ||
          crm_customer_list_get_owner_id (self->list) != NULL ||
          crm_customer_list_get_neglected_days (self->list) > 0);
}

static void
changed (CrmCustomerFilters *self)
{
  gtk_widget_set_visible (self->clear_button, crm_customer_filters_get_active (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_sort_toggled (CrmCustomerFilters *self,
                 GtkCheckButton     *check)
{
  CrmCustomerSort sort;

  if (self->list == NULL || !gtk_check_button_get_active (check))
    return;

  if (check == self->sort_revenue_check)
    sort = CRM_CUSTOMER_SORT_REVENUE;
  else if (check == self->sort_last_contact_check)
    sort = CRM_CUSTOMER_SORT_LAST_CONTACT;
  else
    sort = CRM_CUSTOMER_SORT_NAME;

  crm_customer_list_set_sort (self->list, sort);
  changed (self);
}

/* Position 0 of every filter is "any"; the rest follow the choices. */
static const char *
chosen (GtkDropDown *dropdown,
        GStrv        values)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position == 0 || position > g_strv_length (values))
    return NULL;

  return values[position - 1];
}

static void
on_filter_selected (CrmCustomerFilters *self)
{
  const char *owner_id = NULL;
  guint owner;

  if (self->list == NULL || self->filling)
    return;

  owner = gtk_drop_down_get_selected (self->owner_dropdown);
  if (owner != GTK_INVALID_LIST_POSITION && owner > 0 && owner <= self->staff->len)
    owner_id = crm_record_get_id (g_ptr_array_index (self->staff, owner - 1));

  crm_customer_list_set_segment (self->list, chosen (self->segment_dropdown, self->segments));
  crm_customer_list_set_region (self->list, chosen (self->region_dropdown, self->regions));
  crm_customer_list_set_owner_id (self->list, owner_id);
  changed (self);
}

static void
on_neglected_toggled (CrmCustomerFilters *self)
{
  if (self->list == NULL || self->filling)
    return;

  crm_customer_list_set_neglected_days (self->list,
                                        gtk_check_button_get_active (self->neglected_check)
                                        ? self->neglected_days : 0);
  changed (self);
}

void
crm_customer_filters_clear (CrmCustomerFilters *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_FILTERS (self));

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->segment_dropdown, 0);
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_check_button_set_active (self->neglected_check, FALSE);
  self->filling = FALSE;

  if (self->list != NULL)
    {
      crm_customer_list_set_segment (self->list, NULL);
      crm_customer_list_set_region (self->list, NULL);
      crm_customer_list_set_owner_id (self->list, NULL);
      crm_customer_list_set_neglected_days (self->list, 0);
    }
  changed (self);
}

static void
on_clear_clicked (CrmCustomerFilters *self)
{
  crm_customer_filters_clear (self);
}

/* Fills a filter with "any" and @values, keeping @current chosen even if no
 * customer has it any more, so that a filter never changes by itself. */
static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *any,
               GStrv       *values,
               const char  *current)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  if (current != NULL && !g_strv_contains ((const char * const *)*values, current))
    {
      guint n = g_strv_length (*values);

      *values = g_renew (char *, *values, n + 2);
      (*values)[n] = g_strdup (current);
      (*values)[n + 1] = NULL;
    }

  gtk_string_list_append (model, any);
  for (guint i = 0; (*values)[i] != NULL; i++)
    {
      gtk_string_list_append (model, (*values)[i]);
      if (g_strcmp0 ((*values)[i], current) == 0)
        selected = i + 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
}

static GStrv
distinct_values (CrmCustomerFilters *self,
                 const char         *property)
{
  g_autoptr(GError) error = NULL;
  GStrv values;

  if ((values = crm_customer_list_distinct_values (self->list, property, &error)) == NULL)
    {
      g_warning ("Cannot list the customers’ %s values: %s", property, error->message);
      values = g_new0 (char *, 1);
    }

  return values;
}

/* The choices are read when the popover opens, not on every change: finding
 * the segments of 100 000 customers takes a scan of them all. */
static void
fill_choices (CrmCustomerFilters *self)
{
  g_autoptr(GtkStringList) owners = gtk_string_list_new (NULL);
  const char *owner_id;
  guint owner_selected = 0;

  if (self->list == NULL || !self->choices_stale)
    return;

  self->choices_stale = FALSE;
  self->filling = TRUE;

  g_strfreev (self->segments);
  self->segments = distinct_values (self, "segment");
  fill_dropdown (self->segment_dropdown, _("Any Segment"), &self->segments,
                 crm_customer_list_get_segment (self->list));

  g_strfreev (self->regions);
  self->regions = distinct_values (self, "region");
  fill_dropdown (self->region_dropdown, _("Any Region"), &self->regions,
                 crm_customer_list_get_region (self->list));

  owner_id = crm_customer_list_get_owner_id (self->list);
  gtk_string_list_append (owners, _("Anyone"));
  for (guint i = 0; i < self->staff->len; i++)
    {
      CrmStaff *staff = g_ptr_array_index (self->staff, i);

      gtk_string_list_append (owners, crm_staff_get_name (staff));
      if (g_strcmp0 (crm_record_get_id (CRM_RECORD (staff)), owner_id) == 0)
        owner_selected = i + 1;
    }
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  gtk_drop_down_set_selected (self->owner_dropdown, owner_selected);

  self->filling = FALSE;
}

/**
 * crm_customer_filters_set_list:
 *
 * Starts over with @list: sorted by name, no filter.
 */
void
crm_customer_filters_set_list (CrmCustomerFilters *self,
                               CrmCustomerList    *list)
{
  g_return_if_fail (CRM_IS_CUSTOMER_FILTERS (self));
  g_return_if_fail (list == NULL || CRM_IS_CUSTOMER_LIST (list));

  g_set_object (&self->list, list);
  self->choices_stale = TRUE;
  gtk_check_button_set_active (self->sort_name_check, TRUE);
  crm_customer_filters_clear (self);
}

/**
 * crm_customer_filters_set_staff:
 * @staff: (element-type CrmStaff): the owners to offer, in order
 */
void
crm_customer_filters_set_staff (CrmCustomerFilters *self,
                                GPtrArray          *staff)
{
  g_return_if_fail (CRM_IS_CUSTOMER_FILTERS (self));
  g_return_if_fail (staff != NULL);

  g_ptr_array_ref (staff);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  self->staff = staff;
  self->choices_stale = TRUE;
}

/* The customers changed: the choices are read again when next shown. */
void
crm_customer_filters_invalidate (CrmCustomerFilters *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_FILTERS (self));

  self->choices_stale = TRUE;
}

void
crm_customer_filters_set_neglected_days (CrmCustomerFilters *self,
                                         guint               days)
{
  g_autofree char *label = NULL;

  g_return_if_fail (CRM_IS_CUSTOMER_FILTERS (self));

  self->neglected_days = days;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "_Neglected: no contact for %u day",
                                        "_Neglected: no contact for %u days",
                                        days),
                           days);
  gtk_check_button_set_label (self->neglected_check, label);
  gtk_widget_set_visible (GTK_WIDGET (self->neglected_check), days > 0);

  if (gtk_check_button_get_active (self->neglected_check))
    on_neglected_toggled (self);
}

static void
crm_customer_filters_show (GtkWidget *widget)
{
  fill_choices (CRM_CUSTOMER_FILTERS (widget));

  GTK_WIDGET_CLASS (crm_customer_filters_parent_class)->show (widget);
}

static void
crm_customer_filters_dispose (GObject *object)
{
  CrmCustomerFilters *self = CRM_CUSTOMER_FILTERS (object);

  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CUSTOMER_FILTERS);

  G_OBJECT_CLASS (crm_customer_filters_parent_class)->dispose (object);
}

static void
crm_customer_filters_finalize (GObject *object)
{
  CrmCustomerFilters *self = CRM_CUSTOMER_FILTERS (object);

  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_strfreev (self->segments);
  g_strfreev (self->regions);

  G_OBJECT_CLASS (crm_customer_filters_parent_class)->finalize (object);
}

static void
crm_customer_filters_class_init (CrmCustomerFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_customer_filters_dispose;
  object_class->finalize = crm_customer_filters_finalize;
  widget_class->show = crm_customer_filters_show;

  /**
   * CrmCustomerFilters::changed:
   *
   * The list's sort or filters changed through the popover.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-customer-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, sort_name_check);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, sort_revenue_check);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, sort_last_contact_check);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, neglected_check);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerFilters, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_neglected_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
}

static void
crm_customer_filters_init (CrmCustomerFilters *self)
{
  self->staff = g_ptr_array_new ();
  self->segments = g_new0 (char *, 1);
  self->regions = g_new0 (char *, 1);
  self->choices_stale = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  crm_customer_filters_set_neglected_days (self, 90);
}
