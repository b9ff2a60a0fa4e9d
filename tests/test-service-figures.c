/* test-service-figures.c: the service desk's figures on a hand-made data set
 * whose answers are worked out by hand below
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include "crm-service-figures.h"
#include "crm-test-utils.h"

#define HOUR (60 * 60)
#define DAY (24 * HOUR)
/* 2026-01-01T00:00:00Z, and the period is January. */
#define P0 G_GINT64_CONSTANT (1767225600)
#define P1 (P0 + 31 * DAY)
#define NOW (P1 + 10 * DAY)

typedef struct
{
  CrmTestDb   *db;
  CrmCustomer *customer;
  CrmStaff    *alice;
  CrmStaff    *bob;
  CrmStaff    *carol;
  CrmProduct  *washer;
  CrmProduct  *dryer;
} Fixture;

static const char *
id_of (gpointer record)
{
  return record != NULL ? crm_record_get_id (CRM_RECORD (record)) : NULL;
}

static void
add_ticket (Fixture         *fixture,
            CrmTicketStatus  status,
            gint64           received_at,
            gint64           closed_at,
            gint64           due_at,
            gint64           cost,
            const char      *currency,
            int              minutes,
            int              satisfaction,
            CrmStaff        *technician,
            CrmProduct      *product,
            const char      *fault,
            const char      *region)
{
  g_autoptr(CrmTicket) ticket = crm_test_save (fixture->db->store, CRM_TYPE_TICKET,
                                               "customer-id", id_of (fixture->customer),
                                               "status", status,
                                               "received-at", received_at,
                                               "closed-at", closed_at,
                                               "due-at", due_at,
                                               "repair-cost", cost,
                                               "currency", currency,
                                               "time-spent-minutes", minutes,
                                               "satisfaction", satisfaction,
                                               "technician-id", id_of (technician),
                                               "product-id", id_of (product),
                                               "fault-category", fault,
                                               "region", region,
                                               NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CrmStore *store;
  g_autoptr(CrmTicket) deleted = NULL;
  g_autoptr(GError) error = NULL;

  fixture->db = crm_test_db_new ();
  store = fixture->db->store;
  fixture->customer = crm_test_add_customer (store, "Ada Lovelace", NULL, "London");
  fixture->alice = crm_test_save (store, CRM_TYPE_STAFF, "name", "Alice", NULL);
  fixture->bob = crm_test_save (store, CRM_TYPE_STAFF, "name", "Bob", NULL);
  fixture->carol = crm_test_save (store, CRM_TYPE_STAFF, "name", "Carol", NULL);
  fixture->washer = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Washer", NULL);
  fixture->dryer = crm_test_save (store, CRM_TYPE_PRODUCT, "name", "Dryer", NULL);

  /* Closed in January: 10 h, 20 h, 6 h and (received in December) 48 h. */
  add_ticket (fixture, CRM_TICKET_STATUS_CLOSED, P0, P0 + 10 * HOUR, 0, 1000, "EUR", 60, 5,
              fixture->alice, fixture->washer, "Leak", "North");
  add_ticket (fixture, CRM_TICKET_STATUS_CLOSED, P0 + DAY, P0 + DAY + 20 * HOUR, 0, 2001, "EUR", 30, 4,
              fixture->alice, fixture->washer, "Leak", "North");
  add_ticket (fixture, CRM_TICKET_STATUS_CLOSED, P0 + 2 * DAY, P0 + 2 * DAY + 6 * HOUR, 0, 500, "USD", 15, 0,
              fixture->bob, fixture->dryer, "Noise", "South");
  add_ticket (fixture, CRM_TICKET_STATUS_CLOSED, P0 - 2 * DAY, P0, 0, 0, "USD", 45, 0,
              fixture->carol, fixture->dryer, "Noise", NULL);
  /* Received in January, closed exactly at its end: February's. */
  add_ticket (fixture, CRM_TICKET_STATUS_CLOSED, P0 + 30 * DAY, P1, 0, 9999, "EUR", 100, 1,
              fixture->bob, fixture->washer, "Leak", "North");
  /* Open: one overdue, one not, one received after January. */
  add_ticket (fixture, CRM_TICKET_STATUS_DIAGNOSING, P0 + 5 * DAY, 0, NOW - DAY, 0, NULL, 0, 0,
              NULL, fixture->washer, "Leak", "South");
  add_ticket (fixture, CRM_TICKET_STATUS_RECEIVED, P0 + 6 * DAY, 0, NOW + DAY, 0, NULL, 0, 0,
              NULL, NULL, NULL, NULL);
  add_ticket (fixture, CRM_TICKET_STATUS_WAITING_FOR_PARTS, P1 + DAY, 0, 0, 0, NULL, 0, 0,
              NULL, NULL, NULL, "North");

  /* Deleted: counts nowhere. */
  deleted = crm_test_save (store, CRM_TYPE_TICKET, "customer-id", id_of (fixture->customer),
                           "status", CRM_TICKET_STATUS_CLOSED,
                           "received-at", P0 + DAY, "closed-at", P0 + 2 * DAY,
                           "repair-cost", (gint64) 100000, "currency", "EUR",
                           "time-spent-minutes", 1000, "satisfaction", 1,
                           "technician-id", id_of (fixture->alice), "product-id", id_of (fixture->dryer),
                           "fault-category", "Noise", "region", "West", NULL);
  crm_store_delete (store, CRM_RECORD (deleted), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->customer);
  g_clear_object (&fixture->alice);
  g_clear_object (&fixture->bob);
  g_clear_object (&fixture->carol);
  g_clear_object (&fixture->washer);
  g_clear_object (&fixture->dryer);
  crm_test_db_free (fixture->db);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CrmServiceFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  CrmTechnicianFigures *technician;
  CrmRecurringFault *fault;
  CrmRegionComplaints *region;

  figures = crm_service_figures_load (fixture->db->store, P0, P1, "EUR", NOW, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);

  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_RECEIVED], ==, 1);
  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_DIAGNOSING], ==, 1);
  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_WAITING_FOR_PARTS], ==, 1);
  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_IN_REPAIR], ==, 0);
  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_READY], ==, 0);
  g_assert_cmpuint (figures->backlog[CRM_TICKET_STATUS_CLOSED], ==, 0);
  g_assert_cmpuint (figures->n_open, ==, 3);
  g_assert_cmpuint (figures->n_overdue, ==, 1);

  /* The one closed at P0 is in, the one closed at P1 is out. */
  g_assert_cmpuint (figures->n_closed, ==, 4);
  g_assert_cmpfloat_with_epsilon (figures->average_hours_to_close, (10 + 20 + 6 + 48) / 4.0, 1e-9);
  /* EUR only: (1000 + 2001) / 2 = 1500.5, half up. */
  g_assert_cmpint (figures->average_repair_cost, ==, 1501);
  g_assert_cmpint (figures->total_minutes, ==, 60 + 30 + 15 + 45);

  g_assert_cmpuint (figures->technicians->len, ==, 3);
  technician = g_ptr_array_index (figures->technicians, 0);
  g_assert_cmpstr (technician->technician_id, ==, id_of (fixture->alice));
  g_assert_cmpstr (technician->technician_name, ==, "Alice");
  g_assert_cmpuint (technician->n_closed, ==, 2);
  g_assert_cmpint (technician->minutes, ==, 90);
  g_assert_cmpuint (technician->n_rated, ==, 2);
  g_assert_cmpfloat_with_epsilon (technician->average_satisfaction, 4.5, 1e-9);
  technician = g_ptr_array_index (figures->technicians, 1);
  g_assert_cmpstr (technician->technician_name, ==, "Bob");
  g_assert_cmpuint (technician->n_closed, ==, 1);
  g_assert_cmpint (technician->minutes, ==, 15);
  g_assert_cmpuint (technician->n_rated, ==, 0);
  g_assert_cmpfloat (technician->average_satisfaction, ==, 0);
  technician = g_ptr_array_index (figures->technicians, 2);
  g_assert_cmpstr (technician->technician_name, ==, "Carol");
  g_assert_cmpuint (technician->n_closed, ==, 1);
  g_assert_cmpint (technician->minutes, ==, 45);
  g_assert_cmpuint (technician->n_rated, ==, 0);

  /* Received in January: washer leaks four times, the dryer's noise once. */
  g_assert_cmpuint (figures->recurring_faults->len, ==, 1);
  fault = g_ptr_array_index (figures->recurring_faults, 0);
  g_assert_cmpstr (fault->product_id, ==, id_of (fixture->washer));
  g_assert_cmpstr (fault->product_name, ==, "Washer");
  g_assert_cmpstr (fault->fault_category, ==, "Leak");
  g_assert_cmpuint (fault->n_tickets, ==, 4);

  g_assert_cmpuint (figures->complaints_by_region->len, ==, 3);
  region = g_ptr_array_index (figures->complaints_by_region, 0);
  g_assert_cmpstr (region->region, ==, "North");
  g_assert_cmpuint (region->n_tickets, ==, 3);
  region = g_ptr_array_index (figures->complaints_by_region, 1);
  g_assert_cmpstr (region->region, ==, "South");
  g_assert_cmpuint (region->n_tickets, ==, 2);
  region = g_ptr_array_index (figures->complaints_by_region, 2);
  g_assert_null (region->region);
  g_assert_cmpuint (region->n_tickets, ==, 1);
}

