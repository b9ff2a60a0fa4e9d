/* crm-demo-people.c: demo staff, campaigns, and customers with their contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-demo-private.h"
#include "crm-models.h"

/* Person.last2 of someone with one family name. */
#define NO_NAME G_MAXUINT

/* ---------------------------------------------------------------------- */
/* Names, email addresses and companies                                   */
/* ---------------------------------------------------------------------- */

typedef struct
{
  guint    country;
  gboolean latin;
  guint    first;
  guint    last;
  guint    last2;
} Person;

/* Chinese customers written in pinyin get their city in pinyin too. */
static const char *
place_name (const Place *place,
            gboolean     latin)
{
  return latin && place->latin != NULL ? place->latin : place->name;
}

static const char *
word (const char * const *native,
      const char * const *latin,
      guint               i,
      gboolean            use_latin)
{
  return use_latin && latin != NULL ? latin[i] : native[i];
}

/* A number that makes an email address unique: multiplying by an odd number
 * permutes 0 … 2^k - 1, so no two addresses share one, yet they look random. */
static guint32
next_unique (Demo *demo)
{
  return ((demo->unique++ * 2654435761u) & demo->unique_mask) + 1;
}

/* Half the enterprise customers are key accounts and a tenth of the SMB ones
 * are important. Drawn from the customer's position, not the random stream,
 * so that every other demo record stays what it was before importance existed. */
static int
demo_importance (guint segment,
                 guint index)
{
  guint draw = ((index * 2654435761u) >> 8) % 100;

  if (g_str_equal (crm_demo_segments[segment], "Enterprise"))
    return draw < 50 ? 2 : 0;
  if (g_str_equal (crm_demo_segments[segment], "SMB"))
    return draw < 10 ? 1 : 0;
  return 0;
}

static void
pick_person (Demo     *demo,
             guint     country,
             gboolean  latin,
             Person   *person)
{
  const Country *c = &crm_demo_countries[country];

  person->country = country;
  person->latin = latin;
  person->first = rand_index (demo, c->n_first_names);
  person->last = rand_index (demo, c->n_last_names);
  person->last2 = c->two_surnames && chance (demo, 50) ? rand_index (demo, c->n_last_names) : NO_NAME;
}

static void
append_person_name (GString      *out,
                    const Person *person)
{
  const Country *c = &crm_demo_countries[person->country];

  /* Chinese: the family name first, without a space in characters. */
  if (c->first_names_latin != NULL)
    {
      g_string_append (out, word (c->last_names, c->last_names_latin, person->last, person->latin));
      if (person->latin)
        g_string_append_c (out, ' ');
      g_string_append (out, word (c->first_names, c->first_names_latin, person->first, person->latin));
      return;
    }

  g_string_append (out, c->first_names[person->first]);
  g_string_append_c (out, ' ');
  g_string_append (out, c->last_names[person->last]);
  if (person->last2 != NO_NAME)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, c->last_names[person->last2]);
    }
}

static void
append_email_end (Demo    *demo,
                  GString *out)
{
  g_string_append_printf (out, "%u@%s", next_unique (demo), PICK (demo, crm_demo_email_domains));
}

static void
append_person_email (Demo         *demo,
                     GString      *out,
                     const Person *person)
{
  CountryData *data = &demo->countries[person->country];
  const char *first = data->first_ascii[person->first];
  const char *last = data->last_ascii[person->last];

  switch (rand_index (demo, 10))
    {
    case 0: case 1: case 2: case 3: case 4: case 5:
      g_string_append_printf (out, "%s.%s", first, last);
      break;
    case 6: case 7:
      g_string_append_printf (out, "%c%s", first[0], last);
      break;
    case 8:
      g_string_append_printf (out, "%s.%s", last, first);
      break;
    default:
      g_string_append_printf (out, "%s_%s", first, last);
      break;
    }

  append_email_end (demo, out);
}

/* Builds a company name ("Yılmaz Otomotiv A.Ş.", "García y Asociados S.L.",
 * "Shenzhen Golden Dragon Trading Co.") and its ASCII slug ("yilmaz.otomotiv"). */
