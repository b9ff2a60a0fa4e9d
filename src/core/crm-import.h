/* crm-import.h: records in from CSV and JSON files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint  line;      /* in the file, 1-based; for JSON the array index + 1 */
  char  *message;   /* why the row was not imported */
} CrmImportProblem;

typedef struct
{
  guint      added;
  guint      updated;
  guint      rejected;
  GPtrArray *problems;         /* CrmImportProblem, in file order */
  GPtrArray *ignored_columns;  /* names of columns that match no field */
} CrmImportReport;

typedef void (*CrmImportProgress) (gsize    done,
                                   gsize    total,
                                   gpointer user_data);

CrmImportReport *crm_import_file        (CrmStore             *store,
                                         GType                 type,
                                         const char           *path,
                                         const char * const   *mappings,
                                         CrmImportProgress     progress,
                                         gpointer              user_data,
                                         GError              **error);
void             crm_import_report_free (CrmImportReport      *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportReport, crm_import_report_free)

G_END_DECLS
