/* crm-ticket-list.h: the service queue, a lazy GListModel of CrmTicket (like
 * CrmDealList: row keys from one query, items built when asked, refreshed on
 * the store's "changed" for tickets and customers with minimal items-changed).
 *
 * Agreed API (issue 6): helper E implements it in src/core/crm-ticket-list.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"
#include "crm-ticket.h"

G_BEGIN_DECLS

typedef enum {
  CRM_TICKET_ORDER_ARRIVAL,      /* received_at, oldest first, then number */
  CRM_TICKET_ORDER_IMPORTANCE,   /* customer importance (highest first), then arrival */
} CrmTicketOrder;

/* Which tickets the queue shows. NULL strings and -1 filter nothing.
 * The queue shows open tickets unless @include_closed. */
typedef struct {
  int         status;            /* a CrmTicketStatus or -1 */
  int         priority;          /* a CrmTicketPriority or -1 */
  const char *product_id;
  const char *fault_category;
  const char *region;
  const char *technician_id;     /* "" = unassigned only */
  gboolean    overdue_only;      /* due_at > 0 and due_at < now */
  gboolean    include_closed;
} CrmTicketFilter;

void crm_ticket_filter_init (CrmTicketFilter *filter);   /* everything open */

#define CRM_TYPE_TICKET_LIST (crm_ticket_list_get_type ())
G_DECLARE_FINAL_TYPE (CrmTicketList, crm_ticket_list, CRM, TICKET_LIST, GObject)

CrmTicketList *crm_ticket_list_new        (CrmStore              *store,
                                           CrmTicketOrder         order,
                                           const CrmTicketFilter *filter);
void           crm_ticket_list_set_order  (CrmTicketList         *self,
                                           CrmTicketOrder         order);
void           crm_ticket_list_set_filter (CrmTicketList         *self,
                                           const CrmTicketFilter *filter);
/* The position of a ticket, or G_MAXUINT: for keeping focus after a change. */
guint          crm_ticket_list_find       (CrmTicketList         *self,
                                           const char            *ticket_id);
/* The distinct fault categories and regions of tickets, sorted, for filter
 * menus: a NULL-terminated array. */
char         **crm_ticket_list_fault_categories (CrmStore *store, GError **error);
char         **crm_ticket_list_regions          (CrmStore *store, GError **error);

G_END_DECLS
