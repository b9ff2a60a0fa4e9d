/* crm-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-export"

#include "config.h"

#include <json-glib/json-glib.h>

#include "crm-csv.h"
#include "crm-export.h"
#include "crm-field.h"
#include "crm-store-private.h"

/* Rows are written as they are read, in blocks, so exporting a million
 * activities needs no more memory than exporting ten. */
#define FLUSH_AT (256 * 1024)

/* Every column but the sync state, which belongs to the sync engine. */
static GPtrArray *
exported_columns (GType type)
{
  g_autofree GParamSpec **columns = NULL;
  GPtrArray *exported = g_ptr_array_new ();
  guint n_columns;

  columns = crm_record_class_list_columns (g_type_class_peek (type), &n_columns);
  for (guint i = 0; i < n_columns; i++)
    if (!g_str_equal (columns[i]->name, "rev") && !g_str_equal (columns[i]->name, "deleted"))
      g_ptr_array_add (exported, columns[i]);

  return exported;
}

static gboolean
flush (GOutputStream  *output,
       GString        *buffer,
       GCancellable   *cancellable,
       GError        **error)
{
  gboolean ok = g_output_stream_write_all (output, buffer->str, buffer->len, NULL, cancellable, error);

  g_string_truncate (buffer, 0);
  return ok;
}

static void
append_csv_record (GString    *buffer,
                   CrmRecord  *record,
                   GPtrArray  *columns,
                   GPtrArray  *texts)
{
  g_ptr_array_set_size (texts, 0);
  for (guint i = 0; i < columns->len; i++)
    g_ptr_array_add (texts, crm_field_to_text (record, g_ptr_array_index (columns, i)));

  crm_csv_append_row (buffer, (const char * const *)texts->pdata, texts->len, ',');
}

static void
append_json_record (GString    *buffer,
                    CrmRecord  *record,
                    GPtrArray  *columns,
                    gboolean    first)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  json_node_take_object (node, object);

  for (guint i = 0; i < columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (columns, i);

      json_object_set_member (object, pspec->name, crm_field_to_json (record, pspec));
    }

  json_generator_set_root (generator, node);
  g_string_append (buffer, first ? "\n  " : ",\n  ");
  json_generator_to_gstring (generator, buffer);
}

/**
 * crm_export:
 * @n_exported: (out) (optional): how many records were written
 *
 * Writes every live record of @type: CSV with a header of field names, or a
 * JSON array of objects keyed by field name. crm_import_file() reads both back.
 */
gboolean
crm_export (CrmStore         *store,
            GType             type,
            CrmExportFormat   format,
            GOutputStream    *output,
            guint64          *n_exported,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) buffer = g_string_sized_new (FLUSH_AT + 4096);
  g_autofree char *sql = NULL;
  CrmRecordClass *klass;
  sqlite3_stmt *stmt;
  guint64 count = 0;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  klass = g_type_class_peek (type);
  columns = exported_columns (type);

  if (format == CRM_EXPORT_CSV)
    {
      for (guint i = 0; i < columns->len; i++)
        g_ptr_array_add (texts, g_strdup (((GParamSpec *)g_ptr_array_index (columns, i))->name));
      crm_csv_append_row (buffer, (const char * const *)texts->pdata, texts->len, ',');
    }
  else
    {
      g_string_append_c (buffer, '[');
    }

  sql = g_strdup_printf ("SELECT %s FROM %s WHERE deleted = 0 ORDER BY %s",
                         crm_store_select_columns (store, type), klass->table, klass->default_order);
  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CrmRecord) record = crm_store_read_record (store, type, stmt);

      if (format == CRM_EXPORT_CSV)
        append_csv_record (buffer, record, columns, texts);
      else
        append_json_record (buffer, record, columns, count == 0);
      count++;

      if (buffer->len >= FLUSH_AT && !flush (output, buffer, cancellable, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return crm_store_set_error (store, rc, error);

  if (format == CRM_EXPORT_JSON)
    g_string_append (buffer, count > 0 ? "\n]\n" : "]\n");

  if (!flush (output, buffer, cancellable, error))
    return FALSE;

  if (n_exported != NULL)
    *n_exported = count;

  return TRUE;
}
