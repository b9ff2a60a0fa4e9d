/* test-reminders.c: expiring contracts and reminders on local calendar days,
 * and crm-tool contracts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <json-glib/json-glib.h>

#include "crm-reminders.h"
#include "crm-store-private.h"
#include "crm-test-utils.h"

#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define MAR_10 G_GINT64_CONSTANT (1773100800)   /* 2026-03-10T00:00:00Z */

static gint64
utc (int year, int month, int day, int hour)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, 0, 0);
  return g_date_time_to_unix (time);
}

static GTimeZone *
zone_or_skip (const char *identifier)
{
  GTimeZone *tz = g_time_zone_new_identifier (identifier);

  if (tz == NULL)
    g_test_skip_printf ("The time zone %s is not installed", identifier);
  return tz;
}

/* Every contract and task belongs to a customer. */
static const char *
customer_of (CrmStore *store)
{
  g_autoptr(CrmCustomer) customer = crm_store_find (store, CRM_TYPE_CUSTOMER, "name", "Ada Lovelace", NULL);

  if (customer == NULL)
    customer = crm_test_add_customer (store, "Ada Lovelace", NULL, "London");
  /* The record goes on return; the interned id stays. */
  return g_intern_string (crm_record_get_id (CRM_RECORD (customer)));
}

static CrmContract *
add_contract (CrmStore   *store,
              const char *number,
              gint64      ends_at,
              int         reminder_days)
{
  return crm_test_save (store, CRM_TYPE_CONTRACT, "customer-id", customer_of (store), "number", number, "title", number,
                        "ends-at", ends_at, "reminder-days", reminder_days,
                        "value", (gint64) 120000, "currency", "EUR", NULL);
}

static gint64
starts (gint64      ends_at,
        int         reminder_days,
        GTimeZone  *tz)
{
  g_autoptr(CrmContract) contract = crm_contract_new ();

  crm_contract_set_ends_at (contract, ends_at);
  crm_contract_set_reminder_days (contract, reminder_days);
  return crm_contract_reminder_starts (contract, tz);
}

static void
test_window_utc (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

  /* Ending 1 March with 30 days: from 30 January. */
  g_assert_cmpint (starts (utc (2026, 3, 1, 12), 30, tz), ==, utc (2026, 1, 30, 0));
  /* Month ends: 31 March minus 31 days is 28 February (2026 is no leap year). */
  g_assert_cmpint (starts (utc (2026, 3, 31, 0), 31, tz), ==, utc (2026, 2, 28, 0));
  g_assert_cmpint (starts (utc (2026, 5, 31, 23), 30, tz), ==, utc (2026, 5, 1, 0));
  g_assert_cmpint (starts (utc (2028, 3, 31, 9), 31, tz), ==, utc (2028, 2, 29, 0));
  /* No reminder days: the window is the last day. */
  g_assert_cmpint (starts (utc (2026, 3, 31, 18), 0, tz), ==, utc (2026, 3, 31, 0));
  g_assert_cmpint (starts (0, 30, tz), ==, 0);
}

static void
test_window_dst (void)
{
  g_autoptr(GTimeZone) berlin = zone_or_skip ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = zone_or_skip ("America/New_York");

  if (berlin == NULL || new_york == NULL)
    return;

  /* 31 March 12:00 CEST; the clocks went forward on 29 March. */
  g_assert_cmpint (starts (G_GINT64_CONSTANT (1774951200), 5, berlin), ==, G_GINT64_CONSTANT (1774479600));  /* 26 March 00:00 CET */
  g_assert_cmpint (starts (G_GINT64_CONSTANT (1774951200), 1, berlin), ==, G_GINT64_CONSTANT (1774821600));  /* 30 March 00:00 CEST */
  /* 31 March 12:00 EDT; the clocks went forward on 8 March. */
  g_assert_cmpint (starts (G_GINT64_CONSTANT (1774972800), 30, new_york), ==, G_GINT64_CONSTANT (1772341200)); /* 1 March 00:00 EST */
  g_assert_cmpint (starts (G_GINT64_CONSTANT (1774972800), 22, new_york), ==, G_GINT64_CONSTANT (1773028800)); /* 9 March 00:00 EDT */
  /* 1 April 00:30 CEST is still 31 March in UTC: the local day counts. */
  g_assert_cmpint (starts (G_GINT64_CONSTANT (1774996200), 0, berlin), ==, G_GINT64_CONSTANT (1774994400));
}

