/* crm-ticket-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-ticket-event"

#include "config.h"

#include "crm-ticket-event.h"

struct _CrmTicketEvent
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmTicketEvent, crm_ticket_event, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TICKET_ID,
  PROP_AT,
  PROP_STATUS,
  PROP_STAFF_ID,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_ticket_event_class_init (CrmTicketEventClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "ticket-event";
  record_class->table = "ticket_events";
  record_class->default_order = "at";

  properties[PROP_TICKET_ID] =
    g_param_spec_string ("ticket-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_TICKET_STATUS,
                       CRM_TICKET_STATUS_RECEIVED, CRM_PARAM_FLAGS);
  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_ticket_event_init (CrmTicketEvent *self)
{
}

CrmTicketEvent *
crm_ticket_event_new (void)
{
  return g_object_new (CRM_TYPE_TICKET_EVENT, NULL);
}

const char *
crm_ticket_event_get_ticket_id (CrmTicketEvent *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_EVENT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TICKET_ID]);
}

void
crm_ticket_event_set_ticket_id (CrmTicketEvent *self,
                                const char     *value)
{
  g_return_if_fail (CRM_IS_TICKET_EVENT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TICKET_ID], value);
}

gint64
crm_ticket_event_get_at (CrmTicketEvent *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_EVENT (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_AT]);
}

void
crm_ticket_event_set_at (CrmTicketEvent *self,
                         gint64         value)
{
  g_return_if_fail (CRM_IS_TICKET_EVENT (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_AT], value);
}

CrmTicketStatus
crm_ticket_event_get_status (CrmTicketEvent *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_EVENT (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_STATUS]);
}

void
crm_ticket_event_set_status (CrmTicketEvent  *self,
                             CrmTicketStatus value)
{
  g_return_if_fail (CRM_IS_TICKET_EVENT (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_STATUS], value);
}

const char *
crm_ticket_event_get_staff_id (CrmTicketEvent *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_EVENT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_STAFF_ID]);
}

void
crm_ticket_event_set_staff_id (CrmTicketEvent *self,
                               const char     *value)
{
  g_return_if_fail (CRM_IS_TICKET_EVENT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_STAFF_ID], value);
}

const char *
crm_ticket_event_get_note (CrmTicketEvent *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_EVENT (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NOTE]);
}

void
crm_ticket_event_set_note (CrmTicketEvent *self,
                           const char     *value)
{
  g_return_if_fail (CRM_IS_TICKET_EVENT (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NOTE], value);
}
