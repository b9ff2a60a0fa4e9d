/* crm-assign-popover.h: "Assign to…" — the technicians, type to filter,
 * Enter assigns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_ASSIGN_POPOVER (crm_assign_popover_get_type ())

G_DECLARE_FINAL_TYPE (CrmAssignPopover, crm_assign_popover, CRM, ASSIGN_POPOVER, GtkPopover)

CrmAssignPopover *crm_assign_popover_new           (void);
void              crm_assign_popover_set_store     (CrmAssignPopover *self,
                                                    CrmStore         *store);
void              crm_assign_popover_set_ticket_id (CrmAssignPopover *self,
                                                    const char       *ticket_id);
GtkEditable      *crm_assign_popover_get_search    (CrmAssignPopover *self);

G_END_DECLS
