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
/* The same, with the number of rows dealt with so far (added, updated or
 * rejected), for a progress bar that counts rows. */
typedef void (*CrmImportRowProgress) (gsize    done,
                                      gsize    total,
                                      guint    rows,
                                      gpointer user_data);

/* The start of a CSV file as crm_import_bytes() will read it. */
typedef struct
{
  guint         n_columns;
  char        **header;         /* the column names, trimmed, NULL-terminated */
  const char  **fields;         /* n_columns entries: the field each column
                                 * fills by its name or alias, or NULL */
  GPtrArray    *rows;           /* GStrv, n_columns long each: the first
                                 * well-formed rows */
  char         *first_problem;  /* "Line N: why" for the first malformed row
                                 * read, or NULL */
} CrmImportPreview;

CrmImportReport *crm_import_file        (CrmStore             *store,
                                         GType                 type,
                                         const char           *path,
                                         const char * const   *mappings,
                                         CrmImportProgress     progress,
                                         gpointer              user_data,
                                         GError              **error);
CrmImportReport *crm_import_bytes       (CrmStore             *store,
                                         GType                 type,
                                         GBytes               *bytes,
                                         const char           *display_name,
                                         const char * const   *mappings,
                                         CrmImportRowProgress  progress,
                                         gpointer              user_data,
                                         GCancellable         *cancellable,
                                         GError              **error);
void             crm_import_report_free (CrmImportReport      *report);

GStrv             crm_import_list_fields  (GType               type);
CrmImportPreview *crm_import_preview      (GBytes             *bytes,
                                           GType               type,
                                           guint               max_rows,
                                           GError            **error);
void              crm_import_preview_free (CrmImportPreview   *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportReport, crm_import_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmImportPreview, crm_import_preview_free)

G_END_DECLS
