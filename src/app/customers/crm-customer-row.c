/* crm-customer-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer-row.h"
#include "crm-page-format.h"

/* Rows are recycled as the list scrolls, so an update only sets label texts:
 * whatever needs the store was looked up by the view before. */
struct _CrmCustomerRow
{
  GtkWidget  parent_instance;

  GtkLabel  *name_label;
  GtkLabel  *neglected_label;
  GtkLabel  *detail_label;
  GtkLabel  *owner_label;
  GtkLabel  *last_contact_label;
};

G_DEFINE_FINAL_TYPE (CrmCustomerRow, crm_customer_row, GTK_TYPE_WIDGET)

CrmCustomerRow *
crm_customer_row_new (void)
{
  return g_object_new (CRM_TYPE_CUSTOMER_ROW, NULL);
}

/* The local time zone, read once: a scroll updates hundreds of rows, and
 * reading it costs a file read each time. */
static GTimeZone *
local_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, g_time_zone_new_local ());

  return zone;
}

/* "Today", "3 days ago", or the date once it is a month back. */
static char *
format_last_contact (gint64 last_contact_at)
{
  GTimeZone *zone = local_zone ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) then = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) day = NULL;
  gint64 days;

  if (last_contact_at <= 0 || (utc = g_date_time_new_from_unix_utc (last_contact_at)) == NULL)
    return g_strdup (_("Never contacted"));
  then = g_date_time_to_timezone (utc, zone);

  /* Calendar days, so that last night is "Yesterday" this morning. */
  today = g_date_time_new (zone, g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now), 0, 0, 0);
  day = g_date_time_new (zone, g_date_time_get_year (then), g_date_time_get_month (then),
                         g_date_time_get_day_of_month (then), 0, 0, 0);
  days = g_date_time_difference (today, day) / G_TIME_SPAN_DAY;

  if (days <= 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days < 31)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), (int)days);

  return crm_page_format_date (last_contact_at);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/**
 * crm_customer_row_update:
 * @owner_name: (nullable): the name of the customer's owner, if any
 * @last_contact_at: unix seconds of the last contact; 0 if there was none
 * @neglected: whether to show the "Neglected" marker
 */
void
crm_customer_row_update (CrmCustomerRow *self,
                         CrmCustomer    *customer,
                         const char     *owner_name,
                         gint64          last_contact_at,
                         gboolean        neglected)
{
  const char *name, *company, *city;
  g_autofree char *last_contact = NULL;
  g_autofree char *detail = NULL;

  g_return_if_fail (CRM_IS_CUSTOMER_ROW (self));
  g_return_if_fail (CRM_IS_CUSTOMER (customer));

  name = crm_customer_get_name (customer);
  company = crm_customer_get_company (customer);
  city = crm_customer_get_city (customer);

  /* A company's own name is not repeated as its company. */
  if (company != NULL && (*company == '\0' || g_strcmp0 (company, name) == 0))
    company = NULL;
  if (city != NULL && *city == '\0')
    city = NULL;

  if (company != NULL && city != NULL)
    /* TRANSLATORS: a customer's company and city in the customer list */
    detail = g_strdup_printf (C_("customer row", "%s · %s"), company, city);
  else if (company != NULL || city != NULL)
    detail = g_strdup (company != NULL ? company : city);
  else
    detail = g_strdup (crm_customer_get_email (customer));

  last_contact = format_last_contact (last_contact_at);

  gtk_label_set_text (self->name_label, name != NULL && *name != '\0' ? name : _("Unnamed Customer"));
  set_text (self->detail_label, detail);
  set_text (self->owner_label, owner_name);
  gtk_label_set_text (self->last_contact_label, last_contact);
  gtk_widget_set_visible (GTK_WIDGET (self->neglected_label), neglected);
}

/* Empties a row whose item went away, so no stale name shows on reuse. */
void
crm_customer_row_clear (CrmCustomerRow *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_ROW (self));

  gtk_label_set_text (self->name_label, "");
  set_text (self->detail_label, NULL);
  set_text (self->owner_label, NULL);
  gtk_label_set_text (self->last_contact_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->neglected_label), FALSE);
}

static void
crm_customer_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_CUSTOMER_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (crm_customer_row_parent_class)->dispose (object);
}

static void
crm_customer_row_class_init (CrmCustomerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_customer_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-customer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerRow, neglected_label);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerRow, last_contact_label);
}

static void
crm_customer_row_init (CrmCustomerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
