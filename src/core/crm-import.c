/* crm-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "crm-csv.h"
#include "crm-field.h"
#include "crm-import.h"
#include "crm-import-private.h"
#include "crm-models.h"

/* An import accounts for every row: each is added, updated or rejected with
 * its line and the reason. Rows are matched to existing records by id, else
 * by email (or SKU for products), so importing a file again updates instead of
 * duplicating, and a file with only some columns changes only those. The whole
 * file is one transaction: a file that cannot be read, a database that cannot
 * be written (a full disk), or an import cancelled halfway changes nothing. */

#define PROGRESS_EVERY 2000

/* Header words people use for Crm's fields. */
static const struct {
  const char *alias;
  const char *field;
} aliases[] = {
  { "e-mail", "email" },
  { "mail", "email" },
  { "email-address", "email" },
  { "telephone", "phone" },
  { "tel", "phone" },
  { "phone-number", "phone" },
  { "town", "city" },
  { "zip", "postal-code" },
  { "zip-code", "postal-code" },
  { "postcode", "postal-code" },
  { "price", "unit-price" },
  { "cost", "unit-cost" },
  { "full-name", "name" },
  { "company-name", "company" },
  { "job-title", "title" },
};

typedef struct
{
  CrmStore             *store;
  GType                 type;
  CrmRecordClass       *klass;
  CrmImportReport      *report;
  CrmImportRowProgress  progress;
  gpointer              user_data;
  GCancellable         *cancellable;
  /* The property each column fills, NULL for columns not imported. */
  GPtrArray            *column_fields;
  /* The properties rows are matched on, in order of preference. */
  GParamSpec           *match_fields[3];
} Importer;

static void
problem_free (gpointer data)
{
  CrmImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

void
crm_import_report_free (CrmImportReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->ignored_columns, g_ptr_array_unref);
  g_free (report);
}

static void
reject (Importer   *importer,
        guint       line,
        const char *message)
{
  CrmImportProblem *problem = g_new0 (CrmImportProblem, 1);

  problem->line = line;
  problem->message = g_strdup (message);
  g_ptr_array_add (importer->report->problems, problem);
  importer->report->rejected++;
}

/* "E-Mail Address" reads as the field "email-address". */
static char *
normalize_name (const char *name)
{
  char *lower = g_utf8_strdown (name, -1);

  return g_strdelimit (g_strstrip (lower), " _.", '-');
}

/* The field a column of this name fills; the one place that decides it, for
 * the import and for its preview. @type's class must be referenced. */
GParamSpec *
crm_import_field_for_name (GType       type,
                           const char *name)
{
  g_autofree char *normalized = normalize_name (name);
  GParamSpec *pspec;

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (normalized, aliases[i].alias))
      {
        g_free (normalized);
        normalized = g_strdup (aliases[i].field);
        break;
      }

  /* The sync columns belong to the sync engine, not to files. */
  if (g_str_equal (normalized, "rev") || g_str_equal (normalized, "deleted"))
    return NULL;

  pspec = g_object_class_find_property (g_type_class_peek (type), normalized);
  if (pspec == NULL || !g_type_is_a (type, pspec->owner_type))
    return NULL;

  return pspec;
}

/**
 * crm_import_list_fields:
 * @type: a record type
 *
 * Returns: (transfer full): the names of the fields a column can fill, in
 *   the order of the record's columns.
 */
GStrv
crm_import_list_fields (GType type)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autofree GParamSpec **columns = NULL;
  gpointer klass;
  guint n_columns;

  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  columns = crm_record_class_list_columns (klass, &n_columns);
  for (guint i = 0; i < n_columns; i++)
    if (crm_import_field_for_name (type, columns[i]->name) != NULL)
      g_strv_builder_add (names, columns[i]->name);
  g_type_class_unref (klass);

  return g_strv_builder_end (names);
}

static char *
list_fields (Importer *importer)
{
  g_auto(GStrv) names = crm_import_list_fields (importer->type);

  return g_strjoinv (", ", names);
}

