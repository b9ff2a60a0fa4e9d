/* crm-customer-360.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-customer-360"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-customer-360.h"
#include "crm-models.h"
#include "crm-record-private.h"
#include "crm-store-private.h"

void
crm_customer_360_free (CrmCustomer360 *page)
{
  if (page == NULL)
    return;

  g_clear_object (&page->customer);
  g_clear_pointer (&page->contacts, g_ptr_array_unref);
  g_clear_pointer (&page->activities, g_ptr_array_unref);
  g_clear_pointer (&page->deals, g_ptr_array_unref);
  g_clear_pointer (&page->quotes, g_ptr_array_unref);
  g_clear_pointer (&page->orders, g_ptr_array_unref);
  g_clear_pointer (&page->order_totals, g_array_unref);
  g_clear_pointer (&page->tickets, g_ptr_array_unref);
  g_clear_pointer (&page->contracts, g_ptr_array_unref);
  g_free (page);
}

static gboolean
load_order_totals (CrmStore        *store,
                   CrmCustomer360  *page,
                   GError         **error)
{
  sqlite3_stmt *stmt;

  page->order_totals = g_array_sized_new (FALSE, TRUE, sizeof (gint64), page->orders->len);
  g_array_set_size (page->order_totals, page->orders->len);

  stmt = crm_store_prepare (store,
                            "SELECT revenue FROM order_totals WHERE order_id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < page->orders->len; i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, crm_record_get_id (g_ptr_array_index (page->orders, i)), -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_array_index (page->order_totals, gint64, i) = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      /* An order without lines has no row, and a total of zero. */
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return crm_store_set_error (store, rc, error);
    }

  return TRUE;
}

/**
 * crm_customer_360_load:
 *
 * Loads a customer with its figures and every section of its page, each
 * from an indexed query.
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
CrmCustomer360 *
crm_customer_360_load (CrmStore    *store,
                       const char  *customer_id,
                       GError     **error)
{
  g_autoptr(CrmCustomer360) page = g_new0 (CrmCustomer360, 1);

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (customer_id != NULL, NULL);

  page->customer = crm_store_load (store, CRM_TYPE_CUSTOMER, customer_id, error);
  if (page->customer == NULL)
    return NULL;

  if (crm_record_get_deleted (CRM_RECORD (page->customer)))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The customer “%s” was deleted."), crm_customer_get_name (page->customer));
      return NULL;
    }

  if (!crm_customer_figures_load (store, customer_id, &page->figures, error) ||
      !(page->contacts = crm_store_list (store, CRM_TYPE_CONTACT, "customer-id", customer_id, error)) ||
      !(page->activities = crm_store_list (store, CRM_TYPE_ACTIVITY, "customer-id", customer_id, error)) ||
      !(page->deals = crm_store_list (store, CRM_TYPE_DEAL, "customer-id", customer_id, error)) ||
      !(page->quotes = crm_store_list (store, CRM_TYPE_QUOTE, "customer-id", customer_id, error)) ||
      !(page->orders = crm_store_list (store, CRM_TYPE_ORDER, "customer-id", customer_id, error)) ||
      !(page->tickets = crm_store_list (store, CRM_TYPE_TICKET, "customer-id", customer_id, error)) ||
      !(page->contracts = crm_store_list (store, CRM_TYPE_CONTRACT, "customer-id", customer_id, error)) ||
      !load_order_totals (store, page, error))
    return NULL;

  return g_steal_pointer (&page);
}
