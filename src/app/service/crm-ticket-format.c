/* crm-ticket-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-ticket-format.h"

#define HOUR (G_GINT64_CONSTANT (3600))
#define DAY  (24 * HOUR)

/**
 * crm_ticket_format_span:
 * @seconds: a length of time, >= 0
 *
 * Returns: "25 min", "3 h" or "2 d": short enough for a queue row; hours up
 *   to two days, so that "due in 2 d" is never much less than two days
 */
char *
crm_ticket_format_span (gint64 seconds)
{
  if (seconds < HOUR)
    /* TRANSLATORS: a short span of minutes, as in "due in 25 min" */
    return g_strdup_printf (_("%d min"), (int) MAX (seconds / 60, 1));
  if (seconds < 2 * DAY)
    /* TRANSLATORS: a short span of hours, as in "due in 3 h" */
    return g_strdup_printf (_("%d h"), (int) (seconds / HOUR));

  /* TRANSLATORS: a short span of days, as in "overdue by 2 d" */
  return g_strdup_printf (_("%d d"), (int) ((seconds + DAY / 2) / DAY));
}

/* "45 min", "2 h", "2 h 15 min": time worked. */
char *
crm_ticket_format_minutes (gint64 minutes)
{
  if (minutes < 60)
    /* TRANSLATORS: minutes worked */
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes % 60 == 0)
    /* TRANSLATORS: hours worked */
    return g_strdup_printf (_("%d h"), (int) (minutes / 60));

  /* TRANSLATORS: hours and minutes worked */
  return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
}

/**
 * crm_ticket_format_due:
 * @overdue: (out) (optional): whether the ticket is past its due time
 *
 * Returns: (nullable): "due in 3 h" or "overdue by 2 d" for an open ticket
 *   with a due time; %NULL otherwise. Overdue is said in words, so that the
 *   error colour is never the only sign of it.
 */
char *
crm_ticket_format_due (CrmTicket *ticket,
                       gint64     now,
                       gboolean  *overdue)
{
  gint64 due_at;
  g_autofree char *span = NULL;

  g_return_val_if_fail (CRM_IS_TICKET (ticket), NULL);

  if (overdue != NULL)
    *overdue = FALSE;

  due_at = crm_ticket_get_due_at (ticket);
  if (due_at <= 0 || crm_ticket_get_status (ticket) == CRM_TICKET_STATUS_CLOSED)
    return NULL;

  if (crm_ticket_is_overdue (ticket, now))
    {
      if (overdue != NULL)
        *overdue = TRUE;
      span = crm_ticket_format_span (now - due_at);
      /* TRANSLATORS: %s is a short span such as "2 d" */
      return g_strdup_printf (_("overdue by %s"), span);
    }

  span = crm_ticket_format_span (due_at - now);
  /* TRANSLATORS: %s is a short span such as "3 h" */
  return g_strdup_printf (_("due in %s"), span);
}

/* The SLA the user set in Preferences; a missing or short value keeps the
 * defaults for the priorities it does not cover. */
CrmServiceSla
crm_ticket_format_sla (GSettings *settings)
{
  CrmServiceSla sla;
  g_autoptr(GVariant) hours = NULL;
  gsize n = 0;
  const gint32 *values;

  crm_service_sla_init_default (&sla);
  if (settings == NULL)
    return sla;

  hours = g_settings_get_value (settings, "sla-hours");
  values = g_variant_get_fixed_array (hours, &n, sizeof (gint32));
  for (gsize i = 0; i < MIN (n, G_N_ELEMENTS (sla.hours)); i++)
    if (values[i] > 0)
      sla.hours[i] = values[i];

  return sla;
}
