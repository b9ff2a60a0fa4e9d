/* crm-ticket-page.h: everything about one service ticket, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"
#include "crm-ticket.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_PAGE (crm_ticket_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketPage, crm_ticket_page, CRM, TICKET_PAGE, AdwBin)

void        crm_ticket_page_set_store     (CrmTicketPage *self,
                                           CrmStore      *store);
void        crm_ticket_page_set_ticket_id (CrmTicketPage *self,
                                           const char    *ticket_id);
const char *crm_ticket_page_get_ticket_id (CrmTicketPage *self);
CrmTicket  *crm_ticket_page_get_ticket    (CrmTicketPage *self);
void        crm_ticket_page_show_assign   (CrmTicketPage *self);
void        crm_ticket_page_focus_work_log (CrmTicketPage *self);
/* Saves the edits waiting for their pause now (the tests, and leaving). */
void        crm_ticket_page_flush         (CrmTicketPage *self);

G_END_DECLS
