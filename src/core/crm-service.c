/* crm-service.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-service"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-models.h"
#include "crm-service.h"
#include "crm-store-private.h"

G_DEFINE_QUARK (crm-service-error-quark, crm_service_error)

#define HOUR ((gint64) 3600)

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
crm_service_sla_init_default (CrmServiceSla *sla)
{
  static const int hours[] = { 120, 72, 24, 8 };

  g_return_if_fail (sla != NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (hours) == G_N_ELEMENTS (sla->hours));
  memcpy (sla->hours, hours, sizeof sla->hours);
}

/**
 * crm_service_sla_due_at:
 * @sla: (nullable): the hours per priority; %NULL for the defaults
 *
 * Returns: when a ticket of @priority that arrived at @received_at is due,
 *   or 0 when the SLA sets no time for it (hours <= 0)
 */
gint64
crm_service_sla_due_at (const CrmServiceSla *sla,
                        CrmTicketPriority    priority,
                        gint64               received_at)
{
  CrmServiceSla defaults;

  g_return_val_if_fail ((guint) priority < G_N_ELEMENTS (sla->hours), 0);

  if (sla == NULL)
    {
      crm_service_sla_init_default (&defaults);
      sla = &defaults;
    }

  if (sla->hours[priority] <= 0)
    return 0;

  return received_at + sla->hours[priority] * HOUR;
}

gboolean
crm_ticket_is_overdue (CrmTicket *ticket,
                       gint64     now)
{
  gint64 due_at;

  g_return_val_if_fail (CRM_IS_TICKET (ticket), FALSE);

  due_at = crm_ticket_get_due_at (ticket);

  /* Exactly at the due time the promise still holds. */
  return crm_ticket_get_closed_at (ticket) == 0 &&
         crm_ticket_get_status (ticket) != CRM_TICKET_STATUS_CLOSED &&
         due_at > 0 && now > due_at;
}

/**
 * crm_ticket_next_number:
 * @at: unix seconds; the number counts within the year of @at (UTC)
 *
 * Returns: (transfer full): the number a ticket received at @at gets, like
 *   "T-2026-00042", or %NULL with @error set
 */
char *
crm_ticket_next_number (CrmStore  *store,
                        gint64     at,
                        GError   **error)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (at);
  g_autofree char *year_prefix = NULL;
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  gint64 highest = 0;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  year_prefix = g_strdup_printf ("T-%04d-", time != NULL ? g_date_time_get_year (time) : 1970);
  pattern = g_strconcat (year_prefix, "[0-9]*", NULL);

  /* Deleted tickets keep their numbers: a number is never given twice. */
  stmt = crm_store_prepare (store,
                            "SELECT coalesce (max (CAST (substr (number, ?2) AS INTEGER)), 0)"
                            " FROM tickets WHERE number GLOB ?1",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) strlen (year_prefix) + 1);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    highest = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_strdup_printf ("%s%05" G_GINT64_FORMAT, year_prefix, highest + 1);
}

/* A live record of @type, or NULL with a CRM_STORE_ERROR_NOT_FOUND error
 * that says what is missing in words. */
static gpointer
load_live (CrmStore    *store,
           GType        type,
           const char  *id,
           const char  *missing,
           GError     **error)
{
  g_autoptr(CrmRecord) record = NULL;
  g_autoptr(GError) local_error = NULL;

  if (id != NULL)
    record = crm_store_lookup (store, type, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (record == NULL || crm_record_get_deleted (record))
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND, missing);
      return NULL;
    }

  return g_steal_pointer (&record);
}

static CrmTicket *
load_ticket (CrmStore    *store,
             const char  *ticket_id,
             GError     **error)
{
  return load_live (store, CRM_TYPE_TICKET, ticket_id, _("The ticket no longer exists."), error);
}

static gboolean
add_event (CrmStore         *store,
           const char       *ticket_id,
           gint64            at,
           CrmTicketStatus   status,
           const char       *staff_id,
           const char       *note,
           GError          **error)
{
  g_autoptr(CrmTicketEvent) event = crm_ticket_event_new ();

  crm_ticket_event_set_ticket_id (event, ticket_id);
  crm_ticket_event_set_at (event, at);
  crm_ticket_event_set_status (event, status);
  crm_ticket_event_set_staff_id (event, staff_id != NULL && *staff_id != '\0' ? staff_id : NULL);
  crm_ticket_event_set_note (event, note != NULL && *note != '\0' ? note : NULL);

  return crm_store_save (store, CRM_RECORD (event), error);
}

