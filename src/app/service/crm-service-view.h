/* crm-service-view.h: the Service view — the queue of open tickets with the
 * selected ticket's page, and the contracts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"
#include "crm-ticket-filters.h"
#include "crm-ticket-list.h"
#include "crm-ticket-page.h"

G_BEGIN_DECLS

#define CRM_TYPE_SERVICE_VIEW (crm_service_view_get_type ())

G_DECLARE_FINAL_TYPE (CrmServiceView, crm_service_view, CRM, SERVICE_VIEW, AdwBin)

void              crm_service_view_set_store      (CrmServiceView  *self,
                                                   CrmStore        *store);
void              crm_service_view_show_ticket    (CrmServiceView  *self,
                                                   const char      *ticket_id);
/* The selected ticket, or NULL. */
CrmTicket        *crm_service_view_get_selected   (CrmServiceView  *self);
gboolean          crm_service_view_change_status  (CrmServiceView  *self,
                                                   CrmTicketStatus  status);
void              crm_service_view_assign         (CrmServiceView  *self);
CrmTicketList    *crm_service_view_get_list       (CrmServiceView  *self);
GtkListView      *crm_service_view_get_list_view  (CrmServiceView  *self);
CrmTicketPage    *crm_service_view_get_page       (CrmServiceView  *self);
CrmTicketFilters *crm_service_view_get_filters    (CrmServiceView  *self);
const char       *crm_service_view_get_list_state (CrmServiceView  *self);

G_END_DECLS
