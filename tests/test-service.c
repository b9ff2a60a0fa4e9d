/* test-service.c: service tickets — SLA, numbering, the status history, work
 * log, parts, satisfaction, the queue (CrmTicketList), crm-tool tickets and
 * a ticket event's document for sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <json-glib/json-glib.h>

#include "crm-service.h"
#include "crm-store-sync.h"
#include "crm-test-utils.h"
#include "crm-ticket-list.h"

#define HOUR (60 * 60)
#define DAY (24 * HOUR)
/* 2026-01-01T00:00:00Z */
#define JAN_1 G_GINT64_CONSTANT (1767225600)

typedef struct
{
  CrmTestDb   *db;
  CrmCustomer *ada;      /* normal */
  CrmCustomer *bolt;     /* key account */
  CrmCustomer *cara;     /* important */
  CrmStaff    *tech;
  CrmProduct  *mixer;
} Fixture;

static const char *
id_of (gpointer record)
{
  return crm_record_get_id (CRM_RECORD (record));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;
  fixture->ada = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Ada Lovelace", "region", "Europe", NULL);
  fixture->bolt = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Bolt Ltd", "importance", 2, NULL);
  fixture->cara = crm_test_save (store, CRM_TYPE_CUSTOMER, "name", "Cara Cafe", "importance", 1, NULL);
  fixture->tech = crm_test_save (store, CRM_TYPE_STAFF, "name", "Tess Tech", NULL);
  fixture->mixer = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Mixer", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->ada);
  g_clear_object (&fixture->bolt);
  g_clear_object (&fixture->cara);
  g_clear_object (&fixture->tech);
  g_clear_object (&fixture->mixer);
  g_clear_pointer (&fixture->db, crm_test_db_free);
}

static CrmTicket *
reload (CrmStore  *store,
        CrmTicket *ticket)
{
  g_autoptr(GError) error = NULL;
  CrmTicket *fresh = crm_store_load (store, CRM_TYPE_TICKET, id_of (ticket), &error);

  g_assert_no_error (error);
  return fresh;
}

static CrmTicket *
create (Fixture           *fixture,
        CrmCustomer       *customer,
        CrmTicketPriority  priority)
{
  g_autoptr(GError) error = NULL;
  CrmTicket *ticket = crm_ticket_create (fixture->db->store, id_of (customer), NULL, "Does not start",
                                         priority, NULL, id_of (fixture->tech), &error);

  g_assert_no_error (error);
  g_assert_nonnull (ticket);
  return ticket;
}

static void
test_sla (void)
{
  g_autoptr(CrmTicket) ticket = crm_ticket_new ();
  CrmServiceSla sla;

  crm_service_sla_init_default (&sla);
  g_assert_cmpint (sla.hours[CRM_TICKET_PRIORITY_LOW], ==, 120);
  g_assert_cmpint (sla.hours[CRM_TICKET_PRIORITY_NORMAL], ==, 72);
  g_assert_cmpint (sla.hours[CRM_TICKET_PRIORITY_HIGH], ==, 24);
  g_assert_cmpint (sla.hours[CRM_TICKET_PRIORITY_URGENT], ==, 8);
  g_assert_cmpint (crm_service_sla_due_at (&sla, CRM_TICKET_PRIORITY_URGENT, JAN_1), ==, JAN_1 + 8 * HOUR);
  g_assert_cmpint (crm_service_sla_due_at (NULL, CRM_TICKET_PRIORITY_LOW, JAN_1), ==, JAN_1 + 5 * DAY);
  sla.hours[CRM_TICKET_PRIORITY_HIGH] = 2;
  g_assert_cmpint (crm_service_sla_due_at (&sla, CRM_TICKET_PRIORITY_HIGH, JAN_1), ==, JAN_1 + 2 * HOUR);
  sla.hours[CRM_TICKET_PRIORITY_HIGH] = 0;
  g_assert_cmpint (crm_service_sla_due_at (&sla, CRM_TICKET_PRIORITY_HIGH, JAN_1), ==, 0);

  /* No due time: never overdue. */
  g_assert_false (crm_ticket_is_overdue (ticket, JAN_1));

  crm_ticket_set_due_at (ticket, JAN_1);
  g_assert_false (crm_ticket_is_overdue (ticket, JAN_1 - 1));
  /* Exactly at the due time is still in time. */
  g_assert_false (crm_ticket_is_overdue (ticket, JAN_1));
  g_assert_true (crm_ticket_is_overdue (ticket, JAN_1 + 1));

  crm_ticket_set_status (ticket, CRM_TICKET_STATUS_CLOSED);
  crm_ticket_set_closed_at (ticket, JAN_1 + 5);
  g_assert_false (crm_ticket_is_overdue (ticket, JAN_1 + DAY));
}