/* What the customer is billed in: the currency of their latest ticket or
 * order, EUR for a new customer (as for quotes). */
static char *
customer_currency (CrmStore    *store,
                   const char  *customer_id,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  char *currency = NULL;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT currency FROM ("
                            " SELECT currency, received_at AS at FROM tickets"
                            "  WHERE customer_id = ?1 AND deleted = 0 AND currency IS NOT NULL"
                            " UNION ALL"
                            " SELECT currency, ordered_at AS at FROM orders"
                            "  WHERE customer_id = ?1 AND deleted = 0 AND currency IS NOT NULL)"
                            " ORDER BY at DESC LIMIT 1",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, customer_id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    currency = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return currency != NULL ? currency : g_strdup ("EUR");
}

/**
 * crm_ticket_create:
 *
 * Returns: (transfer full): the saved ticket, or %NULL with @error set
 */
CrmTicket *
crm_ticket_create (CrmStore             *store,
                   const char           *customer_id,
                   const char           *product_id,
                   const char           *title,
                   CrmTicketPriority     priority,
                   const CrmServiceSla  *sla,
                   const char           *staff_id,
                   GError              **error)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmTicket) ticket = NULL;
  g_autofree char *number = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *currency = NULL;
  gint64 now = now_seconds ();

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) priority <= CRM_TICKET_PRIORITY_URGENT, NULL);

  if (customer_id == NULL || *customer_id == '\0')
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NO_CUSTOMER,
                           _("Choose the customer the ticket is for."));
      return NULL;
    }
  stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NO_TITLE,
                           _("Describe the problem in a few words."));
      return NULL;
    }
  if ((customer = load_live (store, CRM_TYPE_CUSTOMER, customer_id,
                             _("The customer no longer exists."), error)) == NULL)
    return NULL;

  if (!crm_store_begin (store, error))
    return NULL;

  if ((number = crm_ticket_next_number (store, now, error)) == NULL ||
      (currency = customer_currency (store, customer_id, error)) == NULL)
    goto failed;

  ticket = crm_ticket_new ();
  crm_ticket_set_number (ticket, number);
  crm_ticket_set_customer_id (ticket, customer_id);
  crm_ticket_set_product_id (ticket, product_id != NULL && *product_id != '\0' ? product_id : NULL);
  crm_ticket_set_title (ticket, stripped);
  crm_ticket_set_status (ticket, CRM_TICKET_STATUS_RECEIVED);
  crm_ticket_set_priority (ticket, priority);
  crm_ticket_set_region (ticket, crm_customer_get_region (customer));
  crm_ticket_set_received_at (ticket, now);
  crm_ticket_set_due_at (ticket, crm_service_sla_due_at (sla, priority, now));
  crm_ticket_set_currency (ticket, currency);

  if (!crm_store_save (store, CRM_RECORD (ticket), error) ||
      !add_event (store, crm_record_get_id (CRM_RECORD (ticket)), now,
                  CRM_TICKET_STATUS_RECEIVED, staff_id, NULL, error) ||
      !crm_store_commit (store, error))
    goto failed;

  return g_steal_pointer (&ticket);

failed:
  crm_store_rollback (store);
  return NULL;
}

