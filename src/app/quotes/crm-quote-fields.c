/* crm-quote-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-field.h"
#include "crm-quote-fields.h"

#define SHOWN_KEY "crm-quote-shown"

G_DEFINE_QUARK (crm-quote-fields-error-quark, crm_quote_fields_error)

/**
 * crm_quote_format_percent:
 *
 * Returns: (transfer full): @basis_points as a number of percent for an
 *   entry, "12.5" for 1250, with no more decimals than it needs.
 */
char *
crm_quote_format_percent (int basis_points)
{
  char *number = g_strdup_printf ("%s%d.%02d", basis_points < 0 ? "-" : "",
                                  ABS (basis_points) / 100, ABS (basis_points) % 100);
  char *dot = strchr (number, '.');

  if (g_str_equal (dot, ".00"))
    *dot = '\0';
  else if (dot[2] == '0')
    dot[2] = '\0';

  return number;
}

/**
 * crm_quote_parse_percent:
 *
 * Reads a number of percent with at most two decimals ("12.5", "12,5 %")
 * into basis points, without floating point, so "0.1" is exactly 10. Empty
 * text is 0.
 */
gboolean
crm_quote_parse_percent (const char  *text,
                         int         *basis_points,
                         GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = copy;
  gsize length = strlen (copy);
  gboolean negative = FALSE;
  gint64 whole = 0;
  int fraction = 0;
  guint n_digits = 0;

  if (length > 0 && copy[length - 1] == '%')
    {
      copy[--length] = '\0';
      g_strchomp (copy);
    }

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; g_ascii_isdigit (*p) && whole < 1000000; p++, n_digits++)
    whole = whole * 10 + (*p - '0');

  if (*p == '.' || *p == ',')
    {
      p++;
      for (int scale = 10; g_ascii_isdigit (*p); p++, n_digits++, scale /= 10)
        {
          if (scale == 0)
            goto invalid;
          fraction += (*p - '0') * scale;
        }
    }

  if (*copy == '\0')
    {
      *basis_points = 0;
      return TRUE;
    }

  if (*p != '\0' || n_digits == 0 || whole >= 1000000)
    goto invalid;

  *basis_points = (int) (whole * 100 + fraction) * (negative ? -1 : 1);
  return TRUE;

invalid:
  g_set_error (error, CRM_QUOTE_FIELDS_ERROR, 0,
               _("“%s” is not a percentage; write a number such as 12.5."), copy);
  return FALSE;
}

/**
 * crm_quote_format_day:
 *
 * Returns: (transfer full): the UTC day of @unix_seconds as "2026-03-01",
 *   the form crm_quote_parse_day() reads back; "" for 0.
 */
char *
crm_quote_format_day (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_seconds == 0 || (time = g_date_time_new_from_unix_utc (unix_seconds)) == NULL)
    return g_strdup ("");

  return g_date_time_format (time, "%Y-%m-%d");
}

gboolean
crm_quote_parse_day (const char  *text,
                     gint64      *unix_seconds,
                     GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!crm_time_parse (copy, unix_seconds, NULL))
    {
      g_set_error (error, CRM_QUOTE_FIELDS_ERROR, 0,
                   _("“%s” is not a date; write it as year-month-day, such as 2026-03-01."), copy);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_quote_parse_quantity:
 *
 * A quote sells whole units, and a credit is a negative price rather than
 * a negative quantity.
 */
gboolean
crm_quote_parse_quantity (const char  *text,
                          gint64      *quantity,
                          GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value;

  if (*copy == '-')
    {
      g_set_error (error, CRM_QUOTE_FIELDS_ERROR, 0, _("The quantity cannot be negative."));
      return FALSE;
    }

  if (!g_ascii_string_to_unsigned (copy, 10, 0, 1000000000, &value, NULL))
    {
      g_set_error (error, CRM_QUOTE_FIELDS_ERROR, 0,
                   _("“%s” is not a quantity; write a whole number such as 3."), copy);
      return FALSE;
    }

  *quantity = (gint64) value;
  return TRUE;
}

/**
 * crm_quote_field_show:
 *
 * Shows @text from the store in @row, unless the user typed something
 * there that is not saved yet: that stays, so a change made elsewhere never
 * eats typing.
 */
void
crm_quote_field_show (AdwEntryRow *row,
                      const char  *text)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  if (text == NULL)
    text = "";

  if (!crm_quote_field_is_edited (row) &&
      !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    gtk_editable_set_text (GTK_EDITABLE (row), text);

  g_object_set_data_full (G_OBJECT (row), SHOWN_KEY, g_strdup (text), g_free);
}

gboolean
crm_quote_field_is_edited (AdwEntryRow *row)
{
  const char *shown = g_object_get_data (G_OBJECT (row), SHOWN_KEY);

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), FALSE);

  return shown != NULL && !g_str_equal (shown, gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* What the row holds now is what the store holds. */
void
crm_quote_field_mark_saved (AdwEntryRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  g_object_set_data_full (G_OBJECT (row), SHOWN_KEY,
                          g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))), g_free);
}

/**
 * crm_quote_field_set_problem:
 * @problem: (nullable): one sentence, or %NULL when the text is fine
 *
 * Marks @row red with @problem as its tooltip and accessible description.
 */
void
crm_quote_field_set_problem (AdwEntryRow *row,
                             const char  *problem)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), problem);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  problem != NULL ? problem : "", -1);
}
