/* crm-csv.h: an RFC 4180 CSV reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CRM_CSV_ERROR (crm_csv_error_quark ())

typedef enum
{
  CRM_CSV_ERROR_EMPTY,          /* file has no header row / no bytes */
  CRM_CSV_ERROR_UNTERMINATED,   /* a quoted field never closed */
  CRM_CSV_ERROR_INVALID_UTF8,   /* record is not valid UTF-8 */
  CRM_CSV_ERROR_COLUMN_COUNT,   /* record has a different number of fields than the header */
  CRM_CSV_ERROR_BAD_QUOTE,      /* a quote in the middle of an unquoted field, or text after a closing quote */
} CrmCsvError;

GQuark crm_csv_error_quark (void);

typedef struct _CrmCsvReader CrmCsvReader;

typedef enum
{
  CRM_CSV_NEXT_ROW,
  CRM_CSV_NEXT_BAD_ROW,
  CRM_CSV_NEXT_END,
} CrmCsvNext;

/* Reading rules:
 *
 * - Fields are separated by the delimiter, records by CRLF, LF or a lone CR.
 * - A field that starts with a quote is quoted: it may contain the delimiter,
 *   doubled quotes ("") and line breaks, which are kept exactly as in the file.
 *   Anything but a delimiter or a line break after its closing quote is
 *   CRM_CSV_ERROR_BAD_QUOTE, and so is a quote inside an unquoted field.
 * - Unquoted fields are returned as they are; only the header names are trimmed.
 * - Empty lines are skipped. A consequence: in a one-column file an unquoted empty
 *   value is indistinguishable from a blank line; crm_csv_append_row() quotes it.
 *   Lines holding only whitespace are records like any other (except before the
 *   header, where they are skipped too).
 * - Every record must have exactly as many fields as the header; there is no
 *   tolerance for missing or extra trailing fields.
 * - The header must be valid UTF-8 and well formed, or the reader is not created.
 *   A bad record is reported and reading goes on with the next one, except after
 *   an unterminated quote, which swallows the rest of the file and ends reading.
 * - When a record has several problems, the first of these is reported:
 *   unterminated quote, invalid UTF-8, bad quote, column count.
 * - The delimiter is ',' or ';': whichever occurs more often outside quotes in
 *   the header line, ',' on a tie.
 */

/* Both take their own copy of (or reference on) the data and strip a UTF-8 BOM.
 * They read the header row immediately and fail with CRM_CSV_ERROR_EMPTY if
 * there is none (no bytes, or only whitespace and blank lines), or with the
 * header's own CRM_CSV_ERROR. new_from_file() fails with a G_FILE_ERROR whose
 * message names the file when it cannot be read. */
CrmCsvReader       *crm_csv_reader_new_from_file  (const char    *path,
                                                   GError       **error);
CrmCsvReader       *crm_csv_reader_new_from_bytes (GBytes        *bytes,
                                                   GError       **error);
void                crm_csv_reader_free           (CrmCsvReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmCsvReader, crm_csv_reader_free)

char                crm_csv_reader_get_delimiter  (CrmCsvReader  *reader);
guint               crm_csv_reader_get_n_columns  (CrmCsvReader  *reader);
/* Header fields, trimmed of surrounding whitespace, NULL-terminated. */
const char * const *crm_csv_reader_get_header     (CrmCsvReader  *reader);

/* Advances to the next record. On CRM_CSV_NEXT_ROW the fields are valid until
 * the next call. On CRM_CSV_NEXT_BAD_ROW, @error says why in a sentence a user
 * can act on, without the line number (prefix "Line N: " using
 * crm_csv_reader_get_line()); the following call continues with the next record.
 * After CRM_CSV_NEXT_END every further call returns CRM_CSV_NEXT_END. */
CrmCsvNext          crm_csv_reader_next           (CrmCsvReader  *reader,
                                                   GError       **error);
/* NULL-terminated, n_columns long; NULL unless the last crm_csv_reader_next()
 * returned CRM_CSV_NEXT_ROW. */
const char * const *crm_csv_reader_get_fields     (CrmCsvReader  *reader);
/* 1-based physical line where the current (or bad) record starts. Before the
 * first crm_csv_reader_next() it is the header's line: 1 unless blank lines
 * precede it. A BOM does not count. */
guint               crm_csv_reader_get_line       (CrmCsvReader  *reader);
/* Bytes consumed so far, BOM included, and the total: for progress reports. */
gsize               crm_csv_reader_get_offset     (CrmCsvReader  *reader);
gsize               crm_csv_reader_get_size       (CrmCsvReader  *reader);

/* Appends one field, quoted when it contains the delimiter, a quote, CR or LF,
 * or starts or ends with whitespace; quotes inside are doubled. NULL and ""
 * write an empty field. @delimiter must not be a quote, CR, LF or NUL. */
void                crm_csv_append_field          (GString            *out,
                                                   const char         *value,
                                                   char                delimiter);
/* Appends a record: fields separated by @delimiter, ending with "\r\n".
 * A record made of one empty field is written as "" so that it does not read
 * back as a skipped blank line. */
void                crm_csv_append_row            (GString            *out,
                                                   const char * const *values,
                                                   guint               n_values,
                                                   char                delimiter);

G_END_DECLS