static void
test_numbering (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) old = NULL;
  g_autoptr(CrmTicket) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *in_2026 = NULL;
  g_autofree char *in_2025 = NULL;
  g_autofree char *in_2024 = NULL;

  old = crm_test_save (store, CRM_TYPE_TICKET, "customer-id", id_of (fixture->ada), "number", "T-2025-00041", NULL);
  deleted = crm_test_save (store, CRM_TYPE_TICKET, "customer-id", id_of (fixture->ada), "number", "T-2026-00007", NULL);
  g_assert_true (crm_store_delete (store, CRM_RECORD (deleted), &error));
  g_assert_no_error (error);
  /* Numbers of another shape do not count. */
  g_clear_object (&old);
  old = crm_test_save (store, CRM_TYPE_TICKET, "customer-id", id_of (fixture->ada), "number", "T-000900", NULL);

  in_2026 = crm_ticket_next_number (store, JAN_1 + 40 * DAY, &error);
  g_assert_no_error (error);
  /* A deleted ticket keeps its number. */
  g_assert_cmpstr (in_2026, ==, "T-2026-00008");
  in_2025 = crm_ticket_next_number (store, JAN_1 - 1, &error);
  g_assert_cmpstr (in_2025, ==, "T-2025-00042");
  in_2024 = crm_ticket_next_number (store, JAN_1 - 400 * DAY, &error);
  g_assert_cmpstr (in_2024, ==, "T-2024-00001");
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) first = NULL;
  g_autoptr(CrmTicket) second = NULL;
  g_autoptr(CrmTicket) missing = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *expected_number = g_strdup_printf ("T-%04d-00001", g_date_time_get_year (now));
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  CrmTicketEvent *event;

  missing = crm_ticket_create (store, NULL, NULL, "Broken", CRM_TICKET_PRIORITY_NORMAL, NULL, NULL, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NO_CUSTOMER);
  g_assert_null (missing);
  g_clear_error (&error);
  missing = crm_ticket_create (store, id_of (fixture->ada), NULL, "  ", CRM_TICKET_PRIORITY_NORMAL, NULL, NULL, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NO_TITLE);
  g_clear_error (&error);
  missing = crm_ticket_create (store, "no-such-customer", NULL, "Broken", CRM_TICKET_PRIORITY_NORMAL, NULL, NULL, &error);
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (crm_store_count (store, CRM_TYPE_TICKET), ==, 0);

  first = crm_ticket_create (store, id_of (fixture->ada), id_of (fixture->mixer), " Does not start ",
                             CRM_TICKET_PRIORITY_HIGH, NULL, id_of (fixture->tech), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_ticket_get_number (first), ==, expected_number);
  g_assert_cmpstr (crm_ticket_get_title (first), ==, "Does not start");
  g_assert_cmpstr (crm_ticket_get_product_id (first), ==, id_of (fixture->mixer));
  g_assert_cmpstr (crm_ticket_get_region (first), ==, "Europe");
  g_assert_cmpint (crm_ticket_get_status (first), ==, CRM_TICKET_STATUS_RECEIVED);
  g_assert_cmpint (crm_ticket_get_received_at (first), >=, before);
  g_assert_cmpint (crm_ticket_get_due_at (first), ==, crm_ticket_get_received_at (first) + 24 * HOUR);
  g_assert_cmpint (crm_ticket_get_closed_at (first), ==, 0);
  /* A customer without tickets or orders is billed in euros. */
  g_assert_cmpstr (crm_ticket_get_currency (first), ==, "EUR");

  /* Bolt last ordered in pounds. */
  g_object_unref (crm_test_save (store, CRM_TYPE_ORDER, "customer-id", id_of (fixture->bolt),
                                 "ordered-at", JAN_1, "currency", "GBP", NULL));
  second = create (fixture, fixture->bolt, CRM_TICKET_PRIORITY_LOW);
  g_assert_true (g_str_has_suffix (crm_ticket_get_number (second), "-00002"));
  g_assert_cmpstr (crm_ticket_get_currency (second), ==, "GBP");
  g_assert_cmpstr (crm_ticket_get_region (second), ==, NULL);

  events = crm_ticket_load_events (store, id_of (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (crm_ticket_event_get_status (event), ==, CRM_TICKET_STATUS_RECEIVED);
  g_assert_cmpstr (crm_ticket_event_get_staff_id (event), ==, id_of (fixture->tech));
  g_assert_cmpint (crm_ticket_event_get_at (event), ==, crm_ticket_get_received_at (first));
}

static void
assert_history (CrmStore   *store,
                CrmTicket  *ticket,
                const char *expected)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GString) actual = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  events = crm_ticket_load_events (store, id_of (ticket), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      CrmTicketEvent *event = g_ptr_array_index (events, i);

      g_string_append_printf (actual, "%s%s", i > 0 ? " " : "",
                              crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, crm_ticket_event_get_status (event)));
    }
  g_assert_cmpstr (actual->str, ==, expected);
}

