/* test-sync-service.c: the background sync, two databases through a real
 * CouchDB-compatible server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include "crm-sync-client.h"
#include "crm-sync-credentials.h"
#include "crm-sync-service.h"
#include "crm-test-server.h"
#include "crm-test-utils.h"

#define USER "admin"
#define PASSWORD "sesame"

/* One side: a database, its service, and what the service did. */
typedef struct
{
  CrmTestDb      *db;
  CrmSyncService *service;
  guint           syncs;            /* times the state became "syncing" */
  guint           state_changes;
  guint           customer_changes; /* CrmStore::changed for customers */
  guint           max_total;        /* the most a sync had to do */
} Side;

typedef struct
{
  CrmTestServer *server;
  char          *url;
  Side           a;
  Side           b;
} Fixture;

static void
state_changed_cb (CrmSyncService *service,
                  GParamSpec     *pspec,
                  Side           *side)
{
  side->state_changes++;
  if (crm_sync_service_get_state (service) == CRM_SYNC_STATE_SYNCING)
    side->syncs++;
}

static void
progress_cb (CrmSyncService *service,
             GParamSpec     *pspec,
             Side           *side)
{
  g_assert_cmpuint (crm_sync_service_get_done (service), <=, crm_sync_service_get_total (service));
  side->max_total = MAX (side->max_total, crm_sync_service_get_total (service));
}

static void
store_changed_cb (CrmStore      *store,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind,
                  Side          *side)
{
  if (type == CRM_TYPE_CUSTOMER)
    side->customer_changes++;
}

static void
side_new_service (Side *side)
{
  side->service = crm_sync_service_new (side->db->store);
  g_signal_connect (side->service, "notify::state", G_CALLBACK (state_changed_cb), side);
  g_signal_connect (side->service, "notify::total", G_CALLBACK (progress_cb), side);
}

static void
side_set_up (Side *side)
{
  side->db = crm_test_db_new ();
  side_new_service (side);
  g_signal_connect (side->db->store, "changed", G_CALLBACK (store_changed_cb), side);
}

static void
side_tear_down (Side *side)
{
  if (side->db == NULL)
    return;

  /* Disposing the service waits for its sync: the database can go next. */
  g_clear_object (&side->service);
  g_clear_pointer (&side->db, crm_test_db_free);
}

static void
create_database (const char *url)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  client = crm_sync_client_new (url, USER, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if ((fixture->server = crm_test_server_require_with_auth (USER, PASSWORD)) == NULL)
    return;

  fixture->url = crm_test_server_new_database_url (fixture->server, "service");
  create_database (fixture->url);
  side_set_up (&fixture->a);
  side_set_up (&fixture->b);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  side_tear_down (&fixture->a);
  side_tear_down (&fixture->b);
  g_clear_pointer (&fixture->url, g_free);
  g_clear_pointer (&fixture->server, crm_test_server_free);
}

static gboolean
is_idle (gpointer data)
{
  return crm_sync_service_get_state (data) == CRM_SYNC_STATE_IDLE;
}

static gboolean
is_offline (gpointer data)
{
  return crm_sync_service_get_state (data) == CRM_SYNC_STATE_OFFLINE;
}

static gboolean
is_error (gpointer data)
{
  return crm_sync_service_get_state (data) == CRM_SYNC_STATE_ERROR;
}

static gboolean
is_syncing (gpointer data)
{
  return crm_sync_service_get_state (data) == CRM_SYNC_STATE_SYNCING;
}

typedef struct
{
  Side  *side;
  guint  syncs;
} SyncCount;

static gboolean
synced_since (gpointer data)
{
  SyncCount *count = data;

  return count->side->syncs > count->syncs && is_idle (count->side->service);
}

/* Up to date after a sync that started after this was called. */
static void
wait_for_sync (Side       *side,
               const char *what)
{
  SyncCount count = { side, side->syncs };

  crm_test_wait_until (synced_since, &count, what);
}

static gboolean
has_progress (gpointer data)
{
  Side *side = data;

  return side->max_total > 0;
}

typedef struct
{
  CrmStore   *store;
  const char *id;
} Lookup;

