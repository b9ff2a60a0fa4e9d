/* crm-ticket.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET (crm_ticket_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicket, crm_ticket, CRM, TICKET, CrmRecord)

CrmTicket         *crm_ticket_new                      (void);
const char        *crm_ticket_get_number               (CrmTicket *self);
void               crm_ticket_set_number               (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_customer_id          (CrmTicket *self);
void               crm_ticket_set_customer_id          (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_product_id           (CrmTicket *self);
void               crm_ticket_set_product_id           (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_serial_number        (CrmTicket *self);
void               crm_ticket_set_serial_number        (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_title                (CrmTicket *self);
void               crm_ticket_set_title                (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_description          (CrmTicket *self);
void               crm_ticket_set_description          (CrmTicket  *self,
                                                        const char *value);
CrmTicketStatus    crm_ticket_get_status               (CrmTicket *self);
void               crm_ticket_set_status               (CrmTicket       *self,
                                                        CrmTicketStatus value);
CrmTicketPriority  crm_ticket_get_priority             (CrmTicket *self);
void               crm_ticket_set_priority             (CrmTicket         *self,
                                                        CrmTicketPriority value);
const char        *crm_ticket_get_fault_category       (CrmTicket *self);
void               crm_ticket_set_fault_category       (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_region               (CrmTicket *self);
void               crm_ticket_set_region               (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_technician_id        (CrmTicket *self);
void               crm_ticket_set_technician_id        (CrmTicket  *self,
                                                        const char *value);
gint64             crm_ticket_get_received_at          (CrmTicket *self);
void               crm_ticket_set_received_at          (CrmTicket *self,
                                                        gint64    value);
gint64             crm_ticket_get_due_at               (CrmTicket *self);
void               crm_ticket_set_due_at               (CrmTicket *self,
                                                        gint64    value);
gint64             crm_ticket_get_closed_at            (CrmTicket *self);
void               crm_ticket_set_closed_at            (CrmTicket *self,
                                                        gint64    value);
int                crm_ticket_get_time_spent_minutes   (CrmTicket *self);
void               crm_ticket_set_time_spent_minutes   (CrmTicket *self,
                                                        int       value);
gint64             crm_ticket_get_repair_cost          (CrmTicket *self);
void               crm_ticket_set_repair_cost          (CrmTicket *self,
                                                        gint64    value);
const char        *crm_ticket_get_currency             (CrmTicket *self);
void               crm_ticket_set_currency             (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_resolution           (CrmTicket *self);
void               crm_ticket_set_resolution           (CrmTicket  *self,
                                                        const char *value);
int                crm_ticket_get_satisfaction         (CrmTicket *self);
void               crm_ticket_set_satisfaction         (CrmTicket *self,
                                                        int       value);
const char        *crm_ticket_get_satisfaction_comment (CrmTicket *self);
void               crm_ticket_set_satisfaction_comment (CrmTicket  *self,
                                                        const char *value);
gint64             crm_ticket_get_appointment_at       (CrmTicket *self);
void               crm_ticket_set_appointment_at       (CrmTicket *self,
                                                        gint64    value);
const char        *crm_ticket_get_appointment_address  (CrmTicket *self);
void               crm_ticket_set_appointment_address  (CrmTicket  *self,
                                                        const char *value);
const char        *crm_ticket_get_work_report          (CrmTicket *self);
void               crm_ticket_set_work_report          (CrmTicket  *self,
                                                        const char *value);

G_END_DECLS