static void
test_expiring (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(CrmContract) ended = add_contract (db->store, "C-ENDED", MAR_10 - HOUR, 30);
  g_autoptr(CrmContract) today = add_contract (db->store, "C-TODAY", MAR_10 + 9 * HOUR, 0);
  g_autoptr(CrmContract) later = add_contract (db->store, "C-LATER", MAR_10 + 10 * DAY + 23 * HOUR, 30);
  g_autoptr(CrmContract) gone = add_contract (db->store, "C-DELETED", MAR_10 + DAY, 30);
  g_autoptr(CrmContract) open_ended = add_contract (db->store, "C-OPEN", 0, 30);
  g_autoptr(GPtrArray) zero = NULL;
  g_autoptr(GPtrArray) nine = NULL;
  g_autoptr(GPtrArray) ten = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = MAR_10 + 15 * HOUR;

  crm_store_delete (db->store, CRM_RECORD (gone), &error);
  g_assert_no_error (error);

  /* The contract ending this morning ends today: still listed. */
  zero = crm_contracts_list_expiring (db->store, now, tz, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zero->len, ==, 1);
  g_assert_cmpstr (crm_contract_get_number (g_ptr_array_index (zero, 0)), ==, "C-TODAY");

  nine = crm_contracts_list_expiring (db->store, now, tz, 9, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nine->len, ==, 1);

  ten = crm_contracts_list_expiring (db->store, now, tz, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ten->len, ==, 2);
  g_assert_cmpstr (crm_contract_get_number (g_ptr_array_index (ten, 0)), ==, "C-TODAY");
  g_assert_cmpstr (crm_contract_get_number (g_ptr_array_index (ten, 1)), ==, "C-LATER");
}

static GStrv
keys_of (GPtrArray *reminders)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv keys;

  for (guint i = 0; i < reminders->len; i++)
    {
      CrmReminder *reminder = g_ptr_array_index (reminders, i);
      g_strv_builder_add (builder, reminder->title);
    }
  keys = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return keys;
}

