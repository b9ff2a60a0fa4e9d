/* crm-page-rows.h: the rows of the customer page's sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-page-context.h"

G_BEGIN_DECLS

/* The rows' buttons activate customer-page.* actions with the record's id. */
GtkWidget *crm_page_row_contact     (gpointer       item,
                                     gpointer       context);
GtkWidget *crm_page_row_activity    (gpointer       item,
                                     gpointer       context);
void       crm_page_row_toggle_text (GtkListBoxRow *row);
GtkWidget *crm_page_row_deal        (gpointer       item,
                                     gpointer       context);
GtkWidget *crm_page_row_quote       (gpointer       item,
                                     gpointer       context);
GtkWidget *crm_page_row_order       (gpointer       item,
                                     gpointer       context);
GtkWidget *crm_page_row_ticket      (gpointer       item,
                                     gpointer       context);
GtkWidget *crm_page_row_contract    (gpointer       item,
                                     gpointer       context);

G_END_DECLS
