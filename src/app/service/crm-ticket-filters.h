/* crm-ticket-filters.h: the service queue's order and filters, in a popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-ticket-list.h"

G_BEGIN_DECLS

#define CRM_TYPE_TICKET_FILTERS (crm_ticket_filters_get_type ())

G_DECLARE_FINAL_TYPE (CrmTicketFilters, crm_ticket_filters, CRM, TICKET_FILTERS, GtkPopover)

void     crm_ticket_filters_set_store      (CrmTicketFilters *self,
                                            CrmStore         *store);
void     crm_ticket_filters_get_filter     (CrmTicketFilters *self,
                                            CrmTicketFilter  *filter);
gboolean crm_ticket_filters_get_active     (CrmTicketFilters *self);
void     crm_ticket_filters_clear          (CrmTicketFilters *self);
/* For the tests and the keyboard: choose by position (0 is "Any"). */
void     crm_ticket_filters_select         (CrmTicketFilters *self,
                                            const char       *which,
                                            guint             position);
void     crm_ticket_filters_set_overdue_only (CrmTicketFilters *self,
                                              gboolean          overdue_only);

G_END_DECLS
