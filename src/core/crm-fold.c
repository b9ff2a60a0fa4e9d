/* crm-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-fold"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "crm-fold.h"

/* Folding makes "ayse" find "Ayşe" and "yildiz" find "Yıldız": lowercase, accents
 * stripped, and the Latin letters that carry no decomposable accent (ı, ł, ø, ß …)
 * spelled the way people type them on a keyboard that lacks them. CJK and other
 * scripts pass through unchanged (lowercased where that means something). */

static const char *
special_letter (gunichar ch)
{
  switch (ch)
    {
    case 0x0131: return "i";  /* ı dotless i (Turkish) */
    case 0x0141: case 0x0142: return "l";  /* Ł ł */
    case 0x00D8: case 0x00F8: return "o";  /* Ø ø */
    case 0x0110: case 0x0111: return "d";  /* Đ đ */
    case 0x0126: case 0x0127: return "h";  /* Ħ ħ */
    case 0x00DF: return "ss"; /* ß */
    case 0x00C6: case 0x00E6: return "ae"; /* Æ æ */
    case 0x0152: case 0x0153: return "oe"; /* Œ œ */
    case 0x00DE: case 0x00FE: return "th"; /* Þ þ */
    default: return NULL;
    }
}

static gunichar
strip_accent (gunichar ch)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (ch, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  /* Only a base letter followed by marks is an accented letter; Hangul
   * syllables, for one, decompose into letters that must stay together. */
  for (gsize i = 1; i < n; i++)
    if (!g_unichar_ismark (decomposed[i]))
      return ch;

  return decomposed[0];
}

/* Writes the folded form of one letter outside ASCII to @out (at most 6
 * bytes); returns its length, 0 for a combining mark, which folding drops. */
static gsize
fold_letter (gunichar  ch,
             char     *out)
{
  const char *special;

  if (g_unichar_ismark (ch))
    return 0;

  if ((special = special_letter (ch)) != NULL)
    {
      gsize length = strlen (special);

      memcpy (out, special, length);
      return length;
    }

  return g_unichar_to_utf8 (g_unichar_tolower (strip_accent (ch)), out);
}

/**
 * crm_fold_append:
 * @length: bytes of @text to fold, or -1 if it is nul-terminated
 *
 * Appends the folded form of @text, which must be valid UTF-8.
 */
void
crm_fold_append (GString    *out,
                 const char *text,
                 gssize      length)
{
  const char *end;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  end = length < 0 ? text + strlen (text) : text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      guchar byte = (guchar)*p;
      char letter[8];

      if (byte < 0x80)
        g_string_append_c (out, g_ascii_tolower (byte));
      else
        g_string_append_len (out, letter, fold_letter (g_utf8_get_char (p), letter));
    }
}

char *
crm_fold (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  crm_fold_append (out, text, -1);

  return g_string_free (out, FALSE);
}

static void
fold_sql_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  int length = sqlite3_value_bytes (argv[0]);
  GString *out;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  if (!g_utf8_validate_len (text, length, NULL))
    {
      sqlite3_result_text (context, text, length, SQLITE_TRANSIENT);
      return;
    }

  out = g_string_sized_new (length);
  crm_fold_append (out, text, length);
  sqlite3_result_text (context, out->str, out->len, g_free);
  g_string_free (out, FALSE);
}

/* g_ascii_tolower(), inlined: the collation calls it for every byte it compares. */
static inline int
ascii_lower (guchar byte)
{
  return byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
}

/* Reads a text's folded form a byte at a time, folding a letter outside
 * ASCII only when the comparison reaches it. */
typedef struct
{
  const guchar *next;
  const guchar *end;
  char          letter[8];
  gsize         letter_length;
  gsize         letter_read;
} FoldReader;

/* The next byte of the folded form, or -1 at its end. Bytes that are not
 * UTF-8 are read as they are, which still orders such text consistently. */
static int
fold_reader_next (FoldReader *reader)
{
  while (reader->letter_read == reader->letter_length)
    {
      gunichar ch;

      if (reader->next == reader->end)
        return -1;

      if (*reader->next < 0x80)
        return ascii_lower (*reader->next++);

      ch = g_utf8_get_char_validated ((const char *)reader->next, reader->end - reader->next);
      if (ch == (gunichar)-1 || ch == (gunichar)-2)
        return *reader->next++;

      reader->next = (const guchar *)g_utf8_next_char (reader->next);
      reader->letter_length = fold_letter (ch, reader->letter);
      reader->letter_read = 0;
    }

  return (guchar)reader->letter[reader->letter_read++];
}

/* The "crm_fold" collation orders text as its folded form would sort byte by
 * byte, so an index on "name COLLATE crm_fold" sorts like one on
 * crm_fold (name). An index on that expression would do the same, but SQLite
 * then gives every insert into a table with triggers a statement journal,
 * which made an import a fifth slower. */
