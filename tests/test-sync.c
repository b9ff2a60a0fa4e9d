/* test-sync.c: two databases syncing through a real CouchDB-compatible server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <libsoup/soup.h>

#include "crm-store-sync.h"
#include "crm-sync-replicator.h"
#include "crm-test-server.h"
#include "crm-test-utils.h"

typedef struct
{
  CrmTestServer *server;
  char          *url;
  CrmTestDb     *a;
  CrmTestDb     *b;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  if ((fixture->server = crm_test_server_require ()) == NULL)
    return;

  fixture->url = crm_test_server_new_database_url (fixture->server, "sync");
  fixture->a = crm_test_db_new ();
  fixture->b = crm_test_db_new ();

  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->a, crm_test_db_free);
  g_clear_pointer (&fixture->b, crm_test_db_free);
  g_clear_pointer (&fixture->url, g_free);
  g_clear_pointer (&fixture->server, crm_test_server_free);
}

static CrmSyncResult
sync_store (Fixture  *fixture,
            CrmStore *store)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  CrmSyncResult result = { 0 };

  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (crm_sync_run (store, client, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);

  return result;
}

static CrmCustomer *
load_customer (CrmStore   *store,
               const char *id)
{
  g_autoptr(GError) error = NULL;
  CrmCustomer *customer = crm_store_load (store, CRM_TYPE_CUSTOMER, id, &error);

  g_assert_no_error (error);
  return customer;
}

static void
save (CrmStore  *store,
      gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_save (store, CRM_RECORD (record), &error));
  g_assert_no_error (error);
}

static guint
count_conflicts (CrmStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = crm_store_sync_list_conflicts (store, &error);

  g_assert_no_error (error);
  return conflicts->len;
}

/* Creates, edits and deletes on either side reach the other. */
static void
test_converge (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CrmCustomer) ayse = NULL;
  g_autoptr(CrmCustomer) bob = NULL;
  g_autoptr(CrmCustomer) seen = NULL;
  g_autoptr(CrmContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->server == NULL)
    return;

  ayse = crm_test_add_customer (fixture->a->store, "Ayşe Yılmaz", "ayse@example.com", "İzmir");
  bob = crm_test_add_customer (fixture->a->store, "Bob Smith", NULL, "Leeds");
  contact = crm_test_save (fixture->a->store, CRM_TYPE_CONTACT, "name", "Deniz", "customer-id",
                           crm_record_get_id (CRM_RECORD (ayse)), NULL);
  g_assert_cmpuint (sync_store (fixture, fixture->a->store).pushed, ==, 3);
  g_assert_cmpuint (sync_store (fixture, fixture->b->store).pulled, ==, 3);

  seen = load_customer (fixture->b->store, crm_record_get_id (CRM_RECORD (ayse)));
  g_assert_cmpstr (crm_customer_get_city (seen), ==, "İzmir");
  g_assert_cmpint (crm_store_count (fixture->b->store, CRM_TYPE_CONTACT), ==, 1);

  /* B edits one and deletes the other. */
  crm_customer_set_city (seen, "Ankara");
  save (fixture->b->store, seen);
  g_clear_object (&seen);
  seen = load_customer (fixture->b->store, crm_record_get_id (CRM_RECORD (bob)));
  g_assert_true (crm_store_delete (fixture->b->store, CRM_RECORD (seen), &error));
  g_clear_object (&seen);

  sync_store (fixture, fixture->b->store);
  sync_store (fixture, fixture->a->store);

  seen = load_customer (fixture->a->store, crm_record_get_id (CRM_RECORD (ayse)));
  g_assert_cmpstr (crm_customer_get_city (seen), ==, "Ankara");
  g_clear_object (&seen);
  seen = load_customer (fixture->a->store, crm_record_get_id (CRM_RECORD (bob)));
  g_assert_true (crm_record_get_deleted (CRM_RECORD (seen)));

  /* In sync: nothing more goes either way. */
  g_assert_cmpuint (sync_store (fixture, fixture->a->store).pushed, ==, 0);
  g_assert_cmpuint (sync_store (fixture, fixture->b->store).pulled, ==, 0);
}

/* A customer made on A and synced to B: its id, and its copy on each side. */
static char *
share_customer (Fixture      *fixture,
                const char   *name,
                const char   *city,
                CrmCustomer **on_a,
                CrmCustomer **on_b)
{
  g_autoptr(CrmCustomer) original = crm_test_add_customer (fixture->a->store, name, NULL, city);
  char *id = g_strdup (crm_record_get_id (CRM_RECORD (original)));

  sync_store (fixture, fixture->a->store);
  sync_store (fixture, fixture->b->store);
  *on_a = load_customer (fixture->a->store, id);
  *on_b = load_customer (fixture->b->store, id);

  return id;
}

