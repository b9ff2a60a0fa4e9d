/* crm-service-message.h: what the service desk tells a customer about a
 * ticket — templates with placeholders, and the message on the customer's
 * timeline once it is sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-customer.h"
#include "crm-product.h"
#include "crm-store.h"
#include "crm-ticket.h"

G_BEGIN_DECLS

#define CRM_SERVICE_MESSAGE_ERROR (crm_service_message_error_quark ())

typedef enum {
  CRM_SERVICE_MESSAGE_ERROR_INVALID_KIND,   /* neither "email" nor "sms" */
  CRM_SERVICE_MESSAGE_ERROR_EMPTY,          /* nothing to say */
} CrmServiceMessageError;

GQuark      crm_service_message_error_quark   (void);

/* The translated name of a status, as {status} writes it ("Ready"). */
const char *crm_service_message_status_name   (CrmTicketStatus  status);

/* A translated default template for @status, and for the survey. */
const char *crm_service_message_default_template (CrmTicketStatus status);
const char *crm_service_message_default_survey   (void);

/* Replaces {customer}, {product}, {ticket} (the number), {title}, {status},
 * {serial} and {business}; "{{" and "}}" write a brace; anything else in
 * braces is left as written. {product} without a product is "device";
 * {business} is empty here (the core has no settings, see _expand_full).
 * Trailing white space is dropped. */
char       *crm_service_message_expand        (const char      *template,
                                               CrmTicket       *ticket,
                                               CrmCustomer     *customer,
                                               CrmProduct      *product);
char       *crm_service_message_expand_full   (const char      *template,
                                               CrmTicket       *ticket,
                                               CrmCustomer     *customer,
                                               CrmProduct      *product,
                                               const char      *business_name);

/* Saves an activity (kind email or sms, done, at now) on the ticket's
 * customer's timeline, linked to the ticket. @staff_id may be NULL. */
gboolean    crm_service_message_log           (CrmStore        *store,
                                               CrmTicket       *ticket,
                                               const char      *kind,
                                               const char      *subject,
                                               const char      *body,
                                               const char      *staff_id,
                                               GError         **error);

G_END_DECLS
