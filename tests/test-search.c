/* test-search.c: tests for searching customers through CrmCustomerList
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include "crm-customer-list.h"
#include "crm-models.h"
#include "crm-store.h"
#include "crm-test-utils.h"

static CrmCustomer *
add_customer (CrmStore   *store,
              const char *name,
              const char *email,
              const char *city,
              const char *phone,
              const char *company)
{
  return crm_test_save (store, CRM_TYPE_CUSTOMER, "name", name, "email", email, "city", city,
                        "phone", phone, "company", company, NULL);
}

static GStrv
search (CrmCustomerList *list,
        const char      *query)
{
  crm_customer_list_set_search (list, query);

  return crm_test_list_names (G_LIST_MODEL (list));
}

static void
assert_search_at (const char         *file,
                  int                 line,
                  const char         *func,
                  CrmCustomerList    *list,
                  const char         *query,
                  const char * const *expected)
{
  g_auto(GStrv) names = search (list, query);

  if (!g_strv_equal ((const char * const *)names, expected))
    {
      g_autofree char *got = g_strjoinv (" | ", names);
      g_autofree char *want = g_strjoinv (" | ", (char **)expected);
      g_autofree char *message = g_strdup_printf ("search “%s” found [%s], expected [%s]",
                                                  query, got, want);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

static void
assert_finds_at (const char      *file,
                 int              line,
                 const char      *func,
                 CrmCustomerList *list,
                 const char      *query,
                 const char      *name,
                 gboolean         expected)
{
  g_auto(GStrv) names = search (list, query);

  if (g_strv_contains ((const char * const *)names, name) != expected)
    {
      g_autofree char *got = g_strjoinv (" | ", names);
      g_autofree char *message = g_strdup_printf ("search “%s” found [%s], which %s “%s”",
                                                  query, got,
                                                  expected ? "lacks" : "should not hold",
                                                  name);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

/* Variadic, for the commas of a compound literal. */
#define assert_search(list, query, ...) \
  assert_search_at (__FILE__, __LINE__, G_STRFUNC, list, query, __VA_ARGS__)
#define assert_finds(list, query, name) \
  assert_finds_at (__FILE__, __LINE__, G_STRFUNC, list, query, name, TRUE)
#define assert_does_not_find(list, query, name) \
  assert_finds_at (__FILE__, __LINE__, G_STRFUNC, list, query, name, FALSE)

/* A small population with the scripts and fields the tests search in. */
static void
add_people (CrmStore *store)
{
  g_autoptr(CrmCustomer) a = NULL;
  g_autoptr(CrmCustomer) b = NULL;
  g_autoptr(CrmCustomer) c = NULL;
  g_autoptr(CrmCustomer) d = NULL;
  g_autoptr(CrmCustomer) e = NULL;
  g_autoptr(CrmCustomer) f = NULL;

  a = add_customer (store, "Ayşe Yılmaz", "ayse.yilmaz@firma.com.tr", "İstanbul",
                    "+90 532 123 45 67", "Yılmaz Tekstil");
  b = add_customer (store, "María Fernández", "maria@ejemplo.es", "Sevilla",
                    "+34 600 111 222", "Aceitunas del Sur");
  c = add_customer (store, "王伟", "wang.wei@example.cn", "北京", "+86 10 8888 7777", NULL);
  d = add_customer (store, "Zeynep Kaya", "zeynep@example.com", "Ankara",
                    "+90 312 444 55 66", "Globex");
  e = add_customer (store, "Hans Müller", "hans@example.de", "München",
                    "+49 89 1234 5678", "Müller Maschinenbau GmbH");
  f = add_customer (store, "Acme Corporation", "info@acme.example", "Springfield",
                    "+1 555 0100", NULL);
}

static void
test_diacritics (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;

  add_people (db->store);
  list = crm_customer_list_new (db->store);

  assert_search (list, "ayse", (const char *[]) { "Ayşe Yılmaz", NULL });
  /* Dotless ı folds to i. */
  assert_search (list, "yilmaz", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "YILMAZ", (const char *[]) { "Ayşe Yılmaz", NULL });
  /* Case does not matter, and the accented query finds the same. */
  assert_search (list, "AYSE", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "Ayşe", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "AYŞE", (const char *[]) { "Ayşe Yılmaz", NULL });
  /* İ (dotted capital I) folds to i. */
  assert_search (list, "istanbul", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "İSTANBUL", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "fernandez", (const char *[]) { "María Fernández", NULL });
  assert_search (list, "muller", (const char *[]) { "Hans Müller", NULL });
  assert_search (list, "munchen", (const char *[]) { "Hans Müller", NULL });
}

