/* crm-page-format.h: how the customer page writes dates, money and states
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-enums.h"

G_BEGIN_DECLS

char       *crm_page_format_money           (gint64             minor_units,
                                             const char        *currency);
char       *crm_page_format_date            (gint64             unix_seconds);
char       *crm_page_format_date_time       (gint64             unix_seconds);
char       *crm_page_join                   (const char         *separator,
                                             const char * const *parts,
                                             guint               n_parts);

/* Joins the parts that are neither NULL nor empty with " · ". */
#define CRM_PAGE_JOIN(...) \
  crm_page_join (" · ", (const char * const[]) { __VA_ARGS__ }, \
                 G_N_ELEMENTS (((const char * const[]) { __VA_ARGS__ })))

AdwToast   *crm_page_new_toast              (const char        *text);
void        crm_page_set_tooltip            (GtkWidget         *widget,
                                             const char        *text);

const CrmActivityKind *crm_page_log_kinds  (guint             *n_kinds);
const char *crm_page_activity_kind_label    (CrmActivityKind    kind);
const char *crm_page_activity_kind_plural   (CrmActivityKind    kind);
const char *crm_page_activity_kind_icon     (CrmActivityKind    kind);
const char *crm_page_quote_status_label     (CrmQuoteStatus     status);
const char *crm_page_order_status_label     (CrmOrderStatus     status);
const char *crm_page_ticket_status_label    (CrmTicketStatus    status);
const char *crm_page_ticket_priority_label  (CrmTicketPriority  priority);

G_END_DECLS
