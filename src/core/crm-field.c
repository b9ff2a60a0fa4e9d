/* crm-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-field"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "crm-enums.h"
#include "crm-field.h"

/* Money travels as integer minor units in JSON (exact, as stored) and as a
 * decimal number in CSV and on the command line (what people type and read).
 * Times are unix seconds in the database and ISO 8601 UTC everywhere else. */

guint
crm_currency_digits (const char *currency)
{
  static const char * const zero_digit[] = {
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
    "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
  };
  static const char * const three_digit[] = { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

  if (currency == NULL)
    return 2;

  for (guint i = 0; i < G_N_ELEMENTS (zero_digit); i++)
    if (g_ascii_strcasecmp (currency, zero_digit[i]) == 0)
      return 0;

  for (guint i = 0; i < G_N_ELEMENTS (three_digit); i++)
    if (g_ascii_strcasecmp (currency, three_digit[i]) == 0)
      return 3;

  return 2;
}

/* Three ASCII letters, in either case: the shape of an ISO 4217 code. The
 * list of codes changes with the world, so a code is not checked against it. */
gboolean
crm_currency_is_code (const char *text)
{
  if (text == NULL || strlen (text) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;

  return TRUE;
}

static gint64
power_of_ten (guint digits)
{
  gint64 result = 1;

  while (digits-- > 0)
    result *= 10;

  return result;
}

char *
crm_money_format (gint64      minor_units,
                  const char *currency)
{
  guint digits = crm_currency_digits (currency);
  gint64 scale = power_of_ten (digits);
  guint64 magnitude = minor_units < 0 ? -(guint64)minor_units : (guint64)minor_units;

  if (digits == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minor_units);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          minor_units < 0 ? "-" : "",
                          magnitude / scale, (int)digits, magnitude % scale);
}

/**
 * crm_money_parse:
 *
 * Reads "1250", "1250.5" or "-3,20" exactly into minor units; refuses more
 * decimals than the currency has rather than rounding them away.
 */
gboolean
crm_money_parse (const char  *text,
                 const char  *currency,
                 gint64      *minor_units,
                 GError     **error)
{
  guint digits = crm_currency_digits (currency);
  const char *p = text;
  gboolean negative = FALSE;
  guint64 whole = 0, fraction = 0;
  guint n_whole = 0, n_fraction = 0;
  guint64 limit = G_MAXINT64 / power_of_ten (digits) - 1;

  g_return_val_if_fail (text != NULL, FALSE);

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; g_ascii_isdigit (*p); p++, n_whole++)
    {
      whole = whole * 10 + (guint64)(*p - '0');
      if (whole > limit)
        goto invalid;
    }

  if (*p == '.' || *p == ',')
    {
      for (p++; g_ascii_isdigit (*p); p++, n_fraction++)
        {
          if (n_fraction < digits)
            {
              fraction = fraction * 10 + (guint64)(*p - '0');
            }
          else if (*p != '0')
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("“%s” has more decimals than the currency allows."), text);
              return FALSE;
            }
        }
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || n_whole + n_fraction == 0)
    goto invalid;

  for (guint i = MIN (n_fraction, digits); i < digits; i++)
    fraction *= 10;

  *minor_units = (gint64)(whole * (guint64)power_of_ten (digits) + fraction);
  if (negative)
    *minor_units = -*minor_units;
  return TRUE;

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not an amount of money; write it like 1250.50."), text);
  return FALSE;
}

/* The one rounding rule for a line: halves away from zero, in minor units, as
 * the schema's order_line_totals view computes it (migration 0005), so that a
 * credit line totals to the opposite of the same line as a charge. */
gint64
crm_money_line_total (gint64 quantity,
                      gint64 unit_price,
                      int    discount_basis_points)
{
  gint64 scaled = quantity * unit_price * (10000 - discount_basis_points);

  return (scaled + (scaled < 0 ? -5000 : 5000)) / 10000;
}

char *
crm_time_format (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_seconds);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/**
 * crm_time_parse:
 *
 * Accepts ISO 8601 ("2026-03-01T09:30:00Z", UTC when no offset is given),
 * a date ("2026-03-01", midnight UTC) or unix seconds.
 */
