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
 * Returns: (nullable): the local date ("5 Oct 2026"), or %NULL for 0
 *   (no date)
 */
char *
crm_page_format_date (gint64 unix_seconds)
{
  /* TRANSLATORS: a date on the customer pages and lists, see strftime(3) */
  return format_local (unix_seconds, C_("date", "%-d %b %Y"));
}

char *
crm_page_format_date_time (gint64 unix_seconds)
{
  /* TRANSLATORS: a date and time of day on the customer pages, see strftime(3) */
  return format_local (unix_seconds, C_("date and time", "%-d %b %Y %R"));
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

/* A tooltip given to a shown widget makes GTK ask the display server where
 * the pointer is, a round trip for every row built, and may start a timer
 * that outlives the window; a widget being built can take it hidden. */
void
crm_page_set_tooltip (GtkWidget  *widget,
                      const char *text)
{
  gboolean visible = gtk_widget_get_visible (widget);

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
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

/* What people log by hand; faxes still arrive, but nobody sends one. */
static const CrmActivityKind log_kinds[] = {
  CRM_ACTIVITY_KIND_CALL,
  CRM_ACTIVITY_KIND_MEETING,
  CRM_ACTIVITY_KIND_VISIT,
  CRM_ACTIVITY_KIND_EMAIL,
  CRM_ACTIVITY_KIND_SMS,
  CRM_ACTIVITY_KIND_NOTE,
  CRM_ACTIVITY_KIND_TASK,
};

const CrmActivityKind *
crm_page_log_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (log_kinds);
  return log_kinds;
}

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
