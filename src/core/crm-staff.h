/* crm-staff.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_STAFF (crm_staff_get_type ())

G_DECLARE_FINAL_TYPE (CrmStaff, crm_staff, CRM, STAFF, CrmRecord)

CrmStaff   *crm_staff_new          (void);
const char *crm_staff_get_name     (CrmStaff *self);
void        crm_staff_set_name     (CrmStaff   *self,
                                    const char *value);
const char *crm_staff_get_email    (CrmStaff *self);
void        crm_staff_set_email    (CrmStaff   *self,
                                    const char *value);
const char *crm_staff_get_phone    (CrmStaff *self);
void        crm_staff_set_phone    (CrmStaff   *self,
                                    const char *value);
const char *crm_staff_get_role     (CrmStaff *self);
void        crm_staff_set_role     (CrmStaff   *self,
                                    const char *value);
const char *crm_staff_get_region   (CrmStaff *self);
void        crm_staff_set_region   (CrmStaff   *self,
                                    const char *value);
gint64      crm_staff_get_quota    (CrmStaff *self);
void        crm_staff_set_quota    (CrmStaff *self,
                                    gint64   value);
const char *crm_staff_get_currency (CrmStaff *self);
void        crm_staff_set_currency (CrmStaff   *self,
                                    const char *value);
gboolean    crm_staff_get_active   (CrmStaff *self);
void        crm_staff_set_active   (CrmStaff *self,
                                    gboolean value);

G_END_DECLS
