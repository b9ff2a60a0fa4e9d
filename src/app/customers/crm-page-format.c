/* crm-page-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field.h"
#include "crm-page-format.h"

/* Amounts keep their currency beside them: a customer may pay in another one
 * than the office's. */
char *
crm_page_format_money (gint64      minor_units,
                       const char *currency)
{
  g_autofree char *amount = crm_money_format (minor_units, currency);

  if (currency == NULL || *currency == '\0')
    return g_steal_pointer (&amount);

  return g_strdup_printf ("%s %s", amount, currency);
}

static char *
format_local (gint64      unix_seconds,
              const char *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0 || (utc = g_date_time_new_from_unix_utc (unix_seconds)) == NULL)
    return NULL;

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, format);
}

/**
 * crm_page_format_date:
 *
 * Returns: (nullable): the local date in the user's locale, or %NULL for 0
 *   (no date)
 */
char *
crm_page_format_date (gint64 unix_seconds)
{
  return format_local (unix_seconds, "%x");
}

char *
crm_page_format_date_time (gint64 unix_seconds)
{
  /* The locale's date; times of day in 24-hour form read the same everywhere. */
  return format_local (unix_seconds, "%x %R");
}

char *
crm_page_join (const char         *separator,
               const char * const *parts,
               guint               n_parts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append (text, parts[i]);
    }

  return g_string_free (text, FALSE);
}

/* Toast titles are markup; messages quote what the user typed. */
AdwToast *
crm_page_new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

typedef struct
{
  const char *label;
  const char *plural;
  const char *icon;
} KindInfo;

static const KindInfo kinds[] = {
  [CRM_ACTIVITY_KIND_CALL]    = { N_("Call"),    N_("Calls"),         "call-start-symbolic" },
  [CRM_ACTIVITY_KIND_MEETING] = { N_("Meeting"), N_("Meetings"),      "x-office-calendar-symbolic" },
  [CRM_ACTIVITY_KIND_VISIT]   = { N_("Visit"),   N_("Visits"),        "find-location-symbolic" },
  [CRM_ACTIVITY_KIND_EMAIL]   = { N_("Email"),   N_("Emails"),        "mail-unread-symbolic" },
  [CRM_ACTIVITY_KIND_SMS]     = { N_("SMS"),     N_("Text Messages"), "chat-message-new-symbolic" },
  [CRM_ACTIVITY_KIND_FAX]     = { N_("Fax"),     N_("Faxes"),         "document-print-symbolic" },
  [CRM_ACTIVITY_KIND_NOTE]    = { N_("Note"),    N_("Notes"),         "document-edit-symbolic" },
  [CRM_ACTIVITY_KIND_TASK]    = { N_("Task"),    N_("Tasks"),         "task-due-symbolic" },
};

static const KindInfo *
kind_info (CrmActivityKind kind)
{
  return (guint)kind < G_N_ELEMENTS (kinds) ? &kinds[kind] : &kinds[CRM_ACTIVITY_KIND_NOTE];
}

const char *
crm_page_activity_kind_label (CrmActivityKind kind)
{
  return _(kind_info (kind)->label);
}

const char *
crm_page_activity_kind_plural (CrmActivityKind kind)
{
  return _(kind_info (kind)->plural);
}

const char *
crm_page_activity_kind_icon (CrmActivityKind kind)
{
  return kind_info (kind)->icon;
}

static const char *
label_from (const char * const *labels,
            guint               n_labels,
            int                 value)
{
  return value >= 0 && (guint)value < n_labels ? _(labels[value]) : "";
}

const char *
crm_page_quote_status_label (CrmQuoteStatus status)
{
  static const char * const labels[] = {
    [CRM_QUOTE_STATUS_DRAFT]    = N_("Draft"),
    [CRM_QUOTE_STATUS_SENT]     = N_("Sent"),
    [CRM_QUOTE_STATUS_ACCEPTED] = N_("Accepted"),
    [CRM_QUOTE_STATUS_REJECTED] = N_("Rejected"),
  };

  return label_from (labels, G_N_ELEMENTS (labels), status);
}

const char *
crm_page_order_status_label (CrmOrderStatus status)
{
  static const char * const labels[] = {
    [CRM_ORDER_STATUS_OPEN]      = N_("Open"),
    [CRM_ORDER_STATUS_DELIVERED] = N_("Delivered"),
    [CRM_ORDER_STATUS_CANCELLED] = N_("Cancelled"),
  };

  return label_from (labels, G_N_ELEMENTS (labels), status);
}

const char *
crm_page_ticket_status_label (CrmTicketStatus status)
{
  static const char * const labels[] = {
    [CRM_TICKET_STATUS_RECEIVED]          = N_("Received"),
    [CRM_TICKET_STATUS_DIAGNOSING]        = N_("Diagnosing"),
    [CRM_TICKET_STATUS_WAITING_FOR_PARTS] = N_("Waiting for Parts"),
    [CRM_TICKET_STATUS_IN_REPAIR]         = N_("In Repair"),
    [CRM_TICKET_STATUS_READY]             = N_("Ready"),
    [CRM_TICKET_STATUS_CLOSED]            = N_("Closed"),
  };

  return label_from (labels, G_N_ELEMENTS (labels), status);
}

const char *
crm_page_ticket_priority_label (CrmTicketPriority priority)
{
  static const char * const labels[] = {
    [CRM_TICKET_PRIORITY_LOW]    = N_("Low Priority"),
    [CRM_TICKET_PRIORITY_NORMAL] = N_("Normal Priority"),
    [CRM_TICKET_PRIORITY_HIGH]   = N_("High Priority"),
    [CRM_TICKET_PRIORITY_URGENT] = N_("Urgent"),
  };

  return label_from (labels, G_N_ELEMENTS (labels), priority);
}