static void
test_other_currency (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrmServiceFigures) usd = NULL;
  g_autoptr(CrmServiceFigures) chf = NULL;
  g_autoptr(GError) error = NULL;

  /* (500 + 0) / 2 */
  usd = crm_service_figures_load (fixture->db->store, P0, P1, "USD", NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpint (usd->average_repair_cost, ==, 250);
  g_assert_cmpuint (usd->n_closed, ==, 4);

  chf = crm_service_figures_load (fixture->db->store, P0, P1, "CHF", NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chf->average_repair_cost, ==, 0);
  g_assert_cmpint (chf->total_minutes, ==, 150);
}

static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrmServiceFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  figures = crm_service_figures_load (fixture->db->store, P1 + 100 * DAY, P1 + 200 * DAY, "EUR", NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->n_open, ==, 3);
  g_assert_cmpuint (figures->n_closed, ==, 0);
  g_assert_cmpfloat (figures->average_hours_to_close, ==, 0);
  g_assert_cmpint (figures->average_repair_cost, ==, 0);
  g_assert_cmpint (figures->total_minutes, ==, 0);
  g_assert_cmpuint (figures->technicians->len, ==, 0);
  g_assert_cmpuint (figures->recurring_faults->len, ==, 0);
  g_assert_cmpuint (figures->complaints_by_region->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/service-figures/figures", Fixture, NULL, fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/service-figures/other-currency", Fixture, NULL, fixture_set_up, test_other_currency, fixture_tear_down);
  g_test_add ("/service-figures/empty-period", Fixture, NULL, fixture_set_up, test_empty_period, fixture_tear_down);

  return g_test_run ();
}