static gboolean
has_customer (gpointer data)
{
  Lookup *lookup = data;
  g_autoptr(CrmCustomer) customer = crm_store_lookup (lookup->store, CRM_TYPE_CUSTOMER, lookup->id, NULL);

  return customer != NULL;
}

static gboolean
customers_changed (gpointer data)
{
  Side *side = data;

  return side->customer_changes > 0;
}

static char *
add_customer (CrmStore   *store,
              const char *name)
{
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (store, name, NULL, "Lyon");

  g_assert_nonnull (customer);
  return g_strdup (crm_record_get_id (CRM_RECORD (customer)));
}

/* Both sides on the fixture's database, through their first sync. */
static void
connect_both (Fixture *fixture)
{
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_sync_service_set_account (fixture->b.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->a.service, "A's first sync");
  crm_test_wait_until (is_idle, fixture->b.service, "B's first sync");
}

/* A customer made on A shows on B by the services alone: A sends it a moment
 * after the edit, B takes it in at its next periodic sync and tells its
 * views. */
static void
test_edits_reach_other_side (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *id = NULL;
  Lookup on_b;
  guint a_syncs;

  if (fixture->server == NULL)
    return;

  /* A with the real debounce and interval; B looks every half second. */
  crm_sync_service_set_timing (fixture->b.service, 2000, 500, 5000, 300000);
  connect_both (fixture);
  g_assert_cmpint (crm_sync_service_get_last_synced (fixture->a.service), >, 0);
  g_assert_null (crm_sync_service_get_message (fixture->a.service));

  a_syncs = fixture->a.syncs;
  fixture->b.customer_changes = 0;
  id = add_customer (fixture->a.db->store, "Amélie Durand");

  /* Not at once: the edit may be the first of several. */
  crm_test_run_for (1000);
  g_assert_cmpuint (fixture->a.syncs, ==, a_syncs);

  /* B's views hear of it. */
  crm_test_wait_until (customers_changed, &fixture->b, "B's store to tell of a change");
  on_b = (Lookup) { fixture->b.db->store, id };
  g_assert_true (has_customer (&on_b));
  g_assert_cmpuint (fixture->a.syncs, ==, a_syncs + 1);

  /* And back, with Sync Now on A. */
  {
    g_autofree char *back = add_customer (fixture->b.db->store, "Bruno Petit");
    Lookup on_a = { fixture->a.db->store, back };

    /* B's own edit goes out with its next sync. */
    wait_for_sync (&fixture->b, "B to send its edit");
    crm_sync_service_sync_now (fixture->a.service);
    crm_test_wait_until (has_customer, &on_a, "B's customer on A");
  }
}

/* The announcement that brings pulled records to the views is no local edit:
 * it does not make the service sync again. */
static void
test_pulled_changes_not_sent_back (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *id = NULL;
  Lookup on_b;
  guint b_syncs;

  if (fixture->server == NULL)
    return;

  crm_sync_service_set_timing (fixture->b.service, 100, 300000, 5000, 300000);
  connect_both (fixture);

  id = add_customer (fixture->a.db->store, "Chloé Martin");
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (is_idle, fixture->a.service, "A to send the customer");

  /* B hears of it from the server's changes feed, or from Sync Now. */
  crm_sync_service_sync_now (fixture->b.service);
  on_b = (Lookup) { fixture->b.db->store, id };
  crm_test_wait_until (has_customer, &on_b, "B to take the customer in");
  crm_test_wait_until (is_idle, fixture->b.service, "B to finish");
  g_assert_cmpuint (fixture->b.customer_changes, >, 0);

  /* Well past B's debounce. */
  b_syncs = fixture->b.syncs;
  crm_test_run_for (1000);
  g_assert_cmpuint (fixture->b.syncs, ==, b_syncs);
  g_assert_true (is_idle (fixture->b.service));
}

/* An edit on A reaches B in moments, with neither side's periodic sync nor
 * Sync Now: B watches the server's changes feed. A's own push comes back to
 * A through its feed and does not make it sync again. */
