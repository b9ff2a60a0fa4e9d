/* crm-service-message.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-activity.h"
#include "crm-service-message.h"

G_DEFINE_QUARK (crm-service-message-error-quark, crm_service_message_error)

const char *
crm_service_message_status_name (CrmTicketStatus status)
{
  static const char * const names[] = {
    [CRM_TICKET_STATUS_RECEIVED]          = N_("Received"),
    [CRM_TICKET_STATUS_DIAGNOSING]        = N_("Diagnosing"),
    [CRM_TICKET_STATUS_WAITING_FOR_PARTS] = N_("Waiting for Parts"),
    [CRM_TICKET_STATUS_IN_REPAIR]         = N_("In Repair"),
    [CRM_TICKET_STATUS_READY]             = N_("Ready"),
    [CRM_TICKET_STATUS_CLOSED]            = N_("Closed"),
  };

  if ((guint) status >= G_N_ELEMENTS (names))
    return "";

  return _(names[status]);
}

const char *
crm_service_message_default_template (CrmTicketStatus status)
{
  static const char * const templates[] = {
    [CRM_TICKET_STATUS_RECEIVED] =
      N_("Dear {customer},\n\nwe have received your {product} (ticket {ticket}) and will look at it shortly.\n\n{business}"),
    [CRM_TICKET_STATUS_DIAGNOSING] =
      N_("Dear {customer},\n\nwe are finding out what is wrong with your {product} (ticket {ticket}).\n\n{business}"),
    [CRM_TICKET_STATUS_WAITING_FOR_PARTS] =
      N_("Dear {customer},\n\nthe repair of your {product} (ticket {ticket}) is waiting for parts; we will tell you when they arrive.\n\n{business}"),
    [CRM_TICKET_STATUS_IN_REPAIR] =
      N_("Dear {customer},\n\nyour {product} (ticket {ticket}) is being repaired.\n\n{business}"),
    [CRM_TICKET_STATUS_READY] =
      N_("Dear {customer},\n\nyour {product} (ticket {ticket}) is ready to be collected.\n\n{business}"),
    [CRM_TICKET_STATUS_CLOSED] =
      N_("Dear {customer},\n\nthank you: ticket {ticket} for your {product} is closed.\n\n{business}"),
  };

  if ((guint) status >= G_N_ELEMENTS (templates))
    return "";

  return _(templates[status]);
}

const char *
crm_service_message_default_survey (void)
{
  return _("Dear {customer},\n\nhow happy were you with the repair of your {product} (ticket {ticket})? "
           "Reply with a score from 1 (poor) to 5 (excellent).\n\n{business}");
}

static const char *
placeholder_value (const char  *name,
                   gsize        length,
                   CrmTicket   *ticket,
                   CrmCustomer *customer,
                   CrmProduct  *product,
                   const char  *business_name)
{
#define IS(literal) (length == strlen (literal) && strncmp (name, literal, length) == 0)
  if (IS ("customer"))
    return customer != NULL ? crm_customer_get_name (customer) : NULL;
  /* "your device" reads better than "your " when the product is not known. */
  if (IS ("product"))
    return product != NULL ? crm_product_get_name (product) : _("device");
  if (IS ("ticket"))
    return crm_ticket_get_number (ticket);
  if (IS ("title"))
    return crm_ticket_get_title (ticket);
  if (IS ("status"))
    return crm_service_message_status_name (crm_ticket_get_status (ticket));
  if (IS ("serial"))
    return crm_ticket_get_serial_number (ticket);
  if (IS ("business"))
    return business_name;
#undef IS

  return (const char *) -1;
}

char *
crm_service_message_expand_full (const char  *template,
                                 CrmTicket   *ticket,
                                 CrmCustomer *customer,
                                 CrmProduct  *product,
                                 const char  *business_name)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (template != NULL, NULL);
  g_return_val_if_fail (CRM_IS_TICKET (ticket), NULL);
  g_return_val_if_fail (customer == NULL || CRM_IS_CUSTOMER (customer), NULL);
  g_return_val_if_fail (product == NULL || CRM_IS_PRODUCT (product), NULL);

  out = g_string_sized_new (strlen (template) + 64);

  for (p = template; *p != '\0'; p++)
    {
      const char *close;
      const char *value;

      if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}'))
        {
          g_string_append_c (out, p[0]);
          p++;
          continue;
        }

      if (p[0] != '{' || (close = strchr (p + 1, '}')) == NULL)
        {
          g_string_append_c (out, p[0]);
          continue;
        }

      value = placeholder_value (p + 1, close - (p + 1), ticket, customer, product, business_name);
      if (value == (const char *) -1)
        {
          /* Unknown: the user sees what they wrote and can correct it. */
          g_string_append_len (out, p, close - p + 1);
        }
      else if (value != NULL)
        g_string_append (out, value);
      p = close;
    }

  /* An empty {business} on the last line leaves blank lines behind. */
  return g_strchomp (g_string_free (out, FALSE));
}

char *
crm_service_message_expand (const char  *template,
                            CrmTicket   *ticket,
                            CrmCustomer *customer,
                            CrmProduct  *product)
{
  return crm_service_message_expand_full (template, ticket, customer, product, NULL);
}

gboolean
crm_service_message_log (CrmStore    *store,
                         CrmTicket   *ticket,
                         const char  *kind,
                         const char  *subject,
                         const char  *body,
                         const char  *staff_id,
                         GError     **error)
{
  g_autoptr(CrmActivity) activity = NULL;
  CrmActivityKind activity_kind;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (CRM_IS_TICKET (ticket), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (kind, "email") == 0)
    activity_kind = CRM_ACTIVITY_KIND_EMAIL;
  else if (g_strcmp0 (kind, "sms") == 0)
    activity_kind = CRM_ACTIVITY_KIND_SMS;
  else
    {
      g_set_error (error, CRM_SERVICE_MESSAGE_ERROR, CRM_SERVICE_MESSAGE_ERROR_INVALID_KIND,
                   _("A message is sent by email or text message."));
      return FALSE;
    }

  if ((subject == NULL || *subject == '\0') && (body == NULL || *body == '\0'))
    {
      g_set_error (error, CRM_SERVICE_MESSAGE_ERROR, CRM_SERVICE_MESSAGE_ERROR_EMPTY,
                   _("The message is empty."));
      return FALSE;
    }

  activity = crm_activity_new ();
  crm_activity_set_kind (activity, activity_kind);
  crm_activity_set_customer_id (activity, crm_ticket_get_customer_id (ticket));
  crm_activity_set_ticket_id (activity, crm_record_get_id (CRM_RECORD (ticket)));
  crm_activity_set_staff_id (activity, staff_id != NULL && *staff_id != '\0' ? staff_id : NULL);
  crm_activity_set_subject (activity, subject);
  crm_activity_set_body (activity, body);
  crm_activity_set_at (activity, g_get_real_time () / G_USEC_PER_SEC);
  crm_activity_set_done (activity, TRUE);

  return crm_store_save (store, CRM_RECORD (activity), error);
}
