/* crm-ticket.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-ticket"

#include "config.h"

#include "crm-ticket.h"

struct _CrmTicket
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmTicket, crm_ticket, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_CUSTOMER_ID,
  PROP_PRODUCT_ID,
  PROP_SERIAL_NUMBER,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_PRIORITY,
  PROP_FAULT_CATEGORY,
  PROP_REGION,
  PROP_TECHNICIAN_ID,
  PROP_RECEIVED_AT,
  PROP_DUE_AT,
  PROP_CLOSED_AT,
  PROP_TIME_SPENT_MINUTES,
  PROP_REPAIR_COST,
  PROP_CURRENCY,
  PROP_RESOLUTION,
  PROP_SATISFACTION,
  PROP_SATISFACTION_COMMENT,
  PROP_APPOINTMENT_AT,
  PROP_APPOINTMENT_ADDRESS,
  PROP_WORK_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_ticket_class_init (CrmTicketClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "ticket";
  record_class->table = "tickets";
  record_class->default_order = "received_at";

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_PRODUCT_ID] =
    g_param_spec_string ("product-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_SERIAL_NUMBER] =
    g_param_spec_string ("serial-number", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CRM_TYPE_TICKET_STATUS,
                       CRM_TICKET_STATUS_RECEIVED, CRM_PARAM_FLAGS);
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL, CRM_TYPE_TICKET_PRIORITY,
                       CRM_TICKET_PRIORITY_NORMAL, CRM_PARAM_FLAGS);
  properties[PROP_FAULT_CATEGORY] =
    g_param_spec_string ("fault-category", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_TECHNICIAN_ID] =
    g_param_spec_string ("technician-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_CLOSED_AT] =
    g_param_spec_int64 ("closed-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_TIME_SPENT_MINUTES] =
    g_param_spec_int ("time-spent-minutes", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);
  properties[PROP_REPAIR_COST] =
    g_param_spec_int64 ("repair-cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_string ("resolution", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_SATISFACTION] =
    g_param_spec_int ("satisfaction", NULL, NULL, 0, 5, 0, CRM_PARAM_FLAGS);
  properties[PROP_SATISFACTION_COMMENT] =
    g_param_spec_string ("satisfaction-comment", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_APPOINTMENT_AT] =
    g_param_spec_int64 ("appointment-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_APPOINTMENT_ADDRESS] =
    g_param_spec_string ("appointment-address", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_WORK_REPORT] =
    g_param_spec_string ("work-report", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_ticket_init (CrmTicket *self)
{
}

CrmTicket *
crm_ticket_new (void)
{
  return g_object_new (CRM_TYPE_TICKET, NULL);
}

const char *
crm_ticket_get_number (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_NUMBER]);
}

void
crm_ticket_set_number (CrmTicket  *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_NUMBER], value);
}

const char *
crm_ticket_get_customer_id (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID]);
}

void
crm_ticket_set_customer_id (CrmTicket  *self,
                            const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CUSTOMER_ID], value);
}

const char *
crm_ticket_get_product_id (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID]);
}

void
crm_ticket_set_product_id (CrmTicket  *self,
                           const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID], value);
}

const char *
crm_ticket_get_serial_number (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_SERIAL_NUMBER]);
}

void
crm_ticket_set_serial_number (CrmTicket  *self,
                              const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_SERIAL_NUMBER], value);
}

const char *
crm_ticket_get_title (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TITLE]);
}

void
crm_ticket_set_title (CrmTicket  *self,
                      const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TITLE], value);
}

const char *
crm_ticket_get_description (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_ticket_set_description (CrmTicket  *self,
                            const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

CrmTicketStatus
crm_ticket_get_status (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_STATUS]);
}

void
crm_ticket_set_status (CrmTicket       *self,
                       CrmTicketStatus  value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_STATUS], value);
}

CrmTicketPriority
crm_ticket_get_priority (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_enum (CRM_RECORD (self), properties[PROP_PRIORITY]);
}

void
crm_ticket_set_priority (CrmTicket         *self,
                         CrmTicketPriority  value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_enum (CRM_RECORD (self), properties[PROP_PRIORITY], value);
}

const char *
crm_ticket_get_fault_category (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_FAULT_CATEGORY]);
}

void
crm_ticket_set_fault_category (CrmTicket  *self,
                               const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_FAULT_CATEGORY], value);
}

const char *
crm_ticket_get_region (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_REGION]);
}

void
crm_ticket_set_region (CrmTicket  *self,
                       const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_REGION], value);
}

const char *
crm_ticket_get_technician_id (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TECHNICIAN_ID]);
}

void
crm_ticket_set_technician_id (CrmTicket  *self,
                              const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TECHNICIAN_ID], value);
}

gint64
crm_ticket_get_received_at (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_RECEIVED_AT]);
}

void
crm_ticket_set_received_at (CrmTicket  *self,
                            gint64      value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_RECEIVED_AT], value);
}

gint64
crm_ticket_get_due_at (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_DUE_AT]);
}

void
crm_ticket_set_due_at (CrmTicket  *self,
                       gint64      value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_DUE_AT], value);
}

gint64
crm_ticket_get_closed_at (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_CLOSED_AT]);
}

void
crm_ticket_set_closed_at (CrmTicket  *self,
                          gint64      value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_CLOSED_AT], value);
}

int
crm_ticket_get_time_spent_minutes (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_TIME_SPENT_MINUTES]);
}

void
crm_ticket_set_time_spent_minutes (CrmTicket  *self,
                                   int         value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_TIME_SPENT_MINUTES], value);
}

gint64
crm_ticket_get_repair_cost (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_REPAIR_COST]);
}

void
crm_ticket_set_repair_cost (CrmTicket  *self,
                            gint64      value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_REPAIR_COST], value);
}

const char *
crm_ticket_get_currency (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_ticket_set_currency (CrmTicket  *self,
                         const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}

const char *
crm_ticket_get_resolution (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_RESOLUTION]);
}

void
crm_ticket_set_resolution (CrmTicket  *self,
                           const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_RESOLUTION], value);
}

int
crm_ticket_get_satisfaction (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_SATISFACTION]);
}

void
crm_ticket_set_satisfaction (CrmTicket  *self,
                             int         value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_SATISFACTION], value);
}

const char *
crm_ticket_get_satisfaction_comment (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_SATISFACTION_COMMENT]);
}

void
crm_ticket_set_satisfaction_comment (CrmTicket  *self,
                                     const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_SATISFACTION_COMMENT], value);
}

gint64
crm_ticket_get_appointment_at (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_APPOINTMENT_AT]);
}

void
crm_ticket_set_appointment_at (CrmTicket *self,
                               gint64     value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_APPOINTMENT_AT], value);
}

const char *
crm_ticket_get_appointment_address (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_APPOINTMENT_ADDRESS]);
}

void
crm_ticket_set_appointment_address (CrmTicket  *self,
                                    const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_APPOINTMENT_ADDRESS], value);
}

const char *
crm_ticket_get_work_report (CrmTicket *self)
{
  g_return_val_if_fail (CRM_IS_TICKET (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_WORK_REPORT]);
}

void
crm_ticket_set_work_report (CrmTicket  *self,
                            const char *value)
{
  g_return_if_fail (CRM_IS_TICKET (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_WORK_REPORT], value);
}
