/* crm-contact.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONTACT (crm_contact_get_type ())

G_DECLARE_FINAL_TYPE (CrmContact, crm_contact, CRM, CONTACT, CrmRecord)

CrmContact *crm_contact_new             (void);
const char *crm_contact_get_customer_id (CrmContact *self);
void        crm_contact_set_customer_id (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_name        (CrmContact *self);
void        crm_contact_set_name        (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_title       (CrmContact *self);
void        crm_contact_set_title       (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_email       (CrmContact *self);
void        crm_contact_set_email       (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_phone       (CrmContact *self);
void        crm_contact_set_phone       (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_mobile      (CrmContact *self);
void        crm_contact_set_mobile      (CrmContact *self,
                                         const char *value);
const char *crm_contact_get_city        (CrmContact *self);
void        crm_contact_set_city        (CrmContact *self,
                                         const char *value);
gboolean    crm_contact_get_is_primary  (CrmContact *self);
void        crm_contact_set_is_primary  (CrmContact *self,
                                         gboolean   value);
const char *crm_contact_get_notes       (CrmContact *self);
void        crm_contact_set_notes       (CrmContact *self,
                                         const char *value);

G_END_DECLS