static void
test_status_history (Fixture       *fixture,
                     gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(CrmTicket) seen = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = id_of (ticket);

  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_DIAGNOSING, NULL, "Opened it", &error));
  g_assert_no_error (error);
  /* The same status again records nothing. */
  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_DIAGNOSING, NULL, "Again", &error));
  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_IN_REPAIR, id_of (fixture->tech), NULL, &error));
  assert_history (store, ticket, "received diagnosing in-repair");

  events = crm_ticket_load_events (store, id, &error);
  g_assert_cmpstr (crm_ticket_event_get_note (g_ptr_array_index (events, 1)), ==, "Opened it");
  g_assert_null (crm_ticket_event_get_staff_id (g_ptr_array_index (events, 1)));
  g_assert_cmpstr (crm_ticket_event_get_staff_id (g_ptr_array_index (events, 2)), ==, id_of (fixture->tech));

  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_status (seen), ==, CRM_TICKET_STATUS_IN_REPAIR);
  g_assert_cmpint (crm_ticket_get_closed_at (seen), ==, 0);
  g_clear_object (&seen);

  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_CLOSED, NULL, NULL, &error));
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_closed_at (seen), >, 0);
  g_clear_object (&seen);
  g_assert_true (crm_ticket_record_satisfaction (store, id, 4, "Quick", &error));
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_satisfaction (seen), ==, 4);
  g_assert_cmpstr (crm_ticket_get_satisfaction_comment (seen), ==, "Quick");
  g_clear_object (&seen);

  /* Reopening: no longer closed, and the score was for the closed work. */
  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_IN_REPAIR, NULL, "Came back", &error));
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_closed_at (seen), ==, 0);
  g_assert_cmpint (crm_ticket_get_satisfaction (seen), ==, 0);
  g_assert_null (crm_ticket_get_satisfaction_comment (seen));
  assert_history (store, ticket, "received diagnosing in-repair closed in-repair");

  g_assert_false (crm_ticket_change_status (store, "no-such-ticket", CRM_TICKET_STATUS_READY, NULL, NULL, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
test_satisfaction (Fixture       *fixture,
                   gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(CrmTicket) seen = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = id_of (ticket);

  g_assert_false (crm_ticket_record_satisfaction (store, id, 5, NULL, &error));
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_NOT_CLOSED);
  g_clear_error (&error);

  g_assert_true (crm_ticket_change_status (store, id, CRM_TICKET_STATUS_CLOSED, NULL, NULL, &error));
  g_assert_false (crm_ticket_record_satisfaction (store, id, 0, NULL, &error));
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_SATISFACTION_RANGE);
  g_clear_error (&error);
  g_assert_false (crm_ticket_record_satisfaction (store, id, 6, NULL, &error));
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_SATISFACTION_RANGE);
  g_clear_error (&error);

  g_assert_true (crm_ticket_record_satisfaction (store, id, 1, NULL, &error));
  g_assert_true (crm_ticket_record_satisfaction (store, id, 5, "", &error));
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_satisfaction (seen), ==, 5);
  g_assert_null (crm_ticket_get_satisfaction_comment (seen));
}