static void
test_server_news (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *id = NULL;
  Lookup on_b;
  guint a_syncs, b_syncs;

  if (fixture->server == NULL)
    return;

  crm_sync_service_set_timing (fixture->a.service, 100, 300000, 5000, 300000);
  crm_sync_service_set_timing (fixture->b.service, 100, 300000, 5000, 300000);
  connect_both (fixture);
  /* The watches start after a first sync and ask where the server is. */
  crm_test_run_for (500);

  a_syncs = fixture->a.syncs;
  b_syncs = fixture->b.syncs;
  id = add_customer (fixture->a.db->store, "Denise Lambert");
  on_b = (Lookup) { fixture->b.db->store, id };
  crm_test_wait_until (has_customer, &on_b, "the customer on B");
  crm_test_wait_until (is_idle, fixture->b.service, "B to finish");
  g_assert_cmpuint (fixture->b.syncs, ==, b_syncs + 1);

  crm_test_run_for (1000);
  g_assert_cmpuint (fixture->a.syncs, ==, a_syncs + 1);
  g_assert_cmpuint (fixture->b.syncs, ==, b_syncs + 1);
}

/* Server gone: offline, the edits keep working; the server back (empty, as
 * a restart of the test server leaves it): the retries bring everything. */
static void
test_offline_and_back (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  Lookup on_b;

  if (fixture->server == NULL)
    return;

  crm_sync_service_set_timing (fixture->a.service, 100, 300000, 200, 400);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->a.service, "A's first sync");
  before = add_customer (fixture->a.db->store, "Before");
  wait_for_sync (&fixture->a, "A to send the first customer");

  crm_test_server_stop (fixture->server);
  during = add_customer (fixture->a.db->store, "During");
  crm_test_wait_until (is_offline, fixture->a.service, "A to go offline");
  g_assert_nonnull (crm_sync_service_get_message (fixture->a.service));
  g_assert_cmpint (crm_store_count (fixture->a.db->store, CRM_TYPE_CUSTOMER), ==, 2);

  /* Still offline after several retries; edits still work. */
  crm_test_run_for (1000);
  g_assert_true (is_offline (fixture->a.service));
  g_free (add_customer (fixture->a.db->store, "Also during"));
  g_assert_cmpint (crm_store_count (fixture->a.db->store, CRM_TYPE_CUSTOMER), ==, 3);

  g_assert_true (crm_test_server_restart (fixture->server, &error));
  g_assert_no_error (error);
  create_database (fixture->url);
  crm_test_wait_until (is_idle, fixture->a.service, "A to catch up");
  g_assert_null (crm_sync_service_get_message (fixture->a.service));

  /* Everything is on the server again. */
  crm_sync_service_set_account (fixture->b.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->b.service, "B's first sync");
  g_assert_cmpint (crm_store_count (fixture->b.db->store, CRM_TYPE_CUSTOMER), ==, 3);
  on_b = (Lookup) { fixture->b.db->store, during };
  g_assert_true (has_customer (&on_b));
}

/* Started while the server is down, edited offline; Sync Now once it is back
 * sends the edit at once, without waiting for a retry. */
static void
test_start_offline (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  Lookup on_b;

  if (fixture->server == NULL)
    return;

  crm_test_server_stop (fixture->server);
  crm_sync_service_set_timing (fixture->a.service, 100, 300000, 300000, 300000);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_offline, fixture->a.service, "A to find the server gone");
  id = add_customer (fixture->a.db->store, "Offline");
  crm_test_run_for (500);
  g_assert_true (is_offline (fixture->a.service));

  g_assert_true (crm_test_server_restart (fixture->server, &error));
  g_assert_no_error (error);
  create_database (fixture->url);
  crm_sync_service_sync_now (fixture->a.service);
  g_assert_true (is_syncing (fixture->a.service));
  crm_test_wait_until (is_idle, fixture->a.service, "A to sync");

  crm_sync_service_set_account (fixture->b.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->b.service, "B's first sync");
  on_b = (Lookup) { fixture->b.db->store, id };
  g_assert_true (has_customer (&on_b));
}

/* A wrong password is an error that waits for the user: no retries, not even
 * after edits; a new account syncs at once. */