static void
append_company_name (Demo        *demo,
                     guint        country,
                     gboolean     latin,
                     const Place *city,
                     GString     *name,
                     GString     *slug)
{
  const Country *c = &crm_demo_countries[country];
  CountryData *data = &demo->countries[country];
  gboolean use_latin = latin && c->latin_forms != NULL;
  const char * const *forms = use_latin ? c->latin_forms : c->forms;
  const char * const *legal = use_latin ? c->latin_legal_forms : c->legal_forms;
  char **form_ascii = use_latin ? data->latin_form_ascii : data->form_ascii;
  guint n_forms = use_latin ? c->n_latin_forms : c->n_forms;
  guint n_legal = use_latin ? c->n_latin_legal_forms : c->n_legal_forms;
  guint form = rand_index (demo, n_forms);
  const char *placeholder = strstr (forms[form], "{}");
  guint r = rand_index (demo, 100);

  g_assert (placeholder != NULL);
  if (c->city_first)
    {
      g_string_append (name, place_name (city, latin));
      if (latin)
        g_string_append_c (name, ' ');
    }
  g_string_append_len (name, forms[form], placeholder - forms[form]);

  /* Chinese companies mostly carry a brand; elsewhere a family name, the
   * founder's full name ("Mehmet Yılmaz İnşaat") or two partners' names
   * ("Kaya & Demir"). */
  if (r < (c->city_first ? 50u : 10u))
    {
      guint brand = rand_index (demo, c->n_brands);

      g_string_append (name, word (c->brands, c->brands_latin, brand, latin));
      g_string_append (slug, data->brand_ascii[brand]);
    }
  else
    {
      guint last = rand_index (demo, c->n_last_names);
      guint other = rand_index (demo, c->n_last_names);
      guint first = rand_index (demo, c->n_first_names);

      if (c->city_first || r >= 70 || (r >= 45 && (other == last || strchr (forms[form], '&') != NULL)))
        {
          g_string_append (name, word (c->last_names, c->last_names_latin, last, latin));
          g_string_append (slug, data->last_ascii[last]);
        }
      else if (r < 45)
        {
          g_string_append (name, c->first_names[first]);
          g_string_append_c (name, ' ');
          g_string_append (name, c->last_names[last]);
          g_string_append (slug, data->first_ascii[first]);
          g_string_append (slug, data->last_ascii[last]);
        }
      else
        {
          g_string_append (name, c->last_names[last]);
          g_string_append (name, " & ");
          g_string_append (name, c->last_names[other]);
          g_string_append (slug, data->last_ascii[last]);
          g_string_append (slug, data->last_ascii[other]);
        }
    }

  g_string_append (name, placeholder + 2);
  g_string_append (name, legal[rand_index (demo, n_legal)]);

  if (form_ascii[form][0] != '\0')
    {
      g_string_append_c (slug, '.');
      g_string_append (slug, form_ascii[form]);
    }
}

/* ---------------------------------------------------------------------- */
/* Staff, campaigns and customers                                         */
/* ---------------------------------------------------------------------- */

gboolean
crm_demo_create_staff (Demo    *demo,
                       GError **error)
{
  const char *stage = _("Creating staff");

  demo->n_staff = MAX (8, demo->n_customers / 1000);
  demo->staff = g_new0 (DemoStaff, demo->n_staff);
  crm_demo_report (demo, stage, 0, demo->n_staff);

  for (guint i = 0; i < demo->n_staff; i++)
    {
      g_autoptr(CrmStaff) staff = crm_staff_new ();
      DemoStaff *s = &demo->staff[i];
      const char *role = crm_demo_staff_roles[i % G_N_ELEMENTS (crm_demo_staff_roles)];
      /* The first few stay, so that every role always has someone. */
      gboolean active = i < 10 || !chance (demo, 5);
      Person person;

      s->country = i % CRM_DEMO_N_COUNTRIES;
      pick_person (demo, s->country, chance (demo, 50), &person);

      g_string_truncate (demo->text, 0);
      append_person_name (demo->text, &person);
      crm_staff_set_name (staff, demo->text->str);

      g_string_truncate (demo->email, 0);
      append_person_email (demo, demo->email, &person);
      crm_staff_set_email (staff, demo->email->str);

      g_string_truncate (demo->text, 0);
      crm_demo_append_pattern (demo, demo->text, crm_demo_countries[s->country].mobile);
      crm_staff_set_phone (staff, demo->text->str);

      crm_staff_set_role (staff, role);
      crm_staff_set_region (staff, crm_demo_countries[s->country].region);
      crm_staff_set_currency (staff, crm_demo_countries[s->country].currency);
      crm_staff_set_active (staff, active);
      if (g_str_equal (role, "sales"))
        {
          /* A yearly quota, in round thousands. */
          gint64 quota = crm_demo_local_amount (s->country, rand_between (demo, 150000, 600000) * 100);

          crm_staff_set_quota (staff, quota - quota % 100000);
        }

      if (!crm_demo_save (demo, staff, demo->now - rand_between (demo, YEAR, 8 * YEAR), error))
        return FALSE;
      s->id = crm_demo_keep_id (demo, staff);

      if (active && g_str_equal (role, "sales"))
        {
          g_array_append_val (demo->countries[s->country].sales, i);
          g_array_append_val (demo->all_sales, i);
        }
      else if (active && g_str_equal (role, "technician"))
        {
          g_array_append_val (demo->countries[s->country].technicians, i);
          g_array_append_val (demo->all_technicians, i);
        }

      crm_demo_report (demo, stage, i + 1, demo->n_staff);
    }

  return crm_demo_checkpoint (demo, error);
}

