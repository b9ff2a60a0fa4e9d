/* crm-service-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-service-figures"

#include "config.h"

#include "crm-service-figures.h"
#include "crm-store-private.h"

/* Each group of figures is one aggregate query: the reference data has
 * 100 000 tickets, and a dashboard asks for all of them at once. */

static void
recurring_fault_free (CrmRecurringFault *fault)
{
  g_free (fault->product_id);
  g_free (fault->product_name);
  g_free (fault->fault_category);
  g_free (fault);
}

static void
technician_figures_free (CrmTechnicianFigures *technician)
{
  g_free (technician->technician_id);
  g_free (technician->technician_name);
  g_free (technician);
}

static void
region_complaints_free (CrmRegionComplaints *region)
{
  g_free (region->region);
  g_free (region);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

/* Half up, for either sign: the nearest integer to sum / n, ties away from
 * minus infinity, without going through a double. */
static gint64
divide_half_up (gint64 sum,
                gint64 n)
{
  gint64 numerator = 2 * sum + n, denominator = 2 * n;
  gint64 quotient = numerator / denominator;

  if (numerator % denominator != 0 && numerator < 0)
    quotient--;
  return quotient;
}

static gboolean
finish (CrmStore      *store,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

static gboolean
load_backlog (CrmStore           *store,
              CrmServiceFigures  *figures,
              gint64              now,
              GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Open as the queue has it (closed_at = 0, read from its index
   * tickets_open), less any ticket closed without a closing time. */
  stmt = crm_store_prepare (store,
                            "SELECT status, count(*), sum(due_at != 0 AND due_at < ?1)"
                            " FROM tickets WHERE deleted = 0 AND closed_at = 0 AND status != 'closed'"
                            " GROUP BY status",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status;
      guint n = sqlite3_column_int (stmt, 1);

      /* A status this version does not know (from a newer one, via sync)
       * still counts as open. */
      if (crm_enum_from_nick (CRM_TYPE_TICKET_STATUS, (const char *)sqlite3_column_text (stmt, 0), &status)
          && status >= 0 && status < (int) G_N_ELEMENTS (figures->backlog))
        figures->backlog[status] += n;
      figures->n_open += n;
      figures->n_overdue += sqlite3_column_int (stmt, 2);
    }

  return finish (store, stmt, rc, error);
}

static gboolean
load_closed (CrmStore           *store,
             CrmServiceFigures  *figures,
             gint64              period_start,
             gint64              period_end,
             const char         *currency,
             GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT count(*), avg(closed_at - received_at),"
                            " coalesce(sum(CASE WHEN currency = ?3 THEN repair_cost END), 0),"
                            " coalesce(sum(currency = ?3), 0), coalesce(sum(time_spent_minutes), 0)"
                            " FROM tickets INDEXED BY tickets_closed WHERE deleted = 0 AND status = 'closed'"
                            " AND closed_at >= ?1 AND closed_at < ?2",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period_start);
  sqlite3_bind_int64 (stmt, 2, period_end);
  if (currency != NULL)
    sqlite3_bind_text (stmt, 3, currency, -1, SQLITE_STATIC);

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 n_in_currency = sqlite3_column_int64 (stmt, 3);

      figures->n_closed = sqlite3_column_int (stmt, 0);
      figures->average_hours_to_close = sqlite3_column_double (stmt, 1) / 3600.0;
      if (n_in_currency > 0)
        figures->average_repair_cost = divide_half_up (sqlite3_column_int64 (stmt, 2), n_in_currency);
      figures->total_minutes = sqlite3_column_int64 (stmt, 4);
      rc = sqlite3_step (stmt);
    }

  return finish (store, stmt, rc, error);
}

static gboolean
load_technicians (CrmStore           *store,
                  CrmServiceFigures  *figures,
                  gint64              period_start,
                  gint64              period_end,
                  GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Names are looked up per group, not per ticket. */
  stmt = crm_store_prepare (store,
                            "SELECT g.technician_id, s.name, g.n, g.minutes, g.n_rated, g.rating FROM"
                            " (SELECT technician_id, count(*) AS n, sum(time_spent_minutes) AS minutes,"
                            "  count(nullif(satisfaction, 0)) AS n_rated, avg(nullif(satisfaction, 0)) AS rating"
                            "  FROM tickets INDEXED BY tickets_closed"
                            "  WHERE deleted = 0 AND status = 'closed' AND technician_id IS NOT NULL"
                            "  AND closed_at >= ?1 AND closed_at < ?2 GROUP BY technician_id) g"
                            " LEFT JOIN staff s ON s.id = g.technician_id"
                            " ORDER BY g.n DESC, s.name, g.technician_id",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period_start);
  sqlite3_bind_int64 (stmt, 2, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrmTechnicianFigures *technician = g_new0 (CrmTechnicianFigures, 1);

      technician->technician_id = column_dup (stmt, 0);
      technician->technician_name = column_dup (stmt, 1);
      technician->n_closed = sqlite3_column_int (stmt, 2);
      technician->minutes = sqlite3_column_int64 (stmt, 3);
      technician->n_rated = sqlite3_column_int (stmt, 4);
      technician->average_satisfaction = sqlite3_column_double (stmt, 5);
      g_ptr_array_add (figures->technicians, technician);
    }

  return finish (store, stmt, rc, error);
}

