/* crm-field.h: record fields as text (CSV, the command line) and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "crm-record.h"

G_BEGIN_DECLS

char     *crm_money_format      (gint64        minor_units,
                                 const char   *currency);
gboolean  crm_money_parse       (const char   *text,
                                 const char   *currency,
                                 gint64       *minor_units,
                                 GError      **error);
guint     crm_currency_digits   (const char   *currency);
gboolean  crm_currency_is_code  (const char   *text);
gint64    crm_money_line_total  (gint64        quantity,
                                 gint64        unit_price,
                                 int           discount_basis_points);

char     *crm_time_format       (gint64        unix_seconds);
gboolean  crm_time_parse        (const char   *text,
                                 gint64       *unix_seconds,
                                 GError      **error);

char     *crm_field_to_text     (CrmRecord    *record,
                                 GParamSpec   *pspec);
gboolean  crm_field_set_text    (CrmRecord    *record,
                                 GParamSpec   *pspec,
                                 const char   *text,
                                 GError      **error);
JsonNode *crm_field_to_json     (CrmRecord    *record,
                                 GParamSpec   *pspec);
gboolean  crm_field_set_json    (CrmRecord    *record,
                                 GParamSpec   *pspec,
                                 JsonNode     *node,
                                 GError      **error);
JsonNode *crm_record_to_json    (CrmRecord    *record);

G_END_DECLS
