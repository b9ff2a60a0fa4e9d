/* crm-ticket-work.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-ticket-work"

#include "config.h"

#include "crm-ticket-work.h"

struct _CrmTicketWork
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmTicketWork, crm_ticket_work, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TICKET_ID,
  PROP_STAFF_ID,
  PROP_AT,
  PROP_MINUTES,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_ticket_work_class_init (CrmTicketWorkClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "ticket-work";
  record_class->table = "ticket_work";
  record_class->default_order = "at DESC";

  properties[PROP_TICKET_ID] =
    g_param_spec_string ("ticket-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_MINUTES] =
    g_param_spec_int ("minutes", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_ticket_work_init (CrmTicketWork *self)
{
}

CrmTicketWork *
crm_ticket_work_new (void)
{
  return g_object_new (CRM_TYPE_TICKET_WORK, NULL);
}

const char *
crm_ticket_work_get_ticket_id (CrmTicketWork *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_WORK (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TICKET_ID]);
}

void
crm_ticket_work_set_ticket_id (CrmTicketWork *self,
                               const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_WORK (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TICKET_ID], value);
}

const char *
crm_ticket_work_get_staff_id (CrmTicketWork *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_WORK (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_STAFF_ID]);
}

void
crm_ticket_work_set_staff_id (CrmTicketWork *self,
                              const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_WORK (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_STAFF_ID], value);
}

gint64
crm_ticket_work_get_at (CrmTicketWork *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_WORK (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_AT]);
}

void
crm_ticket_work_set_at (CrmTicketWork *self,
                        gint64        value)
{
  g_return_if_fail (CRM_IS_TICKET_WORK (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_AT], value);
}

int
crm_ticket_work_get_minutes (CrmTicketWork *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_WORK (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_MINUTES]);
}

void
crm_ticket_work_set_minutes (CrmTicketWork *self,
                             int           value)
{
  g_return_if_fail (CRM_IS_TICKET_WORK (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_MINUTES], value);
}

const char *
crm_ticket_work_get_note (CrmTicketWork *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_WORK (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTE]);
}

void
crm_ticket_work_set_note (CrmTicketWork *self,
                          const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_WORK (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTE], value);
}
