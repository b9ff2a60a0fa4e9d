/* crm-service-figures.h: what the service desk's numbers are, computed in
 * the core for the Service view, the dashboards (issue 7) and crm-tool.
 * Plain SQL aggregates over the store's connection (or a read-only one on
 * a worker thread: the function only needs a CrmStore).
 *
 * Agreed API (issue 6): helper F implements it in src/core/crm-service-figures.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-enums.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef struct {
  char   *product_id;            /* NULL for tickets without a product */
  char   *product_name;
  char   *fault_category;        /* NULL when not categorised */
  guint   n_tickets;
} CrmRecurringFault;

typedef struct {
  char   *technician_id;
  char   *technician_name;
  guint   n_closed;              /* closed in the period */
  gint64  minutes;               /* time spent on tickets closed in the period */
  guint   n_rated;               /* of those, with a satisfaction score */
  double  average_satisfaction;  /* 0 when none rated */
} CrmTechnicianFigures;

typedef struct {
  char   *region;                /* NULL: no region */
  guint   n_tickets;             /* tickets received in the period */
} CrmRegionComplaints;

typedef struct {
  /* Now, whatever the period: open tickets by CrmTicketStatus (closed stays 0). */
  guint      backlog[6];
  guint      n_open;
  guint      n_overdue;
  /* Over tickets closed in [period_start, period_end): */
  guint      n_closed;
  double     average_hours_to_close;   /* closed_at - received_at */
  gint64     average_repair_cost;      /* minor units of @currency, half up; other currencies left out */
  gint64     total_minutes;            /* time spent */
  /* Over tickets received in the period: */
  GPtrArray *recurring_faults;         /* CrmRecurringFault, most tickets first; only n_tickets >= 2 */
  GPtrArray *technicians;              /* CrmTechnicianFigures, most closed first */
  GPtrArray *complaints_by_region;     /* CrmRegionComplaints, most first */
} CrmServiceFigures;

CrmServiceFigures *crm_service_figures_load (CrmStore    *store,
                                             gint64       period_start,
                                             gint64       period_end,
                                             const char  *currency,
                                             gint64       now,
                                             GError     **error);
void               crm_service_figures_free (CrmServiceFigures *figures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmServiceFigures, crm_service_figures_free)

G_END_DECLS
