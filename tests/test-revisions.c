/* test-revisions.c: records as CouchDB documents, without a server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include "crm-revision.h"
#include "crm-store-sync.h"
#include "crm-test-utils.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static CrmSyncApplied
apply (CrmStore   *store,
       const char *documents_json)
{
  g_autoptr(JsonNode) node = json_from_string (documents_json, NULL);
  g_autoptr(GError) error = NULL;
  CrmSyncApplied applied = { 0 };

  g_assert_nonnull (node);
  g_assert_true (crm_store_sync_apply (store, json_node_get_array (node), &applied, &error));
  g_assert_no_error (error);

  return applied;
}

static JsonObject *
read_document (CrmStore   *store,
               const char *id,
               const char *revision)
{
  g_autoptr(GError) error = NULL;
  JsonObject *document = crm_store_sync_read_document (store, CRM_TYPE_CUSTOMER, id, revision, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_revision_ids (void)
{
  g_autofree char *first = crm_revision_new (1);
  g_autofree char *next = crm_revision_next (first);
  g_autofree char *from_nothing = crm_revision_next (NULL);

  g_assert_true (g_str_has_prefix (first, "1-"));
  g_assert_cmpuint (strlen (first), ==, 34);
  for (const char *c = first + 2; *c != '\0'; c++)
    g_assert_true (g_ascii_isxdigit (*c) && !g_ascii_isupper (*c));
  g_assert_cmpuint (crm_revision_generation (next), ==, 2);
  g_assert_cmpuint (crm_revision_generation (from_nothing), ==, 1);

  g_assert_cmpuint (crm_revision_generation ("12-abc"), ==, 12);
  g_assert_cmpuint (crm_revision_generation ("abc"), ==, 0);
  g_assert_cmpuint (crm_revision_generation ("-abc"), ==, 0);
  g_assert_cmpuint (crm_revision_generation ("0-abc"), ==, 0);
  g_assert_false (crm_revision_is_valid ("3-"));
  g_assert_false (crm_revision_is_valid (NULL));
  g_assert_true (crm_revision_is_valid ("3-a"));
}

/* CouchDB's winner: live before deleted, then the higher generation, then
 * the greater id. */
static void
test_winner (void)
{
  g_assert_cmpint (crm_revision_compare ("1-a", FALSE, "9-f", TRUE), >, 0);
  g_assert_cmpint (crm_revision_compare ("2-a", FALSE, "10-a", FALSE), <, 0);
  g_assert_cmpint (crm_revision_compare ("3-b", FALSE, "3-a", FALSE), >, 0);
  g_assert_cmpint (crm_revision_compare ("3-a", TRUE, "3-b", TRUE), <, 0);
  g_assert_cmpint (crm_revision_compare ("3-a", FALSE, "3-a", FALSE), ==, 0);
}

/* Every local edit, delete included, is a revision that names the one
 * before it. */
static void
test_local_edits (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ayşe Yılmaz", NULL, "İzmir");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autofree char *first = g_strdup (crm_record_get_rev (CRM_RECORD (customer)));
  g_autofree char *second = NULL;
  const char *id = crm_record_get_id (CRM_RECORD (customer));
  JsonObject *revisions;
  JsonArray *ids;

  g_assert_cmpuint (crm_revision_generation (first), ==, 1);

  crm_customer_set_city (customer, "Ankara");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));
  g_assert_no_error (error);
  second = g_strdup (crm_record_get_rev (CRM_RECORD (customer)));
  g_assert_cmpuint (crm_revision_generation (second), ==, 2);

  g_assert_true (crm_store_delete (db->store, CRM_RECORD (customer), &error));
  g_assert_cmpuint (crm_revision_generation (crm_record_get_rev (CRM_RECORD (customer))), ==, 3);

  document = read_document (db->store, id, NULL);
  g_assert_cmpstr (json_object_get_string_member (document, "_id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (document, "_rev"), ==, crm_record_get_rev (CRM_RECORD (customer)));
  g_assert_true (json_object_get_boolean_member (document, "_deleted"));
  g_assert_cmpstr (json_object_get_string_member (document, "type"), ==, "customer");
  g_assert_cmpstr (json_object_get_string_member (document, "city"), ==, "Ankara");
  g_assert_false (json_object_has_member (document, "id"));

  revisions = json_object_get_object_member (document, "_revisions");
  ids = json_object_get_array_member (revisions, "ids");
  g_assert_cmpint (json_object_get_int_member (revisions, "start"), ==, 3);
  g_assert_cmpuint (json_array_get_length (ids), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (ids, 1), ==, second + 2);
  g_assert_cmpstr (json_array_get_string_element (ids, 2), ==, first + 2);
}

static void
test_revs_diff (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ana Ruiz", NULL, "Madrid");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) missing = NULL;
  g_autoptr(JsonObject) asked = NULL;
  g_autofree char *first = g_strdup (crm_record_get_rev (CRM_RECORD (customer)));
  g_autofree char *json = NULL;
  JsonArray *lacking;

  crm_customer_set_city (customer, "Sevilla");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));

  json = g_strdup_printf ("{\"%s\": [\"%s\", \"%s\", \"7-feed\"], \"nobody\": [\"1-aa\"], \"odd\": 3}",
                          crm_record_get_id (CRM_RECORD (customer)), first, crm_record_get_rev (CRM_RECORD (customer)));
  asked = parse_object (json);
  missing = crm_store_sync_revs_diff (db->store, asked, &error);
  g_assert_no_error (error);

  lacking = json_object_get_array_member (json_object_get_object_member (missing, crm_record_get_id (CRM_RECORD (customer))),
                                          "missing");
  g_assert_cmpuint (json_array_get_length (lacking), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (lacking, 0), ==, "7-feed");
  g_assert_true (json_object_has_member (missing, "nobody"));
  g_assert_false (json_object_has_member (missing, "odd"));
}

