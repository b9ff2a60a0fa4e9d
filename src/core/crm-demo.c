/* crm-demo.c: a realistic, reproducible demo data set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include <string.h>

#include "crm-demo-private.h"
#include "crm-fold.h"
#include "crm-models.h"
#include "crm-store-private.h"

/* The data set is built to exercise every screen and dashboard: several
 * countries, scripts and currencies; a pipeline with won and lost deals and
 * their reasons; orders with margins and consumables bought again at their
 * re-purchase period; a service queue with SLAs; contracts about to expire;
 * and customers nobody has talked to for months.
 *
 * Every choice comes from one GRand seeded with the caller's seed, and every
 * time is relative to the caller's "now", so the same seed, size and now give
 * the same values (only the ids, which the store draws, differ).
 *
 * This file sets the generator up and runs its stages; they are in
 * crm-demo-people.c (staff, campaigns, customers and their contacts),
 * crm-demo-sales.c (products, the pipeline, deals, quotes and orders) and
 * crm-demo-service.c (tickets, contracts and activities), and the names,
 * places and phrases they draw from are in crm-demo-data.c. */

/* Saves between commits. Random UUID keys, email and name indexes and the
 * full-text index spread every batch over whole indexes, and each commit
 * writes every page its batch touched: a batch of 50 000 writes those pages
 * once where five batches of 10 000 would write them five times (123 s
 * against 90 s for 100 000 customers). The store's list of pending change
 * notifications stays at a few megabytes. */
#define BATCH_SIZE 50000

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

guint
crm_demo_pick_weighted (Demo        *demo,
                        const guint *weights,
                        guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];

  r = rand_index (demo, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  return n - 1;
}

guint
crm_demo_pick_from (Demo   *demo,
                    GArray *indexes)
{
  return g_array_index (indexes, guint, rand_index (demo, indexes->len));
}

/* Favours the first entries, so that some products sell far better than
 * others and "best products" dashboards have a clear answer. */
guint
crm_demo_pick_popular (Demo   *demo,
                       GArray *indexes)
{
  double u = g_rand_double (demo->rand);

  return g_array_index (indexes, guint, (guint) (u * u * indexes->len));
}

/* A time within office hours (08:00–18:00 UTC) between lo and hi, where the
 * window allows it. */
gint64
crm_demo_working_time (Demo   *demo,
                       gint64  lo,
                       gint64  hi)
{
  gint64 t = rand_between (demo, lo, hi);
  gint64 at = t - t % DAY + 8 * HOUR + rand_between (demo, 0, 10 * HOUR);

  return at >= lo && at < hi ? at : t;
}

gint64
crm_demo_local_amount (guint  country,
                       gint64 euro_cents)
{
  return (euro_cents * crm_demo_countries[country].rate + 500) / 1000;
}

/* Fills # with digits (no leading zero in a group) and @ with capitals. */
void
crm_demo_append_pattern (Demo       *demo,
                         GString    *out,
                         const char *pattern)
{
  char previous = ' ';

  for (const char *p = pattern; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '#')
        c = g_ascii_isdigit (previous) ? '0' + rand_index (demo, 10) : '1' + rand_index (demo, 9);
      else if (c == '@')
        c = 'A' + rand_index (demo, 26);

      g_string_append_c (out, c);
      previous = c;
    }
}

/* ---------------------------------------------------------------------- */
/* Saving                                                                 */
/* ---------------------------------------------------------------------- */

void
crm_demo_report (Demo       *demo,
                 const char *stage,
                 guint64     done,
                 guint64     total)
{
  if (demo->progress != NULL && (done % 1000 == 0 || done == total))
    demo->progress (stage, done, total, demo->user_data);
}

gboolean
crm_demo_save (Demo      *demo,
               gpointer   record,
               gint64     created_at,
               GError   **error)
{
  crm_record_set_int64 (record, demo->created_at, MIN (created_at, demo->now));
  if (!crm_store_save (demo->store, record, error))
    return FALSE;

  demo->in_batch++;
  return TRUE;
}

