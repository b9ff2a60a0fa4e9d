/* crm-import-report-page.h: what an import did, and the rows it rejected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-import.h"

G_BEGIN_DECLS

#define CRM_TYPE_IMPORT_REPORT_PAGE (crm_import_report_page_get_type ())

G_DECLARE_FINAL_TYPE (CrmImportReportPage, crm_import_report_page, CRM, IMPORT_REPORT_PAGE, AdwBin)

void crm_import_report_page_set_report (CrmImportReportPage *self,
                                        CrmImportReport     *report,
                                        const char          *file_name);

G_END_DECLS