static void
test_assign (Fixture       *fixture,
             gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(CrmTicket) seen = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_ticket_assign (store, id_of (ticket), id_of (fixture->tech), &error));
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpstr (crm_ticket_get_technician_id (seen), ==, id_of (fixture->tech));
  g_clear_object (&seen);

  g_assert_false (crm_ticket_assign (store, id_of (ticket), "no-such-person", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (crm_ticket_assign (store, id_of (ticket), NULL, &error));
  seen = reload (store, ticket);
  g_assert_null (crm_ticket_get_technician_id (seen));
}

static void
test_work_log (Fixture       *fixture,
               gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(CrmTicket) seen = NULL;
  g_autoptr(CrmTicketWork) morning = NULL;
  g_autoptr(CrmTicketWork) afternoon = NULL;
  g_autoptr(CrmTicketWork) bad = NULL;
  g_autoptr(GPtrArray) work = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = id_of (ticket);

  bad = crm_ticket_log_work (store, id, NULL, JAN_1, 0, NULL, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);
  bad = crm_ticket_log_work (store, id, NULL, JAN_1, -5, NULL, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);

  morning = crm_ticket_log_work (store, id, id_of (fixture->tech), JAN_1 + 9 * HOUR, 30, "Diagnosis", &error);
  g_assert_no_error (error);
  afternoon = crm_ticket_log_work (store, id, id_of (fixture->tech), JAN_1 + 15 * HOUR, 45, NULL, &error);
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_time_spent_minutes (seen), ==, 75);
  g_clear_object (&seen);

  work = crm_ticket_load_work (store, id, &error);
  g_assert_cmpuint (work->len, ==, 2);
  g_assert_cmpstr (id_of (g_ptr_array_index (work, 0)), ==, id_of (afternoon));
  g_assert_cmpstr (crm_ticket_work_get_note (g_ptr_array_index (work, 1)), ==, "Diagnosis");

  g_assert_true (crm_ticket_remove_work (store, id_of (morning), &error));
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_time_spent_minutes (seen), ==, 45);
  g_clear_object (&seen);

  g_assert_false (crm_ticket_remove_work (store, id_of (morning), &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
test_parts (Fixture       *fixture,
            gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(CrmTicket) seen = NULL;
  g_autoptr(CrmTicketPart) motor = NULL;
  g_autoptr(CrmTicketPart) seal = NULL;
  g_autoptr(CrmTicketPart) bad = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = id_of (ticket);

  crm_ticket_set_currency (ticket, "TRY");
  g_assert_true (crm_store_save (store, CRM_RECORD (ticket), &error));

  bad = crm_ticket_add_part (store, id, NULL, "Seal", 0, 100, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);
  bad = crm_ticket_add_part (store, id, NULL, "Seal", 1, -100, &error);
  g_assert_error (error, CRM_SERVICE_ERROR, CRM_SERVICE_ERROR_INVALID_AMOUNT);
  g_clear_error (&error);

  motor = crm_ticket_add_part (store, id, id_of (fixture->mixer), "Motor", 1, 12050, &error);
  g_assert_no_error (error);
  seal = crm_ticket_add_part (store, id, NULL, "Seal", 3, 250, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_ticket_part_get_currency (seal), ==, "TRY");
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_repair_cost (seen), ==, 12050 + 3 * 250);
  g_clear_object (&seen);

  parts = crm_ticket_load_parts (store, id, &error);
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpstr (id_of (g_ptr_array_index (parts, 0)), ==, id_of (motor));
  g_assert_cmpstr (id_of (g_ptr_array_index (parts, 1)), ==, id_of (seal));

  g_assert_true (crm_ticket_remove_part (store, id_of (motor), &error));
  g_assert_no_error (error);
  seen = reload (store, ticket);
  g_assert_cmpint (crm_ticket_get_repair_cost (seen), ==, 750);
}

/* Tickets saved directly, for the queue: received at JAN_1 + @hours. */
static CrmTicket *
add_ticket (Fixture     *fixture,
            const char  *number,
            CrmCustomer *customer,
            int          hours,
            const char  *first_property,
            ...)
{
  g_autoptr(GError) error = NULL;
  CrmTicket *ticket = crm_ticket_new ();
  va_list args;

  crm_ticket_set_number (ticket, number);
  crm_ticket_set_title (ticket, number);
  crm_ticket_set_customer_id (ticket, id_of (customer));
  crm_ticket_set_received_at (ticket, JAN_1 + hours * HOUR);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (ticket), first_property, args);
  va_end (args);
  g_assert_true (crm_store_save (fixture->db->store, CRM_RECORD (ticket), &error));
  g_assert_no_error (error);

  return ticket;
}