/* Staff from the customer's country where it has someone in the role,
 * otherwise from any country. */
guint16
crm_demo_pick_owner (Demo  *demo,
                     guint  country)
{
  GArray *sales = demo->countries[country].sales;

  return crm_demo_pick_from (demo, sales->len > 0 ? sales : demo->all_sales);
}

guint16
crm_demo_pick_technician (Demo  *demo,
                          guint  country)
{
  GArray *technicians = demo->countries[country].technicians;

  return crm_demo_pick_from (demo, technicians->len > 0 ? technicians : demo->all_technicians);
}

static guint
pick_country (Demo *demo)
{
  guint weights[CRM_DEMO_N_COUNTRIES];

  for (guint i = 0; i < CRM_DEMO_N_COUNTRIES; i++)
    weights[i] = crm_demo_countries[i].weight;

  return crm_demo_pick_weighted (demo, weights, CRM_DEMO_N_COUNTRIES);
}

gboolean
crm_demo_create_campaigns (Demo    *demo,
                           GError **error)
{
  const char *stage = _("Creating campaigns");

  demo->n_campaigns = MAX (5, demo->n_customers / 5000);
  demo->campaigns = g_new0 (DemoCampaign, demo->n_campaigns);
  crm_demo_report (demo, stage, 0, demo->n_campaigns);

  for (guint i = 0; i < demo->n_campaigns; i++)
    {
      g_autoptr(CrmCampaign) campaign = crm_campaign_new ();
      g_autoptr(GDateTime) start = NULL;
      DemoCampaign *c = &demo->campaigns[i];
      guint theme = rand_index (demo, G_N_ELEMENTS (crm_demo_campaign_themes));
      gint64 cost = rand_between (demo, 1000, 30001) * 100;

      c->country = chance (demo, 30) ? -1 : (int) pick_country (demo);
      /* Mostly past and running campaigns; the last one is still to come. */
      if (i == demo->n_campaigns - 1)
        c->starts_at = demo->today + rand_between (demo, 3, 30) * DAY;
      else
        c->starts_at = demo->today - rand_between (demo, 0, 730) * DAY;
      c->ends_at = c->starts_at + rand_between (demo, 7, 61) * DAY;

      start = g_date_time_new_from_unix_utc (c->starts_at);
      g_string_truncate (demo->text, 0);
      g_string_append_printf (demo->text, "%s %d", crm_demo_campaign_themes[theme],
                              g_date_time_get_year (start));
      if (c->country >= 0)
        g_string_append_printf (demo->text, " – %s", crm_demo_countries[c->country].name);

      crm_campaign_set_name (campaign, demo->text->str);
      crm_campaign_set_channel (campaign, PICK (demo, crm_demo_campaign_channels));
      crm_campaign_set_description (campaign, crm_demo_campaign_themes[theme]);
      crm_campaign_set_starts_at (campaign, c->starts_at);
      crm_campaign_set_ends_at (campaign, c->ends_at);
      crm_campaign_set_cost (campaign, c->country >= 0 ? crm_demo_local_amount (c->country, cost) : cost);
      crm_campaign_set_currency (campaign, c->country >= 0 ? crm_demo_countries[c->country].currency : "EUR");

      if (!crm_demo_save (demo, campaign, c->starts_at - rand_between (demo, 7, 30) * DAY, error))
        return FALSE;
      c->id = crm_demo_keep_id (demo, campaign);

      crm_demo_report (demo, stage, i + 1, demo->n_campaigns);
    }

  return crm_demo_checkpoint (demo, error);
}