const char *
crm_demo_keep_id (Demo     *demo,
                  gpointer  record)
{
  return g_string_chunk_insert (demo->ids, crm_record_get_id (record));
}

/* Commits once a batch is full. Called only between whole units (a customer
 * with its contacts, an order with its lines), so a failure never leaves half
 * of one behind. */
gboolean
crm_demo_checkpoint (Demo    *demo,
                     GError **error)
{
  if (demo->in_batch < BATCH_SIZE)
    return TRUE;

  demo->in_batch = 0;
  return crm_store_commit (demo->store, error) && crm_store_begin (demo->store, error);
}

/* ---------------------------------------------------------------------- */

/* The word of a company form that names the trade, for email addresses and
 * web sites:
 * "{} y Asociados" → "asociados", "Construcciones {}" → "construcciones";
 * empty for forms without Latin letters. */
static char *
form_slug (const char *form)
{
  g_autofree char *folded = crm_fold (form);
  g_auto(GStrv) words = g_strsplit_set (folded, " &{}.,'", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint n = 0;

      for (const char *p = words[i]; *p != '\0'; p++)
        n += g_ascii_isalpha (*p) ? 1 : 0;
      if (n >= 4 && n == strlen (words[i]))
        return g_strdup (words[i]);
    }

  return g_strdup ("");
}

/* "Çağlar" → "caglar", "O'Brien" → "obrien". */
static char *
ascii_word (const char *text)
{
  g_autofree char *folded = crm_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static char **
map_words (const char * const  *words,
           guint                n,
           char              *(*map) (const char *))
{
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n && words != NULL; i++)
    out[i] = map (words[i]);

  return out;
}

static void
demo_init (Demo            *demo,
           CrmStore        *store,
           guint            n_customers,
           guint32          seed,
           gint64           now,
           CrmDemoProgress  progress,
           gpointer         user_data)
{
  GObjectClass *record_class;
  guint64 n_emails;

  memset (demo, 0, sizeof *demo);
  demo->store = store;
  demo->rand = g_rand_new_with_seed (seed);
  demo->now = now;
  demo->today = now - now % DAY;
  demo->n_customers = n_customers;
  demo->progress = progress;
  demo->user_data = user_data;

  record_class = g_type_class_ref (CRM_TYPE_CUSTOMER);
  demo->created_at = g_object_class_find_property (record_class, "created-at");
  g_type_class_unref (record_class);

  demo->ids = g_string_chunk_new (64 * 1024);
  demo->text = g_string_sized_new (256);
  demo->email = g_string_sized_new (128);

  /* Room for every customer, contact (5 at most) and staff address. */
  n_emails = (guint64) n_customers * 7 + 1024;
  demo->unique_mask = 1023;
  while (demo->unique_mask < n_emails && demo->unique_mask < G_MAXUINT32 / 2)
    demo->unique_mask = demo->unique_mask * 2 + 1;

  for (guint i = 0; i < CRM_DEMO_N_COUNTRIES; i++)
    {
      const Country *c = &crm_demo_countries[i];
      CountryData *data = &demo->countries[i];

      data->first_ascii = map_words (c->first_names_latin != NULL ? c->first_names_latin : c->first_names,
                                     c->n_first_names, ascii_word);
      data->last_ascii = map_words (c->last_names_latin != NULL ? c->last_names_latin : c->last_names,
                                    c->n_last_names, ascii_word);
      data->brand_ascii = map_words (c->brands_latin != NULL ? c->brands_latin : c->brands,
                                     c->n_brands, ascii_word);
      data->form_ascii = map_words (c->forms, c->n_forms, form_slug);
      data->latin_form_ascii = map_words (c->latin_forms, c->n_latin_forms, form_slug);
      data->sales = g_array_new (FALSE, FALSE, sizeof (guint));
      data->technicians = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  demo->all_sales = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->all_technicians = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < G_N_ELEMENTS (crm_demo_activity_kinds); i++)
    demo->activity_weights[i] = crm_demo_activity_kinds[i].weight;

  demo->products_all = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->devices = g_array_new (FALSE, FALSE, sizeof (guint));
  demo->supplies = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < CRM_DEMO_N_COUNTRIES; i++)
    {
      CountryData *data = &demo->countries[i];

      g_strfreev (data->first_ascii);
      g_strfreev (data->last_ascii);
      g_strfreev (data->brand_ascii);
      g_strfreev (data->form_ascii);
      g_strfreev (data->latin_form_ascii);
      g_array_unref (data->sales);
      g_array_unref (data->technicians);
    }

  for (guint i = 0; i < demo->n_products && demo->products != NULL; i++)
    g_free (demo->products[i].name);

  g_rand_free (demo->rand);
  g_string_chunk_free (demo->ids);
  g_string_free (demo->text, TRUE);
  g_string_free (demo->email, TRUE);
  g_array_unref (demo->all_sales);
  g_array_unref (demo->all_technicians);
  g_array_unref (demo->products_all);
  g_array_unref (demo->devices);
  g_array_unref (demo->supplies);
  g_free (demo->staff);
  g_free (demo->products);
  g_free (demo->campaigns);
  g_free (demo->customers);
  g_free (demo->contact_ids);
  g_free (demo->deals);
  g_free (demo->first_deal);
  g_free (demo->tickets);
  g_free (demo->first_ticket);
}

