/* test-csv.c: tests for the CSV reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "crm-csv.h"

static CrmCsvReader *
reader_new (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return crm_csv_reader_new_from_bytes (bytes, error);
}

static void
assert_strv (const char * const *strv,
             const char * const *expected)
{
  g_assert_nonnull (strv);
  g_assert_cmpstrv ((const char * const *) strv, expected);
}

/* Asserts the next record is a good one, on @line, with @expected fields. */
static void
assert_row (CrmCsvReader       *reader,
            guint               line,
            const char * const *expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_ROW);
  g_assert_no_error (error);
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, line);
  assert_strv (crm_csv_reader_get_fields (reader), expected);
  g_assert_cmpuint (g_strv_length ((char **) crm_csv_reader_get_fields (reader)),
                    ==, crm_csv_reader_get_n_columns (reader));
}

static void
assert_bad_row (CrmCsvReader *reader,
                guint         line,
                CrmCsvError   code)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, (int) code);
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, line);
  g_assert_null (crm_csv_reader_get_fields (reader));
  /* Callers prefix the line number themselves. */
  g_assert_null (strstr (error->message, "Line "));
}

static void
assert_end (CrmCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_END);
  g_assert_no_error (error);
  g_assert_null (crm_csv_reader_get_fields (reader));
  g_assert_cmpuint (crm_csv_reader_get_offset (reader), ==, crm_csv_reader_get_size (reader));

  /* And it stays at the end. */
  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_END);
  g_assert_no_error (error);
}

static void
test_simple (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  const char *text = "name , email,phone\n"
                     "Ann,ann@example.com,123\n"
                     " Bob ,,\n"
                     "Cy,cy@example.com,456";

  reader = reader_new (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);

  g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, ',');
  g_assert_cmpuint (crm_csv_reader_get_n_columns (reader), ==, 3);
  assert_strv (crm_csv_reader_get_header (reader),
               (const char *[]) { "name", "email", "phone", NULL });
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 1);
  g_assert_cmpuint (crm_csv_reader_get_size (reader), ==, strlen (text));
  g_assert_cmpuint (crm_csv_reader_get_offset (reader), ==, strlen ("name , email,phone\n"));

  assert_row (reader, 2, (const char *[]) { "Ann", "ann@example.com", "123", NULL });
  /* Only header names are trimmed. */
  assert_row (reader, 3, (const char *[]) { " Bob ", "", "", NULL });
  assert_row (reader, 4, (const char *[]) { "Cy", "cy@example.com", "456", NULL });
  assert_end (reader);
}

static void
test_quoted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("\"name\",\"notes\",\"x\"\r\n"
                       "\"Smith, John\",\"He said \"\"hi\"\"\",\"\"\r\n"
                       "a,\"two\r\nlines\",\"lf\nonly\"\r\n"
                       "\"\"\"\",\",\",\"\"\"a\"\"\"\r\n"
                       "end,\"\",z\r\n",
                       &error);
  g_assert_no_error (error);
  assert_strv (crm_csv_reader_get_header (reader),
               (const char *[]) { "name", "notes", "x", NULL });

  assert_row (reader, 2, (const char *[]) { "Smith, John", "He said \"hi\"", "", NULL });
  assert_row (reader, 3, (const char *[]) { "a", "two\r\nlines", "lf\nonly", NULL });
  /* The record above spans lines 3 to 5. */
  assert_row (reader, 6, (const char *[]) { "\"", ",", "\"a\"", NULL });
  assert_row (reader, 7, (const char *[]) { "end", "", "z", NULL });
  assert_end (reader);
}

static void
test_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("\xEF\xBB\xBFname;city\nAyşe;İzmir\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, ';');
  assert_strv (crm_csv_reader_get_header (reader),
               (const char *[]) { "name", "city", NULL });
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 1);
  assert_row (reader, 2, (const char *[]) { "Ayşe", "İzmir", NULL });
  assert_end (reader);
}

