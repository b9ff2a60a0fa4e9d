/* crm-ticket-actions.h: the window's "ticket" actions — a new ticket, opening
 * one — and the status changes and assignments every view makes the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-service.h"

G_BEGIN_DECLS

void      crm_ticket_actions_install        (GtkWidget       *window,
                                             CrmStore        *store);
gboolean  crm_ticket_actions_change_status  (GtkWidget       *widget,
                                             CrmStore        *store,
                                             const char      *ticket_id,
                                             CrmTicketStatus  status);
gboolean  crm_ticket_actions_assign         (GtkWidget       *widget,
                                             CrmStore        *store,
                                             const char      *ticket_id,
                                             const char      *technician_id);
char     *crm_ticket_actions_dup_staff_id   (void);
/* The last toast the actions showed in @widget's window, for the tests. */
AdwToast *crm_ticket_actions_get_last_toast (GtkWidget       *widget);
/* The dialog ticket.new opened last in @widget's window, for the tests. */
GtkWindow *crm_ticket_actions_get_dialog    (GtkWidget       *widget);

G_END_DECLS