/* Another client's document, with only what it must have: it is taken in,
 * and a field Crm does not know goes back out with the next edit. */
static void
test_foreign_document (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(GError) error = NULL;
  CrmSyncApplied applied;

  applied = apply (db->store, "[{\"_id\": \"web-42\", \"_rev\": \"1-aaaa\", \"type\": \"customer\", \"name\": \"Li Wei\","
                              "  \"favourite_colour\": \"green\", \"_revisions\": {\"start\": 1, \"ids\": [\"aaaa\"]}}]");
  g_assert_cmpuint (applied.written, ==, 1);

  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "web-42", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Li Wei");
  g_assert_cmpstr (crm_record_get_rev (CRM_RECORD (customer)), ==, "1-aaaa");

  crm_customer_set_city (customer, "Beijing");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (customer), &error));
  document = read_document (db->store, "web-42", NULL);
  g_assert_cmpstr (json_object_get_string_member (document, "favourite_colour"), ==, "green");
  g_assert_cmpstr (json_object_get_string_member (document, "city"), ==, "Beijing");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (document, "_revisions"), "start"), ==, 2);

  /* The same revision again is known. */
  applied = apply (db->store, "[{\"_id\": \"web-42\", \"_rev\": \"1-aaaa\", \"type\": \"customer\", \"name\": \"Li Wei\"}]");
  g_assert_cmpuint (applied.known, ==, 1);
}

/* An edit that follows ours replaces it; one beside it is a conflict whose
 * winner is CouchDB's and whose loser is kept. */
static void
test_edits_and_conflicts (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmSyncChange) change = g_new0 (CrmSyncChange, 1);
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(JsonObject) loser = NULL;
  g_autoptr(GError) error = NULL;
  CrmSyncApplied applied;

  apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"1-aa\", \"type\": \"customer\", \"name\": \"One\"}]");
  applied = apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"2-bb\", \"type\": \"customer\", \"name\": \"Two\","
                              "  \"_revisions\": {\"start\": 2, \"ids\": [\"bb\", \"aa\"]}}]");
  g_assert_cmpuint (applied.written, ==, 1);
  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "c1", &error);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Two");
  g_clear_object (&customer);

  /* 2-cc beats 2-bb. */
  applied = apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"2-cc\", \"type\": \"customer\", \"name\": \"Other\","
                              "  \"_revisions\": {\"start\": 2, \"ids\": [\"cc\", \"aa\"]}}]");
  g_assert_cmpuint (applied.conflicts, ==, 1);
  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "c1", &error);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Other");
  g_clear_object (&customer);

  loser = read_document (db->store, "c1", "2-bb");
  g_assert_nonnull (loser);
  g_assert_cmpstr (json_object_get_string_member (loser, "name"), ==, "Two");

  /* 2-ab loses to 2-cc and is only kept. */
  applied = apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"2-ab\", \"type\": \"customer\", \"name\": \"Third\","
                              "  \"_revisions\": {\"start\": 2, \"ids\": [\"ab\", \"aa\"]}}]");
  g_assert_cmpuint (applied.conflicts, ==, 1);
  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "c1", &error);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Other");

  change->type = CRM_TYPE_CUSTOMER;
  change->id = g_strdup ("c1");
  leaves = crm_store_sync_leaf_revisions (db->store, change, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (leaves->len, ==, 3);

  /* An edit on top of a losing leaf replaces that leaf. */
  applied = apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"3-dd\", \"type\": \"customer\", \"name\": \"Fixed\","
                              "  \"_revisions\": {\"start\": 3, \"ids\": [\"dd\", \"bb\", \"aa\"]}}]");
  g_clear_pointer (&leaves, g_ptr_array_unref);
  leaves = crm_store_sync_leaf_revisions (db->store, change, &error);
  g_assert_cmpuint (leaves->len, ==, 3);
  g_clear_object (&customer);
  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "c1", &error);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Fixed");  /* 3-dd is the longest */
}

