/* crm-import-dialog.h: importing a CSV file from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_IMPORT_DIALOG (crm_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportDialog, crm_import_dialog, CRM, IMPORT_DIALOG, AdwWindow)

CrmImportDialog *crm_import_dialog_new         (GtkWindow *parent,
                                                CrmStore  *store,
                                                GFile     *file);
void             crm_import_dialog_choose_file (GtkWindow *parent,
                                                CrmStore  *store);
void             crm_import_dialog_choose_file_for_type (GtkWindow *parent,
                                                         CrmStore  *store,
                                                         GType      type);

G_END_DECLS
