#define G_LOG_DOMAIN "crm-csv"
/* crm-csv.c: an RFC 4180 CSV reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "crm-csv.h"

#include <glib/gi18n-lib.h>
#include <string.h>

typedef enum
{
  PARSE_OK,
  PARSE_BAD_QUOTE,
  PARSE_UNTERMINATED,
} ParseStatus;

struct _CrmCsvReader
{
  GBytes      *bytes;
  const char  *data;
  gsize        size;

  /* Next byte to read, and the physical line it is on. */
  gsize        pos;
  guint        line;
  /* Where the record last returned (or rejected) starts. */
  guint        record_line;

  char         delimiter;
  guint        n_columns;
  char       **header;

  /* Every record is unescaped into this one buffer, each field followed by a
   * NUL; field_offsets says where they start, and fields points into buffer once
   * it has stopped growing. None of them is reallocated once big enough. */
  GString     *buffer;
  GArray      *field_offsets;
  const char **fields;

  guint        has_row : 1;
  guint        finished : 1;
};

G_DEFINE_QUARK (crm-csv-error-quark, crm_csv_error)

static inline gboolean
is_line_break (char c)
{
  return c == '\r' || c == '\n';
}

/* Skips the line break at self->pos, if any. */
static void
skip_line_break (CrmCsvReader *self)
{
  if (self->pos >= self->size)
    return;

  if (self->data[self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->size && self->data[self->pos] == '\n')
        self->pos++;
      self->line++;
    }
  else if (self->data[self->pos] == '\n')
    {
      self->pos++;
      self->line++;
    }
}

/* Spreadsheets put blank lines or stray spaces before the header often enough
 * that a file holding nothing else should be called empty rather than broken.
 * Leaves self->pos at the start of the first line with something on it. */
static gboolean
skip_blank_lines_before_header (CrmCsvReader *self)
{
  gsize line_start = self->pos;
  guint line = self->line;

  for (gsize i = self->pos; i < self->size; i++)
    {
      char c = self->data[i];

      if (c == '\n' && i > 0 && self->data[i - 1] == '\r')
        {
          line_start = i + 1;
        }
      else if (is_line_break (c))
        {
          line_start = i + 1;
          line++;
        }
      else if (c != ' ' && c != '\t' && c != '\v' && c != '\f')
        {
          self->pos = line_start;
          self->line = line;
          return TRUE;
        }
    }

  self->pos = self->size;
  self->line = line;
  return FALSE;
}

static char
detect_delimiter (const char *data,
                  gsize       size)
{
  gboolean in_quotes = FALSE;
  gsize n_commas = 0;
  gsize n_semicolons = 0;

  /* Toggling on every quote also handles doubled quotes inside quoted fields. */
  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (in_quotes)
        continue;
      else if (c == ',')
        n_commas++;
      else if (c == ';')
        n_semicolons++;
      else if (is_line_break (c))
        break;
    }

  return n_semicolons > n_commas ? ';' : ',';
}

/* Unescapes the record at self->pos into self->buffer and leaves self->pos after
 * its line break. *record_end is where the record's bytes (without the line
 * break) end. After a bad quote the rest of the record is still parsed the usual
 * way, so that a quoted line break further on does not count as a record
 * boundary and the next record starts where it should. */
