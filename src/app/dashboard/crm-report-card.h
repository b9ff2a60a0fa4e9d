/* crm-report-card.h: one report on a dashboard: its title, its chart or
 * its table (the accessible alternative, a toggle away), its export
 *
 * Activating a row (a click on a bar or line point, Enter on a table row)
 * emits ::drill with the row's drill key; the row action button (see
 * crm_report_table_set_row_action) activates its action directly.
 * The card's menu exports the table as CSV (through a file chooser).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-report-table.h"

G_BEGIN_DECLS

#define CRM_TYPE_REPORT_CARD (crm_report_card_get_type ())

G_DECLARE_FINAL_TYPE (CrmReportCard, crm_report_card, CRM, REPORT_CARD, GtkWidget)

GtkWidget      *crm_report_card_new        (void);
/* Shows @table (NULL: empty and busy until the first result). Keeps the
 * chart/table choice across updates. */
void            crm_report_card_set_table  (CrmReportCard  *self,
                                            CrmReportTable *table);
CrmReportTable *crm_report_card_get_table  (CrmReportCard  *self);
/* Table view instead of the chart (tables without a chart always show it). */
void            crm_report_card_set_show_table (CrmReportCard *self,
                                                gboolean       show_table);
gboolean        crm_report_card_get_show_table (CrmReportCard *self);

G_END_DECLS