static void
test_prefix (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;

  add_people (db->store);
  list = crm_customer_list_new (db->store);

  assert_search (list, "mar", (const char *[]) { "María Fernández", NULL });
  assert_search (list, "m", (const char *[]) { "María Fernández", "Hans Müller", NULL });
  assert_search (list, "fern", (const char *[]) { "María Fernández", NULL });
  assert_search (list, "sev", (const char *[]) { "María Fernández", NULL });
  /* A prefix, not a substring. */
  assert_search (list, "ernandez", (const char *[]) { NULL });
  assert_search (list, "xyzzy", (const char *[]) { NULL });
}

static void
test_cjk (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;

  add_people (db->store);
  list = crm_customer_list_new (db->store);

  assert_search (list, "王", (const char *[]) { "王伟", NULL });
  assert_search (list, "王伟", (const char *[]) { "王伟", NULL });
  assert_search (list, "北京", (const char *[]) { "王伟", NULL });
  assert_search (list, "李", (const char *[]) { NULL });
}

static void
test_fields (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;

  add_people (db->store);
  list = crm_customer_list_new (db->store);

  /* Email, whole or by its parts. */
  assert_search (list, "ayse.yilmaz@firma.com.tr", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "firma", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "ejemplo", (const char *[]) { "María Fernández", NULL });
  /* Phone digits. */
  assert_search (list, "532", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "8888", (const char *[]) { "王伟", NULL });
  assert_search (list, "555", (const char *[]) { "Acme Corporation", NULL });
  /* City. */
  assert_search (list, "ankara", (const char *[]) { "Zeynep Kaya", NULL });
  assert_search (list, "springfield", (const char *[]) { "Acme Corporation", NULL });
  /* Company. */
  assert_search (list, "globex", (const char *[]) { "Zeynep Kaya", NULL });
  assert_search (list, "tekstil", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "maschinenbau", (const char *[]) { "Hans Müller", NULL });
  assert_search (list, "aceitunas", (const char *[]) { "María Fernández", NULL });
  /* A part of an address with its dot. */
  assert_search (list, "example.cn", (const char *[]) { "王伟", NULL });
}

static void
test_contacts (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) company = NULL;
  g_autoptr(CrmCustomer) other = NULL;
  g_autoptr(CrmContact) contact = crm_contact_new ();
  g_autoptr(GError) error = NULL;

  company = crm_test_add_customer (db->store, "Anadolu Lojistik", "info@anadolu.example", "Izmir");
  other = crm_test_add_customer (db->store, "Other Ltd", "info@other.example", "Bursa");

  crm_contact_set_customer_id (contact, crm_record_get_id (CRM_RECORD (company)));
  crm_contact_set_name (contact, "Mehmet Öztürk");
  crm_contact_set_email (contact, "mehmet.ozturk@anadolu.example");
  crm_contact_set_phone (contact, "+90 232 999 88 77");
  crm_store_save (db->store, CRM_RECORD (contact), &error);
  g_assert_no_error (error);

  list = crm_customer_list_new (db->store);

  assert_search (list, "mehmet", (const char *[]) { "Anadolu Lojistik", NULL });
  assert_search (list, "ozturk", (const char *[]) { "Anadolu Lojistik", NULL });
  assert_search (list, "mehmet.ozturk@anadolu.example", (const char *[]) { "Anadolu Lojistik", NULL });
  assert_search (list, "999", (const char *[]) { "Anadolu Lojistik", NULL });
  /* The customer appears once, though it matches in its own email too. */
  assert_search (list, "anadolu", (const char *[]) { "Anadolu Lojistik", NULL });

  /* A renamed contact is found under its new name only, and the open
   * search follows the change. */
  crm_customer_list_set_search (list, "mehmet");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  crm_contact_set_name (contact, "Ahmet Öztürk");
  crm_contact_set_email (contact, "ahmet.ozturk@anadolu.example");
  crm_store_save (db->store, CRM_RECORD (contact), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  assert_search (list, "ahmet", (const char *[]) { "Anadolu Lojistik", NULL });

  /* A deleted contact no longer leads to its customer. */
  crm_store_delete (db->store, CRM_RECORD (contact), &error);
  g_assert_no_error (error);
  assert_search (list, "ahmet", (const char *[]) { NULL });
  assert_search (list, "anadolu", (const char *[]) { "Anadolu Lojistik", NULL });
}