/* Maps the header, applying --map COLUMN=field overrides ("-" skips a column). */
static gboolean
map_columns (Importer            *importer,
             const char * const  *header,
             guint                n_columns,
             const char * const  *mappings,
             GError             **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree gboolean *skipped = g_new0 (gboolean, n_columns);
  gboolean any = FALSE;

  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (fields, crm_import_field_for_name (importer->type, header[i]));

  for (guint m = 0; mappings != NULL && mappings[m] != NULL; m++)
    {
      /* Field names have no "=", column names may. */
      const char *equals = strrchr (mappings[m], '=');
      g_autofree char *column = NULL;
      gboolean found = FALSE;

      if (equals == NULL || equals == mappings[m])
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a column mapping; write it as COLUMN=field."), mappings[m]);
          return FALSE;
        }

      column = g_strndup (mappings[m], equals - mappings[m]);
      for (guint i = 0; i < n_columns; i++)
        {
          GParamSpec *pspec = NULL;

          if (g_strcmp0 (header[i], column) != 0)
            continue;

          if (!g_str_equal (equals + 1, "-") && (pspec = crm_import_field_for_name (importer->type, equals + 1)) == NULL)
            {
              g_autofree char *known = list_fields (importer);

              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A %s has no field “%s”. Fields are: %s."),
                           importer->klass->entity, equals + 1, known);
              return FALSE;
            }

          g_ptr_array_index (fields, i) = pspec;
          skipped[i] = pspec == NULL;
          found = TRUE;
        }

      if (!found)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The file has no column “%s” to map."), column);
          return FALSE;
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);

      for (guint j = 0; pspec != NULL && j < i; j++)
        if (g_ptr_array_index (fields, j) == pspec)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("The columns “%s” and “%s” both fill the field “%s”; "
                           "skip one with --map “%s=-”."),
                         header[j], header[i], pspec->name, header[i]);
            return FALSE;
          }

      if (pspec != NULL)
        any = TRUE;
      else if (!skipped[i] && !g_str_equal (header[i], "rev") && !g_str_equal (header[i], "deleted"))
        g_ptr_array_add (importer->report->ignored_columns, g_strdup (header[i]));
    }

  if (!any)
    {
      g_autofree char *known = list_fields (importer);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("No column of the file matches a field of a %s; name the columns "
                     "after the fields (%s) or map them with --map COLUMN=field."),
                   importer->klass->entity, known);
      return FALSE;
    }

  importer->column_fields = g_steal_pointer (&fields);
  return TRUE;
}

/* A row is either a CSV record (text per column) or a JSON object. */
typedef struct
{
  const char * const *texts;
  JsonObject         *object;
  const char * const *header;
} Row;

static const char *
match_value (Importer   *importer,
             GParamSpec *match_field,
             const Row  *row)
{
  for (guint i = 0; i < importer->column_fields->len; i++)
    {
      const char *value = NULL;
      JsonNode *node;

      if (g_ptr_array_index (importer->column_fields, i) != match_field)
        continue;

      if (row->texts != NULL)
        value = row->texts[i];
      else if ((node = json_object_get_member (row->object, row->header[i])) != NULL &&
               JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        value = json_node_get_string (node);

      if (value != NULL && *value != '\0')
        return value;
    }

  return NULL;
}

/* Sets one column's field; money last, because its decimals depend on the
 * currency, which the same row may set. */
static gboolean
apply_row (Importer    *importer,
           CrmRecord   *record,
           const Row   *row,
           GError     **error)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < importer->column_fields->len; i++)
      {
        GParamSpec *pspec = g_ptr_array_index (importer->column_fields, i);
        g_autoptr(GError) local_error = NULL;
        gboolean ok;

        if (pspec == NULL || (pass == 0) == ((pspec->flags & CRM_PARAM_MONEY) != 0))
          continue;

        if (row->texts != NULL)
          {
            ok = crm_field_set_text (record, pspec, row->texts[i], &local_error);
          }
        else
          {
            JsonNode *node = json_object_get_member (row->object, row->header[i]);

            /* A key an object lacks leaves the field as it is; null clears it. */
            if (node == NULL)
              continue;
            ok = crm_field_set_json (record, pspec, node, &local_error);
          }

        if (!ok)
          {
            g_set_error (error, local_error->domain, local_error->code,
                         row->texts != NULL ? _("Column “%s”: %s") : _("Field “%s”: %s"),
                         row->header[i], local_error->message);
            return FALSE;
          }
      }

  return TRUE;
}

/* Finds the record a row describes: by id, else by email or SKU. */
static CrmRecord *
find_existing (Importer   *importer,
               const Row  *row,
               GError    **error)
{
  for (guint m = 0; m < G_N_ELEMENTS (importer->match_fields) && importer->match_fields[m] != NULL; m++)
    {
      GParamSpec *pspec = importer->match_fields[m];
      const char *value = match_value (importer, pspec, row);
      g_autofree char *stripped = NULL;
      CrmRecord *record;

      if (value == NULL)
        continue;

      stripped = g_strstrip (g_strdup (value));
      /* An unknown id is a new record that keeps its id (a restore). */
      if (g_str_equal (pspec->name, "id"))
        return crm_store_lookup (importer->store, importer->type, stripped, error);

      record = crm_store_find (importer->store, importer->type, pspec->name, stripped, error);
      if (record != NULL || (error != NULL && *error != NULL))
        return record;
    }

  return NULL;
}

