/* crm-deal-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "crm-deal-format.h"
#include "crm-page-format.h"

/* A week of work in one activity is already more than anyone logs. */
#define MAX_MINUTES (7 * 24 * 60)

G_DEFINE_QUARK (crm-deal-format-error-quark, crm_deal_format_error)

/**
 * crm_deal_format_minutes:
 *
 * Returns: "45 min", "1 h 30 min" or "2 h"; "" for 0
 */
char *
crm_deal_format_minutes (gint64 minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  if (minutes < 60)
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%d h"), (int) (minutes / 60));

  return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
}

static gboolean
parse_number (const char *text,
              guint64     max,
              guint64    *value)
{
  return *text != '\0' && g_ascii_string_to_unsigned (text, 10, 0, max, value, NULL);
}

/**
 * crm_deal_parse_minutes:
 *
 * Reads minutes ("90") or hours and minutes ("1:30"); empty text is 0.
 */
gboolean
crm_deal_parse_minutes (const char  *text,
                        int         *minutes,
                        GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *colon = strchr (copy, ':');
  guint64 hours = 0, rest = 0;
  gboolean ok;

  g_return_val_if_fail (minutes != NULL, FALSE);

  if (*copy == '\0')
    {
      *minutes = 0;
      return TRUE;
    }

  if (colon != NULL)
    {
      *colon = '\0';
      ok = parse_number (copy, MAX_MINUTES / 60, &hours) && strlen (colon + 1) == 2 &&
           parse_number (colon + 1, 59, &rest);
      *colon = ':';
    }
  else
    ok = parse_number (copy, MAX_MINUTES, &rest);

  if (!ok || hours * 60 + rest > MAX_MINUTES)
    {
      g_set_error (error, CRM_DEAL_FORMAT_ERROR, 0,
                   _("“%s” is not a duration; write minutes such as 90, or hours and minutes such as 1:30."), copy);
      return FALSE;
    }

  *minutes = (int) (hours * 60 + rest);
  return TRUE;
}

/**
 * crm_deal_format_margin:
 *
 * Returns: the amount left after the cost of sale, with its share of the
 *   amount when there is one: "9 000.00 EUR (90 %)"
 */
char *
crm_deal_format_margin (gint64      amount,
                        gint64      cost,
                        const char *currency)
{
  g_autofree char *money = crm_page_format_money (amount - cost, currency);

  if (amount <= 0)
    return g_steal_pointer (&money);

  /* Translators: a margin and its share of the deal's amount, as in "9 000.00 EUR (90 %)" */
  return g_strdup_printf (_("%s (%.0f %%)"), money, 100.0 * (double) (amount - cost) / (double) amount);
}
