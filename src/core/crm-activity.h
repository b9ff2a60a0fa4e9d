/* crm-activity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_ACTIVITY (crm_activity_get_type ())

G_DECLARE_FINAL_TYPE (CrmActivity, crm_activity, CRM, ACTIVITY, CrmRecord)

CrmActivity     *crm_activity_new                  (void);
CrmActivityKind  crm_activity_get_kind             (CrmActivity *self);
void             crm_activity_set_kind             (CrmActivity     *self,
                                                    CrmActivityKind value);
const char      *crm_activity_get_customer_id      (CrmActivity *self);
void             crm_activity_set_customer_id      (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_contact_id       (CrmActivity *self);
void             crm_activity_set_contact_id       (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_deal_id          (CrmActivity *self);
void             crm_activity_set_deal_id          (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_ticket_id        (CrmActivity *self);
void             crm_activity_set_ticket_id        (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_staff_id         (CrmActivity *self);
void             crm_activity_set_staff_id         (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_subject          (CrmActivity *self);
void             crm_activity_set_subject          (CrmActivity *self,
                                                    const char  *value);
const char      *crm_activity_get_body             (CrmActivity *self);
void             crm_activity_set_body             (CrmActivity *self,
                                                    const char  *value);
gint64           crm_activity_get_at               (CrmActivity *self);
void             crm_activity_set_at               (CrmActivity *self,
                                                    gint64      value);
int              crm_activity_get_duration_minutes (CrmActivity *self);
void             crm_activity_set_duration_minutes (CrmActivity *self,
                                                    int         value);
gint64           crm_activity_get_cost             (CrmActivity *self);
void             crm_activity_set_cost             (CrmActivity *self,
                                                    gint64      value);
const char      *crm_activity_get_currency         (CrmActivity *self);
void             crm_activity_set_currency         (CrmActivity *self,
                                                    const char  *value);
gint64           crm_activity_get_due_at           (CrmActivity *self);
void             crm_activity_set_due_at           (CrmActivity *self,
                                                    gint64      value);
gboolean         crm_activity_get_done             (CrmActivity *self);
void             crm_activity_set_done             (CrmActivity *self,
                                                    gboolean    value);

G_END_DECLS
