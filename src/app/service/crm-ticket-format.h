/* crm-ticket-format.h: how the Service view writes a ticket's times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-service.h"

G_BEGIN_DECLS

char          *crm_ticket_format_due   (CrmTicket  *ticket,
                                        gint64      now,
                                        gboolean   *overdue);
char          *crm_ticket_format_span  (gint64      seconds);
char          *crm_ticket_format_minutes (gint64    minutes);
CrmServiceSla  crm_ticket_format_sla   (GSettings  *settings);

G_END_DECLS
