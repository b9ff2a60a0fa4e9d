/* crm-new-ticket-dialog.h: a new service ticket, quickly from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_NEW_TICKET_DIALOG (crm_new_ticket_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmNewTicketDialog, crm_new_ticket_dialog, CRM, NEW_TICKET_DIALOG, AdwWindow)

CrmNewTicketDialog *crm_new_ticket_dialog_new          (GtkWindow          *parent,
                                                        CrmStore           *store,
                                                        const char         *customer_id);
void                crm_new_ticket_dialog_set_customer (CrmNewTicketDialog *self,
                                                        const char         *customer_id);
void                crm_new_ticket_dialog_create       (CrmNewTicketDialog *self);
GtkEditable        *crm_new_ticket_dialog_get_search   (CrmNewTicketDialog *self);
GtkEditable        *crm_new_ticket_dialog_get_title    (CrmNewTicketDialog *self);

G_END_DECLS