/* Syncs A, B and A again, after which both have all there is, and reads the
 * customer @id again on both sides. */
static void
sync_both_ways (Fixture      *fixture,
                const char   *id,
                CrmCustomer **on_a,
                CrmCustomer **on_b)
{
  sync_store (fixture, fixture->a->store);
  sync_store (fixture, fixture->b->store);
  sync_store (fixture, fixture->a->store);

  g_clear_object (on_a);
  g_clear_object (on_b);
  *on_a = load_customer (fixture->a->store, id);
  *on_b = load_customer (fixture->b->store, id);
}

/* Both edit one customer offline: both show CouchDB's winner, both keep the
 * loser. */
static void
test_concurrent_edits (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrmCustomer) on_a = NULL;
  g_autoptr(CrmCustomer) on_b = NULL;
  g_autofree char *id = NULL;

  if (fixture->server == NULL)
    return;

  id = share_customer (fixture, "Li Wei", "Beijing", &on_a, &on_b);
  crm_customer_set_city (on_a, "Shanghai");
  save (fixture->a->store, on_a);
  crm_customer_set_city (on_b, "Shenzhen");
  save (fixture->b->store, on_b);

  sync_both_ways (fixture, id, &on_a, &on_b);
  g_assert_cmpstr (crm_record_get_rev (CRM_RECORD (on_a)), ==, crm_record_get_rev (CRM_RECORD (on_b)));
  g_assert_cmpstr (crm_customer_get_city (on_a), ==, crm_customer_get_city (on_b));
  g_assert_cmpuint (count_conflicts (fixture->a->store), ==, 1);
  g_assert_cmpuint (count_conflicts (fixture->b->store), ==, 1);

  /* A resolves it; the resolution reaches B, and the conflict is gone on
   * both sides. */
  crm_customer_set_city (on_a, "Shanghai and Shenzhen");
  g_assert_true (crm_store_sync_resolve (fixture->a->store, CRM_RECORD (on_a), NULL));
  sync_store (fixture, fixture->a->store);
  sync_store (fixture, fixture->b->store);

  g_clear_object (&on_b);
  on_b = load_customer (fixture->b->store, id);
  g_assert_cmpstr (crm_customer_get_city (on_b), ==, "Shanghai and Shenzhen");
  g_assert_cmpuint (count_conflicts (fixture->a->store), ==, 0);
  g_assert_cmpuint (count_conflicts (fixture->b->store), ==, 0);
}

/* A delete against an edit: the edit is live, so it wins everywhere. */
static void
test_delete_against_edit (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrmCustomer) on_a = NULL;
  g_autoptr(CrmCustomer) on_b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (fixture->server == NULL)
    return;

  id = share_customer (fixture, "María García", "Madrid", &on_a, &on_b);
  g_assert_true (crm_store_delete (fixture->a->store, CRM_RECORD (on_a), &error));
  crm_customer_set_city (on_b, "Valencia");
  save (fixture->b->store, on_b);

  sync_both_ways (fixture, id, &on_a, &on_b);
  g_assert_false (crm_record_get_deleted (CRM_RECORD (on_a)));
  g_assert_false (crm_record_get_deleted (CRM_RECORD (on_b)));
  g_assert_cmpstr (crm_customer_get_city (on_a), ==, "Valencia");
}

/* Another client's document with only _id, type and name, and a field Crm
 * does not know, which survives Crm's edit. */
static void
test_foreign_document (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->server == NULL)
    return;

  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  body = json_from_string ("{\"type\": \"customer\", \"name\": \"From the web\", \"shoe_size\": 44}", NULL);
  answer = crm_sync_client_request (client, "PUT", "web-1", body, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&answer, json_node_unref);

  sync_store (fixture, fixture->a->store);
  customer = load_customer (fixture->a->store, "web-1");
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "From the web");

  crm_customer_set_city (customer, "Lisbon");
  save (fixture->a->store, customer);
  sync_store (fixture, fixture->a->store);

  answer = crm_sync_client_request (client, "GET", "web-1", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (answer), "shoe_size"), ==, 44);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (answer), "city"), ==, "Lisbon");
}

static void
cancel_after_first_batch (gboolean  pushing,
                          guint     done,
                          guint     total,
                          gpointer  user_data)
{
  g_cancellable_cancel (user_data);
}

