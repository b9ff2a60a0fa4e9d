/* crm-drill-dialog.h: the records behind a dashboard figure, in a window
 * of their own; each row opens its record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-reports.h"

G_BEGIN_DECLS

#define CRM_TYPE_DRILL_DIALOG (crm_drill_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmDrillDialog, crm_drill_dialog, CRM, DRILL_DIALOG, AdwWindow)

/* Looks the records up on a worker thread (a read-only connection). */
CrmDrillDialog *crm_drill_dialog_new       (GtkWindow             *parent,
                                            CrmStore              *store,
                                            const char            *title,
                                            const char            *drill,
                                            const CrmReportParams *params);
gboolean        crm_drill_dialog_is_busy   (CrmDrillDialog        *self);
CrmReportTable *crm_drill_dialog_get_table (CrmDrillDialog        *self);

/* Opens the record a single-record drill key names ("customer:ID", …) in its
 * view; FALSE when @drill is not one record. */
gboolean        crm_dashboard_open_record  (GtkWidget             *widget,
                                            const char            *drill);

G_END_DECLS
