/* crm-ticket-part.h: a part used in a repair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_PART (crm_ticket_part_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketPart, crm_ticket_part, CRM, TICKET_PART, CrmRecord)

CrmTicketPart *crm_ticket_part_new             (void);
const char    *crm_ticket_part_get_ticket_id   (CrmTicketPart *self);
void           crm_ticket_part_set_ticket_id   (CrmTicketPart *self,
                                                const char    *value);
const char    *crm_ticket_part_get_product_id  (CrmTicketPart *self);
void           crm_ticket_part_set_product_id  (CrmTicketPart *self,
                                                const char    *value);
const char    *crm_ticket_part_get_description (CrmTicketPart *self);
void           crm_ticket_part_set_description (CrmTicketPart *self,
                                                const char    *value);
int            crm_ticket_part_get_quantity    (CrmTicketPart *self);
void           crm_ticket_part_set_quantity    (CrmTicketPart *self,
                                                int           value);
gint64         crm_ticket_part_get_unit_cost   (CrmTicketPart *self);
void           crm_ticket_part_set_unit_cost   (CrmTicketPart *self,
                                                gint64        value);
const char    *crm_ticket_part_get_currency    (CrmTicketPart *self);
void           crm_ticket_part_set_currency    (CrmTicketPart *self,
                                                const char    *value);

G_END_DECLS
