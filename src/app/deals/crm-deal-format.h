/* crm-deal-format.h: how the deal editor and the activity dialog write and
 * read times spent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CRM_DEAL_FORMAT_ERROR (crm_deal_format_error_quark ())

GQuark    crm_deal_format_error_quark (void);

char     *crm_deal_format_minutes     (gint64       minutes);
gboolean  crm_deal_parse_minutes      (const char  *text,
                                       int         *minutes,
                                       GError     **error);
char     *crm_deal_format_margin      (gint64       amount,
                                       gint64       cost,
                                       const char  *currency);

G_END_DECLS
