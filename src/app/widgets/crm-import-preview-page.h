/* crm-import-preview-page.h: the first rows of a file to import, and the field each column fills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_TYPE_IMPORT_PREVIEW_PAGE (crm_import_preview_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportPreviewPage, crm_import_preview_page, CRM, IMPORT_PREVIEW_PAGE, AdwBin)

void      crm_import_preview_page_set_bytes       (CrmImportPreviewPage *self,
                                                   GBytes               *bytes);
GType     crm_import_preview_page_get_record_type (CrmImportPreviewPage *self);
void      crm_import_preview_page_set_record_type (CrmImportPreviewPage *self,
                                                   GType                 type);
gboolean  crm_import_preview_page_get_can_import  (CrmImportPreviewPage *self);
GStrv     crm_import_preview_page_dup_mappings    (CrmImportPreviewPage *self);

G_END_DECLS