static char *
numbers_of (GListModel *model)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrmTicket) ticket = g_list_model_get_item (model, i);

      g_string_append_printf (numbers, "%s%s", i > 0 ? " " : "", crm_ticket_get_number (ticket));
    }

  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

static void
assert_numbers (CrmTicketList *list,
                const char    *expected)
{
  g_autofree char *actual = numbers_of (G_LIST_MODEL (list));

  g_assert_cmpstr (actual, ==, expected);
}

/* Five open tickets and a closed one, from three customers. */
static void
add_queue (Fixture   *fixture,
           GPtrArray *tickets)
{
  g_ptr_array_add (tickets, add_ticket (fixture, "T-5", fixture->ada, 5, "priority", CRM_TICKET_PRIORITY_URGENT,
                                        "fault-category", "Leak", "region", "Europe", "due-at", JAN_1 + 6 * HOUR,
                                        "technician-id", id_of (fixture->tech), NULL));
  g_ptr_array_add (tickets, add_ticket (fixture, "T-4", fixture->bolt, 4, "status", CRM_TICKET_STATUS_IN_REPAIR,
                                        "product-id", id_of (fixture->mixer), "fault-category", "Noise", NULL));
  /* The same arrival as T-4: the number decides. */
  g_ptr_array_add (tickets, add_ticket (fixture, "T-3", fixture->ada, 4, "region", "Asia", NULL));
  g_ptr_array_add (tickets, add_ticket (fixture, "T-2", fixture->cara, 8, "due-at", JAN_1 + 2 * DAY, NULL));
  g_ptr_array_add (tickets, add_ticket (fixture, "T-1", fixture->bolt, 9, "product-id", id_of (fixture->mixer), NULL));
  g_ptr_array_add (tickets, add_ticket (fixture, "T-0", fixture->bolt, 1, "status", CRM_TICKET_STATUS_CLOSED,
                                        "closed-at", JAN_1 + 2 * HOUR, NULL));
}

