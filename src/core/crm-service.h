/* crm-service.h: a service ticket's life over the store — numbering, SLA,
 * status changes with their history, assignment, work log, parts and the
 * repair cost, closing and satisfaction. Every function saves at once, in one
 * transaction, and the store emits "changed" for what it touched.
 *
 * Agreed API (issue 6): helper E implements it in src/core/crm-service.c;
 * the Service view (helpers G, H) is built on it at the same time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"
#include "crm-ticket.h"
#include "crm-ticket-event.h"
#include "crm-ticket-part.h"
#include "crm-ticket-work.h"

G_BEGIN_DECLS

#define CRM_SERVICE_ERROR (crm_service_error_quark ())

typedef enum {
  CRM_SERVICE_ERROR_NO_CUSTOMER,        /* creating a ticket without a customer */
  CRM_SERVICE_ERROR_NO_TITLE,           /* creating a ticket without a problem summary */
  CRM_SERVICE_ERROR_INVALID_AMOUNT,     /* negative minutes, quantity or cost */
  CRM_SERVICE_ERROR_SATISFACTION_RANGE, /* a score outside 1..5 */
  CRM_SERVICE_ERROR_NOT_CLOSED,         /* satisfaction for a ticket that is still open */
} CrmServiceError;

GQuark crm_service_error_quark (void);

/* Hours from arrival to the SLA due time, one per CrmTicketPriority (low,
 * normal, high, urgent). The app keeps them in GSettings (sla-hours). */
typedef struct {
  int hours[4];
} CrmServiceSla;

/* 120, 72, 24, 8 hours. */
void       crm_service_sla_init_default (CrmServiceSla        *sla);
gint64     crm_service_sla_due_at       (const CrmServiceSla  *sla,
                                         CrmTicketPriority     priority,
                                         gint64                received_at);

/* Open (not closed), with a due time, and past it at @now. */
gboolean   crm_ticket_is_overdue        (CrmTicket            *ticket,
                                         gint64                now);

/* "T-2026-00042": the year of @at and the next free number in that year. */
char      *crm_ticket_next_number       (CrmStore             *store,
                                         gint64                at,
                                         GError              **error);

/* A new ticket, saved: number, received_at = now, status received, due_at
 * from @sla and @priority, region copied from the customer, and the first
 * status event (received, by @staff_id). The currency is that of the
 * customer's latest ticket or order (EUR for a new customer). @product_id and
 * @staff_id may be NULL. */
CrmTicket *crm_ticket_create            (CrmStore             *store,
                                         const char           *customer_id,
                                         const char           *product_id,
                                         const char           *title,
                                         CrmTicketPriority     priority,
                                         const CrmServiceSla  *sla,
                                         const char           *staff_id,
                                         GError              **error);

/* Changes the status and records a CrmTicketEvent (at = now, by @staff_id,
 * with @note). Closing sets closed_at = now; leaving closed clears it and the
 * satisfaction. The same status again changes nothing and records nothing. */
gboolean   crm_ticket_change_status     (CrmStore             *store,
                                         const char           *ticket_id,
                                         CrmTicketStatus       status,
                                         const char           *staff_id,
                                         const char           *note,
                                         GError              **error);

/* @technician_id NULL unassigns. */
gboolean   crm_ticket_assign            (CrmStore             *store,
                                         const char           *ticket_id,
                                         const char           *technician_id,
                                         GError              **error);

/* The status history, oldest first: a GPtrArray of CrmTicketEvent. */
GPtrArray *crm_ticket_load_events       (CrmStore             *store,
                                         const char           *ticket_id,
                                         GError              **error);

/* Work log. Adding or removing an entry keeps ticket.time_spent_minutes the
 * sum of its entries. @minutes > 0. */
CrmTicketWork *crm_ticket_log_work      (CrmStore             *store,
                                         const char           *ticket_id,
                                         const char           *staff_id,
                                         gint64                at,
                                         int                   minutes,
                                         const char           *note,
                                         GError              **error);
gboolean   crm_ticket_remove_work       (CrmStore             *store,
                                         const char           *work_id,
                                         GError              **error);
/* Newest first: a GPtrArray of CrmTicketWork. */
GPtrArray *crm_ticket_load_work         (CrmStore             *store,
                                         const char           *ticket_id,
                                         GError              **error);

/* Parts. Adding or removing a part keeps ticket.repair_cost the sum of
 * quantity × unit_cost of its parts (in the ticket's currency; a part takes
 * the ticket's currency). @product_id may be NULL (a part not in the
 * catalogue); @quantity >= 1, @unit_cost >= 0. */
CrmTicketPart *crm_ticket_add_part      (CrmStore             *store,
                                         const char           *ticket_id,
                                         const char           *product_id,
                                         const char           *description,
                                         int                   quantity,
                                         gint64                unit_cost,
                                         GError              **error);
gboolean   crm_ticket_remove_part       (CrmStore             *store,
                                         const char           *part_id,
                                         GError              **error);
/* In the order added: a GPtrArray of CrmTicketPart. */
GPtrArray *crm_ticket_load_parts        (CrmStore             *store,
                                         const char           *ticket_id,
                                         GError              **error);

/* Only for a closed ticket; @score 1..5; @comment may be NULL. */
gboolean   crm_ticket_record_satisfaction (CrmStore           *store,
                                           const char         *ticket_id,
                                           int                 score,
                                           const char         *comment,
                                           GError            **error);

G_END_DECLS
