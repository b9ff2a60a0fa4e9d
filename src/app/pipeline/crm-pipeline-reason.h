/* crm-pipeline-reason.h: asks why a deal was won or lost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GStrv             crm_pipeline_reasons_load            (gboolean          won);
AdwMessageDialog *crm_pipeline_reason_dialog_new       (GtkWindow        *parent,
                                                        gboolean          won,
                                                        const char       *deal_title);
char             *crm_pipeline_reason_dialog_get_reason (AdwMessageDialog *dialog);
void              crm_pipeline_reason_dialog_set_reason (AdwMessageDialog *dialog,
                                                        const char       *reason);

G_END_DECLS
