/* crm-contact-dialog.h: adds a contact to a customer, or edits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-contact.h"
#include "crm-customer-page.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTACT_DIALOG (crm_contact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmContactDialog, crm_contact_dialog, CRM, CONTACT_DIALOG, AdwWindow)

CrmContactDialog *crm_contact_dialog_new (CrmCustomerPage *page,
                                          CrmContact      *contact);

G_END_DECLS