/* An edited customer is found by its new values and by the ones it kept,
 * and no longer by those it lost. */
static void
test_edited (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) bora = NULL;
  g_autoptr(CrmCustomer) cem = NULL;
  g_autoptr(GError) error = NULL;

  bora = add_customer (db->store, "Bora Tan", "bora@example.com", "Bodrum",
                       "+90 252 000 11 22", "Tan Turizm");
  cem = add_customer (db->store, "Cem Yurt", "cem@example.com", "Adana",
                      "+90 322 000 33 44", "Yurt Gıda");
  list = crm_customer_list_new (db->store);

  crm_customer_set_city (bora, "Marmaris");
  crm_store_save (db->store, CRM_RECORD (bora), &error);
  g_assert_no_error (error);

  /* Kept values, through the full-text index (not the name prefix). */
  assert_search (list, "turizm", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "252", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "tan", (const char *[]) { "Bora Tan", NULL });
  /* The new value, and not the old one. */
  assert_search (list, "marmaris", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "bodrum", (const char *[]) { NULL });
  /* The other customer is untouched. */
  assert_search (list, "adana", (const char *[]) { "Cem Yurt", NULL });
  assert_search (list, "gida", (const char *[]) { "Cem Yurt", NULL });

  /* Edited twice, then deleted and restored. */
  crm_customer_set_phone (bora, "+90 252 999 88 77");
  crm_customer_set_company (bora, "Tan Yatçılık");
  crm_store_save (db->store, CRM_RECORD (bora), &error);
  g_assert_no_error (error);
  assert_search (list, "yatcilik", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "turizm", (const char *[]) { NULL });
  assert_search (list, "marmaris", (const char *[]) { "Bora Tan", NULL });

  crm_store_delete (db->store, CRM_RECORD (bora), &error);
  g_assert_no_error (error);
  assert_search (list, "marmaris", (const char *[]) { NULL });
  crm_store_restore (db->store, CRM_RECORD (bora), &error);
  g_assert_no_error (error);
  assert_search (list, "marmaris", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "yatcilik", (const char *[]) { "Bora Tan", NULL });
  assert_search (list, "example", (const char *[]) { "Bora Tan", "Cem Yurt", NULL });
}

static void
test_ranking (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) by_city = NULL;
  g_autoptr(CrmCustomer) by_email = NULL;
  g_autoptr(CrmCustomer) by_name = NULL;
  g_autoptr(CrmCustomer) by_name_2 = NULL;
  g_autoptr(CrmCustomer) unrelated = NULL;

  /* Added first and sorting first by name, so that neither insertion nor
   * name order alone puts the name match first. */
  by_city = crm_test_add_customer (db->store, "Berk Demir", "berk@example.com", "Denizli");
  by_email = crm_test_add_customer (db->store, "Ali Can", "deniz.office@example.com", "Bursa");
  by_name_2 = crm_test_add_customer (db->store, "Denizcilik AŞ", "info@example.com", "Mersin");
  by_name = crm_test_add_customer (db->store, "Deniz Kaya", "kaya@example.com", "Ankara");
  unrelated = crm_test_add_customer (db->store, "Cem Yurt", "cem@example.com", "Adana");

  list = crm_customer_list_new (db->store);

  {
    g_auto(GStrv) names = search (list, "deniz");

    g_assert_cmpuint (g_strv_length (names), ==, 4);
    /* Names that start with the search come first, in name order. */
    g_assert_cmpstr (names[0], ==, "Deniz Kaya");
    g_assert_cmpstr (names[1], ==, "Denizcilik AŞ");
    g_assert_true (g_strv_contains ((const char * const *)names, "Berk Demir"));
    g_assert_true (g_strv_contains ((const char * const *)names, "Ali Can"));
    g_assert_false (g_strv_contains ((const char * const *)names, "Cem Yurt"));
  }

  /* A word inside a name (a surname) ranks above email and city matches. */
  {
    g_autoptr(CrmCustomer) by_surname = crm_test_add_customer (db->store, "Ayla Denizer", "ayla@example.com", "Izmir");
    g_auto(GStrv) names = search (list, "deniz");

    g_assert_cmpuint (g_strv_length (names), ==, 5);
    g_assert_cmpstr (names[2], ==, "Ayla Denizer");
    crm_store_delete (db->store, CRM_RECORD (by_surname), NULL);
  }

  /* The same with an accented, upper-case query. */
  {
    g_auto(GStrv) names = search (list, "DENİZ");

    g_assert_cmpuint (g_strv_length (names), ==, 4);
    g_assert_cmpstr (names[0], ==, "Deniz Kaya");
    g_assert_cmpstr (names[1], ==, "Denizcilik AŞ");
  }
}

