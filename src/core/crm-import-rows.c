/* crm-import-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-field.h"
#include "crm-import-rows.h"
#include "crm-record.h"

/* Reading a row and converting its texts to values takes a third of an
 * import's time, and needs neither the database nor the records: a thread
 * does it for the rows ahead while the importer writes the rows before.
 * Rows travel in batches, a fixed number of them, handed between the two
 * threads by a queue of filled batches and a queue of empty ones, so that
 * the reader is never more than a few thousand rows ahead. */

#define ROWS_PER_BATCH 512
#define N_BATCHES      8

typedef struct
{
  CrmImportRow rows[ROWS_PER_BATCH];
  guint        n_rows;
  gsize        offset;   /* in the file, after the batch's last row */
  gboolean     last;
} Batch;

struct _CrmImportRows
{
  CrmCsvReader *reader;          /* the thread's until it has finished */
  GPtrArray    *column_fields;
  guint         n_columns;
  GThread      *thread;
  GAsyncQueue  *filled;
  GAsyncQueue  *empty;
  int           stop;            /* atomic: the importer wants no more rows */

  Batch        *current;         /* the importer's */
  guint         next_row;
  gboolean      finished;        /* the last batch has come back */
};

static void
batch_clear (Batch *batch,
             guint  n_columns)
{
  for (guint i = 0; i < batch->n_rows; i++)
    {
      CrmImportRow *row = &batch->rows[i];

      g_clear_pointer (&row->problem, g_free);
      g_clear_pointer (&row->texts, g_strfreev);
      for (guint c = 0; row->values != NULL && c < n_columns; c++)
        if (G_IS_VALUE (&row->values[c]))
          g_value_unset (&row->values[c]);
    }

  batch->n_rows = 0;
  batch->last = FALSE;
}

static void
batch_free (Batch *batch,
            guint  n_columns)
{
  batch_clear (batch, n_columns);
  for (guint i = 0; i < ROWS_PER_BATCH; i++)
    g_free (batch->rows[i].values);
  g_free (batch);
}

/* Converts every column but money; the first column that does not fit
 * rejects the row, as the importer would. */
static void
convert_row (CrmImportRows      *self,
             CrmImportRow       *row,
             const char * const *fields)
{
  const char * const *header = crm_csv_reader_get_header (self->reader);

  row->texts = g_strdupv ((char **)fields);
  if (row->values == NULL)
    row->values = g_new0 (GValue, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    {
      GParamSpec *pspec = g_ptr_array_index (self->column_fields, c);
      g_autoptr(GError) error = NULL;

      if (pspec == NULL || (pspec->flags & CRM_PARAM_MONEY))
        continue;

      if (!crm_field_parse_text (pspec, row->texts[c], NULL, &row->values[c], &error))
        {
          row->problem = g_strdup_printf (_("Column “%s”: %s"), header[c], error->message);
          return;
        }
    }
}

static void
fill_batch (CrmImportRows *self,
            Batch         *batch)
{
  while (batch->n_rows < ROWS_PER_BATCH)
    {
      g_autoptr(GError) error = NULL;
      CrmCsvNext next = crm_csv_reader_next (self->reader, &error);
      CrmImportRow *row;

      if (next == CRM_CSV_NEXT_END)
        {
          batch->last = TRUE;
          break;
        }

      row = &batch->rows[batch->n_rows++];
      row->line = crm_csv_reader_get_line (self->reader);
      if (next == CRM_CSV_NEXT_BAD_ROW)
        row->problem = g_strdup (error->message);
      else
        convert_row (self, row, crm_csv_reader_get_fields (self->reader));
    }

  batch->offset = crm_csv_reader_get_offset (self->reader);
}

static gpointer
read_rows (gpointer data)
{
  CrmImportRows *self = data;
  gboolean last;

  do
    {
      Batch *batch = g_async_queue_pop (self->empty);

      batch_clear (batch, self->n_columns);
      if (g_atomic_int_get (&self->stop))
        batch->last = TRUE;
      else
        fill_batch (self, batch);

      last = batch->last;
      g_async_queue_push (self->filled, batch);
    }
  while (!last);

  return NULL;
}

/**
 * crm_import_rows_new:
 * @reader: a reader past its header, left to the rows until they are freed
 * @column_fields: the field each column fills, %NULL for those it does not
 *
 * Starts reading @reader's rows on a thread of their own.
 */
CrmImportRows *
crm_import_rows_new (CrmCsvReader *reader,
                     GPtrArray    *column_fields)
{
  CrmImportRows *self = g_new0 (CrmImportRows, 1);

  self->reader = reader;
  self->column_fields = g_ptr_array_ref (column_fields);
  self->n_columns = column_fields->len;
  self->filled = g_async_queue_new ();
  self->empty = g_async_queue_new ();
  for (guint i = 0; i < N_BATCHES; i++)
    g_async_queue_push (self->empty, g_new0 (Batch, 1));

  self->thread = g_thread_new ("crm-import-rows", read_rows, self);

  return self;
}

static void
give_back_current (CrmImportRows *self)
{
  if (self->current == NULL)
    return;

  self->finished = self->current->last;
  g_async_queue_push (self->empty, g_steal_pointer (&self->current));
}

/**
 * crm_import_rows_next:
 * @offset: (out): how far into the file the reader is
 *
 * Returns: (transfer none) (nullable): the next row, valid until the next
 *   call, or %NULL after the last.
 */
CrmImportRow *
crm_import_rows_next (CrmImportRows *self,
                      gsize         *offset)
{
  while (self->current == NULL || self->next_row == self->current->n_rows)
    {
      give_back_current (self);
      if (self->finished)
        return NULL;

      self->current = g_async_queue_pop (self->filled);
      self->next_row = 0;
    }

  *offset = self->current->offset;
  return &self->current->rows[self->next_row++];
}

void
crm_import_rows_free (CrmImportRows *self)
{
  Batch *batch;

  /* The thread ends with a last batch, early if asked to. */
  g_atomic_int_set (&self->stop, TRUE);
  give_back_current (self);
  while (!self->finished)
    {
      self->current = g_async_queue_pop (self->filled);
      give_back_current (self);
    }
  g_thread_join (self->thread);

  while ((batch = g_async_queue_try_pop (self->empty)) != NULL)
    batch_free (batch, self->n_columns);
  g_async_queue_unref (self->filled);
  g_async_queue_unref (self->empty);
  g_ptr_array_unref (self->column_fields);
  g_free (self);
}