static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  guint changes;

  if (fixture->server == NULL)
    return;

  crm_sync_service_set_timing (fixture->a.service, 50, 100, 50, 100);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, "wrong");
  crm_test_wait_until (is_error, fixture->a.service, "the error");
  g_assert_nonnull (crm_sync_service_get_message (fixture->a.service));
  g_assert_cmpint (crm_sync_service_get_last_synced (fixture->a.service), ==, 0);

  changes = fixture->a.state_changes;
  g_free (add_customer (fixture->a.db->store, "Waits"));
  crm_test_run_for (600);
  g_assert_cmpuint (fixture->a.state_changes, ==, changes);
  g_assert_true (is_error (fixture->a.service));

  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync with the right password");
  g_assert_null (crm_sync_service_get_message (fixture->a.service));
}

/* No database there: an error that waits; Sync Now after it was created
 * syncs. */
static void
test_missing_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *missing = NULL;
  guint changes;

  if (fixture->server == NULL)
    return;

  missing = crm_test_server_new_database_url (fixture->server, "missing");
  crm_sync_service_set_timing (fixture->a.service, 50, 100, 50, 100);
  crm_sync_service_set_account (fixture->a.service, missing, USER, PASSWORD);
  crm_test_wait_until (is_error, fixture->a.service, "the error");
  g_assert_nonnull (crm_sync_service_get_message (fixture->a.service));

  changes = fixture->a.state_changes;
  crm_test_run_for (500);
  g_assert_cmpuint (fixture->a.state_changes, ==, changes);

  create_database (missing);
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync");
}

/* Off without an address; an address that is none is an error saying so. */
static void
test_off_and_bad_address (Fixture       *fixture,
                          gconstpointer  data)
{
  Side *a = &fixture->a;

  if (fixture->server == NULL)
    return;

  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_OFF);
  crm_sync_service_set_account (a->service, "", NULL, NULL);
  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_OFF);
  crm_sync_service_sync_now (a->service);
  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_OFF);

  crm_sync_service_set_account (a->service, "ftp://example.com/crm", USER, PASSWORD);
  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_ERROR);
  g_assert_nonnull (crm_sync_service_get_message (a->service));
  crm_sync_service_sync_now (a->service);
  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_ERROR);

  crm_sync_service_set_account (a->service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, a->service, "the sync");
  crm_sync_service_set_account (a->service, NULL, NULL, NULL);
  g_assert_cmpint (crm_sync_service_get_state (a->service), ==, CRM_SYNC_STATE_OFF);
  g_assert_null (crm_sync_service_get_message (a->service));
  g_assert_cmpint (crm_sync_service_get_last_synced (a->service), ==, 0);
}

static void
add_many (CrmStore *store,
          guint     n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %u", i);

      g_object_unref (crm_test_add_customer (store, name, NULL, NULL));
    }
  g_assert_true (crm_store_commit (store, &error));
  g_assert_no_error (error);
}

/* Asked for while a sync runs: one more run after it, never two at once; it
 * takes what was added meanwhile. Progress is reported on the way. */
static void
test_request_while_running (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *late = NULL;
  Lookup on_b;
  gboolean running;
  guint syncs;

  if (fixture->server == NULL)
    return;

  add_many (fixture->a.db->store, 3000);
  crm_sync_service_set_timing (fixture->a.service, 10, 300000, 5000, 300000);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  g_assert_true (is_syncing (fixture->a.service));
  syncs = fixture->a.syncs;

  /* Sending: a record added now is past what this run sends. */
  crm_test_wait_until (has_progress, &fixture->a, "progress");
  running = is_syncing (fixture->a.service);
  late = add_customer (fixture->a.db->store, "Late");
  crm_sync_service_sync_now (fixture->a.service);
  g_assert_true (is_syncing (fixture->a.service));
  crm_test_wait_until (is_idle, fixture->a.service, "both syncs");
  /* Asked for while it ran, the second run followed without a break. */
  if (running)
    g_assert_cmpuint (fixture->a.syncs, ==, syncs);
  else
    g_test_message ("The first sync was over before the second was asked for.");
  g_assert_cmpuint (crm_sync_service_get_total (fixture->a.service), ==, 0);

  crm_sync_service_set_account (fixture->b.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->b.service, "B's first sync");
  on_b = (Lookup) { fixture->b.db->store, late };
  g_assert_true (has_customer (&on_b));
  g_assert_cmpint (crm_store_count (fixture->b.db->store, CRM_TYPE_CUSTOMER), ==, 3001);
}