static void
test_delimiter (void)
{
  struct {
    const char *text;
    char delimiter;
    guint n_columns;
  } cases[] = {
    { "a;b;c\n1;2;3\n", ';', 3 },
    { "a,b,c\n1,2,3\n", ',', 3 },
    /* Delimiters inside quotes do not count. */
    { "\"x,y,z\";b\n1;2\n", ';', 2 },
    { "\"x;y;z\",b\n1,2\n", ',', 2 },
    /* Nor do those in later lines. */
    { "a;b\n1,2,3,4;5\n", ';', 2 },
    /* A tie goes to the comma. */
    { "a,b;c\n", ',', 2 },
    { "name\n", ',', 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmCsvReader) reader = NULL;

      reader = reader_new (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, cases[i].delimiter);
      g_assert_cmpuint (crm_csv_reader_get_n_columns (reader), ==, cases[i].n_columns);
    }
}

static void
test_semicolon (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("Name;Amount;Note\r\nAnn;1,50;\"x;y\"\r\nBob;2,00;a,b\r\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, ';');
  assert_row (reader, 2, (const char *[]) { "Ann", "1,50", "x;y", NULL });
  assert_row (reader, 3, (const char *[]) { "Bob", "2,00", "a,b", NULL });
  assert_end (reader);
}

static void
test_cr_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("a,b\r1,2\r\"x\ry\",3\r\r4,5\r", &error);
  g_assert_no_error (error);
  assert_row (reader, 2, (const char *[]) { "1", "2", NULL });
  assert_row (reader, 3, (const char *[]) { "x\ry", "3", NULL });
  /* Line 5 is blank. */
  assert_row (reader, 6, (const char *[]) { "4", "5", NULL });
  assert_end (reader);
}

static void
test_empty (void)
{
  const char *texts[] = {
    "",
    "\xEF\xBB\xBF",
    "\n",
    "\r\n\r\n",
    "   \t  ",
    "  \r\n \n\t\r  \n",
    "\xEF\xBB\xBF \r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmCsvReader) reader = NULL;

      reader = reader_new (texts[i], &error);
      g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_EMPTY);
      g_assert_null (reader);
    }
}

static void
test_blank_lines_before_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("\n  \r\n\t\n  a , b\n1,2\n", &error);
  g_assert_no_error (error);
  assert_strv (crm_csv_reader_get_header (reader), (const char *[]) { "a", "b", NULL });
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 4);
  assert_row (reader, 5, (const char *[]) { "1", "2", NULL });
  assert_end (reader);
}

static void
test_header_errors (void)
{
  struct {
    const char *text;
    CrmCsvError code;
  } cases[] = {
    { "a,\"b\n1,2\n", CRM_CSV_ERROR_UNTERMINATED },
    { "a,b\"c\n1,2\n", CRM_CSV_ERROR_BAD_QUOTE },
    { "a,\"b\"c\n1,2\n", CRM_CSV_ERROR_BAD_QUOTE },
    { "a,caf\xE9\n1,2\n", CRM_CSV_ERROR_INVALID_UTF8 },
    /* UTF-16 with its BOM. */
    { "\xFF\xFE" "a\0,\0b\0", CRM_CSV_ERROR_INVALID_UTF8 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmCsvReader) reader = NULL;

      reader = reader_new (cases[i].text, &error);
      g_assert_error (error, CRM_CSV_ERROR, (int) cases[i].code);
      g_assert_null (reader);
    }
}

static void
test_unterminated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("name,notes\n"
                       "a,\"one\ntwo\"\n"
                       "b,c\n"
                       "d,\"never closed\n"
                       "e,f\n"
                       "g,h\n",
                       &error);
  g_assert_no_error (error);
  assert_row (reader, 2, (const char *[]) { "a", "one\ntwo", NULL });
  assert_row (reader, 4, (const char *[]) { "b", "c", NULL });

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_UNTERMINATED);
  g_assert_cmpstr (error->message, ==, "A quoted field is never closed.");
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 5);
  g_clear_error (&error);

  assert_end (reader);
}