static gboolean
load_recurring_faults (CrmStore           *store,
                       CrmServiceFigures  *figures,
                       gint64              period_start,
                       gint64              period_end,
                       GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A ticket with neither a product nor a category says nothing about
   * which fault recurs. */
  stmt = crm_store_prepare (store,
                            "SELECT g.product_id, p.name, g.fault_category, g.n FROM"
                            " (SELECT product_id, fault_category, count(*) AS n FROM tickets"
                            "  WHERE deleted = 0 AND received_at >= ?1 AND received_at < ?2"
                            "  AND (product_id IS NOT NULL OR fault_category IS NOT NULL)"
                            "  GROUP BY product_id, fault_category HAVING count(*) >= 2) g"
                            " LEFT JOIN products p ON p.id = g.product_id"
                            " ORDER BY g.n DESC, p.name, g.product_id, g.fault_category",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period_start);
  sqlite3_bind_int64 (stmt, 2, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrmRecurringFault *fault = g_new0 (CrmRecurringFault, 1);

      fault->product_id = column_dup (stmt, 0);
      fault->product_name = column_dup (stmt, 1);
      fault->fault_category = column_dup (stmt, 2);
      fault->n_tickets = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (figures->recurring_faults, fault);
    }

  return finish (store, stmt, rc, error);
}

static gboolean
load_complaints_by_region (CrmStore           *store,
                           CrmServiceFigures  *figures,
                           gint64              period_start,
                           gint64              period_end,
                           GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT region, count(*) FROM tickets"
                            " WHERE deleted = 0 AND received_at >= ?1 AND received_at < ?2"
                            " GROUP BY region"
                            " ORDER BY count(*) DESC, region IS NULL, region",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, period_start);
  sqlite3_bind_int64 (stmt, 2, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrmRegionComplaints *region = g_new0 (CrmRegionComplaints, 1);

      region->region = column_dup (stmt, 0);
      region->n_tickets = sqlite3_column_int (stmt, 1);
      g_ptr_array_add (figures->complaints_by_region, region);
    }

  return finish (store, stmt, rc, error);
}

/**
 * crm_service_figures_load:
 * @period_start: the first second of the period
 * @period_end: the first second after it: a ticket closed (or received)
 *   exactly at @period_end belongs to the next period
 * @currency: (nullable): the currency of the average repair cost; tickets in
 *   other currencies are left out of it (with %NULL it stays 0)
 * @now: the time the backlog's overdue tickets are counted at
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
CrmServiceFigures *
crm_service_figures_load (CrmStore    *store,
                          gint64       period_start,
                          gint64       period_end,
                          const char  *currency,
                          gint64       now,
                          GError     **error)
{
  g_autoptr(CrmServiceFigures) figures = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  figures = g_new0 (CrmServiceFigures, 1);
  figures->recurring_faults = g_ptr_array_new_with_free_func ((GDestroyNotify) recurring_fault_free);
  figures->technicians = g_ptr_array_new_with_free_func ((GDestroyNotify) technician_figures_free);
  figures->complaints_by_region = g_ptr_array_new_with_free_func ((GDestroyNotify) region_complaints_free);

  if (!load_backlog (store, figures, now, error)
      || !load_closed (store, figures, period_start, period_end, currency, error)
      || !load_technicians (store, figures, period_start, period_end, error)
      || !load_recurring_faults (store, figures, period_start, period_end, error)
      || !load_complaints_by_region (store, figures, period_start, period_end, error))
    return NULL;

  return g_steal_pointer (&figures);
}

void
crm_service_figures_free (CrmServiceFigures *figures)
{
  if (figures == NULL)
    return;

  g_clear_pointer (&figures->recurring_faults, g_ptr_array_unref);
  g_clear_pointer (&figures->technicians, g_ptr_array_unref);
  g_clear_pointer (&figures->complaints_by_region, g_ptr_array_unref);
  g_free (figures);
}