static int
fold_collation (void       *user_data,
                int         length_a,
                const void *text_a,
                int         length_b,
                const void *text_b)
{
  const guchar *bytes_a = text_a;
  const guchar *bytes_b = text_b;
  int common = 0;
  FoldReader a, b;
  int byte_a, byte_b;

  /* Most names differ within their ASCII beginning. */
  for (; common < length_a && common < length_b && (bytes_a[common] | bytes_b[common]) < 0x80; common++)
    if (bytes_a[common] != bytes_b[common] && ascii_lower (bytes_a[common]) != ascii_lower (bytes_b[common]))
      return ascii_lower (bytes_a[common]) - ascii_lower (bytes_b[common]);

  a = (FoldReader) { bytes_a + common, bytes_a + length_a, { 0 }, 0, 0 };
  b = (FoldReader) { bytes_b + common, bytes_b + length_b, { 0 }, 0, 0 };
  do
    {
      byte_a = fold_reader_next (&a);
      byte_b = fold_reader_next (&b);
    }
  while (byte_a == byte_b && byte_a != -1);

  return byte_a - byte_b;
}

/* The "crm" FTS5 tokenizer: unicode61 with diacritics removed, fed the folded
 * text. Token offsets therefore point into the folded text; Crm never asks FTS5
 * for highlights, which is the only thing they would be used for. */

typedef struct
{
  fts5_tokenizer  base;
  Fts5Tokenizer  *base_instance;
} CrmTokenizer;

static int
crm_tokenizer_create (void            *user_data,
                      const char     **argv,
                      int              argc,
                      Fts5Tokenizer  **out)
{
  fts5_api *api = user_data;
  const char *base_args[] = { "remove_diacritics", "2" };
  CrmTokenizer *tokenizer;
  void *base_user_data = NULL;
  int rc;

  tokenizer = g_new0 (CrmTokenizer, 1);
  rc = api->xFindTokenizer (api, "unicode61", &base_user_data, &tokenizer->base);
  if (rc == SQLITE_OK)
    rc = tokenizer->base.xCreate (base_user_data, base_args, G_N_ELEMENTS (base_args),
                                  &tokenizer->base_instance);
  if (rc != SQLITE_OK)
    {
      g_free (tokenizer);
      return rc;
    }

  *out = (Fts5Tokenizer *)tokenizer;
  return SQLITE_OK;
}

static void
crm_tokenizer_delete (Fts5Tokenizer *instance)
{
  CrmTokenizer *tokenizer = (CrmTokenizer *)instance;

  tokenizer->base.xDelete (tokenizer->base_instance);
  g_free (tokenizer);
}

static int
crm_tokenizer_tokenize (Fts5Tokenizer *instance,
                        void          *context,
                        int            flags,
                        const char    *text,
                        int            length,
                        int          (*token_callback) (void *, int, const char *, int, int, int))
{
  CrmTokenizer *tokenizer = (CrmTokenizer *)instance;
  g_autoptr(GString) folded = NULL;
  gboolean ascii = TRUE;

  for (int i = 0; i < length && ascii; i++)
    ascii = (guchar)text[i] < 0x80;

  /* ASCII needs no folding beyond the lowercasing unicode61 does (most emails,
   * phones and many names); and unicode61 treats invalid UTF-8 bytes as
   * separators, so can we. */
  if (ascii || !g_utf8_validate_len (text, length, NULL))
    return tokenizer->base.xTokenize (tokenizer->base_instance, context, flags,
                                      text, length, token_callback);

  folded = g_string_sized_new (length);
  crm_fold_append (folded, text, length);

  return tokenizer->base.xTokenize (tokenizer->base_instance, context, flags,
                                    folded->str, folded->len, token_callback);
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return api;
}

/* Registers crm_fold(), the "crm_fold" collation and the "crm" tokenizer,
 * which the schema's indexes and full-text tables use, on a connection. */
gboolean
crm_fold_register (sqlite3  *db,
                   GError  **error)
{
  static fts5_tokenizer crm_tokenizer = {
    crm_tokenizer_create,
    crm_tokenizer_delete,
    crm_tokenizer_tokenize,
  };
  fts5_api *api;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);

  rc = sqlite3_create_function_v2 (db, "crm_fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   NULL, fold_sql_function, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_collation_v2 (db, "crm_fold", SQLITE_UTF8, NULL, fold_collation, NULL);
  if (rc == SQLITE_OK)
    {
      api = get_fts5_api (db);
      rc = api != NULL && api->iVersion >= 2
        ? api->xCreateTokenizer (api, "crm", api, &crm_tokenizer, NULL)
        : SQLITE_ERROR;
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "SQLite lacks full-text search (FTS5): %s", sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}