/* Dropping the service in the middle of a sync stops it cleanly; the next
 * one finishes the job. */
static void
test_dispose_while_syncing (Fixture       *fixture,
                            gconstpointer  data)
{
  if (fixture->server == NULL)
    return;

  add_many (fixture->a.db->store, 3000);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (has_progress, &fixture->a, "progress");
  if (!is_syncing (fixture->a.service))
    g_test_message ("The sync was over before the service was dropped.");
  g_clear_object (&fixture->a.service);
  /* Whatever the thread had queued for the main context finds nobody. */
  crm_test_run_for (200);

  side_new_service (&fixture->a);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync to finish");

  crm_sync_service_set_account (fixture->b.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->b.service, "B's first sync");
  g_assert_cmpint (crm_store_count (fixture->b.db->store, CRM_TYPE_CUSTOMER), ==, 3000);

  /* A new account stops the sync for the old one; the new one's follows. */
  add_many (fixture->a.db->store, 1000);
  fixture->a.max_total = 0;
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (has_progress, &fixture->a, "progress");
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, PASSWORD);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync for the new account");
  crm_sync_service_sync_now (fixture->b.service);
  crm_test_wait_until (is_idle, fixture->b.service, "B's sync");
  g_assert_cmpint (crm_store_count (fixture->b.db->store, CRM_TYPE_CUSTOMER), ==, 4000);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Stored;

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Stored *stored = user_data;

  if (g_task_get_source_tag (G_TASK (result)) == crm_sync_credentials_store)
    crm_sync_credentials_store_finish (result, &stored->error);
  else
    crm_sync_credentials_forget_finish (result, &stored->error);
  stored->done = TRUE;
}

static gboolean
is_stored (gpointer data)
{
  return ((Stored *)data)->done;
}

/* Keeps @password for the test server's account in the keyring, or forgets
 * it (%NULL). */
static void
keep_password (const char *url,
               const char *password)
{
  Stored stored = { FALSE, NULL };

  if (password != NULL)
    crm_sync_credentials_store (url, USER, password, NULL, stored_cb, &stored);
  else
    crm_sync_credentials_forget (url, USER, NULL, stored_cb, &stored);
  crm_test_wait_until (is_stored, &stored, "the keyring");
  g_assert_no_error (stored.error);
}

/* Without a password, the service reads the keyring: none there is an error
 * that says where to enter it; Sync Now reads it again once it is there, and
 * a new password, as Preferences save it, too. (Suite 'keyring' only.) */
static void
test_password_from_keyring (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  const char *url;

  if (fixture->server == NULL)
    return;

  client = crm_sync_client_new (fixture->url, NULL, NULL, &error);
  g_assert_no_error (error);
  url = crm_sync_client_get_url (client);

  keep_password (url, NULL);
  crm_sync_service_set_account (fixture->a.service, fixture->url, USER, NULL);
  crm_test_wait_until (is_error, fixture->a.service, "the missing password");
  g_assert_nonnull (crm_sync_service_get_message (fixture->a.service));

  keep_password (url, PASSWORD);
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync with the keyring's password");

  keep_password (url, "changed");
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (is_error, fixture->a.service, "the refused password");

  keep_password (url, PASSWORD);
  crm_sync_service_sync_now (fixture->a.service);
  crm_test_wait_until (is_idle, fixture->a.service, "the sync with the right password");

  keep_password (url, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sync-service/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("edits-reach-other-side", test_edits_reach_other_side);
  ADD ("pulled-changes-not-sent-back", test_pulled_changes_not_sent_back);
  ADD ("server-news", test_server_news);
  ADD ("offline-and-back", test_offline_and_back);
  ADD ("start-offline", test_start_offline);
  ADD ("wrong-password", test_wrong_password);
  ADD ("missing-database", test_missing_database);
  ADD ("off-and-bad-address", test_off_and_bad_address);
  ADD ("request-while-running", test_request_while_running);
  ADD ("dispose-while-syncing", test_dispose_while_syncing);
  /* Only in the suite 'keyring' (tests/meson.build), which has one. */
  if (g_getenv ("CRM_TEST_KEYRING") != NULL)
    ADD ("keyring/password", test_password_from_keyring);

#undef ADD

  return g_test_run ();
}