static void
test_column_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("a,b,c,d,e\n"
                       "1,2,3,4,5\n"
                       "1,\"multi\r\nline\nfield\",3\n"
                       "1,2,3,4,5\n"
                       "1\n"
                       "1,2,3,4,5,\n"
                       "\"x\",\"y\r\nz\",3,4,5\n"
                       "6,7,8,9,10",
                       &error);
  g_assert_no_error (error);
  assert_row (reader, 2, (const char *[]) { "1", "2", "3", "4", "5", NULL });

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_COLUMN_COUNT);
  g_assert_cmpstr (error->message, ==, "The row has 3 fields but the header has 5.");
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 3);
  g_clear_error (&error);

  /* The bad record spanned lines 3 to 5. */
  assert_row (reader, 6, (const char *[]) { "1", "2", "3", "4", "5", NULL });

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_COLUMN_COUNT);
  g_assert_cmpstr (error->message, ==, "The row has 1 field but the header has 5.");
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 7);
  g_clear_error (&error);

  /* Strict: a trailing empty field is still one too many. */
  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_COLUMN_COUNT);
  g_assert_cmpstr (error->message, ==, "The row has 6 fields but the header has 5.");
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 8);
  g_clear_error (&error);

  assert_row (reader, 9, (const char *[]) { "x", "y\r\nz", "3", "4", "5", NULL });
  assert_row (reader, 11, (const char *[]) { "6", "7", "8", "9", "10", NULL });
  assert_end (reader);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("name,city\n"
                       "Ay\xC5\x9F" "e,Z\xC3\xBCrich\n"
                       "Jos\xE9,M\xE1laga\n"
                       "\"a\xFF\nb\",c\n"
                       "ok,fine\n",
                       &error);
  g_assert_no_error (error);
  assert_row (reader, 2, (const char *[]) { "Ayşe", "Zürich", NULL });

  g_assert_cmpint (crm_csv_reader_next (reader, &error), ==, CRM_CSV_NEXT_BAD_ROW);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_INVALID_UTF8);
  g_assert_cmpstr (error->message, ==, "The row is not valid UTF-8 text; save the file as UTF-8 and import again.");
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 3);
  g_clear_error (&error);

  assert_bad_row (reader, 4, CRM_CSV_ERROR_INVALID_UTF8);
  assert_row (reader, 6, (const char *[]) { "ok", "fine", NULL });
  assert_end (reader);
}

static void
test_invalid_utf8_nul (void)
{
  static const char text[] = "a,b\nnul\0byte,x\nok,fine\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = crm_csv_reader_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  assert_bad_row (reader, 2, CRM_CSV_ERROR_INVALID_UTF8);
  assert_row (reader, 3, (const char *[]) { "ok", "fine", NULL });
  assert_end (reader);
}

static void
test_stray_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("name,size\n"
                       "screen,27\"\n"
                       "ok,1\n"
                       "\"quoted\"tail,2\n"
                       "ok,3\n"
                       /* The quoted line break after the stray quote is part
                        * of the bad record, not the start of a new one. */
                       "a\"b,\"x\ny\"\n"
                       "ok,4\n"
                       "\"a\" ,5\n"
                       "ok,5\n",
                       &error);
  g_assert_no_error (error);

  assert_bad_row (reader, 2, CRM_CSV_ERROR_BAD_QUOTE);
  assert_row (reader, 3, (const char *[]) { "ok", "1", NULL });
  assert_bad_row (reader, 4, CRM_CSV_ERROR_BAD_QUOTE);
  assert_row (reader, 5, (const char *[]) { "ok", "3", NULL });
  assert_bad_row (reader, 6, CRM_CSV_ERROR_BAD_QUOTE);
  assert_row (reader, 8, (const char *[]) { "ok", "4", NULL });
  assert_bad_row (reader, 9, CRM_CSV_ERROR_BAD_QUOTE);
  assert_row (reader, 10, (const char *[]) { "ok", "5", NULL });
  assert_end (reader);
}