static ParseStatus
parse_record (CrmCsvReader *self,
              gsize        *record_end)
{
  const char *data = self->data;
  const gsize size = self->size;
  const char delimiter = self->delimiter;
  GString *buffer = self->buffer;
  ParseStatus status = PARSE_OK;
  gsize pos = self->pos;
  guint line = self->line;

  g_string_truncate (buffer, 0);
  g_array_set_size (self->field_offsets, 0);

  for (;;)
    {
      gsize field_offset = buffer->len;
      gsize start;

      g_array_append_val (self->field_offsets, field_offset);

      if (pos < size && data[pos] == '"')
        {
          pos++;

          for (;;)
            {
              start = pos;

              while (pos < size && data[pos] != '"')
                {
                  /* The opening quote precedes, so data[pos - 1] exists. */
                  if (data[pos] == '\r' ||
                      (data[pos] == '\n' && data[pos - 1] != '\r'))
                    line++;
                  pos++;
                }

              g_string_append_len (buffer, data + start, pos - start);

              if (pos >= size)
                {
                  self->pos = size;
                  self->line = line;
                  *record_end = size;
                  return PARSE_UNTERMINATED;
                }

              pos++;

              if (pos < size && data[pos] == '"')
                {
                  g_string_append_c (buffer, '"');
                  pos++;
                }
              else
                break;
            }

          if (pos < size && data[pos] != delimiter && !is_line_break (data[pos]))
            status = PARSE_BAD_QUOTE;
        }

      /* Unquoted text, or whatever follows a closing quote in a bad record. */
      start = pos;
      while (pos < size)
        {
          char c = data[pos];

          if (c == delimiter || c == '\r' || c == '\n')
            break;
          if (c == '"')
            status = PARSE_BAD_QUOTE;
          pos++;
        }
      g_string_append_len (buffer, data + start, pos - start);
      g_string_append_c (buffer, '\0');

      if (pos < size && data[pos] == delimiter)
        pos++;
      else
        break;
    }

  *record_end = pos;
  self->pos = pos;
  self->line = line;
  skip_line_break (self);

  return status;
}

/* Parses the record at self->pos and checks everything but its field count. */
static gboolean
read_record (CrmCsvReader  *self,
             GError       **error)
{
  gsize record_start = self->pos;
  gsize record_end;
  ParseStatus status;

  self->record_line = self->line;
  status = parse_record (self, &record_end);

  if (status == PARSE_UNTERMINATED)
    {
      self->finished = TRUE;
      g_set_error_literal (error, CRM_CSV_ERROR, CRM_CSV_ERROR_UNTERMINATED,
                           _("A quoted field is never closed."));
      return FALSE;
    }

  /* Checked before the quoting because a file in a legacy encoding is by far
   * the likelier mistake, and its fix the more useful advice. Structural bytes
   * are ASCII, so the raw record is valid exactly when its fields are; NULs
   * fail too, which is right as fields are C strings. */
  if (!g_utf8_validate_len (self->data + record_start, record_end - record_start, NULL))
    {
      g_set_error_literal (error, CRM_CSV_ERROR, CRM_CSV_ERROR_INVALID_UTF8,
                           _("The row is not valid UTF-8 text; save the file as UTF-8 and import again."));
      return FALSE;
    }

  if (status == PARSE_BAD_QUOTE)
    {
      g_set_error_literal (error, CRM_CSV_ERROR, CRM_CSV_ERROR_BAD_QUOTE,
                           _("A field has a stray quotation mark; a field containing quotation marks must be enclosed in quotation marks, with each one inside doubled."));
      return FALSE;
    }

  return TRUE;
}

static const char *
get_field (CrmCsvReader *self,
           guint         i)
{
  return self->buffer->str + g_array_index (self->field_offsets, gsize, i);
}

CrmCsvReader *
crm_csv_reader_new_from_bytes (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(CrmCsvReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (CrmCsvReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->size);
  self->line = 1;
  self->record_line = 1;
  self->buffer = g_string_sized_new (256);
  self->field_offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 32);

  if (self->size >= 3 && memcmp (self->data, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;

  if (!skip_blank_lines_before_header (self))
    {
      g_set_error_literal (error, CRM_CSV_ERROR, CRM_CSV_ERROR_EMPTY,
                           _("The file is empty; it needs at least a header row naming the columns."));
      return NULL;
    }

  self->delimiter = detect_delimiter (self->data + self->pos, self->size - self->pos);

  if (!read_record (self, error))
    return NULL;

  self->n_columns = self->field_offsets->len;
  self->header = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    self->header[i] = g_strstrip (g_strdup (get_field (self, i)));

  self->fields = g_new0 (const char *, self->n_columns + 1);

  return g_steal_pointer (&self);
}

CrmCsvReader *
crm_csv_reader_new_from_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Read rather than mapped: a mapping would crash the app with SIGBUS if the
   * file were truncated while being imported, say by a spreadsheet saving it. */
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  bytes = g_bytes_new_take (contents, length);

  return crm_csv_reader_new_from_bytes (bytes, error);
}

void
crm_csv_reader_free (CrmCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->fields, g_free);
  g_string_free (self->buffer, TRUE);
  g_array_unref (self->field_offsets);
  g_free (self);
}

