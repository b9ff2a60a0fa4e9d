/* crm-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-enums"

#include "config.h"

#include "crm-enums.h"

G_DEFINE_ENUM_TYPE (CrmCustomerKind, crm_customer_kind,
  G_DEFINE_ENUM_VALUE (CRM_CUSTOMER_KIND_COMPANY, "company"),
  G_DEFINE_ENUM_VALUE (CRM_CUSTOMER_KIND_PERSON, "person"))

G_DEFINE_ENUM_TYPE (CrmStageKind, crm_stage_kind,
  G_DEFINE_ENUM_VALUE (CRM_STAGE_KIND_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (CRM_STAGE_KIND_WON, "won"),
  G_DEFINE_ENUM_VALUE (CRM_STAGE_KIND_LOST, "lost"))

G_DEFINE_ENUM_TYPE (CrmQuoteStatus, crm_quote_status,
  G_DEFINE_ENUM_VALUE (CRM_QUOTE_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (CRM_QUOTE_STATUS_SENT, "sent"),
  G_DEFINE_ENUM_VALUE (CRM_QUOTE_STATUS_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (CRM_QUOTE_STATUS_REJECTED, "rejected"))

G_DEFINE_ENUM_TYPE (CrmOrderStatus, crm_order_status,
  G_DEFINE_ENUM_VALUE (CRM_ORDER_STATUS_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (CRM_ORDER_STATUS_DELIVERED, "delivered"),
  G_DEFINE_ENUM_VALUE (CRM_ORDER_STATUS_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (CrmActivityKind, crm_activity_kind,
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_CALL, "call"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_VISIT, "visit"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_SMS, "sms"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_FAX, "fax"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_NOTE, "note"),
  G_DEFINE_ENUM_VALUE (CRM_ACTIVITY_KIND_TASK, "task"))

G_DEFINE_ENUM_TYPE (CrmTicketStatus, crm_ticket_status,
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_RECEIVED, "received"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_DIAGNOSING, "diagnosing"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_WAITING_FOR_PARTS, "waiting-for-parts"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_IN_REPAIR, "in-repair"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_READY, "ready"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_STATUS_CLOSED, "closed"))

G_DEFINE_ENUM_TYPE (CrmTicketPriority, crm_ticket_priority,
  G_DEFINE_ENUM_VALUE (CRM_TICKET_PRIORITY_LOW, "low"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_PRIORITY_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_PRIORITY_HIGH, "high"),
  G_DEFINE_ENUM_VALUE (CRM_TICKET_PRIORITY_URGENT, "urgent"))

/* Enum classes of static types live as long as the program. */
static GEnumClass *
enum_class_get (GType enum_type)
{
  GEnumClass *enum_class = g_type_class_peek (enum_type);

  return enum_class != NULL ? enum_class : g_type_class_ref (enum_type);
}

const char *
crm_enum_to_nick (GType enum_type,
                  int   value)
{
  GEnumClass *enum_class = enum_class_get (enum_type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
crm_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  GEnumClass *enum_class = enum_class_get (enum_type);
  GEnumValue *enum_value;

  g_return_val_if_fail (nick != NULL, FALSE);

  enum_value = g_enum_get_value_by_nick (enum_class, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}