/* A sync cut after its first batch resumes from its checkpoint. */
static void
test_interrupted (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CrmSyncResult first = { 0 };
  CrmSyncResult second = { 0 };

  if (fixture->server == NULL)
    return;

  crm_store_begin (fixture->a->store, &error);
  for (guint i = 0; i < 2500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (fixture->a->store, name, NULL, NULL);
    }
  g_assert_true (crm_store_commit (fixture->a->store, &error));

  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_false (crm_sync_push (fixture->a->store, client, cancel_after_first_batch, cancellable, cancellable,
                                 &first, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (first.pushed, ==, 1000);

  g_assert_true (crm_sync_push (fixture->a->store, client, NULL, NULL, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second.pushed, ==, 1500);

  g_assert_cmpuint (sync_store (fixture, fixture->b->store).pulled, ==, 2500);
  g_assert_cmpint (crm_store_count (fixture->b->store, CRM_TYPE_CUSTOMER), ==, 2500);
}

/* A server that lost its data (a new one at the same address) gets
 * everything again. */
static void
test_server_reset (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->server == NULL)
    return;

  customer = crm_test_add_customer (fixture->a->store, "Kept", NULL, NULL);
  sync_store (fixture, fixture->a->store);

  g_assert_true (crm_test_server_restart (fixture->server, &error));
  g_assert_no_error (error);
  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));

  g_assert_cmpuint (sync_store (fixture, fixture->a->store).pushed, ==, 1);
  g_assert_cmpuint (sync_store (fixture, fixture->b->store).pulled, ==, 1);
}

