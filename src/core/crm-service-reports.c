/* crm-service-reports.c: the service desk's figures as dashboard tables
 *
 * The figures themselves are crm_service_figures_load()'s (the Service view
 * shows the same numbers); this file shapes them into tables, with the
 * previous period for comparison, and lists the tickets behind each row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-service-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-enums.h"
#include "crm-sales-reports-private.h"
#include "crm-service-figures.h"

typedef struct {
  CrmServiceFigures *current;
  CrmServiceFigures *previous;
} ServiceFigures;

static void
service_figures_free (ServiceFigures *figures)
{
  g_clear_pointer (&figures->current, crm_service_figures_free);
  g_clear_pointer (&figures->previous, crm_service_figures_free);
  g_free (figures);
}

static gpointer
load_figures (CrmReportContext  *context,
              GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  ServiceFigures *figures = g_new0 (ServiceFigures, 1);

  figures->current = crm_service_figures_load (store, params->period.start, params->period.end,
                                               params->currency, params->now, error);
  if (figures->current != NULL)
    figures->previous = crm_service_figures_load (store, params->period.prev_start, params->period.prev_end,
                                                  params->currency, params->now, error);
  if (figures->previous == NULL)
    {
      service_figures_free (figures);
      return NULL;
    }

  return figures;
}

static ServiceFigures *
figures_get (CrmReportContext  *context,
             GError           **error)
{
  return crm_report_context_share (context, "service-figures", load_figures,
                                   (GDestroyNotify)service_figures_free, error);
}

/* Satisfaction over every rated ticket closed in the period, in hundredths. */
static gint64
average_satisfaction (const CrmServiceFigures *figures,
                      guint                   *n_rated)
{
  double sum = 0;

  *n_rated = 0;
  for (guint i = 0; i < figures->technicians->len; i++)
    {
      const CrmTechnicianFigures *technician = g_ptr_array_index (figures->technicians, i);

      sum += technician->average_satisfaction * technician->n_rated;
      *n_rated += technician->n_rated;
    }
  return *n_rated > 0 ? (gint64)(sum * 100 / *n_rated + 0.5) : 0;
}

static guint
received (const CrmServiceFigures *figures)
{
  guint n = 0;

  for (guint i = 0; i < figures->complaints_by_region->len; i++)
    n += ((CrmRegionComplaints *)g_ptr_array_index (figures->complaints_by_region, i))->n_tickets;
  return n;
}

CrmReportTable *
crm_service_report_summary (CrmReportContext  *context,
                            GError           **error)
{
  ServiceFigures *figures = figures_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  const CrmServiceFigures *now, *before;
  guint n_rated, n_rated_before;
  gint64 rating, rating_before;

  if (figures == NULL)
    return NULL;

  now = figures->current;
  before = figures->previous;
  rating = average_satisfaction (now, &n_rated);
  rating_before = average_satisfaction (before, &n_rated_before);

  table = crm_sales_new_figures_table (context, "service-summary");
  crm_sales_add_figure (table, "tickets:summary:open", _("Open Tickets Now"), CRM_VALUE_COUNT,
                        now->n_open, 0, FALSE);
  crm_sales_add_figure (table, "tickets:summary:overdue", _("Overdue Now"), CRM_VALUE_COUNT,
                        now->n_overdue, 0, FALSE);
  crm_sales_add_figure (table, "tickets:summary:received", _("Received"), CRM_VALUE_COUNT,
                        received (now), received (before), TRUE);
  crm_sales_add_figure (table, "tickets:summary:closed", _("Closed"), CRM_VALUE_COUNT,
                        now->n_closed, before->n_closed, TRUE);
  crm_sales_add_figure (table, "tickets:summary:closed", _("Average Hours to Close"), CRM_VALUE_DECIMAL,
                        (gint64)(now->average_hours_to_close * 100 + 0.5),
                        (gint64)(before->average_hours_to_close * 100 + 0.5), before->n_closed > 0);
  crm_sales_add_figure (table, "tickets:summary:closed", _("Average Repair Cost"), CRM_VALUE_MONEY,
                        now->average_repair_cost, before->average_repair_cost, before->n_closed > 0);
  crm_sales_add_figure (table, "tickets:summary:rated", _("Satisfaction (1–5)"), CRM_VALUE_DECIMAL,
                        rating, rating_before, n_rated_before > 0);

  return g_steal_pointer (&table);
}

