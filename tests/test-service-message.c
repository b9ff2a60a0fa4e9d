/* test-service-message.c: messages to customers about their tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "crm-activity.h"
#include "crm-service-message.h"
#include "crm-test-utils.h"

typedef struct
{
  CrmTestDb   *db;
  CrmCustomer *customer;
  CrmProduct  *product;
  CrmTicket   *ticket;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;
  fixture->customer = crm_test_add_customer (store, "Ada Lovelace", "ada@example.com", "London");
  fixture->product = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Espresso 3000", "currency", "EUR", NULL);
  fixture->ticket = crm_test_save (store, CRM_TYPE_TICKET,
                                   "number", "T-2026-00042",
                                   "title", "Leaks water",
                                   "serial-number", "SN-77",
                                   "status", CRM_TICKET_STATUS_READY,
                                   "customer-id", crm_record_get_id (CRM_RECORD (fixture->customer)),
                                   "product-id", crm_record_get_id (CRM_RECORD (fixture->product)),
                                   NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->ticket);
  g_clear_object (&fixture->product);
  g_clear_object (&fixture->customer);
  crm_test_db_free (fixture->db);
}

static void
test_expand (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *text = NULL;

  text = crm_service_message_expand_full ("Dear {customer}, your {product} ({serial}) is {status}: {ticket}, "
                                          "“{title}”. {business}",
                                          fixture->ticket, fixture->customer, fixture->product, "Fix-It Ltd");
  g_assert_cmpstr (text, ==, "Dear Ada Lovelace, your Espresso 3000 (SN-77) is Ready: T-2026-00042, "
                             "“Leaks water”. Fix-It Ltd");
}

static void
test_expand_escapes (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *unknown = NULL;
  g_autofree char *braces = NULL;
  g_autofree char *unclosed = NULL;
  g_autofree char *no_business = NULL;
  g_autofree char *no_product = NULL;

  unknown = crm_service_message_expand ("{nope} and {customer}", fixture->ticket, fixture->customer, NULL);
  g_assert_cmpstr (unknown, ==, "{nope} and Ada Lovelace");

  braces = crm_service_message_expand ("{{customer}} is {{{customer}}}", fixture->ticket, fixture->customer, NULL);
  g_assert_cmpstr (braces, ==, "{customer} is {Ada Lovelace}");

  unclosed = crm_service_message_expand ("a { b", fixture->ticket, fixture->customer, NULL);
  g_assert_cmpstr (unclosed, ==, "a { b");

  no_business = crm_service_message_expand ("[{business}]", fixture->ticket, fixture->customer, NULL);
  g_assert_cmpstr (no_business, ==, "[]");

  no_product = crm_service_message_expand ("[{product}]\n\n{business}\n", fixture->ticket, NULL, NULL);
  g_assert_cmpstr (no_product, ==, "[device]");
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  for (int status = CRM_TICKET_STATUS_RECEIVED; status <= CRM_TICKET_STATUS_CLOSED; status++)
    {
      g_autofree char *text = crm_service_message_expand (crm_service_message_default_template (status),
                                                          fixture->ticket, fixture->customer, fixture->product);

      g_assert_nonnull (strstr (text, "Ada Lovelace"));
      g_assert_nonnull (strstr (text, "T-2026-00042"));
      g_assert_null (strchr (text, '{'));
    }
  g_assert_nonnull (strstr (crm_service_message_default_survey (), "{ticket}"));
}

static void
test_log (Fixture       *fixture,
          gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;
  CrmActivity *activity;

  g_assert_true (crm_service_message_log (store, fixture->ticket, "sms", "Ready", "Come and get it", NULL, &error));
  g_assert_no_error (error);

  activities = crm_store_list (store, CRM_TYPE_ACTIVITY, "ticket-id",
                               crm_record_get_id (CRM_RECORD (fixture->ticket)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  activity = g_ptr_array_index (activities, 0);
  g_assert_cmpint (crm_activity_get_kind (activity), ==, CRM_ACTIVITY_KIND_SMS);
  g_assert_cmpstr (crm_activity_get_customer_id (activity), ==, crm_record_get_id (CRM_RECORD (fixture->customer)));
  g_assert_cmpstr (crm_activity_get_body (activity), ==, "Come and get it");
  g_assert_true (crm_activity_get_done (activity));
  g_assert_cmpint (crm_activity_get_at (activity), >, 0);

  g_assert_false (crm_service_message_log (store, fixture->ticket, "fax", "x", "y", NULL, &error));
  g_assert_error (error, CRM_SERVICE_MESSAGE_ERROR, CRM_SERVICE_MESSAGE_ERROR_INVALID_KIND);
  g_clear_error (&error);
  g_assert_false (crm_service_message_log (store, fixture->ticket, "email", "", "", NULL, &error));
  g_assert_error (error, CRM_SERVICE_MESSAGE_ERROR, CRM_SERVICE_MESSAGE_ERROR_EMPTY);
  g_assert_cmpint (crm_store_count (store, CRM_TYPE_ACTIVITY), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/service-message/expand", Fixture, NULL, fixture_set_up, test_expand, fixture_tear_down);
  g_test_add ("/service-message/expand-escapes", Fixture, NULL, fixture_set_up, test_expand_escapes, fixture_tear_down);
  g_test_add ("/service-message/defaults", Fixture, NULL, fixture_set_up, test_defaults, fixture_tear_down);
  g_test_add ("/service-message/log", Fixture, NULL, fixture_set_up, test_log, fixture_tear_down);

  return g_test_run ();
}