static void
test_multi_word (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) other_ayse = NULL;

  add_people (db->store);
  other_ayse = crm_test_add_customer (db->store, "Ayşe Demir", "ademir@example.com", "Ankara");
  list = crm_customer_list_new (db->store);

  assert_search (list, "ayse", (const char *[]) { "Ayşe Demir", "Ayşe Yılmaz", NULL });
  assert_search (list, "ayse yil", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "ayşe yılmaz", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "  ayse   yil  ", (const char *[]) { "Ayşe Yılmaz", NULL });
  /* Words in another order, and words from different fields, all must match. */
  assert_search (list, "yilmaz ayse", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "ayse ankara", (const char *[]) { "Ayşe Demir", NULL });
  assert_search (list, "ayse istanbul", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "ayse sevilla", (const char *[]) { NULL });
}

static void
test_deleted (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) ayse = NULL;
  g_autoptr(CrmCustomer) zeynep = NULL;
  g_autoptr(GError) error = NULL;

  ayse = add_customer (db->store, "Ayşe Yılmaz", "ayse@example.com", "İstanbul", "+90 532 123 45 67", "Tekstil");
  zeynep = crm_test_add_customer (db->store, "Zeynep Kaya", "zeynep@example.com", "İzmir");
  list = crm_customer_list_new (db->store);

  crm_store_delete (db->store, CRM_RECORD (ayse), &error);
  g_assert_no_error (error);

  /* Neither by the name prefix nor by the full-text index. */
  assert_search (list, "ayse", (const char *[]) { NULL });
  assert_search (list, "yilmaz", (const char *[]) { NULL });
  assert_search (list, "istanbul", (const char *[]) { NULL });
  assert_search (list, "532", (const char *[]) { NULL });
  assert_search (list, "tekstil", (const char *[]) { NULL });
  assert_search (list, "example", (const char *[]) { "Zeynep Kaya", NULL });

  crm_store_restore (db->store, CRM_RECORD (ayse), &error);
  g_assert_no_error (error);

  assert_search (list, "ayse", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "yilmaz", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "istanbul", (const char *[]) { "Ayşe Yılmaz", NULL });
  assert_search (list, "532", (const char *[]) { "Ayşe Yılmaz", NULL });
  {
    g_auto(GStrv) names = search (list, "example");

    g_assert_cmpuint (g_strv_length (names), ==, 2);
    g_assert_true (g_strv_contains ((const char * const *)names, "Ayşe Yılmaz"));
    g_assert_true (g_strv_contains ((const char * const *)names, "Zeynep Kaya"));
  }

  /* A deletion while the search is open removes the customer from it. */
  crm_customer_list_set_search (list, "ayse");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  crm_store_delete (db->store, CRM_RECORD (ayse), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

/* Whatever people type, the search neither fails nor warns (warnings and
 * criticals abort a test), and finds what the words in it say. */
static void
test_syntax (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) andersen = NULL;
  g_autoptr(CrmCustomer) nearby = NULL;
  g_autoptr(CrmCustomer) quoted = NULL;
  static const char * const odd[] = {
    "\"", "\"\"", "\"\"\"", "*", "**", "AND", "OR", "NOT", "and", "(", ")", "()",
    "-", "--", "+", "^", ":", "a\"b", "NEAR(", "NEAR(a b)", "NEAR", "name:ayse",
    "{name email}: x", "ayse*", "*ayse", "^ayse", "ayse OR zeynep", "ayse AND",
    "NOT ayse", "a + b", "'", "''", "%", "_", "\\", "ʼ", "№", "½", "😀",
    "ayse\"", "\"ayse", "ayse-yilmaz", "-ayse", ".", "@", "a@", "@b.c", "\t",
    "x\x01y", "ayse\xff", "ˆ", "ˇ", "ˆayse", "¨", "ـ", "\xc3", "a b c d e f g h i j k l m n o p",
  };
  gint64 total;

  add_people (db->store);
  andersen = crm_test_add_customer (db->store, "Andersen & Sons", "andersen@example.dk", "Odense");
  nearby = crm_test_add_customer (db->store, "Nearby Foods", "hello@nearby.example", "Leeds");
  quoted = crm_test_add_customer (db->store, "\"Quoted\" Shop", "q@example.com", "Paris");
  total = crm_store_count (db->store, CRM_TYPE_CUSTOMER);
  list = crm_customer_list_new (db->store);

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_auto(GStrv) names = NULL;
      g_autofree char *escaped = g_strescape (odd[i], NULL);

      g_test_message ("Searching for “%s”", escaped);
      names = search (list, odd[i]);
      g_assert_cmpuint (g_strv_length (names), <=, total);
    }

  /* Operators are words like any other. */
  assert_search (list, "AND", (const char *[]) { "Andersen & Sons", NULL });
  assert_search (list, "and", (const char *[]) { "Andersen & Sons", NULL });
  assert_search (list, "NEAR(", (const char *[]) { "Nearby Foods", NULL });
  assert_search (list, "NEAR", (const char *[]) { "Nearby Foods", NULL });
  /* Punctuation around a word does not hide it. */
  assert_finds (list, "ayse*", "Ayşe Yılmaz");
  assert_finds (list, "*ayse", "Ayşe Yılmaz");
  assert_finds (list, "\"ayse", "Ayşe Yılmaz");
  assert_finds (list, "ayse\"", "Ayşe Yılmaz");
  assert_finds (list, "(ayse)", "Ayşe Yılmaz");
  assert_finds (list, "ayse-yilmaz", "Ayşe Yılmaz");
  assert_finds (list, "\"quoted\"", "\"Quoted\" Shop");
  assert_finds (list, "\"Quoted", "\"Quoted\" Shop");
  /* Only punctuation matches no word; it lists nobody rather than everybody
   * (a name can still start with it). */
  assert_search (list, "*", (const char *[]) { NULL });
  assert_search (list, "-", (const char *[]) { NULL });
  assert_search (list, "(", (const char *[]) { NULL });
  assert_search (list, "\"", (const char *[]) { "\"Quoted\" Shop", NULL });
  /* A negation is no operator: "-ayse" still means Ayşe. */
  assert_does_not_find (list, "-ayse", "Zeynep Kaya");
  assert_finds (list, "-ayse", "Ayşe Yılmaz");
}