char
crm_csv_reader_get_delimiter (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

guint
crm_csv_reader_get_n_columns (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

const char * const *
crm_csv_reader_get_header (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->header;
}

CrmCsvNext
crm_csv_reader_next (CrmCsvReader  *self,
                     GError       **error)
{
  guint n_fields;

  g_return_val_if_fail (self != NULL, CRM_CSV_NEXT_END);
  g_return_val_if_fail (error == NULL || *error == NULL, CRM_CSV_NEXT_END);

  self->has_row = FALSE;

  if (self->finished)
    return CRM_CSV_NEXT_END;

  while (self->pos < self->size && is_line_break (self->data[self->pos]))
    skip_line_break (self);

  if (self->pos >= self->size)
    {
      self->finished = TRUE;
      return CRM_CSV_NEXT_END;
    }

  if (!read_record (self, error))
    return CRM_CSV_NEXT_BAD_ROW;

  n_fields = self->field_offsets->len;
  if (n_fields != self->n_columns)
    {
      g_set_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_COLUMN_COUNT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The row has %u field but the header has %u.",
                                "The row has %u fields but the header has %u.",
                                n_fields),
                   n_fields, self->n_columns);
      return CRM_CSV_NEXT_BAD_ROW;
    }

  for (guint i = 0; i < n_fields; i++)
    self->fields[i] = get_field (self, i);

  self->has_row = TRUE;

  return CRM_CSV_NEXT_ROW;
}

const char * const *
crm_csv_reader_get_fields (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->has_row ? (const char * const *) self->fields : NULL;
}

guint
crm_csv_reader_get_line (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

gsize
crm_csv_reader_get_offset (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pos;
}

gsize
crm_csv_reader_get_size (CrmCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->size;
}

void
crm_csv_append_field (GString    *out,
                      const char *value,
                      char        delimiter)
{
  gboolean needs_quotes;
  const char *p;
  const char *quote;
  gsize len;

  g_return_if_fail (out != NULL);
  g_return_if_fail (delimiter != '"' && delimiter != '\0' && !is_line_break (delimiter));

  if (value == NULL || value[0] == '\0')
    return;

  len = strlen (value);

  /* Leading and trailing whitespace is quoted because spreadsheets and many
   * readers trim it from unquoted fields. */
  needs_quotes = g_ascii_isspace (value[0]) || g_ascii_isspace (value[len - 1]);
  for (p = value; !needs_quotes && *p != '\0'; p++)
    needs_quotes = *p == delimiter || *p == '"' || is_line_break (*p);

  if (!needs_quotes)
    {
      g_string_append_len (out, value, len);
      return;
    }

  g_string_append_c (out, '"');
  for (p = value; (quote = strchr (p, '"')) != NULL; p = quote + 1)
    {
      g_string_append_len (out, p, quote - p + 1);
      g_string_append_c (out, '"');
    }
  g_string_append (out, p);
  g_string_append_c (out, '"');
}

void
crm_csv_append_row (GString            *out,
                    const char * const *values,
                    guint               n_values,
                    char                delimiter)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (values != NULL);
  g_return_if_fail (n_values > 0);
  g_return_if_fail (delimiter != '"' && delimiter != '\0' && !is_line_break (delimiter));

  if (n_values == 1 && (values[0] == NULL || values[0][0] == '\0'))
    {
      g_string_append (out, "\"\"\r\n");
      return;
    }

  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      crm_csv_append_field (out, values[i], delimiter);
    }

  g_string_append (out, "\r\n");
}