/* Resolving keeps the chosen version as a new revision and closes the
 * losing branch with a deleted revision that a push would send. */
static void
test_resolve (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmSyncChange) change = g_new0 (CrmSyncChange, 1);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) leaves = NULL;
  g_autoptr(JsonObject) closed = NULL;
  g_autoptr(GError) error = NULL;

  apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"1-aa\", \"type\": \"customer\", \"name\": \"One\"}]");
  apply (db->store, "[{\"_id\": \"c1\", \"_rev\": \"2-bb\", \"type\": \"customer\", \"name\": \"Two\", \"city\": \"Oslo\","
                    "  \"_revisions\": {\"start\": 2, \"ids\": [\"bb\", \"aa\"]}},"
                    " {\"_id\": \"c1\", \"_rev\": \"2-cc\", \"type\": \"customer\", \"name\": \"Other\","
                    "  \"_revisions\": {\"start\": 2, \"ids\": [\"cc\", \"aa\"]}}]");
  conflicts = crm_store_sync_list_conflicts (db->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_clear_pointer (&conflicts, g_ptr_array_unref);

  /* The person keeps the winner's name and the loser's city. */
  customer = crm_store_load (db->store, CRM_TYPE_CUSTOMER, "c1", &error);
  crm_customer_set_city (customer, "Oslo");
  g_assert_true (crm_store_sync_resolve (db->store, CRM_RECORD (customer), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (crm_revision_generation (crm_record_get_rev (CRM_RECORD (customer))), ==, 3);

  conflicts = crm_store_sync_list_conflicts (db->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 0);

  /* The closed branch is still a leaf to send: 3-… deleted, after 2-bb. */
  change->type = CRM_TYPE_CUSTOMER;
  change->id = g_strdup ("c1");
  leaves = crm_store_sync_leaf_revisions (db->store, change, &error);
  g_assert_cmpuint (leaves->len, ==, 2);
  closed = read_document (db->store, "c1", g_ptr_array_index (leaves, 1));
  g_assert_nonnull (closed);
  g_assert_true (json_object_get_boolean_member (closed, "_deleted"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (
                     json_object_get_object_member (closed, "_revisions"), "ids"), 1), ==, "bb");
}

/* Whatever a server sends, nothing crashes and nothing is half written. */
static void
test_garbage (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  CrmSyncApplied applied;

  applied = apply (db->store, "[1, \"x\", null, [], {}, {\"_id\": 5}, {\"_id\": \"a\", \"_rev\": \"banana\"},"
                              " {\"_id\": \"b\", \"_rev\": \"1-x\", \"type\": \"spaceship\"},"
                              " {\"_id\": \"c\", \"_rev\": \"1-x\", \"type\": \"customer\", \"_revisions\": 7,"
                              "  \"name\": {\"nested\": true}, \"loyalty-points\": \"many\"},"
                              " {\"_id\": \"_design/x\", \"_rev\": \"1-x\"}]");
  g_assert_cmpuint (applied.written, ==, 1);
  g_assert_cmpuint (applied.skipped, ==, 9);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_CUSTOMER), ==, 1);
}

static void
test_changes_since (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) first = crm_test_add_customer (db->store, "First", NULL, NULL);
  g_autoptr(CrmCustomer) second = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mark = crm_store_sync_last_change (db->store, &error);
  gint64 through = 0;

  second = crm_test_add_customer (db->store, "Second", NULL, NULL);
  crm_customer_set_city (second, "Lyon");
  g_assert_true (crm_store_save (db->store, CRM_RECORD (second), &error));

  changes = crm_store_sync_changes_since (db->store, mark, 100, &through, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((CrmSyncChange *)g_ptr_array_index (changes, 0))->id, ==, crm_record_get_id (CRM_RECORD (second)));
  g_assert_cmpint (through, ==, crm_store_sync_last_change (db->store, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/revisions/ids", test_revision_ids);
  g_test_add_func ("/revisions/winner", test_winner);
  g_test_add_func ("/revisions/local-edits", test_local_edits);
  g_test_add_func ("/revisions/revs-diff", test_revs_diff);
  g_test_add_func ("/revisions/foreign-document", test_foreign_document);
  g_test_add_func ("/revisions/edits-and-conflicts", test_edits_and_conflicts);
  g_test_add_func ("/revisions/resolve", test_resolve);
  g_test_add_func ("/revisions/garbage", test_garbage);
  g_test_add_func ("/revisions/changes-since", test_changes_since);

  return g_test_run ();
}