/* The value of @length decimal digits at @text, or -1 if one is not a digit. */
static int
parse_digits (const char *text,
              guint       length)
{
  int value = 0;

  for (guint i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }

  return value;
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar. */
static gint64
days_from_civil (int year,
                 int month,
                 int day)
{
  int shifted_year = month <= 2 ? year - 1 : year;
  int era = shifted_year / 400;  /* years are positive here */
  int year_of_era = shifted_year - era * 400;
  int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return (gint64)era * 146097 + day_of_era - 719468;
}

/* The two forms Crm itself writes, "2026-03-01" and "2026-03-01T09:30:00Z",
 * read without the general ISO 8601 parser: an import of 100 000 rows has
 * two of them per row. */
static gboolean
parse_plain_time (const char *text,
                  gint64     *unix_seconds)
{
  gsize length = strlen (text);
  gboolean with_time = length == 20 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z';
  int year, month, day, hour = 0, minute = 0, second = 0;

  if ((length != 10 && !with_time) || text[4] != '-' || text[7] != '-')
    return FALSE;

  year = parse_digits (text, 4);
  month = parse_digits (text + 5, 2);
  day = parse_digits (text + 8, 2);
  if (with_time)
    {
      hour = parse_digits (text + 11, 2);
      minute = parse_digits (text + 14, 2);
      second = parse_digits (text + 17, 2);
    }

  if (year < 1 || month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, year) ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return FALSE;

  *unix_seconds = days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return TRUE;
}

gboolean
crm_time_parse (const char  *text,
                gint64      *unix_seconds,
                GError     **error)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 number;

  if (g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXINT64, &number, NULL))
    {
      *unix_seconds = (gint64)number;
      return TRUE;
    }

  if (parse_plain_time (stripped, unix_seconds))
    return TRUE;

  utc = g_time_zone_new_utc ();
  if ((time = g_date_time_new_from_iso8601 (stripped, utc)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date; write it like 2026-03-01 or 2026-03-01T09:30:00Z."), text);
      return FALSE;
    }

  *unix_seconds = g_date_time_to_unix (time);
  return TRUE;
}

static const char *
record_currency (CrmRecord *record)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), "currency");

  return pspec != NULL ? crm_record_get_string (record, pspec) : NULL;
}

/* Returns: (nullable): the field as text; %NULL when it is empty. */
char *
crm_field_to_text (CrmRecord  *record,
                   GParamSpec *pspec)
{
  const GValue *value = crm_record_peek_value (record, pspec);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      return g_value_dup_string (value);

    case G_TYPE_INT64:
      if (pspec->flags & CRM_PARAM_TIMESTAMP)
        return g_value_get_int64 (value) != 0 ? crm_time_format (g_value_get_int64 (value)) : NULL;
      if (pspec->flags & CRM_PARAM_MONEY)
        return crm_money_format (g_value_get_int64 (value), record_currency (record));
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));

    case G_TYPE_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));

    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");

    case G_TYPE_ENUM:
      return g_strdup (crm_enum_to_nick (pspec->value_type, g_value_get_enum (value)));

    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_boolean (const char *text,
               gboolean   *result)
{
  static const char * const yes[] = { "true", "yes", "y", "1", "x" };
  static const char * const no[] = { "false", "no", "n", "0" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      return (*result = TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      return !(*result = FALSE);

  return FALSE;
}

static char *
enum_choices (GType enum_type)
{
  GEnumClass *enum_class = g_type_class_peek (enum_type);
  GString *choices = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", enum_class->values[i].value_nick);

  return g_string_free (choices, FALSE);
}

static gboolean
check_range (GParamSpec  *pspec,
             GValue      *value,
             const char  *text,
             GError     **error)
{
  if (g_param_value_validate (pspec, value))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is out of range for %s."), text, pspec->name);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_field_set_text:
 * @text: (nullable): the field as text; empty or %NULL clears it
 *
 * Sets a field from text, or explains why the text does not fit it.
 */
gboolean
crm_field_set_text (CrmRecord   *record,
                    GParamSpec  *pspec,
                    const char  *text,
                    GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = NULL;
  gboolean plain_text = G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_STRING &&
                        !(pspec->flags & (CRM_PARAM_REFERENCE | CRM_PARAM_EMAIL)) &&
                        !g_str_equal (pspec->name, "id");

  g_value_init (&value, pspec->value_type);

  /* Text is kept as typed; only identifiers, addresses and values lose
   * stray spaces. */
  if (plain_text)
    {
      g_value_set_string (&value, text != NULL && *text != '\0' ? text : NULL);
      crm_record_take_value (record, pspec, &value);
      return TRUE;
    }

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*stripped == '\0' && G_TYPE_FUNDAMENTAL (pspec->value_type) != G_TYPE_STRING)
    {
      g_param_value_set_default (pspec, &value);
      crm_record_take_value (record, pspec, &value);
      return TRUE;
    }

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      if (*stripped != '\0')
        g_value_take_string (&value, g_steal_pointer (&stripped));
      break;

    case G_TYPE_INT64:
      {
        gint64 number;

        if (pspec->flags & CRM_PARAM_TIMESTAMP)
          {
            if (!crm_time_parse (stripped, &number, error))
              return FALSE;
          }
        else if (pspec->flags & CRM_PARAM_MONEY)
          {
            if (!crm_money_parse (stripped, record_currency (record), &number, error))
              return FALSE;
          }
        else if (!g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &number, NULL))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not a whole number."), text);
            return FALSE;
          }
        g_value_set_int64 (&value, number);
      }
      break;

    case G_TYPE_INT:
      {
        gint64 number;

        if (!g_ascii_string_to_signed (stripped, 10, G_MININT, G_MAXINT, &number, NULL))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not a whole number."), text);
            return FALSE;
          }
        g_value_set_int (&value, (int)number);
      }
      break;

    case G_TYPE_BOOLEAN:
      {
        gboolean flag;

        if (!parse_boolean (stripped, &flag))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not yes or no."), text);
            return FALSE;
          }
        g_value_set_boolean (&value, flag);
      }
      break;

    case G_TYPE_ENUM:
      {
        g_autofree char *lower = g_ascii_strdown (stripped, -1);
        int enum_value;

        if (!crm_enum_from_nick (pspec->value_type, lower, &enum_value))
          {
            g_autofree char *choices = enum_choices (pspec->value_type);

            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not one of: %s."), text, choices);
            return FALSE;
          }
        g_value_set_enum (&value, enum_value);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (!check_range (pspec, &value, text, error))
    return FALSE;

  crm_record_take_value (record, pspec, &value);
  return TRUE;
}