gboolean
crm_ticket_change_status (CrmStore         *store,
                          const char       *ticket_id,
                          CrmTicketStatus   status,
                          const char       *staff_id,
                          const char       *note,
                          GError          **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  CrmTicketStatus old_status;
  gint64 now = now_seconds ();

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (ticket_id != NULL, FALSE);
  g_return_val_if_fail ((guint) status <= CRM_TICKET_STATUS_CLOSED, FALSE);

  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return FALSE;

  old_status = crm_ticket_get_status (ticket);
  if (old_status == status)
    return TRUE;

  crm_ticket_set_status (ticket, status);
  if (status == CRM_TICKET_STATUS_CLOSED)
    {
      crm_ticket_set_closed_at (ticket, now);
    }
  else if (old_status == CRM_TICKET_STATUS_CLOSED)
    {
      /* A reopened ticket is judged again when it closes next. */
      crm_ticket_set_closed_at (ticket, 0);
      crm_ticket_set_satisfaction (ticket, 0);
      crm_ticket_set_satisfaction_comment (ticket, NULL);
    }

  if (!crm_store_begin (store, error))
    return FALSE;

  if (!crm_store_save (store, CRM_RECORD (ticket), error) ||
      !add_event (store, ticket_id, now, status, staff_id, note, error) ||
      !crm_store_commit (store, error))
    {
      crm_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

gboolean
crm_ticket_assign (CrmStore    *store,
                   const char  *ticket_id,
                   const char  *technician_id,
                   GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmStaff) technician = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (ticket_id != NULL, FALSE);

  if (technician_id != NULL && *technician_id == '\0')
    technician_id = NULL;

  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return FALSE;
  if (technician_id != NULL &&
      (technician = load_live (store, CRM_TYPE_STAFF, technician_id,
                               _("The technician is no longer on the team."), error)) == NULL)
    return FALSE;

  if (g_strcmp0 (crm_ticket_get_technician_id (ticket), technician_id) == 0)
    return TRUE;

  crm_ticket_set_technician_id (ticket, technician_id);
  return crm_store_save (store, CRM_RECORD (ticket), error);
}

GPtrArray *
crm_ticket_load_events (CrmStore    *store,
                        const char  *ticket_id,
                        GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  /* pk breaks ties: two changes within one second keep their order. */
  return crm_store_list_where (store, CRM_TYPE_TICKET_EVENT, "ticket_id = ?1", "at, pk",
                               ticket_id, error);
}

/* Sets the ticket's time spent or repair cost to the sum over its live
 * entries, inside the caller's transaction. */
static gboolean
update_sums (CrmStore    *store,
             const char  *ticket_id,
             GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  sqlite3_stmt *stmt;
  gint64 minutes = 0, cost = 0;
  int rc;

  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return FALSE;

  stmt = crm_store_prepare (store,
                            "SELECT (SELECT coalesce (sum (minutes), 0) FROM ticket_work"
                            "         WHERE ticket_id = ?1 AND deleted = 0),"
                            " (SELECT coalesce (sum (quantity * unit_cost), 0) FROM ticket_parts"
                            "   WHERE ticket_id = ?1 AND deleted = 0)",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, ticket_id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      minutes = sqlite3_column_int64 (stmt, 0);
      cost = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return crm_store_set_error (store, rc, error);

  if (crm_ticket_get_time_spent_minutes (ticket) == CLAMP (minutes, 0, G_MAXINT) &&
      crm_ticket_get_repair_cost (ticket) == cost)
    return TRUE;

  crm_ticket_set_time_spent_minutes (ticket, (int) CLAMP (minutes, 0, G_MAXINT));
  crm_ticket_set_repair_cost (ticket, cost);
  return crm_store_save (store, CRM_RECORD (ticket), error);
}

static gboolean
save_with_sums (CrmStore    *store,
                CrmRecord   *record,
                const char  *ticket_id,
                gboolean     remove,
                GError     **error)
{
  if (!crm_store_begin (store, error))
    return FALSE;

  if (!(remove ? crm_store_delete (store, record, error) : crm_store_save (store, record, error)) ||
      !update_sums (store, ticket_id, error) ||
      !crm_store_commit (store, error))
    {
      crm_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_ticket_log_work:
 *
 * Returns: (transfer full): the saved entry, or %NULL with @error set
 */
CrmTicketWork *
crm_ticket_log_work (CrmStore    *store,
                     const char  *ticket_id,
                     const char  *staff_id,
                     gint64       at,
                     int          minutes,
                     const char  *note,
                     GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmTicketWork) work = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  if (minutes <= 0)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT,
                           _("Enter the time spent in minutes, more than zero."));
      return NULL;
    }
  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return NULL;

  work = crm_ticket_work_new ();
  crm_ticket_work_set_ticket_id (work, ticket_id);
  crm_ticket_work_set_staff_id (work, staff_id != NULL && *staff_id != '\0' ? staff_id : NULL);
  crm_ticket_work_set_at (work, at > 0 ? at : now_seconds ());
  crm_ticket_work_set_minutes (work, minutes);
  crm_ticket_work_set_note (work, note != NULL && *note != '\0' ? note : NULL);

  if (!save_with_sums (store, CRM_RECORD (work), ticket_id, FALSE, error))
    return NULL;

  return g_steal_pointer (&work);
}

gboolean
crm_ticket_remove_work (CrmStore    *store,
                        const char  *work_id,
                        GError     **error)
{
  g_autoptr(CrmTicketWork) work = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (work_id != NULL, FALSE);

  if ((work = load_live (store, CRM_TYPE_TICKET_WORK, work_id,
                         _("The work log entry no longer exists."), error)) == NULL)
    return FALSE;

  return save_with_sums (store, CRM_RECORD (work), crm_ticket_work_get_ticket_id (work), TRUE, error);
}

GPtrArray *
crm_ticket_load_work (CrmStore    *store,
                      const char  *ticket_id,
                      GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  return crm_store_list_where (store, CRM_TYPE_TICKET_WORK, "ticket_id = ?1", "at DESC, pk DESC",
                               ticket_id, error);
}

/**
 * crm_ticket_add_part:
 *
 * Returns: (transfer full): the saved part, or %NULL with @error set
 */
CrmTicketPart *
crm_ticket_add_part (CrmStore    *store,
                     const char  *ticket_id,
                     const char  *product_id,
                     const char  *description,
                     int          quantity,
                     gint64       unit_cost,
                     GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;
  g_autoptr(CrmTicketPart) part = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  if (quantity < 1)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT,
                           _("The quantity of a part must be at least one."));
      return NULL;
    }
  if (unit_cost < 0)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT,
                           _("The cost of a part cannot be negative."));
      return NULL;
    }
  /* Keeps the sum of quantity × unit cost within what a gint64 holds. */
  if (unit_cost > G_MAXINT64 / 1000000 / quantity)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT,
                           _("The cost of the part is too large."));
      return NULL;
    }
  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return NULL;

  part = crm_ticket_part_new ();
  crm_ticket_part_set_ticket_id (part, ticket_id);
  crm_ticket_part_set_product_id (part, product_id != NULL && *product_id != '\0' ? product_id : NULL);
  crm_ticket_part_set_description (part, description != NULL && *description != '\0' ? description : NULL);
  crm_ticket_part_set_quantity (part, quantity);
  crm_ticket_part_set_unit_cost (part, unit_cost);
  crm_ticket_part_set_currency (part, crm_ticket_get_currency (ticket));

  if (!save_with_sums (store, CRM_RECORD (part), ticket_id, FALSE, error))
    return NULL;

  return g_steal_pointer (&part);
}

