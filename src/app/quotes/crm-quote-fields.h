/* crm-quote-fields.h: the quote editor's text fields: percentages, dates,
 * and text the user typed but that is not saved yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_QUOTE_FIELDS_ERROR (crm_quote_fields_error_quark ())

GQuark    crm_quote_fields_error_quark (void);

char     *crm_quote_format_percent     (int          basis_points);
gboolean  crm_quote_parse_percent      (const char  *text,
                                        int         *basis_points,
                                        GError     **error);
char     *crm_quote_format_day         (gint64       unix_seconds);
gboolean  crm_quote_parse_day          (const char  *text,
                                        gint64      *unix_seconds,
                                        GError     **error);
gboolean  crm_quote_parse_quantity     (const char  *text,
                                        gint64      *quantity,
                                        GError     **error);

void      crm_quote_field_show         (AdwEntryRow *row,
                                        const char  *text);
gboolean  crm_quote_field_is_edited    (AdwEntryRow *row);
void      crm_quote_field_mark_saved   (AdwEntryRow *row);
void      crm_quote_field_set_problem  (AdwEntryRow *row,
                                        const char  *problem);

G_END_DECLS