static const char *
status_title (CrmTicketStatus status)
{
  static const char * const titles[] = {
    N_("Received"), N_("Diagnosing"), N_("Waiting for Parts"), N_("In Repair"), N_("Ready"), N_("Closed"),
  };

  return (guint)status < G_N_ELEMENTS (titles) ? _(titles[status]) : "";
}

CrmReportTable *
crm_service_report_backlog (CrmReportContext  *context,
                            GError           **error)
{
  ServiceFigures *figures = figures_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  g_autoptr(GEnumClass) statuses = NULL;
  static const int series[] = { 1, -1 };

  if (figures == NULL)
    return NULL;

  statuses = g_type_class_ref (CRM_TYPE_TICKET_STATUS);
  table = crm_report_context_new_table (context, "backlog");
  crm_report_table_add_column (table, "status", _("Status"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "tickets", _("Tickets"), CRM_VALUE_COUNT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint status = 0; status < G_N_ELEMENTS (figures->current->backlog); status++)
    {
      GEnumValue *value = g_enum_get_value (statuses, status);
      g_autofree char *drill = NULL;
      guint row;

      if (value == NULL || status == CRM_TICKET_STATUS_CLOSED)
        continue;
      drill = g_strdup_printf ("tickets:status:%s", value->value_nick);
      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, status_title (status));
      crm_report_table_set_value (table, row, 1, figures->current->backlog[status]);
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_service_report_technicians (CrmReportContext  *context,
                                GError           **error)
{
  ServiceFigures *figures = figures_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, -1 };

  if (figures == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "technicians");
  crm_report_table_add_column (table, "technician", _("Technician"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "closed", _("Closed"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "hours", _("Hours Worked"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "satisfaction", _("Satisfaction (1–5)"), CRM_VALUE_DECIMAL);
  crm_report_table_add_column (table, "rated", _("Rated"), CRM_VALUE_COUNT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < figures->current->technicians->len; i++)
    {
      const CrmTechnicianFigures *technician = g_ptr_array_index (figures->current->technicians, i);
      g_autofree char *drill = g_strdup_printf ("tickets:technician:%s", technician->technician_id);
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, technician->technician_name != NULL ? technician->technician_name
                                                                                   : _("Unknown"));
      crm_report_table_set_value (table, row, 1, technician->n_closed);
      crm_report_table_set_value (table, row, 2, (technician->minutes * 100 + 30) / 60);
      crm_report_table_set_value (table, row, 3, (gint64)(technician->average_satisfaction * 100 + 0.5));
      if (technician->n_rated == 0)
        crm_report_table_set_text (table, row, 3, "—");
      crm_report_table_set_value (table, row, 4, technician->n_rated);
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_service_report_faults (CrmReportContext  *context,
                           GError           **error)
{
  ServiceFigures *figures = figures_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, -1 };

  if (figures == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "faults");
  crm_report_table_add_column (table, "product", _("Product"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "fault", _("Fault"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "tickets", _("Tickets"), CRM_VALUE_COUNT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < figures->current->recurring_faults->len && i < 15; i++)
    {
      const CrmRecurringFault *fault = g_ptr_array_index (figures->current->recurring_faults, i);
      g_autofree char *drill = g_strdup_printf ("tickets:fault:%s:%s",
                                                fault->product_id != NULL ? fault->product_id : "",
                                                fault->fault_category != NULL ? fault->fault_category : "");
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, fault->product_name != NULL ? fault->product_name : _("No product"));
      crm_report_table_set_text (table, row, 1, fault->fault_category != NULL ? fault->fault_category
                                                                            : _("Not categorised"));
      crm_report_table_set_value (table, row, 2, fault->n_tickets);
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_service_report_regions (CrmReportContext  *context,
                            GError           **error)
{
  ServiceFigures *figures = figures_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, -1 };

  if (figures == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "regions");
  crm_report_table_add_column (table, "region", _("Region"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "tickets", _("Tickets"), CRM_VALUE_COUNT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < figures->current->complaints_by_region->len; i++)
    {
      const CrmRegionComplaints *region = g_ptr_array_index (figures->current->complaints_by_region, i);
      g_autofree char *drill = g_strdup_printf ("tickets:region:%s", region->region != NULL ? region->region : "");
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, region->region != NULL ? region->region : _("No region"));
      crm_report_table_set_value (table, row, 1, region->n_tickets);
    }

  return g_steal_pointer (&table);
}

/* Which tickets a row stands for, as a condition on tickets "t" with ?4 and
 * ?5 its arguments (NULL when unused). */
static const char *
ticket_condition (const char  *what,
                  const char  *argument,
                  char       **first,
                  char       **second)
{
  if (g_strcmp0 (what, "technician") == 0)
    {
      *first = g_strdup (argument);
      return "t.technician_id = ?4 AND t.status = 'closed' AND t.closed_at >= ?1 AND t.closed_at < ?2";
    }
  if (g_strcmp0 (what, "region") == 0)
    {
      *first = g_strdup (argument);
      return "coalesce (t.region, '') = ?4 AND t.received_at >= ?1 AND t.received_at < ?2";
    }
  if (g_strcmp0 (what, "status") == 0)
    {
      *first = g_strdup (argument);
      return "t.status = ?4 AND t.closed_at = 0 AND ?1 + ?2 IS NOT NULL";
    }
  if (g_strcmp0 (what, "fault") == 0)
    {
      g_auto(GStrv) parts = g_strsplit (argument, ":", 2);

      if (g_strv_length (parts) != 2)
        return NULL;
      *first = g_strdup (parts[0]);
      *second = g_strdup (parts[1]);
      return "coalesce (t.product_id, '') = ?4 AND coalesce (t.fault_category, '') = ?5"
             " AND t.received_at >= ?1 AND t.received_at < ?2";
    }
  if (g_strcmp0 (what, "summary") == 0)
    {
      if (g_strcmp0 (argument, "open") == 0)
        return "t.closed_at = 0 AND t.status != 'closed' AND ?1 + ?2 IS NOT NULL";
      if (g_strcmp0 (argument, "overdue") == 0)
        return "t.closed_at = 0 AND t.status != 'closed' AND t.due_at != 0 AND t.due_at < ?3 AND ?1 + ?2 IS NOT NULL";
      if (g_strcmp0 (argument, "received") == 0)
        return "t.received_at >= ?1 AND t.received_at < ?2";
      if (g_strcmp0 (argument, "closed") == 0)
        return "t.status = 'closed' AND t.closed_at >= ?1 AND t.closed_at < ?2";
      if (g_strcmp0 (argument, "rated") == 0)
        return "t.status = 'closed' AND t.satisfaction > 0 AND t.closed_at >= ?1 AND t.closed_at < ?2";
    }
  return NULL;
}

CrmReportTable *
crm_service_drill_tickets (CrmReportContext  *context,
                           const char        *argument,
                           GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_auto(GStrv) parts = g_strsplit (argument, ":", 2);
  g_autofree char *first = NULL, *second = NULL, *sql = NULL;
  g_autoptr(CrmReportTable) table = NULL;
  const char *condition = NULL;
  sqlite3_stmt *stmt;

  if (g_strv_length (parts) == 2)
    condition = ticket_condition (parts[0], parts[1], &first, &second);
  if (condition == NULL)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Unknown report link “tickets:%s”."), argument);
      return NULL;
    }

  /* The condition is one of the constants above: no user text in the SQL. */
  sql = g_strconcat ("SELECT 'ticket', t.id, coalesce (t.number, '') || ' ' || coalesce (t.title, ''),"
                     " coalesce (c.name, '') || ' · ' || t.status,"
                     " CASE WHEN t.closed_at > 0 THEN t.closed_at ELSE t.received_at END,"
                     " CASE WHEN t.currency = ?6 THEN t.repair_cost ELSE 0 END"
                     " FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"
                     " WHERE t.deleted = 0 AND ", condition,
                     " ORDER BY 5 DESC", NULL);
  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "tickets", _("Tickets"), _("Customer and Status"),
                                      _("Closed or Received"), _("Repair Cost"));
  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  sqlite3_bind_int64 (stmt, 3, params->now);
  sqlite3_bind_text (stmt, 4, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, second, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, params->currency, -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}