static gboolean
is_fatal (const GError *error)
{
  return error->domain == CRM_STORE_ERROR &&
         error->code != CRM_STORE_ERROR_INVALID &&
         error->code != CRM_STORE_ERROR_NOT_FOUND;
}

/* Imports one row. Returns FALSE only for a failure that must stop the
 * whole import; a bad row is recorded and skipped. */
static gboolean
import_row (Importer   *importer,
            guint       line,
            const Row  *row,
            GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CrmRecord) record = NULL;
  gboolean existed;

  record = find_existing (importer, row, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  existed = record != NULL;
  if (record == NULL)
    record = g_object_new (importer->type, NULL);
  else if (crm_record_get_deleted (record))
    g_object_set (record, "deleted", FALSE, NULL);  /* the file says it exists */

  if (!apply_row (importer, record, row, &local_error))
    {
      reject (importer, line, local_error->message);
      return TRUE;
    }

  if (!crm_store_save (importer->store, record, &local_error))
    {
      if (is_fatal (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      reject (importer, line, local_error->message);
      return TRUE;
    }

  if (existed)
    importer->report->updated++;
  else
    importer->report->added++;

  return TRUE;
}

static void
report_progress (Importer *importer,
                 gsize     done,
                 gsize     total)
{
  CrmImportReport *report = importer->report;

  if (importer->progress != NULL)
    importer->progress (done, total, report->added + report->updated + report->rejected,
                        importer->user_data);
}

static gboolean
import_csv (Importer           *importer,
            GBytes             *bytes,
            const char * const *mappings,
            GError            **error)
{
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autoptr(GError) row_error = NULL;
  CrmCsvNext next;
  guint rows = 0;

  if ((reader = crm_csv_reader_new_from_bytes (bytes, error)) == NULL)
    return FALSE;

  if (!map_columns (importer, crm_csv_reader_get_header (reader),
                    crm_csv_reader_get_n_columns (reader), mappings, error))
    return FALSE;

  while ((next = crm_csv_reader_next (reader, &row_error)) != CRM_CSV_NEXT_END)
    {
      if (g_cancellable_set_error_if_cancelled (importer->cancellable, error))
        return FALSE;

      if (next == CRM_CSV_NEXT_BAD_ROW)
        {
          reject (importer, crm_csv_reader_get_line (reader), row_error->message);
          g_clear_error (&row_error);
        }
      else
        {
          Row row = { crm_csv_reader_get_fields (reader), NULL, crm_csv_reader_get_header (reader) };

          if (!import_row (importer, crm_csv_reader_get_line (reader), &row, error))
            return FALSE;
        }

      if (++rows % PROGRESS_EVERY == 0)
        report_progress (importer, crm_csv_reader_get_offset (reader), crm_csv_reader_get_size (reader));
    }

  return TRUE;
}

/* A JSON file is what crm-tool export --format json writes: an array of
 * objects keyed by field name, with money in minor units. */
static gboolean
import_json (Importer           *importer,
             GBytes             *bytes,
             const char * const *mappings,
             GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;
  JsonArray *array;
  guint length;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The file is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The JSON file must hold an array of records."));
      return FALSE;
    }

  array = json_node_get_array (json_parser_get_root (parser));
  length = json_array_get_length (array);

  /* An empty export reads back as nothing to do. */
  if (length == 0)
    return TRUE;

  /* The header is the union of every object's keys, in order of appearance. */
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      members = json_object_get_members (json_node_get_object (element));
      for (GList *l = members; l != NULL; l = l->next)
        if (g_hash_table_add (seen, l->data))
          g_ptr_array_add (header, g_strdup (l->data));
    }
  g_ptr_array_add (header, NULL);

  if (!map_columns (importer, (const char * const *)header->pdata, header->len - 1, mappings, error))
    return FALSE;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Row row = { NULL, NULL, (const char * const *)header->pdata };

      if (g_cancellable_set_error_if_cancelled (importer->cancellable, error))
        return FALSE;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          reject (importer, i + 1, _("The element is not an object."));
          continue;
        }

      row.object = json_node_get_object (element);
      if (!import_row (importer, i + 1, &row, error))
        return FALSE;

      if ((i + 1) % PROGRESS_EVERY == 0)
        report_progress (importer, i + 1, length);
    }

  return TRUE;
}