static void
test_blank_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  reader = reader_new ("a,b\n\n1,2\r\n\r\n\r\n3,4\n\r\n\n", &error);
  g_assert_no_error (error);
  assert_row (reader, 3, (const char *[]) { "1", "2", NULL });
  assert_row (reader, 6, (const char *[]) { "3", "4", NULL });
  assert_end (reader);
}

static void
test_one_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;

  /* A line of spaces is a value, a line of nothing is skipped. */
  reader = reader_new ("name\nAnn\n\n  \n\"\"\n", &error);
  g_assert_no_error (error);
  assert_row (reader, 2, (const char *[]) { "Ann", NULL });
  assert_row (reader, 4, (const char *[]) { "  ", NULL });
  assert_row (reader, 5, (const char *[]) { "", NULL });
  assert_end (reader);
}

static void
test_write_field (void)
{
  struct {
    const char *value;
    char delimiter;
    const char *expected;
  } cases[] = {
    { NULL, ',', "" },
    { "", ',', "" },
    { "plain", ',', "plain" },
    { "a,b", ',', "\"a,b\"" },
    { "a,b", ';', "a,b" },
    { "a;b", ';', "\"a;b\"" },
    { "a;b", ',', "a;b" },
    { "say \"hi\"", ',', "\"say \"\"hi\"\"\"" },
    { "\"", ',', "\"\"\"\"" },
    { "line\nbreak", ',', "\"line\nbreak\"" },
    { "cr\rlf\r\n", ',', "\"cr\rlf\r\n\"" },
    { " lead", ',', "\" lead\"" },
    { "trail ", ',', "\"trail \"" },
    { "\ttab", ',', "\"\ttab\"" },
    { "in side", ',', "in side" },
    { "王伟", ',', "王伟" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new ("x");

      crm_csv_append_field (out, cases[i].value, cases[i].delimiter);
      g_assert_cmpstr (out->str + 1, ==, cases[i].expected);
    }
}

static void
test_write_row (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  crm_csv_append_row (out, (const char *[]) { "a", NULL, "", "b c", "d,e" }, 5, ',');
  crm_csv_append_row (out, (const char *[]) { "a", "d,e" }, 2, ';');
  crm_csv_append_row (out, (const char *[]) { NULL }, 1, ',');
  crm_csv_append_row (out, (const char *[]) { "" }, 1, ',');
  crm_csv_append_row (out, (const char *[]) { "x" }, 1, ',');
  g_assert_cmpstr (out->str, ==,
                   "a,,,b c,\"d,e\"\r\n"
                   "a;d,e\r\n"
                   "\"\"\r\n"
                   "\"\"\r\n"
                   "x\r\n");
}

static void
test_round_trip (void)
{
  const char *header[] = { "name", "note", "empty", "city" };
  const char *rows[][4] = {
    { "Ayşe Yılmaz", "", "", "İstanbul" },
    { "王伟", "\"quoted\"", "", "北京" },
    { "  leading spaces", "trailing  ", "", ";" },
    { "a,b;c", "line one\nline two", "", "crlf\r\nend" },
    { "\"\"", "\"", "", "cr\ronly" },
    { ",", " ", "", "\n" },
    { "Zoë", "emoji 🎉", "", "" },
  };
  const char delimiters[] = { ',', ';' };

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CrmCsvReader) reader = NULL;
      guint n_rows = 0;

      crm_csv_append_row (out, header, G_N_ELEMENTS (header), delimiters[d]);
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        crm_csv_append_row (out, rows[i], G_N_ELEMENTS (rows[i]), delimiters[d]);

      bytes = g_string_free_to_bytes (g_steal_pointer (&out));
      reader = crm_csv_reader_new_from_bytes (bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, delimiters[d]);
      g_assert_cmpuint (crm_csv_reader_get_n_columns (reader), ==, G_N_ELEMENTS (header));

      for (;;)
        {
          CrmCsvNext next = crm_csv_reader_next (reader, &error);
          const char * const *fields;

          g_assert_no_error (error);
          if (next == CRM_CSV_NEXT_END)
            break;
          g_assert_cmpint (next, ==, CRM_CSV_NEXT_ROW);
          g_assert_cmpuint (n_rows, <, G_N_ELEMENTS (rows));

          fields = crm_csv_reader_get_fields (reader);
          for (guint j = 0; j < G_N_ELEMENTS (header); j++)
            g_assert_cmpstr (fields[j], ==, rows[n_rows][j]);
          g_assert_null (fields[G_N_ELEMENTS (header)]);
          n_rows++;
        }

      g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (rows));
    }
}