static void
test_queue_order (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrmTicketList) list = NULL;
  g_autoptr(CrmTicketList) all = NULL;
  CrmTicketFilter filter;

  add_queue (fixture, tickets);

  list = crm_ticket_list_new (fixture->db->store, CRM_TICKET_ORDER_ARRIVAL, NULL);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CRM_TYPE_TICKET);
  assert_numbers (list, "T-3 T-4 T-5 T-2 T-1");
  crm_ticket_list_set_order (list, CRM_TICKET_ORDER_IMPORTANCE);
  assert_numbers (list, "T-4 T-1 T-2 T-3 T-5");
  g_assert_cmpuint (crm_ticket_list_find (list, id_of (g_ptr_array_index (tickets, 3))), ==, 2);
  g_assert_cmpuint (crm_ticket_list_find (list, id_of (g_ptr_array_index (tickets, 5))), ==, G_MAXUINT);
  g_assert_cmpuint (crm_ticket_list_find (list, "no-such-ticket"), ==, G_MAXUINT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5));

  crm_ticket_filter_init (&filter);
  filter.include_closed = TRUE;
  all = crm_ticket_list_new (fixture->db->store, CRM_TICKET_ORDER_ARRIVAL, &filter);
  assert_numbers (all, "T-0 T-3 T-4 T-5 T-2 T-1");
  crm_ticket_list_set_order (all, CRM_TICKET_ORDER_IMPORTANCE);
  assert_numbers (all, "T-0 T-4 T-1 T-2 T-3 T-5");
}

static void
test_queue_filters (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrmTicketList) list = NULL;
  CrmTicketFilter filter;

  add_queue (fixture, tickets);
  list = crm_ticket_list_new (fixture->db->store, CRM_TICKET_ORDER_ARRIVAL, NULL);

#define CHECK(field, value, expected) \
  G_STMT_START { \
    crm_ticket_filter_init (&filter); \
    filter.field = value; \
    crm_ticket_list_set_filter (list, &filter); \
    assert_numbers (list, expected); \
  } G_STMT_END

  CHECK (status, CRM_TICKET_STATUS_IN_REPAIR, "T-4");
  CHECK (status, CRM_TICKET_STATUS_RECEIVED, "T-3 T-5 T-2 T-1");
  CHECK (status, CRM_TICKET_STATUS_CLOSED, "");
  CHECK (priority, CRM_TICKET_PRIORITY_URGENT, "T-5");
  CHECK (priority, CRM_TICKET_PRIORITY_NORMAL, "T-3 T-4 T-2 T-1");
  CHECK (product_id, id_of (fixture->mixer), "T-4 T-1");
  CHECK (fault_category, "Leak", "T-5");
  CHECK (region, "Asia", "T-3");
  CHECK (technician_id, id_of (fixture->tech), "T-5");
  CHECK (technician_id, "", "T-3 T-4 T-2 T-1");
  /* T-5 was due at 06:00 on 1 January 2026, T-2 two days later: both past now. */
  CHECK (overdue_only, TRUE, "T-5 T-2");
  CHECK (include_closed, TRUE, "T-0 T-3 T-4 T-5 T-2 T-1");
  CHECK (product_id, "", "T-3 T-4 T-5 T-2 T-1");
#undef CHECK

  /* Criteria together. */
  crm_ticket_filter_init (&filter);
  filter.include_closed = TRUE;
  filter.status = CRM_TICKET_STATUS_CLOSED;
  crm_ticket_list_set_filter (list, &filter);
  assert_numbers (list, "T-0");
  crm_ticket_list_set_filter (list, NULL);
  assert_numbers (list, "T-3 T-4 T-5 T-2 T-1");
}

typedef struct
{
  guint n_changes;
  guint position, removed, added;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->n_changes++;
  change->position = position;
  change->removed = removed;
  change->added = added;
}

static void
assert_change (Change *change,
               guint   position,
               guint   removed,
               guint   added)
{
  g_assert_cmpuint (change->n_changes, ==, 1);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  memset (change, 0, sizeof *change);
}