/* Every failure is one of Crm's errors, with the database untouched. */
static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CrmTestServer) locked = NULL;
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *locked_url = NULL;
  CrmSyncResult result = { 0 };

  if (fixture->server == NULL)
    return;

  customer = crm_test_add_customer (fixture->a->store, "Stays", NULL, NULL);

  /* No such database. */
  missing = crm_test_server_new_database_url (fixture->server, "missing");
  client = crm_sync_client_new (missing, NULL, NULL, &error);
  g_assert_false (crm_sync_run (fixture->a->store, client, NULL, NULL, NULL, &result, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE);
  g_clear_error (&error);
  g_clear_object (&client);

  /* A wrong password. */
  if ((locked = crm_test_server_require_with_auth ("admin", "right")) == NULL)
    return;
  locked_url = crm_test_server_new_database_url (locked, "locked");
  client = crm_sync_client_new (locked_url, "admin", "wrong", &error);
  g_assert_false (crm_sync_client_check (client, NULL, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNAUTHORIZED);
  g_clear_error (&error);
  g_clear_object (&client);

  /* The right one. */
  client = crm_sync_client_new (locked_url, "admin", "right", &error);
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));
  g_assert_true (crm_sync_run (fixture->a->store, client, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_clear_object (&client);

  /* The server is down. */
  crm_test_server_stop (fixture->server);
  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_false (crm_sync_run (fixture->a->store, client, NULL, NULL, NULL, &result, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNREACHABLE);
  g_clear_error (&error);

  /* An address that is none. */
  g_clear_object (&client);
  g_assert_null (crm_sync_client_new ("ftp://example.com/db", NULL, NULL, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL);
  g_clear_error (&error);
  g_assert_null (crm_sync_client_new ("https://example.com/", NULL, NULL, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL);

  g_assert_cmpint (crm_store_count (fixture->a->store, CRM_TYPE_CUSTOMER), ==, 1);
}

/* 10 000 records there and back, every field the same. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->server == NULL)
    return;

  crm_store_begin (fixture->a->store, &error);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Şirket %u", i);
      g_autofree char *email = g_strdup_printf ("c%u@example.com", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (fixture->a->store, name, email, i % 2 ? "Ankara" : NULL);
    }
  g_assert_true (crm_store_commit (fixture->a->store, &error));

  g_assert_cmpuint (sync_store (fixture, fixture->a->store).pushed, ==, 10000);
  g_assert_cmpuint (sync_store (fixture, fixture->b->store).pulled, ==, 10000);

  records = crm_store_list (fixture->a->store, CRM_TYPE_CUSTOMER, NULL, NULL, &error);
  g_assert_cmpuint (records->len, ==, 10000);
  for (guint i = 0; i < records->len; i++)
    {
      CrmRecord *record = g_ptr_array_index (records, i);
      g_autoptr(JsonObject) here = crm_store_sync_read_document (fixture->a->store, CRM_TYPE_CUSTOMER,
                                                                 crm_record_get_id (record), NULL, &error);
      g_autoptr(JsonObject) there = crm_store_sync_read_document (fixture->b->store, CRM_TYPE_CUSTOMER,
                                                                  crm_record_get_id (record), NULL, &error);
      g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), here);
      g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), there);

      g_assert_true (json_node_equal (a, b));
    }
}

static void
count_change_cb (CrmStore      *store,
                 GType          type,
                 const char    *id,
                 CrmChangeKind  kind,
                 gpointer       user_data)
{
  if (type == CRM_TYPE_CUSTOMER)
    (*(guint *)user_data)++;
}

/* Without a server: the conflicts of one record, and a losing version as a
 * record to set beside the one shown. */
static void
test_record_conflicts (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ana Souza", NULL, "Recife");
  g_autoptr(CrmCustomer) other = crm_test_add_customer (db->store, "Bo Berg", NULL, "Malmö");
  g_autofree char *id = g_strdup (crm_record_get_id (CRM_RECORD (customer)));
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(JsonObject) unknown = json_object_new ();
  g_autoptr(CrmRecord) losing = NULL;
  g_autofree char *revision = NULL;
  g_autoptr(GError) error = NULL;
  CrmSyncConflict *conflict;
  guint changes = 0;

  conflicts = crm_store_sync_list_record_conflicts (db->store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* A losing edit changes nothing shown, but views hear of it. */
  g_signal_connect (db->store, "changed", G_CALLBACK (count_change_cb), &changes);
  revision = crm_test_add_conflict (db->store, CRM_RECORD (customer), "city", "Olinda");
  g_signal_handlers_disconnect_by_func (db->store, count_change_cb, &changes);
  g_assert_cmpuint (changes, ==, 1);

  conflicts = crm_store_sync_list_record_conflicts (db->store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_true (conflict->type == CRM_TYPE_CUSTOMER);
  g_assert_cmpstr (conflict->id, ==, id);
  g_assert_cmpstr (conflict->revision, ==, revision);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  conflicts = crm_store_sync_list_record_conflicts (db->store, CRM_TYPE_CUSTOMER,
                                                    crm_record_get_id (CRM_RECORD (other)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* The losing version as a record; what it cannot be is set aside. */
  document = crm_store_sync_read_document (db->store, CRM_TYPE_CUSTOMER, id, revision, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  json_object_set_string_member (document, "favourite-colour", "green");
  json_object_set_string_member (document, "loyalty-points", "lots");
  losing = crm_store_sync_record_from_document (CRM_TYPE_CUSTOMER, document, unknown);
  g_assert_true (CRM_IS_CUSTOMER (losing));
  g_assert_cmpstr (crm_record_get_id (losing), ==, id);
  g_assert_cmpstr (crm_record_get_rev (losing), ==, revision);
  g_assert_cmpstr (crm_customer_get_name (CRM_CUSTOMER (losing)), ==, "Ana Souza");
  g_assert_cmpstr (crm_customer_get_city (CRM_CUSTOMER (losing)), ==, "Olinda");
  g_assert_cmpstr (crm_customer_get_city (customer), ==, "Recife");
  g_assert_cmpstr (json_object_get_string_member (unknown, "favourite-colour"), ==, "green");
  g_assert_true (json_object_has_member (unknown, "loyalty-points"));
  g_assert_false (json_object_has_member (unknown, "_id"));
  g_assert_false (json_object_has_member (unknown, "type"));

  /* Resolved, the record has none left. */
  g_clear_object (&customer);
  customer = load_customer (db->store, id);
  crm_customer_set_city (customer, "Olinda");
  g_assert_true (crm_store_sync_resolve (db->store, CRM_RECORD (customer), &error));
  g_assert_no_error (error);
  conflicts = crm_store_sync_list_record_conflicts (db->store, CRM_TYPE_CUSTOMER, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, function) \
  g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)

  ADD ("/sync/converge", test_converge);
  ADD ("/sync/concurrent-edits", test_concurrent_edits);
  ADD ("/sync/delete-against-edit", test_delete_against_edit);
  ADD ("/sync/foreign-document", test_foreign_document);
  ADD ("/sync/interrupted", test_interrupted);
  ADD ("/sync/server-reset", test_server_reset);
  ADD ("/sync/failures", test_failures);
  ADD ("/sync/round-trip", test_round_trip);

#undef ADD

  g_test_add_func ("/sync/record-conflicts", test_record_conflicts);

  return g_test_run ();
}
