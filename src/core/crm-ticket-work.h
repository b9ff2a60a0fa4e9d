/* crm-ticket-work.h: time a technician spent on a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_WORK (crm_ticket_work_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketWork, crm_ticket_work, CRM, TICKET_WORK, CrmRecord)

CrmTicketWork *crm_ticket_work_new           (void);
const char    *crm_ticket_work_get_ticket_id (CrmTicketWork *self);
void           crm_ticket_work_set_ticket_id (CrmTicketWork *self,
                                              const char    *value);
const char    *crm_ticket_work_get_staff_id  (CrmTicketWork *self);
void           crm_ticket_work_set_staff_id  (CrmTicketWork *self,
                                              const char    *value);
gint64         crm_ticket_work_get_at        (CrmTicketWork *self);
void           crm_ticket_work_set_at        (CrmTicketWork *self,
                                              gint64        value);
int            crm_ticket_work_get_minutes   (CrmTicketWork *self);
void           crm_ticket_work_set_minutes   (CrmTicketWork *self,
                                              int           value);
const char    *crm_ticket_work_get_note      (CrmTicketWork *self);
void           crm_ticket_work_set_note      (CrmTicketWork *self,
                                              const char    *value);

G_END_DECLS