static void
test_queue_changes (Fixture       *fixture,
                    gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrmTicketList) list = NULL;
  g_autoptr(CrmTicket) late = NULL;
  g_autoptr(GError) error = NULL;
  Change change = { 0 };

  add_queue (fixture, tickets);
  list = crm_ticket_list_new (store, CRM_TICKET_ORDER_IMPORTANCE, NULL);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &change);
  assert_numbers (list, "T-4 T-1 T-2 T-3 T-5");

  /* Closing one takes out its row only. */
  g_assert_true (crm_ticket_change_status (store, id_of (g_ptr_array_index (tickets, 3)),
                                           CRM_TICKET_STATUS_CLOSED, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_change (&change, 2, 1, 0);
  assert_numbers (list, "T-4 T-1 T-3 T-5");

  /* An edit in place reports that row, so views show it again. */
  g_assert_true (crm_ticket_assign (store, id_of (g_ptr_array_index (tickets, 2)), id_of (fixture->tech), &error));
  assert_change (&change, 2, 1, 1);

  /* A new ticket goes where it belongs. */
  late = add_ticket (fixture, "T-9", fixture->cara, 99, NULL);
  assert_change (&change, 2, 0, 1);
  assert_numbers (list, "T-4 T-1 T-9 T-3 T-5");

  /* Ada becomes a key account: her tickets move up. */
  crm_customer_set_importance (fixture->ada, 2);
  g_assert_true (crm_store_save (store, CRM_RECORD (fixture->ada), &error));
  g_assert_cmpuint (change.n_changes, ==, 1);
  memset (&change, 0, sizeof change);
  assert_numbers (list, "T-3 T-4 T-5 T-1 T-9");

  /* In arrival order, customers do not matter. */
  crm_ticket_list_set_order (list, CRM_TICKET_ORDER_ARRIVAL);
  memset (&change, 0, sizeof change);
  crm_customer_set_importance (fixture->ada, 0);
  g_assert_true (crm_store_save (store, CRM_RECORD (fixture->ada), &error));
  g_assert_cmpuint (change.n_changes, ==, 0);
}

static void
test_filter_values (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) regions = NULL;
  g_autofree char *joined_categories = NULL;
  g_autofree char *joined_regions = NULL;
  g_autoptr(GError) error = NULL;

  add_queue (fixture, tickets);
  categories = crm_ticket_list_fault_categories (fixture->db->store, &error);
  g_assert_no_error (error);
  regions = crm_ticket_list_regions (fixture->db->store, &error);
  g_assert_no_error (error);
  joined_categories = g_strjoinv (",", categories);
  joined_regions = g_strjoinv (",", regions);
  g_assert_cmpstr (joined_categories, ==, "Leak,Noise");
  g_assert_cmpstr (joined_regions, ==, "Asia,Europe");
}