static gboolean
create_contacts (Demo          *demo,
                 DemoCustomer  *c,
                 const Person  *customer_person,
                 GError       **error)
{
  const Country *country = &crm_demo_countries[c->country];
  const Place *city = &country->cities[c->city];
  guint n = c->company ? 3 + rand_index (demo, 3) : 1 + rand_index (demo, 2);

  c->first_contact = demo->n_contacts;
  c->n_contacts = n;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(CrmContact) contact = crm_contact_new ();
      Person person;

      pick_person (demo, c->country, c->latin, &person);
      if (!c->company)
        {
          /* A private customer is the first contact; the second is family. */
          if (k == 0)
            person = *customer_person;
          else
            person.last = customer_person->last;
        }

      g_string_truncate (demo->text, 0);
      append_person_name (demo->text, &person);
      crm_contact_set_customer_id (contact, c->id);
      crm_contact_set_name (contact, demo->text->str);
      crm_contact_set_is_primary (contact, k == 0);
      crm_contact_set_city (contact, place_name (city, c->latin));

      if (c->company)
        crm_contact_set_title (contact, PICK (demo, crm_demo_contact_titles));

      if (chance (demo, 90))
        {
          g_string_truncate (demo->email, 0);
          append_person_email (demo, demo->email, &person);
          crm_contact_set_email (contact, demo->email->str);
        }

      if (c->company && chance (demo, 70))
        {
          g_string_truncate (demo->text, 0);
          crm_demo_append_pattern (demo, demo->text, country->landline);
          crm_contact_set_phone (contact, demo->text->str);
        }

      if (chance (demo, 85))
        {
          g_string_truncate (demo->text, 0);
          crm_demo_append_pattern (demo, demo->text, country->mobile);
          crm_contact_set_mobile (contact, demo->text->str);
        }

      if (!crm_demo_save (demo, contact, c->since + rand_between (demo, 0, (demo->now - c->since) / 4), error))
        return FALSE;
      demo->contact_ids[demo->n_contacts++] = crm_demo_keep_id (demo, contact);
    }

  return TRUE;
}

gboolean
crm_demo_create_customers (Demo    *demo,
                           GError **error)
{
  const char *stage = _("Creating customers");
  guint n = demo->n_customers;

  demo->customers = g_new0 (DemoCustomer, n);
  demo->contact_ids = g_new0 (const char *, (gsize) n * 5);
  crm_demo_report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmCustomer) customer = crm_customer_new ();
      DemoCustomer *c = &demo->customers[i];
      const Country *country;
      const Place *city;
      const Place *street;
      guint segment;
      Person person;

      c->country = pick_country (demo);
      country = &crm_demo_countries[c->country];
      c->company = chance (demo, 60);
      c->latin = country->first_names_latin != NULL && chance (demo, 50);
      c->since = demo->now - 30 * DAY - rand_between (demo, 0, 6 * YEAR);
      c->neglected = c->since < demo->now - 180 * DAY && chance (demo, 16);
      c->city = rand_index (demo, country->n_cities);
      c->owner = crm_demo_pick_owner (demo, c->country);
      demo->countries[c->country].n_customers++;
      city = &country->cities[c->city];

      pick_person (demo, c->country, c->latin, &person);
      g_string_truncate (demo->text, 0);
      g_string_truncate (demo->email, 0);

      if (c->company)
        {
          g_autoptr(GString) slug = g_string_new (NULL);

          append_company_name (demo, c->country, c->latin, city, demo->text, slug);
          crm_customer_set_kind (customer, CRM_CUSTOMER_KIND_COMPANY);
          crm_customer_set_name (customer, demo->text->str);
          crm_customer_set_company (customer, demo->text->str);

          g_string_append (demo->email, slug->str);
          append_email_end (demo, demo->email);
          crm_customer_set_email (customer, demo->email->str);

          if (chance (demo, 70))
            {
              /* "yilmaz.otomotiv" → https://www.yilmaz-otomotiv.example.com */
              g_string_truncate (demo->text, 0);
              g_string_append (demo->text, "https://www.");
              for (const char *p = slug->str; *p != '\0'; p++)
                g_string_append_c (demo->text, *p == '.' ? '-' : *p);
              g_string_append (demo->text, ".example.com");
              crm_customer_set_website (customer, demo->text->str);
            }

          g_string_truncate (demo->text, 0);
          crm_demo_append_pattern (demo, demo->text, country->landline);
          crm_customer_set_phone (customer, demo->text->str);
          segment = crm_demo_pick_weighted (demo, crm_demo_company_segment_weights, CRM_DEMO_N_SEGMENTS);
          crm_customer_set_segment (customer, crm_demo_segments[segment]);
          crm_customer_set_loyalty_points (customer, chance (demo, 30) ? 0 : rand_between (demo, 0, 15000));
          crm_customer_set_importance (customer, demo_importance (segment, i));
        }
      else
        {
          append_person_name (demo->text, &person);
          crm_customer_set_kind (customer, CRM_CUSTOMER_KIND_PERSON);
          crm_customer_set_name (customer, demo->text->str);

          append_person_email (demo, demo->email, &person);
          crm_customer_set_email (customer, demo->email->str);

          g_string_truncate (demo->text, 0);
          crm_demo_append_pattern (demo, demo->text, country->mobile);
          crm_customer_set_phone (customer, demo->text->str);
          segment = crm_demo_pick_weighted (demo, crm_demo_person_segment_weights, CRM_DEMO_N_SEGMENTS);
          crm_customer_set_segment (customer, crm_demo_segments[segment]);
          crm_customer_set_loyalty_points (customer, chance (demo, 40) ? 0 : rand_between (demo, 0, 3000));
        }

      street = &country->streets[rand_index (demo, country->n_streets)];
      g_string_truncate (demo->text, 0);
      crm_demo_append_pattern (demo, demo->text, place_name (street, c->latin));
      crm_customer_set_address (customer, demo->text->str);

      crm_customer_set_city (customer, place_name (city, c->latin));
      g_string_truncate (demo->text, 0);
      crm_demo_append_pattern (demo, demo->text, city->code);
      crm_customer_set_postal_code (customer, demo->text->str);
      crm_customer_set_country (customer, country->name);
      crm_customer_set_region (customer, country->region);
      crm_customer_set_owner_id (customer, demo->staff[c->owner].id);
      if (chance (demo, 20))
        crm_customer_set_notes (customer, PICK (demo, crm_demo_customer_notes));

      if (!crm_demo_save (demo, customer, c->since, error))
        return FALSE;
      c->id = crm_demo_keep_id (demo, customer);

      if (!create_contacts (demo, c, &person, error) || !crm_demo_checkpoint (demo, error))
        return FALSE;

      crm_demo_report (demo, stage, i + 1, n);
    }

  return TRUE;
}