/* Returns: (transfer full): the field as JSON; null when it is empty. */
JsonNode *
crm_field_to_json (CrmRecord  *record,
                   GParamSpec *pspec)
{
  const GValue *value = crm_record_peek_value (record, pspec);
  JsonNode *node = json_node_alloc ();

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) != NULL)
        return json_node_init_string (node, g_value_get_string (value));
      return json_node_init_null (node);

    case G_TYPE_INT64:
      if (pspec->flags & CRM_PARAM_TIMESTAMP)
        {
          g_autofree char *text = crm_field_to_text (record, pspec);

          return text != NULL ? json_node_init_string (node, text) : json_node_init_null (node);
        }
      return json_node_init_int (node, g_value_get_int64 (value));

    case G_TYPE_INT:
      return json_node_init_int (node, g_value_get_int (value));

    case G_TYPE_BOOLEAN:
      return json_node_init_boolean (node, g_value_get_boolean (value));

    case G_TYPE_ENUM:
      return json_node_init_string (node, crm_enum_to_nick (pspec->value_type, g_value_get_enum (value)));

    default:
      g_assert_not_reached ();
    }
}

/**
 * crm_field_set_json:
 *
 * The inverse of crm_field_to_json(); also accepts, for any field, the text
 * form that crm_field_set_text() reads.
 */
gboolean
crm_field_set_json (CrmRecord   *record,
                    GParamSpec  *pspec,
                    JsonNode    *node,
                    GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType fundamental = G_TYPE_FUNDAMENTAL (pspec->value_type);
  g_autofree char *text = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    return crm_field_set_text (record, pspec, NULL, error);

  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The value of “%s” is not a single value."), pspec->name);
      return FALSE;
    }

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return crm_field_set_text (record, pspec, json_node_get_string (node), error);

  /* Numbers are taken as stored: minor units for money, seconds for times. */
  if (json_node_get_value_type (node) == G_TYPE_INT64 && (fundamental == G_TYPE_INT64 || fundamental == G_TYPE_INT))
    {
      gint64 number = json_node_get_int (node);

      text = g_strdup_printf ("%" G_GINT64_FORMAT, number);
      g_value_init (&value, pspec->value_type);
      if (fundamental == G_TYPE_INT64)
        {
          g_value_set_int64 (&value, number);
        }
      else if (number >= G_MININT && number <= G_MAXINT)
        {
          g_value_set_int (&value, (int)number);
        }
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is out of range for %s."), text, pspec->name);
          return FALSE;
        }

      if (!check_range (pspec, &value, text, error))
        return FALSE;
      crm_record_set_value (record, pspec, &value);
      return TRUE;
    }

  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN && fundamental == G_TYPE_BOOLEAN)
    {
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, json_node_get_boolean (node));
      crm_record_set_value (record, pspec, &value);
      return TRUE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The value of “%s” has the wrong type."), pspec->name);
  return FALSE;
}

/* Returns: (transfer full): the record as a JSON object keyed by property name. */
JsonNode *
crm_record_to_json (CrmRecord *record)
{
  g_autofree GParamSpec **columns = NULL;
  JsonObject *object = json_object_new ();
  JsonNode *node;
  guint n_columns;

  columns = crm_record_class_list_columns (CRM_RECORD_GET_CLASS (record), &n_columns);
  for (guint i = 0; i < n_columns; i++)
    json_object_set_member (object, columns[i]->name, crm_field_to_json (record, columns[i]));

  json_node_take_object ((node = json_node_new (JSON_NODE_OBJECT)), object);
  return node;
}
