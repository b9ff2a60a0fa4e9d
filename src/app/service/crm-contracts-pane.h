/* crm-contracts-pane.h: the Service view's "Contracts" page — contracts
 * expiring soon, and all of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTRACTS_PANE (crm_contracts_pane_get_type ())

G_DECLARE_FINAL_TYPE (CrmContractsPane, crm_contracts_pane, CRM, CONTRACTS_PANE, AdwBin)

CrmContractsPane *crm_contracts_pane_new       (void);
CrmStore         *crm_contracts_pane_get_store (CrmContractsPane *self);
void              crm_contracts_pane_set_store (CrmContractsPane *self,
                                                CrmStore         *store);
/* The contracts shown (CrmContract), and which: 30, 60 or 90 days ahead, or
 * -1 for all of them. */
GListModel       *crm_contracts_pane_get_model (CrmContractsPane *self);
void              crm_contracts_pane_set_days  (CrmContractsPane *self,
                                                int               days);

G_END_DECLS
