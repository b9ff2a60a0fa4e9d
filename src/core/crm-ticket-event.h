/* crm-ticket-event.h: one status change of a ticket: its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_EVENT (crm_ticket_event_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketEvent, crm_ticket_event, CRM, TICKET_EVENT, CrmRecord)

CrmTicketEvent  *crm_ticket_event_new           (void);
const char      *crm_ticket_event_get_ticket_id (CrmTicketEvent *self);
void             crm_ticket_event_set_ticket_id (CrmTicketEvent *self,
                                                 const char     *value);
gint64           crm_ticket_event_get_at        (CrmTicketEvent *self);
void             crm_ticket_event_set_at        (CrmTicketEvent *self,
                                                 gint64         value);
CrmTicketStatus  crm_ticket_event_get_status    (CrmTicketEvent *self);
void             crm_ticket_event_set_status    (CrmTicketEvent  *self,
                                                 CrmTicketStatus value);
const char      *crm_ticket_event_get_staff_id  (CrmTicketEvent *self);
void             crm_ticket_event_set_staff_id  (CrmTicketEvent *self,
                                                 const char     *value);
const char      *crm_ticket_event_get_note      (CrmTicketEvent *self);
void             crm_ticket_event_set_note      (CrmTicketEvent *self,
                                                 const char     *value);

G_END_DECLS
