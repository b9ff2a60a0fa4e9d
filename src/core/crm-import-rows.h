/* crm-import-rows.h: the rows of a CSV file, read and converted on a thread of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-csv.h"

G_BEGIN_DECLS

/* One record of the file. A row the reader or a conversion rejects has a
 * problem and nothing else; any other has its texts and, for each column
 * with a field, the converted value. Money is left unconverted (its value
 * unset): its decimals depend on the record's currency, which only the
 * record being updated may know. */
typedef struct
{
  guint    line;
  char    *problem;
  char   **texts;
  GValue  *values;
} CrmImportRow;

typedef struct _CrmImportRows CrmImportRows;

CrmImportRows *crm_import_rows_new  (CrmCsvReader   *reader,
                                     GPtrArray      *column_fields);
CrmImportRow  *crm_import_rows_next (CrmImportRows  *self,
                                     gsize          *offset);
void           crm_import_rows_free (CrmImportRows  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportRows, crm_import_rows_free)

G_END_DECLS
