/* crm-import-preview.c: the first rows of a file and the fields their columns fill
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-csv.h"
#include "crm-import.h"
#include "crm-import-private.h"

/* How many records a preview reads at most while looking for good ones. */
#define PREVIEW_MAX_RECORDS 200

void
crm_import_preview_free (CrmImportPreview *preview)
{
  if (preview == NULL)
    return;

  g_strfreev (preview->header);
  g_free (preview->fields);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_free (preview->first_problem);
  g_free (preview);
}

/* The import rejects such rows one by one; a preview refuses the file, since
 * a file that is not UTF-8 text usually has the problem on every other row. */
static gboolean
check_text (GBytes  *bytes,
            GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end;
  guint line = 1;

  if (size >= 2 && (((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe) ||
                    ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff)))
    {
      g_set_error_literal (error, CRM_CSV_ERROR, CRM_CSV_ERROR_INVALID_UTF8,
                           _("The file is UTF-16 text; save it as UTF-8 (“CSV UTF-8” in a spreadsheet) and choose it again."));
      return FALSE;
    }

  if (size > 0 && memchr (data, '\0', MIN (size, 8192)) != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is not text; choose a CSV file."));
      return FALSE;
    }

  if (g_utf8_validate_len (data, size, &end))
    return TRUE;

  /* Lines as the CSV reader counts them: CRLF, LF or a lone CR. */
  for (const char *p = data; p < end; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 == data + size || p[1] != '\n')))
      line++;

  g_set_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_INVALID_UTF8,
               _("Line %u of the file is not UTF-8 text; save the file as UTF-8 (“CSV UTF-8” in a spreadsheet) and choose it again."),
               line);
  return FALSE;
}

/**
 * crm_import_preview:
 * @bytes: the contents of a CSV file
 * @type: the kind of record it is to be imported as
 * @max_rows: how many rows to read at most
 *
 * Reads the header and the first rows of a CSV file with the reader that
 * crm_import_bytes() uses, and says which field each column fills without
 * mappings. Rows the import would reject as malformed are left out; the
 * first of them is described in first_problem.
 *
 * Returns: (transfer full): the preview, or %NULL with @error set (in a
 *   sentence for the user) when the file cannot be imported at all: it is
 *   empty, JSON, not text, or not UTF-8.
 */
CrmImportPreview *
crm_import_preview (GBytes  *bytes,
                    GType    type,
                    guint    max_rows,
                    GError **error)
{
  g_autoptr(CrmImportPreview) preview = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *header;
  CrmCsvNext next;
  gpointer klass;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (crm_import_looks_like_json (bytes))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The file holds JSON, not CSV; choose a CSV file."));
      return NULL;
    }

  if (!check_text (bytes, error))
    return NULL;

  if ((reader = crm_csv_reader_new_from_bytes (bytes, &local_error)) == NULL)
    {
      if (!g_error_matches (local_error, CRM_CSV_ERROR, CRM_CSV_ERROR_EMPTY))
        g_prefix_error (&local_error, _("The header row cannot be read: "));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  preview = g_new0 (CrmImportPreview, 1);
  preview->n_columns = crm_csv_reader_get_n_columns (reader);
  header = crm_csv_reader_get_header (reader);
  preview->header = g_strdupv ((char **)header);
  preview->fields = g_new0 (const char *, preview->n_columns);
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  klass = g_type_class_ref (type);
  for (guint i = 0; i < preview->n_columns; i++)
    {
      GParamSpec *pspec = crm_import_field_for_name (type, header[i]);

      preview->fields[i] = pspec != NULL ? pspec->name : NULL;
    }
  g_type_class_unref (klass);

  for (guint records = 0;
       preview->rows->len < max_rows && records < PREVIEW_MAX_RECORDS &&
       (next = crm_csv_reader_next (reader, &local_error)) != CRM_CSV_NEXT_END;
       records++)
    {
      if (next == CRM_CSV_NEXT_ROW)
        g_ptr_array_add (preview->rows, g_strdupv ((char **)crm_csv_reader_get_fields (reader)));
      else if (preview->first_problem == NULL)
        preview->first_problem = g_strdup_printf (_("Line %u: %s"), crm_csv_reader_get_line (reader),
                                                  local_error->message);
      g_clear_error (&local_error);
    }

  return g_steal_pointer (&preview);
}
