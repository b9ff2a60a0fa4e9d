/* crm-customers-view.c — to be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-customers-view.h"

struct _CrmCustomersView
{
  AdwBin    parent_instance;
  CrmStore *store;
  guint     neglected_days;
};

G_DEFINE_FINAL_TYPE (CrmCustomersView, crm_customers_view, ADW_TYPE_BIN)

enum { PROP_0, PROP_NEGLECTED_DAYS, N_PROPS };
static GParamSpec *properties[N_PROPS];

void crm_customers_view_set_store (CrmCustomersView *self, CrmStore *store) { g_set_object (&self->store, store); }
void crm_customers_view_focus_search (CrmCustomersView *self) { }
void crm_customers_view_new_customer (CrmCustomersView *self) { }
void crm_customers_view_new_contact (CrmCustomersView *self) { }
void crm_customers_view_log_activity (CrmCustomersView *self) { }
void crm_customers_view_delete_customer (CrmCustomersView *self) { }
gboolean crm_customers_view_go_back (CrmCustomersView *self) { return FALSE; }
void crm_customers_view_show_customer (CrmCustomersView *self, const char *customer_id) { }

static void
crm_customers_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  g_value_set_uint (value, CRM_CUSTOMERS_VIEW (object)->neglected_days);
}

static void
crm_customers_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  CRM_CUSTOMERS_VIEW (object)->neglected_days = g_value_get_uint (value);
}

static void
crm_customers_view_finalize (GObject *object)
{
  g_clear_object (&CRM_CUSTOMERS_VIEW (object)->store);
  G_OBJECT_CLASS (crm_customers_view_parent_class)->finalize (object);
}

static void
crm_customers_view_class_init (CrmCustomersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_customers_view_finalize;
  object_class->get_property = crm_customers_view_get_property;
  object_class->set_property = crm_customers_view_set_property;
  properties[PROP_NEGLECTED_DAYS] = g_param_spec_uint ("neglected-days", NULL, NULL, 0, G_MAXUINT, 90,
                                                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/org/example/Crm/crm-customers-view.ui");
}

static void
crm_customers_view_init (CrmCustomersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
