/* crm-import-dialog.c — to be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-import-dialog.h"

struct _CrmImportDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmImportDialog, crm_import_dialog, ADW_TYPE_WINDOW)

CrmImportDialog *
crm_import_dialog_new (GtkWindow *parent, CrmStore *store, GFile *file)
{
  return g_object_new (CRM_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
}

void
crm_import_dialog_choose_file (GtkWindow *parent, CrmStore *store)
{
}

static void
crm_import_dialog_class_init (CrmImportDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/org/example/Crm/crm-import-dialog.ui");
}

static void
crm_import_dialog_init (CrmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