/* Companies buy and complain more often than private customers. */
guint
crm_demo_pick_customer (Demo *demo)
{
  guint i = rand_index (demo, demo->n_customers);

  if (!demo->customers[i].company && chance (demo, 40))
    i = rand_index (demo, demo->n_customers);

  return i;
}

gboolean
crm_demo_create_campaign_members (Demo    *demo,
                                  GError **error)
{
  const char *stage = _("Adding campaign members");
  /* About half as many memberships as customers, spread over the campaigns. */
  guint per_campaign = MAX (1, demo->n_customers / 2 / demo->n_campaigns);

  crm_demo_report (demo, stage, 0, demo->n_campaigns);

  for (guint i = 0; i < demo->n_campaigns; i++)
    {
      DemoCampaign *campaign = &demo->campaigns[i];
      /* People sign up for an event up to two weeks before it starts. */
      gint64 opens_at = campaign->starts_at - 14 * DAY;
      gint64 closes_at = MIN (campaign->ends_at, demo->now);
      guint pool = 0;
      guint permille;

      /* The audience: the campaign's country, customers by then. */
      for (guint j = 0; j < demo->n_customers; j++)
        pool += (campaign->country < 0 || demo->customers[j].country == campaign->country) &&
                demo->customers[j].since < closes_at;

      /* Each of them joins with the same chance, so nobody joins twice. */
      permille = pool > 0 ? MIN (900, (guint) ((guint64) per_campaign * 1000 / pool)) : 0;

      for (guint j = 0; j < demo->n_customers && permille > 0; j++)
        {
          g_autoptr(CrmCampaignMember) member = NULL;
          DemoCustomer *c = &demo->customers[j];
          gint64 joined_at;

          if ((campaign->country >= 0 && c->country != campaign->country) ||
              c->since >= closes_at ||
              rand_index (demo, 1000) >= permille)
            continue;

          joined_at = crm_demo_working_time (demo, MAX (opens_at, c->since), closes_at);

          member = crm_campaign_member_new ();
          crm_campaign_member_set_campaign_id (member, campaign->id);
          crm_campaign_member_set_customer_id (member, c->id);
          crm_campaign_member_set_joined_at (member, joined_at);
          crm_campaign_member_set_responded (member, joined_at < demo->now - 3 * DAY && chance (demo, 15));

          if (!crm_demo_save (demo, member, joined_at, error) || !crm_demo_checkpoint (demo, error))
            return FALSE;
        }

      crm_demo_report (demo, stage, i + 1, demo->n_campaigns);
    }

  return TRUE;
}
