/* crm-ticket-row.h: one ticket in the service queue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-ticket.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_ROW (crm_ticket_row_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketRow, crm_ticket_row, CRM, TICKET_ROW, GtkWidget)

CrmTicketRow *crm_ticket_row_new    (void);
void          crm_ticket_row_update (CrmTicketRow *self,
                                     CrmTicket    *ticket,
                                     const char   *customer_name,
                                     const char   *product_name,
                                     const char   *technician_name,
                                     gint64        now);
void          crm_ticket_row_clear  (CrmTicketRow *self);
gboolean      crm_ticket_row_get_overdue (CrmTicketRow *self);
const char   *crm_ticket_row_get_text    (CrmTicketRow *self,
                                          guint         line);

G_END_DECLS
