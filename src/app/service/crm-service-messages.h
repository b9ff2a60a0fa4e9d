/* crm-service-messages.h: the window's "ticket-message" actions — telling
 * the customer about a ticket, and their satisfaction with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-store.h"

G_BEGIN_DECLS

void crm_service_messages_install (GtkWidget *window,
                                   CrmStore  *store);

G_END_DECLS
