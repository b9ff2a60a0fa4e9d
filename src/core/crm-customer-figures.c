/* crm-customer-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-customer-figures"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-customer-figures.h"
#include "crm-record-private.h"
#include "crm-store-private.h"

/* The figures come from customer_stats, which triggers keep current, so a
 * 360 page costs one indexed lookup however long the history. */
gboolean
crm_customer_figures_load (CrmStore            *store,
                           const char          *customer_id,
                           CrmCustomerFigures  *figures,
                           GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (customer_id != NULL, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  stmt = crm_store_prepare (store,
                            "SELECT coalesce (s.revenue, 0), coalesce (s.cost, 0), coalesce (s.order_count, 0),"
                            " s.first_order_at, s.last_order_at, s.last_contact_at, c.created_at"
                            " FROM customers c LEFT JOIN customer_stats s ON s.customer_pk = c.pk"
                            " WHERE c.id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, customer_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);

  *figures = (CrmCustomerFigures) { 0 };
  if (rc == SQLITE_ROW)
    {
      figures->revenue = sqlite3_column_int64 (stmt, 0);
      figures->cost = sqlite3_column_int64 (stmt, 1);
      figures->profit = figures->revenue - figures->cost;
      figures->order_count = sqlite3_column_int (stmt, 2);
      figures->first_order_at = sqlite3_column_int64 (stmt, 3);
      figures->last_order_at = sqlite3_column_int64 (stmt, 4);
      figures->last_contact_at = sqlite3_column_int64 (stmt, 5);
      figures->customer_since = sqlite3_column_int64 (stmt, 6);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("There is no customer with the id “%s”."), customer_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return crm_store_set_error (store, rc, error);

  if (figures->order_count >= 2)
    {
      figures->purchase_interval_days = (double)(figures->last_order_at - figures->first_order_at)
                                        / (figures->order_count - 1) / 86400.0;
      figures->next_purchase_at = figures->last_order_at
                                  + (gint64)(figures->purchase_interval_days * 86400.0);
    }

  return TRUE;
}

/**
 * crm_customer_figures_load_last_contact:
 *
 * The time of the customer's last call, meeting, visit, email, SMS or fax,
 * for a list row: one lookup by the row's key, none of the other figures.
 *
 * Returns: unix seconds, or 0 when there was none (or @customer is not in
 *   the store)
 */
gint64
crm_customer_figures_load_last_contact (CrmStore    *store,
                                        CrmCustomer *customer)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 last_contact_at = 0;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), 0);
  g_return_val_if_fail (CRM_IS_CUSTOMER (customer), 0);

  if (crm_record_get_pk (CRM_RECORD (customer)) == 0)
    return 0;

  stmt = crm_store_prepare (store, "SELECT last_contact_at FROM customer_stats WHERE customer_pk = ?1", &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read a customer's last contact: %s", error->message);
      return 0;
    }

  sqlite3_bind_int64 (stmt, 1, crm_record_get_pk (CRM_RECORD (customer)));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last_contact_at = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE && !crm_store_set_error (store, rc, &error))
    g_warning ("Cannot read a customer's last contact: %s", error->message);

  return last_contact_at;
}

/* Neglected: no call, meeting, visit, email, SMS or fax for @days days,
 * counted from the last one or, for a customer never contacted, from the day
 * the customer was added: a customer added this morning is not neglected. */
gboolean
crm_customer_figures_is_neglected (const CrmCustomerFigures *figures,
                                   gint64                    now,
                                   guint                     days)
{
  gint64 since;

  g_return_val_if_fail (figures != NULL, FALSE);

  since = figures->last_contact_at != 0 ? figures->last_contact_at : figures->customer_since;
  return days > 0 && since < now - (gint64)days * 86400;
}
