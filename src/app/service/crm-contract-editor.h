/* crm-contract-editor.h: a window for one service contract, new or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTRACT_EDITOR (crm_contract_editor_get_type ())

G_DECLARE_FINAL_TYPE (CrmContractEditor, crm_contract_editor, CRM, CONTRACT_EDITOR, AdwWindow)

typedef enum {
  CRM_CONTRACT_FIELD_NUMBER,
  CRM_CONTRACT_FIELD_TITLE,
  CRM_CONTRACT_FIELD_STARTS,     /* a date, YYYY-MM-DD */
  CRM_CONTRACT_FIELD_ENDS,
  CRM_CONTRACT_FIELD_VALUE,      /* an amount in the currency */
  CRM_CONTRACT_FIELD_CURRENCY,
  CRM_CONTRACT_FIELD_NOTES,
  CRM_CONTRACT_N_FIELDS
} CrmContractField;

/* @contract_id NULL: a new contract for @customer_id. NULL with @error when
 * the contract or customer cannot be loaded. */
CrmContractEditor *crm_contract_editor_new        (GtkWindow          *parent,
                                                   CrmStore           *store,
                                                   const char         *contract_id,
                                                   const char         *customer_id,
                                                   GError            **error);
GtkEditable       *crm_contract_editor_get_field  (CrmContractEditor  *self,
                                                   CrmContractField    field);
/* Checks and saves what is entered; on an error it is shown in the window
 * and returned, and nothing is saved. */
gboolean           crm_contract_editor_save       (CrmContractEditor  *self,
                                                   GError            **error);
const char        *crm_contract_editor_get_contract_id (CrmContractEditor *self);

G_END_DECLS