static void
test_due (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, "London");
  g_autoptr(CrmContract) a = add_contract (db->store, "C-A", MAR_10 + 10 * DAY + 12 * HOUR, 10);
  g_autoptr(CrmContract) b = add_contract (db->store, "C-B", MAR_10 + 10 * DAY + 12 * HOUR, 9);
  g_autoptr(CrmContract) c = add_contract (db->store, "C-C", MAR_10 - DAY, 30);
  g_autoptr(CrmContract) d = add_contract (db->store, "C-D", MAR_10 + 18 * HOUR, 0);
  g_autoptr(CrmActivity) task = crm_test_save (db->store, CRM_TYPE_ACTIVITY, "kind", CRM_ACTIVITY_KIND_TASK,
                                               "subject", "Call back", "customer-id", crm_record_get_id (CRM_RECORD (customer)),
                                               "due-at", MAR_10 + 16 * HOUR, NULL);
  g_autoptr(CrmActivity) midnight = crm_test_save (db->store, CRM_TYPE_ACTIVITY, "kind", CRM_ACTIVITY_KIND_TASK,
                                                   "subject", "At midnight", "customer-id", customer_of (db->store), "due-at", MAR_10, NULL);
  g_autoptr(CrmActivity) done = crm_test_save (db->store, CRM_TYPE_ACTIVITY, "kind", CRM_ACTIVITY_KIND_TASK,
                                               "subject", "Done", "customer-id", customer_of (db->store), "due-at", MAR_10 + 10 * HOUR, "done", TRUE, NULL);
  g_autoptr(CrmActivity) tomorrow = crm_test_save (db->store, CRM_TYPE_ACTIVITY, "kind", CRM_ACTIVITY_KIND_TASK,
                                                   "subject", "Tomorrow", "customer-id", customer_of (db->store), "due-at", MAR_10 + DAY, NULL);
  g_autoptr(CrmActivity) note = crm_test_save (db->store, CRM_TYPE_ACTIVITY, "kind", CRM_ACTIVITY_KIND_NOTE,
                                               "subject", "A note", "customer-id", customer_of (db->store), "due-at", MAR_10 + 10 * HOUR, NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  g_auto(GStrv) titles = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "C-D", "C-A", "At midnight", "Call back", NULL };
  gint64 now = MAR_10 + 15 * HOUR;
  CrmReminder *reminder;

  first = crm_reminders_list_due (db->store, now, tz, &error);
  g_assert_no_error (error);
  titles = keys_of (first);
  g_assert_cmpstrv (titles, expected);

  reminder = g_ptr_array_index (first, 0);
  g_assert_cmpint (reminder->kind, ==, CRM_REMINDER_CONTRACT);
  g_assert_cmpstr (reminder->record_id, ==, crm_record_get_id (CRM_RECORD (d)));
  g_assert_cmpint (reminder->due_at, ==, MAR_10 + 18 * HOUR);
  reminder = g_ptr_array_index (first, 3);
  g_assert_cmpint (reminder->kind, ==, CRM_REMINDER_TASK);
  g_assert_cmpstr (reminder->record_id, ==, crm_record_get_id (CRM_RECORD (task)));
  g_assert_cmpstr (reminder->customer_id, ==, crm_record_get_id (CRM_RECORD (customer)));
  g_assert_cmpint (reminder->due_at, ==, MAR_10 + 16 * HOUR);

  for (guint i = 0; i < first->len; i++)
    {
      crm_reminders_mark_sent (db->store, g_ptr_array_index (first, i), now, &error);
      g_assert_no_error (error);
    }
  /* Marking twice is harmless. */
  crm_reminders_mark_sent (db->store, g_ptr_array_index (first, 0), now, &error);
  g_assert_no_error (error);

  second = crm_reminders_list_due (db->store, now + HOUR, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->len, ==, 0);

  /* A moved due date is a new reminder. */
  crm_activity_set_due_at (task, MAR_10 + 17 * HOUR);
  crm_store_save (db->store, CRM_RECORD (task), &error);
  g_assert_no_error (error);
  third = crm_reminders_list_due (db->store, now + HOUR, tz, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (third->len, ==, 1);
  reminder = g_ptr_array_index (third, 0);
  g_assert_cmpstr (reminder->record_id, ==, crm_record_get_id (CRM_RECORD (task)));
  g_assert_cmpint (reminder->due_at, ==, MAR_10 + 17 * HOUR);

  /* Nothing sent is a record: the reminders table is not in the change log. */
  g_assert_cmpint (crm_test_query_int (crm_store_get_db (db->store),
                                       "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                       " AND tbl_name = 'reminders_sent'"), ==, 0);
}

static void
test_tool (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, "London");
  g_autoptr(CrmProduct) product = crm_test_save (db->store, CRM_TYPE_PRODUCT, "name", "Care plan", NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 today = now - now % DAY;   /* TZ is UTC in the tests */
  g_autoptr(CrmContract) soon = crm_test_save (db->store, CRM_TYPE_CONTRACT, "number", "K-1", "title", "Care",
                                               "customer-id", customer_of (db->store),
                                               "product-id", crm_record_get_id (CRM_RECORD (product)),
                                               "starts-at", today - 360 * DAY, "ends-at", today + 5 * DAY + HOUR,
                                               "value", (gint64) 123456, "currency", "EUR", "reminder-days", 30, NULL);
  g_autoptr(CrmContract) later = add_contract (db->store, "K-2", today + 40 * DAY, 14);
  g_autoptr(CrmContract) past = add_contract (db->store, "K-0", today - 3 * DAY, 14);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL, *all = NULL, *all_err = NULL, *text = NULL, *text_err = NULL;
  g_autofree char *bad = NULL, *bad_err = NULL, *usage = NULL, *usage_err = NULL;
  g_autofree char *line = NULL;
  g_autofree char *not_db = crm_test_write_file (db, "not-a-database.sqlite3", "This is no database.", -1);
  g_autofree char *starts = NULL, *ends = NULL;
  g_autoptr(GDateTime) starts_time = g_date_time_new_from_unix_utc (today - 360 * DAY);
  g_autoptr(GDateTime) ends_time = g_date_time_new_from_unix_utc (today + 5 * DAY + HOUR);
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  JsonObject *object;

  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", db->path, "contracts", "--expiring", "10", "--json", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, "K-1");
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, crm_record_get_id (CRM_RECORD (soon)));
  g_assert_cmpstr (json_object_get_string_member (object, "customer-name"), ==, "Ada Lovelace");
  g_assert_cmpstr (json_object_get_string_member (object, "product-name"), ==, "Care plan");
  g_assert_cmpint (json_object_get_int_member (object, "value-minor"), ==, 123456);
  g_assert_cmpstr (json_object_get_string_member (object, "currency"), ==, "EUR");
  g_assert_cmpint (json_object_get_int_member (object, "reminder-days"), ==, 30);
  g_assert_cmpint (json_object_get_int_member (object, "days-left"), ==, 5);

  g_assert_cmpint (crm_test_run_tool (&all, &all_err, "--db", db->path, "contracts", "--json", NULL), ==, 0);
  json_parser_load_from_data (parser, all, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, "K-0");
  g_assert_cmpint (json_object_get_int_member (object, "days-left"), ==, -3);

  g_assert_cmpint (crm_test_run_tool (&text, &text_err, "--db", db->path, "contracts", "--expiring", "10", NULL), ==, 0);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  starts = g_date_time_format (starts_time, "%Y-%m-%d");
  ends = g_date_time_format (ends_time, "%Y-%m-%d");
  line = g_strdup_printf ("K-1\t%s\t%s\tAda Lovelace\tCare plan\t%s\t%s\t", crm_record_get_id (CRM_RECORD (soon)),
                          crm_record_get_id (CRM_RECORD (customer)), starts, ends);
  g_assert_true (g_str_has_prefix (lines[0], line));
  g_assert_true (g_str_has_suffix (lines[0], " EUR\t30\t5"));

  g_assert_cmpint (crm_test_run_tool (&usage, &usage_err, "--db", db->path, "contracts", "--expiring", "-5", NULL), ==, 2);
  g_assert_true (g_str_has_prefix (usage_err, "crm-tool: "));

  g_assert_cmpint (crm_test_run_tool (&bad, &bad_err, "--db", not_db, "contracts", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (bad_err, "crm-tool: "));
  g_assert_cmpstr (strchr (bad_err, '\n') + 1, ==, "");
  (void) later;
  (void) past;
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminders/window-utc", test_window_utc);
  g_test_add_func ("/reminders/window-dst", test_window_dst);
  g_test_add_func ("/reminders/expiring", test_expiring);
  g_test_add_func ("/reminders/due", test_due);
  g_test_add_func ("/reminders/tool", test_tool);

  return g_test_run ();
}
