/* crm-demo-private.h: what the files of the demo data generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-demo.h"
#include "crm-demo-data.h"

G_BEGIN_DECLS

#define MINUTE 60
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)
#define YEAR   (365 * DAY)

/* ---------------------------------------------------------------------- */
/* The generator's state                                                  */
/* ---------------------------------------------------------------------- */

typedef struct
{
  /* ASCII forms of the names, for email addresses and web sites. */
  char   **first_ascii;
  char   **last_ascii;
  char   **brand_ascii;
  char   **form_ascii;
  char   **latin_form_ascii;
  /* Active staff by role (indexes into Demo.staff). */
  GArray  *sales;
  GArray  *technicians;
  guint    n_customers;
} CountryData;

typedef struct
{
  const char *id;
  guint8      country;
} DemoStaff;

typedef struct
{
  const char *id;
  char       *name;
  guint       kind;
  /* Euro cents. */
  gint64      price;
  gint64      cost;
} DemoProduct;

typedef struct
{
  const char *id;
  /* -1 for every country; such campaigns are in euros. */
  int         country;
  gint64      starts_at;
  gint64      ends_at;
} DemoCampaign;

typedef struct
{
  const char *id;
  gint64      since;
  guint32     first_contact;
  guint16     owner;
  guint8      n_contacts;
  guint8      country;
  guint8      city;
  /* Written in Latin letters although the country's script is another one. */
  guint8      latin : 1;
  guint8      company : 1;
  /* Nobody has called, met, visited or written to it in the last 90 days. */
  guint8      neglected : 1;
} DemoCustomer;

typedef struct
{
  const char *id;
  guint32     customer;
  gint32      next;          /* the customer's next deal, or -1 */
  gint64      created_at;
  gint64      ends_at;       /* closed, or now for open deals */
  guint16     owner;
} DemoDeal;

typedef struct
{
  const char *id;
  guint32     customer;
  gint32      next;          /* the customer's next ticket, or -1 */
  gint64      received_at;
  gint64      ends_at;       /* closed, or now */
  guint16     technician;
} DemoTicket;

typedef struct
{
  CrmStore        *store;
  GRand           *rand;
  gint64           now;
  /* 00:00 UTC on the day of now. */
  gint64           today;
  guint            n_customers;
  CrmDemoProgress  progress;
  gpointer         user_data;
  guint            in_batch;

  GParamSpec      *created_at;
  GStringChunk    *ids;
  GString         *text;
  GString         *email;
  guint32          unique;
  guint32          unique_mask;

  CountryData      countries[CRM_DEMO_N_COUNTRIES];

  DemoStaff       *staff;
  guint            n_staff;
  GArray          *all_sales;
  GArray          *all_technicians;

  DemoProduct     *products;
  guint            n_products;
  /* Indexes into products: all of them, devices, consumables. */
  GArray          *products_all;
  GArray          *devices;
  GArray          *supplies;

  const char      *stage_ids[CRM_DEMO_N_STAGES];

  DemoCampaign    *campaigns;
  guint            n_campaigns;

  DemoCustomer    *customers;
  const char     **contact_ids;
  guint            n_contacts;

  DemoDeal        *deals;
  guint            n_deals;
  gint32          *first_deal;

  DemoTicket      *tickets;
  guint            n_tickets;
  gint32          *first_ticket;

  guint            n_quotes;
  guint            n_orders;

  guint            activity_weights[G_N_ELEMENTS (crm_demo_activity_kinds)];
} Demo;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Every random choice goes through these three, millions of times for a
 * large data set: they stay inline. */

/* 0 … n - 1. */
static inline guint
rand_index (Demo  *demo,
            guint  n)
{
  g_assert (n > 0 && n <= G_MAXINT32);

  return (guint) g_rand_int_range (demo->rand, 0, (gint32) n);
}

/* lo … hi - 1, or lo when the range is empty. */
static inline gint64
rand_between (Demo   *demo,
              gint64  lo,
              gint64  hi)
{
  if (hi <= lo)
    return lo;
  if (hi - lo <= G_MAXINT32)
    return lo + g_rand_int_range (demo->rand, 0, (gint32) (hi - lo));

  return lo + (gint64) g_rand_double_range (demo->rand, 0, (double) (hi - lo));
}

static inline gboolean
chance (Demo  *demo,
        guint  percent)
{
  return rand_index (demo, 100) < percent;
}

#define PICK(demo, array) ((array)[rand_index ((demo), G_N_ELEMENTS (array))])

/* crm-demo.c */
guint       crm_demo_pick_weighted  (Demo         *demo,
                                     const guint  *weights,
                                     guint         n);
guint       crm_demo_pick_from      (Demo         *demo,
                                     GArray       *indexes);
guint       crm_demo_pick_popular   (Demo         *demo,
                                     GArray       *indexes);
gint64      crm_demo_working_time   (Demo         *demo,
                                     gint64        lo,
                                     gint64        hi);
gint64      crm_demo_local_amount   (guint         country,
                                     gint64        euro_cents);
void        crm_demo_append_pattern (Demo         *demo,
                                     GString      *out,
                                     const char   *pattern);

void        crm_demo_report         (Demo         *demo,
                                     const char   *stage,
                                     guint64       done,
                                     guint64       total);
gboolean    crm_demo_save           (Demo         *demo,
                                     gpointer      record,
                                     gint64        created_at,
                                     GError      **error);
const char *crm_demo_keep_id        (Demo         *demo,
                                     gpointer      record);
gboolean    crm_demo_checkpoint     (Demo         *demo,
                                     GError      **error);

/* ---------------------------------------------------------------------- */
/* Stages                                                                 */
/* ---------------------------------------------------------------------- */

/* crm_demo_generate() runs the stages one after the other; each creates one
 * kind of record (with its lines or contacts) and keeps in Demo what the
 * later ones refer to. They return FALSE, with @error set, when a save or a
 * commit fails. */

/* crm-demo-people.c */
gboolean crm_demo_create_staff            (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_campaigns        (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_customers        (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_campaign_members (Demo    *demo,
                                           GError **error);

guint16  crm_demo_pick_owner              (Demo    *demo,
                                           guint    country);
guint16  crm_demo_pick_technician         (Demo    *demo,
                                           guint    country);
guint    crm_demo_pick_customer           (Demo    *demo);

/* crm-demo-sales.c */
gboolean crm_demo_create_products         (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_stages           (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_deals            (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_quotes           (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_orders           (Demo    *demo,
                                           GError **error);

/* crm-demo-service.c */
gboolean crm_demo_create_tickets          (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_contracts        (Demo    *demo,
                                           GError **error);
gboolean crm_demo_create_activities       (Demo    *demo,
                                           GError **error);

G_END_DECLS