gboolean
crm_ticket_remove_part (CrmStore    *store,
                        const char  *part_id,
                        GError     **error)
{
  g_autoptr(CrmTicketPart) part = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (part_id != NULL, FALSE);

  if ((part = load_live (store, CRM_TYPE_TICKET_PART, part_id,
                         _("The part no longer exists."), error)) == NULL)
    return FALSE;

  return save_with_sums (store, CRM_RECORD (part), crm_ticket_part_get_ticket_id (part), TRUE, error);
}

GPtrArray *
crm_ticket_load_parts (CrmStore    *store,
                       const char  *ticket_id,
                       GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (ticket_id != NULL, NULL);

  return crm_store_list_where (store, CRM_TYPE_TICKET_PART, "ticket_id = ?1", "created_at, pk",
                               ticket_id, error);
}

gboolean
crm_ticket_record_satisfaction (CrmStore    *store,
                                const char  *ticket_id,
                                int          score,
                                const char  *comment,
                                GError     **error)
{
  g_autoptr(CrmTicket) ticket = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (ticket_id != NULL, FALSE);

  if (score < 1 || score > 5)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_SATISFACTION_RANGE,
                           _("Satisfaction is a score from 1 to 5."));
      return FALSE;
    }
  if ((ticket = load_ticket (store, ticket_id, error)) == NULL)
    return FALSE;
  if (crm_ticket_get_status (ticket) != CRM_TICKET_STATUS_CLOSED)
    {
      g_set_error_literal (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NOT_CLOSED,
                           _("Satisfaction can only be recorded once the ticket is closed."));
      return FALSE;
    }

  crm_ticket_set_satisfaction (ticket, score);
  crm_ticket_set_satisfaction_comment (ticket, comment != NULL && *comment != '\0' ? comment : NULL);
  return crm_store_save (store, CRM_RECORD (ticket), error);
}