static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("test-csv-XXXXXX.csv", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, "\xEF\xBB\xBFid;name\r\n1;Ann\r\n", -1, &error);
  g_assert_no_error (error);

  reader = crm_csv_reader_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (crm_csv_reader_get_delimiter (reader), ==, ';');
  assert_row (reader, 2, (const char *[]) { "1", "Ann", NULL });
  assert_end (reader);
  g_clear_pointer (&reader, crm_csv_reader_free);

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  reader = crm_csv_reader_new_from_file (path, &error);
  g_assert_error (error, CRM_CSV_ERROR, CRM_CSV_ERROR_EMPTY);
  g_assert_null (reader);

  g_unlink (path);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("test-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "no-such-file.csv", NULL);

  reader = crm_csv_reader_new_from_file (path, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (reader);
  g_assert_nonnull (strstr (error->message, "no-such-file.csv"));

  g_rmdir (dir);
}

static void
test_perf (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmCsvReader) reader = NULL;
  g_autoptr(GTimer) timer = NULL;
  const guint n_rows = 100000;
  guint n_read = 0;
  double elapsed;

  crm_csv_append_row (out, (const char *[]) { "id", "name", "email", "phone", "company", "notes" }, 6, ',');
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *id = g_strdup_printf ("%08u-0000-4000-8000-%012u", i, i);
      g_autofree char *email = g_strdup_printf ("customer%u@example.com", i);
      const char *row[] = {
        id, "Ayşe Yılmaz", email, "+90 212 555 01 23", "Example Trading, Ltd.",
        "Met at the fair; wants a \"quote\" for\n12 units by next month.",
      };

      crm_csv_append_row (out, row, G_N_ELEMENTS (row), ',');
    }

  bytes = g_string_free_to_bytes (g_steal_pointer (&out));

  timer = g_timer_new ();
  reader = crm_csv_reader_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  while (crm_csv_reader_next (reader, &error) == CRM_CSV_NEXT_ROW)
    n_read++;
  elapsed = g_timer_elapsed (timer, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (n_read, ==, n_rows);
  g_assert_cmpuint (crm_csv_reader_get_line (reader), ==, 1 + 2 * n_rows - 1);
  g_test_minimized_result (elapsed, "%.1f ms for %u rows, %.1f MB",
                           elapsed * 1000, n_rows,
                           g_bytes_get_size (bytes) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/delimiter", test_delimiter);
  g_test_add_func ("/csv/semicolon", test_semicolon);
  g_test_add_func ("/csv/cr-only", test_cr_only);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/blank-lines-before-header", test_blank_lines_before_header);
  g_test_add_func ("/csv/header-errors", test_header_errors);
  g_test_add_func ("/csv/unterminated", test_unterminated);
  g_test_add_func ("/csv/column-count", test_column_count);
  g_test_add_func ("/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv/invalid-utf8-nul", test_invalid_utf8_nul);
  g_test_add_func ("/csv/stray-quote", test_stray_quote);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/one-column", test_one_column);
  g_test_add_func ("/csv/write-field", test_write_field);
  g_test_add_func ("/csv/write-row", test_write_row);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/file", test_file);
  g_test_add_func ("/csv/missing-file", test_missing_file);
  if (g_test_perf ())
    g_test_add_func ("/csv/perf", test_perf);

  return g_test_run ();
}