static void
test_tool (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *open_out = NULL, *open_err = NULL;
  g_autofree char *bad_err = NULL;
  g_autofree char *not_db = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  JsonObject *object;

  add_queue (fixture, tickets);

  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", fixture->db->path, "tickets", "--json", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 6);
  object = json_array_get_object_element (array, 3);
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, "T-5");
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, id_of (g_ptr_array_index (tickets, 0)));
  g_assert_cmpstr (json_object_get_string_member (object, "customer-id"), ==, id_of (fixture->ada));
  g_assert_cmpstr (json_object_get_string_member (object, "customer-name"), ==, "Ada Lovelace");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "received");
  g_assert_cmpstr (json_object_get_string_member (object, "priority"), ==, "urgent");
  g_assert_cmpstr (json_object_get_string_member (object, "technician-name"), ==, "Tess Tech");
  g_assert_cmpstr (json_object_get_string_member (object, "received-at"), ==, "2026-01-01T05:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "due-at"), ==, "2026-01-01T06:00:00Z");
  g_assert_true (json_object_get_boolean_member (object, "overdue"));
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "closed");
  g_assert_false (json_object_get_boolean_member (object, "overdue"));
  object = json_array_get_object_element (array, 4);
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, "T-2");
  g_assert_true (json_object_get_null_member (object, "technician-id"));

  g_assert_cmpint (crm_test_run_tool (&open_out, &open_err, "--db", fixture->db->path, "tickets", "--open", NULL),
                   ==, 0);
  g_assert_cmpstr (open_err, ==, "");
  lines = g_strsplit (open_out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  expected = g_strdup_printf ("T-4\t%s\t%s\tBolt Ltd\tMixer\tin-repair\tnormal\t\t2026-01-01\t—\t",
                              id_of (g_ptr_array_index (tickets, 1)), id_of (fixture->bolt));
  g_assert_cmpstr (lines[1], ==, expected);
  g_assert_true (g_str_has_prefix (lines[2], "T-5\t"));
  g_assert_true (g_str_has_suffix (lines[2], "\tTess Tech\t2026-01-01\t2026-01-01\toverdue"));
  g_assert_cmpstr (lines[5], ==, "");

  not_db = crm_test_write_file (fixture->db, "not-a-db.sqlite3", "hello", -1);
  g_assert_cmpint (crm_test_run_tool (NULL, &bad_err, "--db", not_db, "tickets", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (bad_err, "crm-tool: "));
  g_assert_cmpstr (strchr (bad_err, '\n') + 1, ==, "");
}

/* A ticket's history travels as documents like any record: read on one
 * side, applied on the other, every field the same. */
static void
test_event_document (Fixture       *fixture,
                     gconstpointer  data)
{
  CrmStore *store = fixture->db->store;
  g_autoptr(CrmTestDb) other = crm_test_db_new ();
  g_autoptr(CrmTicket) ticket = create (fixture, fixture->ada, CRM_TICKET_PRIORITY_NORMAL);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(JsonArray) documents = json_array_new ();
  g_autoptr(GError) error = NULL;
  CrmSyncApplied applied = { 0 };
  gint64 through = 0;
  g_autoptr(GPtrArray) changes = NULL;
  gboolean saw_event = FALSE;

  g_assert_true (crm_ticket_change_status (store, id_of (ticket), CRM_TICKET_STATUS_READY,
                                           id_of (fixture->tech), "Tested for an hour", &error));
  g_assert_no_error (error);

  changes = crm_store_sync_changes_since (store, 0, 1000, &through, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      CrmSyncChange *change = g_ptr_array_index (changes, i);
      JsonObject *document = crm_store_sync_read_document (store, change->type, change->id, NULL, &error);

      g_assert_no_error (error);
      saw_event |= change->type == CRM_TYPE_TICKET_EVENT;
      json_array_add_object_element (documents, document);
    }
  g_assert_true (saw_event);

  g_assert_true (crm_store_sync_apply (other->store, documents, &applied, &error));
  g_assert_no_error (error);

  events = crm_ticket_load_events (store, id_of (ticket), &error);
  copied = crm_ticket_load_events (other->store, id_of (ticket), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copied->len, ==, 2);
  for (guint i = 0; i < events->len; i++)
    {
      CrmTicketEvent *here = g_ptr_array_index (events, i);
      CrmTicketEvent *there = g_ptr_array_index (copied, i);

      g_assert_cmpstr (id_of (here), ==, id_of (there));
      g_assert_cmpint (crm_ticket_event_get_at (here), ==, crm_ticket_event_get_at (there));
      g_assert_cmpint (crm_ticket_event_get_status (here), ==, crm_ticket_event_get_status (there));
      g_assert_cmpstr (crm_ticket_event_get_staff_id (here), ==, crm_ticket_event_get_staff_id (there));
      g_assert_cmpstr (crm_ticket_event_get_note (here), ==, crm_ticket_event_get_note (there));
    }
  g_assert_cmpstr (crm_ticket_event_get_note (g_ptr_array_index (copied, 1)), ==, "Tested for an hour");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/service/sla", test_sla);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/service/numbering", test_numbering);
  ADD ("/service/create", test_create);
  ADD ("/service/status-history", test_status_history);
  ADD ("/service/satisfaction", test_satisfaction);
  ADD ("/service/assign", test_assign);
  ADD ("/service/work-log", test_work_log);
  ADD ("/service/parts", test_parts);
  ADD ("/service/queue-order", test_queue_order);
  ADD ("/service/queue-filters", test_queue_filters);
  ADD ("/service/queue-changes", test_queue_changes);
  ADD ("/service/filter-values", test_filter_values);
  ADD ("/service/tool", test_tool);
  ADD ("/service/event-document", test_event_document);
#undef ADD

  return g_test_run ();
}