static void
test_blank (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_auto(GStrv) everyone = NULL;

  add_people (db->store);
  list = crm_customer_list_new (db->store);
  everyone = crm_test_list_names (G_LIST_MODEL (list));
  g_assert_cmpuint (g_strv_length (everyone), ==, 6);

  {
    g_auto(GStrv) names = search (list, "   ");

    g_assert_null (crm_customer_list_get_search (list));
    g_assert_cmpstrv (names, everyone);
  }
  {
    g_auto(GStrv) names = search (list, "");

    g_assert_null (crm_customer_list_get_search (list));
    g_assert_cmpstrv (names, everyone);
  }
  {
    g_auto(GStrv) names = search (list, " \t\n ");

    g_assert_cmpstrv (names, everyone);
  }
  {
    g_auto(GStrv) names = search (list, "ayse");

    g_assert_cmpuint (g_strv_length (names), ==, 1);
  }
  {
    g_auto(GStrv) names = search (list, NULL);

    g_assert_cmpstrv (names, everyone);
  }

  /* The search is kept trimmed. */
  crm_customer_list_set_search (list, "  ayse ");
  g_assert_cmpstr (crm_customer_list_get_search (list), ==, "ayse");
}

static void
test_limit (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(GError) error = NULL;
  const guint n_customers = 30;

  g_assert_true (crm_store_begin (db->store, &error));
  for (guint i = 0; i < n_customers; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %02u", i);
      g_autofree char *email = g_strdup_printf ("c%u@example.com", i);
      /* Half match "customer" by name, the other half only by city. */
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store,
                                                               i % 2 == 0 ? name : email,
                                                               email,
                                                               "Customerville");
    }
  g_assert_true (crm_store_commit (db->store, &error));

  list = crm_customer_list_new (db->store);
  g_assert_cmpuint (crm_customer_list_get_search_limit (list), >, n_customers);

  {
    g_auto(GStrv) names = search (list, "customer");

    g_assert_cmpuint (g_strv_length (names), ==, n_customers);
    /* The name matches first. */
    for (guint i = 0; i < n_customers / 2; i++)
      g_assert_true (g_str_has_prefix (names[i], "Customer "));
  }

  /* A limit inside the name matches. */
  crm_customer_list_set_search_limit (list, 5);
  g_assert_cmpuint (crm_customer_list_get_search_limit (list), ==, 5);
  {
    g_auto(GStrv) names = crm_test_list_names (G_LIST_MODEL (list));

    g_assert_cmpuint (g_strv_length (names), ==, 5);
    g_assert_cmpstr (names[0], ==, "Customer 00");
    g_assert_cmpstr (names[4], ==, "Customer 08");
  }

  /* A limit that takes in some of the full-text matches too. */
  crm_customer_list_set_search_limit (list, 20);
  {
    g_auto(GStrv) names = crm_test_list_names (G_LIST_MODEL (list));

    g_assert_cmpuint (g_strv_length (names), ==, 20);
  }

  /* Only through full-text matches. */
  crm_customer_list_set_search_limit (list, 3);
  {
    g_auto(GStrv) names = search (list, "customerville");

    g_assert_cmpuint (g_strv_length (names), ==, 3);
  }

  /* The limit is for searches; the plain list shows everyone. */
  {
    g_auto(GStrv) names = search (list, NULL);

    g_assert_cmpuint (g_strv_length (names), ==, n_customers);
  }
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->position = position;
  changed->removed = removed;
  changed->added = added;
  changed->count++;
}

