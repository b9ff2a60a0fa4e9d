/* crm-customer-page.c — to be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-customer-page.h"

struct _CrmCustomerPage
{
  AdwBin    parent_instance;
  CrmStore *store;
  char     *customer_id;
};

G_DEFINE_FINAL_TYPE (CrmCustomerPage, crm_customer_page, ADW_TYPE_BIN)

CrmCustomerPage *crm_customer_page_new (void) { return g_object_new (CRM_TYPE_CUSTOMER_PAGE, NULL); }
void crm_customer_page_set_store (CrmCustomerPage *self, CrmStore *store) { g_set_object (&self->store, store); }
const char *crm_customer_page_get_customer_id (CrmCustomerPage *self) { return self->customer_id; }
void crm_customer_page_set_customer_id (CrmCustomerPage *self, const char *customer_id) { g_free (self->customer_id); self->customer_id = g_strdup (customer_id); }
void crm_customer_page_log_activity (CrmCustomerPage *self) { }
void crm_customer_page_new_contact (CrmCustomerPage *self) { }
void crm_customer_page_delete_customer (CrmCustomerPage *self) { }

static void
crm_customer_page_finalize (GObject *object)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (object);

  g_clear_object (&self->store);
  g_free (self->customer_id);
  G_OBJECT_CLASS (crm_customer_page_parent_class)->finalize (object);
}

static void
crm_customer_page_class_init (CrmCustomerPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = crm_customer_page_finalize;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/org/example/Crm/crm-customer-page.ui");
}

static void
crm_customer_page_init (CrmCustomerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