/**
 * crm_demo_generate:
 * @store: an empty store, preferably
 * @n_customers: how many customers; everything else scales with it
 * @seed: the same seed, @n_customers and @now give the same data
 * @now: "today" for the data, in unix seconds
 * @progress: (nullable) (scope call): called as the stages advance
 *
 * Fills @store with a realistic data set: staff, products, the pipeline
 * stages, campaigns, customers with contacts, deals, quotes, orders,
 * service tickets, contracts and activities, from several countries.
 *
 * Records are committed in batches of 50 000 (never splitting a customer
 * from its contacts or an order from its lines). When a save or a commit
 * fails (a full disk), the open batch is rolled back and the store's error
 * is returned; the batches committed before it stay.
 */
gboolean
crm_demo_generate (CrmStore         *store,
                   guint             n_customers,
                   guint32           seed,
                   gint64            now,
                   CrmDemoProgress   progress,
                   gpointer          user_data,
                   GError          **error)
{
  Demo demo;
  gboolean ok;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_customers > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!crm_store_begin (store, error))
    return FALSE;

  /* With the everyday cache and checkpoints, 100 000 customers took 179 s
   * instead of 90 s: see crm_store_set_bulk(). */
  crm_store_set_bulk (store, TRUE);
  demo_init (&demo, store, n_customers, seed, now, progress, user_data);

  ok = crm_demo_create_staff (&demo, error) &&
       crm_demo_create_products (&demo, error) &&
       crm_demo_create_stages (&demo, error) &&
       crm_demo_create_campaigns (&demo, error) &&
       crm_demo_create_customers (&demo, error) &&
       crm_demo_create_campaign_members (&demo, error) &&
       crm_demo_create_deals (&demo, error) &&
       crm_demo_create_quotes (&demo, error) &&
       crm_demo_create_orders (&demo, error) &&
       crm_demo_create_tickets (&demo, error) &&
       crm_demo_create_contracts (&demo, error) &&
       crm_demo_create_activities (&demo, error) &&
       crm_store_commit (store, error);

  /* A failed save leaves the batch open; a failed commit has rolled back already. */
  if (!ok)
    crm_store_rollback (store);

  demo_clear (&demo);

  crm_store_set_bulk (store, FALSE);

  return ok;
}