static void
test_live (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(CrmCustomer) newcomer = NULL;
  g_autoptr(CrmCustomer) unrelated = NULL;
  g_autoptr(CrmCustomer) item = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged changed = { 0 };

  add_people (db->store);
  list = crm_customer_list_new (db->store);
  crm_customer_list_set_search (list, "ayse");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changed);

  /* A customer who does not match changes nothing. */
  unrelated = crm_test_add_customer (db->store, "Bora Tan", "bora@example.com", "Bodrum");
  g_assert_cmpuint (changed.count, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* One who does shows up, in name order before "Ayşe Yılmaz". */
  newcomer = crm_test_add_customer (db->store, "Ayşe Arslan", "arslan@example.com", "Bodrum");
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (crm_record_get_id (CRM_RECORD (item)), ==, crm_record_get_id (CRM_RECORD (newcomer)));
  g_clear_object (&item);

  /* One who starts to match by an edit shows up too. */
  changed.count = 0;
  crm_customer_set_city (unrelated, "Ayseville");
  crm_store_save (db->store, CRM_RECORD (unrelated), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.count, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  item = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (crm_customer_get_name (item), ==, "Bora Tan");
  g_assert_cmpstr (crm_customer_get_city (item), ==, "Ayseville");
  g_clear_object (&item);

  /* An edit that keeps it matching updates the item in place. */
  changed.count = 0;
  crm_customer_set_email (newcomer, "ayse.arslan@example.com");
  crm_store_save (db->store, CRM_RECORD (newcomer), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (crm_customer_get_email (item), ==, "ayse.arslan@example.com");
  g_clear_object (&item);

  /* And one that stops it matching takes it out. */
  changed.count = 0;
  crm_customer_set_name (newcomer, "Fatma Arslan");
  crm_customer_set_email (newcomer, "fatma@example.com");
  crm_store_save (db->store, CRM_RECORD (newcomer), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/diacritics", test_diacritics);
  g_test_add_func ("/search/prefix", test_prefix);
  g_test_add_func ("/search/cjk", test_cjk);
  g_test_add_func ("/search/fields", test_fields);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/multi-word", test_multi_word);
  g_test_add_func ("/search/deleted", test_deleted);
  g_test_add_func ("/search/syntax", test_syntax);
  g_test_add_func ("/search/blank", test_blank);
  g_test_add_func ("/search/limit", test_limit);
  /* These edit records that are in the full-text index. */
  g_test_add_func ("/search/edited", test_edited);
  g_test_add_func ("/search/contacts", test_contacts);
  g_test_add_func ("/search/live", test_live);

  return g_test_run ();
}
