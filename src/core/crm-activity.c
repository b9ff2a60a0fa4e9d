/* crm-activity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-activity"

#include "config.h"

#include "crm-activity.h"

struct _CrmActivity
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmActivity, crm_activity, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CUSTOMER_ID,
  PROP_CONTACT_ID,
  PROP_DEAL_ID,
  PROP_TICKET_ID,
  PROP_STAFF_ID,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_AT,
  PROP_DURATION_MINUTES,
  PROP_COST,
  PROP_CURRENCY,
  PROP_DUE_AT,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_activity_class_init (CrmActivityClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "activity";
  record_class->table = "activities";
  record_class->default_order = "at DESC";

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CRM_TYPE_ACTIVITY_KIND,
                       CRM_ACTIVITY_KIND_NOTE, CRM_PARAM_FLAGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_CONTACT_ID] =
    g_param_spec_string ("contact-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_DEAL_ID] =
    g_param_spec_string ("deal-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_TICKET_ID] =
    g_param_spec_string ("ticket-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);
  properties[PROP_COST] =
    g_param_spec_int64 ("cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_activity_init (CrmActivity *self)
{
}

CrmActivity *
crm_activity_new (void)
{
  return g_object_new (CRM_TYPE_ACTIVITY, NULL);
}

CrmActivityKind
crm_activity_get_kind (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_KIND]);
}

void
crm_activity_set_kind (CrmActivity     *self,
                       CrmActivityKind  value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_KIND], value);
}

const char *
crm_activity_get_customer_id (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_activity_set_customer_id (CrmActivity  *self,
                              const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_activity_get_contact_id (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CONTACT_ID]);
}

void
crm_activity_set_contact_id (CrmActivity  *self,
                             const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CONTACT_ID], value);
}

const char *
crm_activity_get_deal_id (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DEAL_ID]);
}

void
crm_activity_set_deal_id (CrmActivity  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DEAL_ID], value);
}

const char *
crm_activity_get_ticket_id (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TICKET_ID]);
}

void
crm_activity_set_ticket_id (CrmActivity  *self,
                            const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TICKET_ID], value);
}

const char *
crm_activity_get_staff_id (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_STAFF_ID]);
}

void
crm_activity_set_staff_id (CrmActivity  *self,
                           const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_STAFF_ID], value);
}

const char *
crm_activity_get_subject (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_SUBJECT]);
}

void
crm_activity_set_subject (CrmActivity  *self,
                          const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_SUBJECT], value);
}

const char *
crm_activity_get_body (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_BODY]);
}

void
crm_activity_set_body (CrmActivity  *self,
                       const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_BODY], value);
}

gint64
crm_activity_get_at (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_AT]);
}

void
crm_activity_set_at (CrmActivity  *self,
                     gint64        value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_AT], value);
}

int
crm_activity_get_duration_minutes (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_DURATION_MINUTES]);
}

void
crm_activity_set_duration_minutes (CrmActivity  *self,
                                   int           value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_DURATION_MINUTES], value);
}

gint64
crm_activity_get_cost (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_COST]);
}

void
crm_activity_set_cost (CrmActivity  *self,
                       gint64        value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_COST], value);
}

const char *
crm_activity_get_currency (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_activity_set_currency (CrmActivity  *self,
                           const char   *value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

gint64
crm_activity_get_due_at (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_DUE_AT]);
}

void
crm_activity_set_due_at (CrmActivity  *self,
                         gint64        value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_DUE_AT], value);
}

gboolean
crm_activity_get_done (CrmActivity *self)
{
  g_return_val_if_fail (CRM_IS_ACTIVITY (self), 0);

  return crm_record_get_boolean (CRM_RECORD (self), properties[PROP_DONE]);
}

void
crm_activity_set_done (CrmActivity  *self,
                       gboolean      value)
{
  g_return_if_fail (CRM_IS_ACTIVITY (self));

  crm_record_set_boolean (CRM_RECORD (self), properties[PROP_DONE], value);
}