gboolean
crm_import_looks_like_json (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize i = 0;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;

  return i < size && (data[i] == '[' || data[i] == '{');
}

/**
 * crm_import_bytes:
 * @type: the kind of record the data holds
 * @bytes: the contents of a CSV file (RFC 4180, UTF-8, "," or ";") or a JSON array
 * @display_name: (nullable): the file's name, for messages
 * @mappings: (nullable) (array zero-terminated=1): "COLUMN=field" overrides;
 *   "COLUMN=-" skips a column
 * @progress: (nullable) (scope call): called now and then, from this thread
 * @cancellable: (nullable): cancelling it stops the import, which then
 *   changes nothing and fails with %G_IO_ERROR_CANCELLED
 *
 * Imports every row in one transaction on @store.
 *
 * Returns: (transfer full): what happened to each row, or %NULL with @error
 *   set when nothing was imported at all.
 */
CrmImportReport *
crm_import_bytes (CrmStore             *store,
                  GType                 type,
                  GBytes               *bytes,
                  const char           *display_name,
                  const char * const   *mappings,
                  CrmImportRowProgress  progress,
                  gpointer              user_data,
                  GCancellable         *cancellable,
                  GError              **error)
{
  g_autoptr(CrmImportReport) report = g_new0 (CrmImportReport, 1);
  g_autoptr(GError) local_error = NULL;
  Importer importer = { 0 };
  gboolean ok;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report->problems = g_ptr_array_new_with_free_func (problem_free);
  report->ignored_columns = g_ptr_array_new_with_free_func (g_free);

  importer.store = store;
  importer.type = type;
  importer.klass = g_type_class_ref (type);
  importer.report = report;
  importer.progress = progress;
  importer.user_data = user_data;
  importer.cancellable = cancellable;
  importer.match_fields[0] = g_object_class_find_property (G_OBJECT_CLASS (importer.klass), "id");
  importer.match_fields[1] = g_object_class_find_property (G_OBJECT_CLASS (importer.klass), "email");
  if (importer.match_fields[1] == NULL)
    importer.match_fields[1] = g_object_class_find_property (G_OBJECT_CLASS (importer.klass), "sku");

  crm_store_set_bulk (store, TRUE);
  if (crm_store_begin (store, &local_error))
    {
      if (crm_import_looks_like_json (bytes))
        ok = import_json (&importer, bytes, mappings, &local_error);
      else
        ok = import_csv (&importer, bytes, mappings, &local_error);

      /* A cancellation that comes while the last rows are written still counts. */
      ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, &local_error);
      ok = ok && crm_store_commit (store, &local_error);
      if (!ok)
        crm_store_rollback (store);
    }
  else
    {
      ok = FALSE;
    }
  crm_store_set_bulk (store, FALSE);

  g_clear_pointer (&importer.column_fields, g_ptr_array_unref);
  g_type_class_unref (importer.klass);

  if (!ok)
    {
      if (display_name != NULL)
        g_set_error (error, local_error->domain, local_error->code,
                     _("Nothing was imported from “%s”: %s"), display_name, local_error->message);
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("Nothing was imported: %s"), local_error->message);
      return NULL;
    }

  report_progress (&importer, 1, 1);

  return g_steal_pointer (&report);
}

typedef struct
{
  CrmImportProgress progress;
  gpointer          user_data;
} FileProgress;

static void
file_progress (gsize    done,
               gsize    total,
               guint    rows,
               gpointer user_data)
{
  FileProgress *file_progress = user_data;

  file_progress->progress (done, total, file_progress->user_data);
}

/**
 * crm_import_file:
 * @type: the kind of record the file holds
 * @mappings: (nullable) (array zero-terminated=1): "COLUMN=field" overrides
 *
 * Imports a CSV file (RFC 4180, UTF-8, "," or ";") or a JSON array: reads it
 * and hands it to crm_import_bytes().
 *
 * Returns: (transfer full): what happened to each row, or %NULL with @error
 *   set when nothing was imported at all.
 */
CrmImportReport *
crm_import_file (CrmStore            *store,
                 GType                type,
                 const char          *path,
                 const char * const  *mappings,
                 CrmImportProgress    progress,
                 gpointer             user_data,
                 GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  FileProgress forward = { progress, user_data };
  gsize length;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot read “%s”: %s"), path, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return crm_import_bytes (store, type, bytes, path, mappings,
                           progress != NULL ? file_progress : NULL, &forward, NULL, error);
}
