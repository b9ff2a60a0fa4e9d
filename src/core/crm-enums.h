/* crm-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks are what the database, CSV and JSON files hold. */

typedef enum {
  CRM_CUSTOMER_KIND_COMPANY,
  CRM_CUSTOMER_KIND_PERSON,
} CrmCustomerKind;

typedef enum {
  CRM_STAGE_KIND_OPEN,
  CRM_STAGE_KIND_WON,
  CRM_STAGE_KIND_LOST,
} CrmStageKind;

typedef enum {
  CRM_QUOTE_STATUS_DRAFT,
  CRM_QUOTE_STATUS_SENT,
  CRM_QUOTE_STATUS_ACCEPTED,
  CRM_QUOTE_STATUS_REJECTED,
} CrmQuoteStatus;

typedef enum {
  CRM_ORDER_STATUS_OPEN,
  CRM_ORDER_STATUS_DELIVERED,
  CRM_ORDER_STATUS_CANCELLED,
} CrmOrderStatus;

typedef enum {
  CRM_ACTIVITY_KIND_CALL,
  CRM_ACTIVITY_KIND_MEETING,
  CRM_ACTIVITY_KIND_VISIT,
  CRM_ACTIVITY_KIND_EMAIL,
  CRM_ACTIVITY_KIND_SMS,
  CRM_ACTIVITY_KIND_FAX,
  CRM_ACTIVITY_KIND_NOTE,
  CRM_ACTIVITY_KIND_TASK,
} CrmActivityKind;

typedef enum {
  CRM_TICKET_STATUS_RECEIVED,
  CRM_TICKET_STATUS_DIAGNOSING,
  CRM_TICKET_STATUS_WAITING_FOR_PARTS,
  CRM_TICKET_STATUS_IN_REPAIR,
  CRM_TICKET_STATUS_READY,
  CRM_TICKET_STATUS_CLOSED,
} CrmTicketStatus;

typedef enum {
  CRM_TICKET_PRIORITY_LOW,
  CRM_TICKET_PRIORITY_NORMAL,
  CRM_TICKET_PRIORITY_HIGH,
  CRM_TICKET_PRIORITY_URGENT,
} CrmTicketPriority;

#define CRM_TYPE_CUSTOMER_KIND     (crm_customer_kind_get_type ())
#define CRM_TYPE_STAGE_KIND        (crm_stage_kind_get_type ())
#define CRM_TYPE_QUOTE_STATUS      (crm_quote_status_get_type ())
#define CRM_TYPE_ORDER_STATUS      (crm_order_status_get_type ())
#define CRM_TYPE_ACTIVITY_KIND     (crm_activity_kind_get_type ())
#define CRM_TYPE_TICKET_STATUS     (crm_ticket_status_get_type ())
#define CRM_TYPE_TICKET_PRIORITY   (crm_ticket_priority_get_type ())

GType crm_customer_kind_get_type   (void) G_GNUC_CONST;
GType crm_stage_kind_get_type      (void) G_GNUC_CONST;
GType crm_quote_status_get_type    (void) G_GNUC_CONST;
GType crm_order_status_get_type    (void) G_GNUC_CONST;
GType crm_activity_kind_get_type   (void) G_GNUC_CONST;
GType crm_ticket_status_get_type   (void) G_GNUC_CONST;
GType crm_ticket_priority_get_type (void) G_GNUC_CONST;

const char *crm_enum_to_nick   (GType        enum_type,
                                int          value);
gboolean    crm_enum_from_nick (GType        enum_type,
                                const char  *nick,
                                int         *value);

G_END_DECLS
