/* crm-revision.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "crm-revision.h"

/* A revision id is its generation (how many edits the document has seen),
 * a dash and an id unique to the edit. CouchDB makes the id from the
 * document's content; any 32 hex digits do, and random ones never collide
 * between two offices editing offline. */

char *
crm_revision_new (guint generation)
{
  static const char hex[] = "0123456789abcdef";
  char id[33];

  g_return_val_if_fail (generation > 0, NULL);

  /* Not printf: an import makes one per row. */
  for (guint i = 0; i < 32; i += 8)
    {
      guint32 bits = g_random_int ();

      for (guint j = 0; j < 8; j++, bits >>= 4)
        id[i + j] = hex[bits & 0xf];
    }
  id[32] = '\0';

  if (generation == 1)
    return g_strconcat ("1-", id, NULL);

  return g_strdup_printf ("%u-%s", generation, id);
}

/* Returns: the id of the edit that follows @revision (the first one for %NULL). */
char *
crm_revision_next (const char *revision)
{
  return crm_revision_new (crm_revision_generation (revision) + 1);
}

/* Returns: the generation of @revision, 0 if it is not a revision id. */
guint
crm_revision_generation (const char *revision)
{
  guint64 generation;
  const char *dash;
  g_autofree char *digits = NULL;

  if (revision == NULL || (dash = strchr (revision, '-')) == NULL || dash == revision)
    return 0;

  digits = g_strndup (revision, dash - revision);
  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT, &generation, NULL))
    return 0;

  return (guint)generation;
}

/* Whether @revision has the form N-<id>: servers and other clients may use
 * ids of any length or case, which are accepted as they are. */
gboolean
crm_revision_is_valid (const char *revision)
{
  const char *dash;

  if (crm_revision_generation (revision) == 0)
    return FALSE;

  dash = strchr (revision, '-');
  return dash[1] != '\0';
}

/**
 * crm_revision_compare:
 *
 * Orders two leaves of a document as CouchDB picks its winner, so that every
 * replica shows the same one: a live leaf beats a deleted one, then the higher
 * generation wins, then the greater id (compared as text).
 *
 * Returns: > 0 when leaf a wins, < 0 when leaf b does, 0 when they are one.
 */
int
crm_revision_compare (const char *revision_a,
                      gboolean    deleted_a,
                      const char *revision_b,
                      gboolean    deleted_b)
{
  guint generation_a = crm_revision_generation (revision_a);
  guint generation_b = crm_revision_generation (revision_b);
  const char *id_a, *id_b;

  if (deleted_a != deleted_b)
    return deleted_a ? -1 : 1;
  if (generation_a != generation_b)
    return generation_a > generation_b ? 1 : -1;

  id_a = revision_a != NULL && strchr (revision_a, '-') != NULL ? strchr (revision_a, '-') + 1 : "";
  id_b = revision_b != NULL && strchr (revision_b, '-') != NULL ? strchr (revision_b, '-') + 1 : "";

  return strcmp (id_a, id_b);
}
