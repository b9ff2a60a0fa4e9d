/* test-sync-faults.c: a sync cut at any point, and a server that talks garbage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Database A syncs through a fault-injecting proxy, a SoupServer on this
 * program's main loop in front of the CouchDB-compatible test server; B syncs
 * with the server directly, as another office would. The proxy passes
 * requests on, or instead answers one with an HTTP error, with garbage, with
 * a changed copy of the server's answer, by closing the connection, or not at
 * all; "down", it closes every connection, as a server that was killed. The
 * sync runs in a thread of its own while the main loop serves. After each
 * fault A's database must be whole, keep its own edits, and the next sync
 * must go on from its last checkpoint and end with A and B alike.
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <libsoup/soup.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/socket.h>

#include "crm-store-private.h"
#include "crm-store-sync.h"
#include "crm-sync-replicator.h"
#include "crm-test-server.h"
#include "crm-test-utils.h"

/* The replicator's batch size: the tests below cut syncs between batches. */
#define BATCH 1000

/* ---------------------------------------------------------------------- */
/* The proxy                                                              */
/* ---------------------------------------------------------------------- */

typedef enum
{
  FAULT_NONE,
  FAULT_STATUS,   /* an HTTP error, with a CouchDB error body */
  FAULT_BODY,     /* 200 with a body of the test's */
  FAULT_MANGLE,   /* the server's answer, changed by a function of the test's */
  FAULT_RESET,    /* the connection is reset without an answer */
  FAULT_HANG,     /* no answer ever */
} FaultKind;

typedef void (*Mangle) (JsonNode *answer);

typedef struct
{
  FaultKind   kind;
  const char *method;        /* NULL: any */
  const char *target;        /* a part of "path?query"; NULL: any */
  guint       skip;          /* matching requests let through first */
  gboolean    after_server;  /* the server does the request; its answer is lost */
  guint       status;        /* FAULT_STATUS */
  const char *body;          /* FAULT_BODY */
  Mangle      mangle;        /* FAULT_MANGLE */
  guint       count;         /* how many get it; 0: every one after @skip */
} Fault;

typedef struct
{
  SoupServer  *server;
  SoupSession *session;       /* to the test server */
  char        *upstream;      /* the test server's URL */
  char        *url;           /* the proxy's */

  GMutex       lock;          /* the sync's thread sets faults, the main loop reads them */
  Fault        fault;
  guint        matched;       /* requests the fault's method and target matched */
  guint        faulted;       /* of them, those that got the fault */
  gboolean     down;

  guint        requests;
  guint        changes_sent;  /* _changes results passed on to the client */
  guint        revs_diff_ids; /* ids the client asked _revs_diff about */
  guint        docs_pushed;   /* documents in _bulk_docs requests */
  GPtrArray   *since;         /* each _changes request's since=, in order */
  GPtrArray   *held;          /* SoupServerMessage, unanswered (FAULT_HANG) */
} Proxy;

typedef struct
{
  Proxy             *proxy;
  SoupServerMessage *message;
  SoupMessage       *forwarded;
  Fault              fault;    /* to apply to the server's answer, or FAULT_NONE */
  gboolean           changes;  /* a _changes request */
} Forwarding;

/* Resets the connection: SO_LINGER 0 makes the close an RST, as when a
 * server process dies; the client learns of it at once. */
static void
reset_connection (SoupServerMessage *message)
{
  GSocket *socket = soup_server_message_get_socket (message);
  g_autoptr(GIOStream) stream = NULL;

  if (socket != NULL)
    {
      struct linger linger = { .l_onoff = 1, .l_linger = 0 };

      setsockopt (g_socket_get_fd (socket), SOL_SOCKET, SO_LINGER, &linger, sizeof linger);
    }
  stream = soup_server_message_steal_connection (message);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static void
answer_json (SoupServerMessage *message,
             guint              status,
             const char        *body)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (bytes == NULL || g_bytes_get_size (bytes) == 0 ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return NULL;

  return json_parser_steal_root (parser);
}

/* Gives @message the fault instead of an answer; for FAULT_MANGLE,
 * @answer is the server's. Returns whether the message is answered (not
 * reset or held). */
static gboolean
apply_fault (Proxy             *proxy,
             SoupServerMessage *message,
             const Fault       *fault,
             GBytes            *answer)
{
  switch (fault->kind)
    {
    case FAULT_STATUS:
      {
        g_autofree char *body = g_strdup_printf ("{\"error\": \"injected\", \"reason\": \"fault %u\"}",
                                                 fault->status);

        answer_json (message, fault->status, body);
        return TRUE;
      }
    case FAULT_BODY:
      answer_json (message, SOUP_STATUS_OK, fault->body);
      return TRUE;
    case FAULT_MANGLE:
      {
        g_autoptr(JsonNode) node = parse (answer);
        g_autofree char *body = NULL;

        g_assert_nonnull (node);
        fault->mangle (node);
        body = json_to_string (node, FALSE);
        answer_json (message, SOUP_STATUS_OK, body);
        return TRUE;
      }
    case FAULT_RESET:
      reset_connection (message);
      return FALSE;
    case FAULT_HANG:
      g_ptr_array_add (proxy->held, g_object_ref (message));
      return FALSE;
    case FAULT_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
on_forwarded (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Forwarding *forwarding = user_data;
  Proxy *proxy = forwarding->proxy;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  gboolean down;

  g_mutex_lock (&proxy->lock);
  down = proxy->down;
  g_mutex_unlock (&proxy->lock);

  if (down)
    {
      reset_connection (forwarding->message);
    }
  else if (forwarding->fault.kind != FAULT_NONE)
    {
      if (apply_fault (proxy, forwarding->message, &forwarding->fault, bytes))
        soup_server_message_unpause (forwarding->message);
    }
  else if (bytes == NULL)
    {
      answer_json (forwarding->message, SOUP_STATUS_BAD_GATEWAY, "{\"error\": \"proxy\"}");
      soup_server_message_unpause (forwarding->message);
    }
  else
    {
      const char *type = soup_message_headers_get_content_type (soup_message_get_response_headers (forwarding->forwarded),
                                                                NULL);

      if (forwarding->changes && SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (forwarding->forwarded)))
        {
          g_autoptr(JsonNode) answer = parse (bytes);
          JsonObject *object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;

          if (object != NULL && json_object_has_member (object, "results"))
            proxy->changes_sent += json_array_get_length (json_object_get_array_member (object, "results"));
        }

      soup_server_message_set_status (forwarding->message, soup_message_get_status (forwarding->forwarded), NULL);
      soup_server_message_set_response (forwarding->message, type != NULL ? type : "application/json",
                                        SOUP_MEMORY_COPY, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      soup_server_message_unpause (forwarding->message);
    }

  g_object_unref (forwarding->message);
  g_object_unref (forwarding->forwarded);
  g_free (forwarding);
}

/* Counts what the client asks for, for the tests that check where a sync
 * starts again. */
static void
count_request (Proxy      *proxy,
               const char *path,
               const char *query,
               GBytes     *body)
{
  g_autoptr(JsonNode) request = NULL;
  JsonObject *object;

  proxy->requests++;

  if (g_str_has_suffix (path, "/_changes"))
    {
      g_autoptr(GHashTable) form = soup_form_decode (query != NULL ? query : "");
      const char *since = g_hash_table_lookup (form, "since");

      g_ptr_array_add (proxy->since, g_strdup (since != NULL ? since : ""));
      return;
    }

  request = parse (body);
  object = request != NULL && JSON_NODE_HOLDS_OBJECT (request) ? json_node_get_object (request) : NULL;
  if (object == NULL)
    return;

  if (g_str_has_suffix (path, "/_revs_diff"))
    proxy->revs_diff_ids += json_object_get_size (object);
  else if (g_str_has_suffix (path, "/_bulk_docs") && json_object_has_member (object, "docs"))
    proxy->docs_pushed += json_array_get_length (json_object_get_array_member (object, "docs"));
}

static const char * const passed_headers[] = { "Accept", "Authorization", "Content-Type" };

static void
handle_request (SoupServer        *server,
                SoupServerMessage *message,
                const char        *path,
                GHashTable        *query_table,
                gpointer           user_data)
{
  Proxy *proxy = user_data;
  GUri *uri = soup_server_message_get_uri (message);
  const char *method = soup_server_message_get_method (message);
  const char *query = g_uri_get_query (uri);
  g_autofree char *target = g_strconcat (g_uri_get_path (uri), query != NULL ? "?" : "", query, NULL);
  g_autofree char *upstream = g_strconcat (proxy->upstream, target, NULL);
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (message));
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);
  Forwarding *forwarding;
  Fault fault = { FAULT_NONE };
  gboolean down;

  g_mutex_lock (&proxy->lock);
  down = proxy->down;
  if (!down && proxy->fault.kind != FAULT_NONE &&
      (proxy->fault.method == NULL || g_str_equal (proxy->fault.method, method)) &&
      (proxy->fault.target == NULL || strstr (target, proxy->fault.target) != NULL) &&
      proxy->matched++ >= proxy->fault.skip &&
      (proxy->fault.count == 0 || proxy->faulted < proxy->fault.count))
    {
      fault = proxy->fault;
      proxy->faulted++;
    }
  g_mutex_unlock (&proxy->lock);

  if (down)
    {
      reset_connection (message);
      return;
    }

  count_request (proxy, g_uri_get_path (uri), query, body);

  if (fault.kind != FAULT_NONE && !fault.after_server && fault.kind != FAULT_MANGLE)
    {
      if (!apply_fault (proxy, message, &fault, NULL) && fault.kind == FAULT_HANG)
        soup_server_message_pause (message);
      return;
    }

  forwarding = g_new0 (Forwarding, 1);
  forwarding->proxy = proxy;
  forwarding->message = g_object_ref (message);
  forwarding->forwarded = soup_message_new (method, upstream);
  forwarding->fault = fault;
  forwarding->changes = g_str_has_suffix (g_uri_get_path (uri), "/_changes");
  g_assert_nonnull (forwarding->forwarded);

  for (guint i = 0; i < G_N_ELEMENTS (passed_headers); i++)
    {
      const char *name = passed_headers[i];
      const char *value = soup_message_headers_get_one (headers, name);

      if (value != NULL)
        soup_message_headers_replace (soup_message_get_request_headers (forwarding->forwarded), name, value);
    }
  if (g_bytes_get_size (body) > 0)
    soup_message_set_request_body_from_bytes (forwarding->forwarded,
                                              soup_message_headers_get_content_type (headers, NULL), body);

  soup_server_message_pause (message);
  soup_session_send_and_read_async (proxy->session, forwarding->forwarded, G_PRIORITY_DEFAULT, NULL,
                                    on_forwarded, forwarding);
}

static Proxy *
proxy_new (const char *upstream)
{
  Proxy *proxy = g_new0 (Proxy, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;

  g_mutex_init (&proxy->lock);
  proxy->upstream = g_strdup (upstream);
  proxy->since = g_ptr_array_new_with_free_func (g_free);
  proxy->held = g_ptr_array_new_with_free_func (g_object_unref);
  proxy->session = soup_session_new ();
  proxy->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (proxy->server, NULL, handle_request, proxy, NULL);
  g_assert_true (soup_server_listen_local (proxy->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);

  uris = soup_server_get_uris (proxy->server);
  g_assert_nonnull (uris);
  proxy->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify)g_uri_unref);

  return proxy;
}

static void
proxy_free (Proxy *proxy)
{
  /* What a fault held never gets an answer; its client is gone. */
  for (guint i = 0; i < proxy->held->len; i++)
    reset_connection (g_ptr_array_index (proxy->held, i));
  g_ptr_array_unref (proxy->held);

  soup_server_disconnect (proxy->server);
  g_object_unref (proxy->server);
  soup_session_abort (proxy->session);
  g_object_unref (proxy->session);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_ptr_array_unref (proxy->since);
  g_mutex_clear (&proxy->lock);
  g_free (proxy->upstream);
  g_free (proxy->url);
  g_free (proxy);
}

static void
proxy_set_fault (Proxy       *proxy,
                 const Fault *fault)
{
  g_mutex_lock (&proxy->lock);
  proxy->fault = fault != NULL ? *fault : (Fault){ FAULT_NONE };
  proxy->matched = 0;
  proxy->faulted = 0;
  g_mutex_unlock (&proxy->lock);
}

static void
proxy_set_down (Proxy    *proxy,
                gboolean  down)
{
  g_mutex_lock (&proxy->lock);
  proxy->down = down;
  g_mutex_unlock (&proxy->lock);
}

static guint
proxy_get_faulted (Proxy *proxy)
{
  guint faulted;

  g_mutex_lock (&proxy->lock);
  faulted = proxy->faulted;
  g_mutex_unlock (&proxy->lock);

  return faulted;
}

static void
proxy_reset_counts (Proxy *proxy)
{
  proxy->requests = 0;
  proxy->changes_sent = 0;
  proxy->revs_diff_ids = 0;
  proxy->docs_pushed = 0;
  g_ptr_array_set_size (proxy->since, 0);
}

/* ---------------------------------------------------------------------- */
/* The sync, in a thread                                                  */
/* ---------------------------------------------------------------------- */

typedef enum
{
  SYNC_PULL,
  SYNC_PUSH,
  SYNC_RUN,
} SyncKind;

typedef struct
{
  SyncKind         kind;
  CrmStore        *store;
  CrmSyncClient   *client;
  CrmSyncProgress  progress;
  gpointer         progress_data;
  CrmSyncResult    result;
  GError          *error;
  gboolean         ok;
  gint             done;
} SyncJob;

static gpointer
run_job (gpointer data)
{
  SyncJob *job = data;
  gboolean (*sync) (CrmStore *, CrmSyncClient *, CrmSyncProgress, gpointer, GCancellable *,
                    CrmSyncResult *, GError **) =
    job->kind == SYNC_PULL ? crm_sync_pull : job->kind == SYNC_PUSH ? crm_sync_push : crm_sync_run;

  job->ok = sync (job->store, job->client, job->progress, job->progress_data, NULL, &job->result, &job->error);
  g_atomic_int_set (&job->done, 1);
  g_main_context_wakeup (NULL);

  return NULL;
}

typedef struct
{
  CrmTestServer *server;
  Proxy         *proxy;
  char          *direct_url;   /* the database on the test server */
  char          *proxied_url;  /* the same, through the proxy */
  guint          timeout;      /* the client's, in seconds */
  CrmTestDb     *a;            /* syncs through the proxy */
  CrmTestDb     *b;            /* syncs with the server directly */
} Fixture;

/* Syncs A through the proxy; returns whether it went through, with @error
 * set otherwise. */
static gboolean
sync_a (Fixture          *fixture,
        SyncKind          kind,
        CrmSyncProgress   progress,
        gpointer          progress_data,
        CrmSyncResult    *result,
        GError          **error)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) local_error = NULL;
  SyncJob job = { kind, fixture->a->store, NULL, progress, progress_data };
  GThread *thread;

  client = crm_sync_client_new (fixture->proxied_url, NULL, NULL, &local_error);
  g_assert_no_error (local_error);
  crm_sync_client_set_timeout (client, fixture->timeout);
  job.client = client;

  thread = g_thread_new ("crm-test-sync", run_job, &job);
  while (!g_atomic_int_get (&job.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  if (result != NULL)
    *result = job.result;
  g_assert_true (job.ok == (job.error == NULL));
  if (job.error != NULL)
    g_propagate_error (error, job.error);

  return job.ok;
}

static CrmSyncResult
sync_a_ok (Fixture  *fixture,
           SyncKind  kind)
{
  g_autoptr(GError) error = NULL;
  CrmSyncResult result = { 0 };

  sync_a (fixture, kind, NULL, NULL, &result, &error);
  g_assert_no_error (error);

  return result;
}

static CrmSyncResult
sync_b (Fixture *fixture)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  CrmSyncResult result = { 0 };

  client = crm_sync_client_new (fixture->direct_url, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (crm_sync_run (fixture->b->store, client, NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);

  return result;
}

/* One server for all the tests, each with a database of its own: starting
 * Node.js for each of them would take longer than most of them do. */
static CrmTestServer *shared_server;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  if (shared_server == NULL)
    shared_server = crm_test_server_require ();
  if ((fixture->server = shared_server) == NULL)
    return;

  fixture->direct_url = crm_test_server_new_database_url (fixture->server, "faults");
  fixture->proxy = proxy_new (crm_test_server_get_url (fixture->server));
  fixture->proxied_url = g_strconcat (fixture->proxy->url, strrchr (fixture->direct_url, '/'), NULL);
  fixture->timeout = 30;
  fixture->a = crm_test_db_new ();
  fixture->b = crm_test_db_new ();

  client = crm_sync_client_new (fixture->direct_url, NULL, NULL, &error);
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
  g_clear_pointer (&fixture->proxy, proxy_free);
  g_clear_pointer (&fixture->direct_url, g_free);
  g_clear_pointer (&fixture->proxied_url, g_free);
  fixture->server = NULL;
}

/* ---------------------------------------------------------------------- */
/* What must hold after any fault                                         */
/* ---------------------------------------------------------------------- */

/* B makes @n customers and puts them on the server; with @edited, edits
 * each once more, so that A fetches them with _bulk_get (a first revision
 * may come along with the changes instead). */
static void
fill_server (Fixture  *fixture,
             guint     n,
             gboolean  edited)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (crm_store_begin (fixture->b->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Server customer %u", i);
      g_autofree char *email = g_strdup_printf ("s%u@example.com", i);

      g_ptr_array_add (customers, crm_test_add_customer (fixture->b->store, name, email, i % 2 ? "Lyon" : "Oslo"));
    }
  g_assert_true (crm_store_commit (fixture->b->store, &error));
  g_assert_cmpuint (sync_b (fixture).pushed, ==, n);

  if (!edited)
    return;

  g_assert_true (crm_store_begin (fixture->b->store, &error));
  for (guint i = 0; i < n; i++)
    {
      CrmCustomer *customer = g_ptr_array_index (customers, i);

      crm_customer_set_city (customer, "Porto");
      g_assert_true (crm_store_save (fixture->b->store, CRM_RECORD (customer), &error));
    }
  g_assert_true (crm_store_commit (fixture->b->store, &error));
  g_assert_cmpuint (sync_b (fixture).pushed, ==, n);
}

/* A's own work, not yet synced: @n customers. */
static void
add_local (Fixture *fixture,
           guint    n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_store_begin (fixture->a->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Local customer %u", i);
      g_autoptr(CrmCustomer) customer = crm_test_add_customer (fixture->a->store, name, NULL, "Kyiv");
    }
  g_assert_true (crm_store_commit (fixture->a->store, &error));
}

static guint
count_named (CrmStore   *store,
             const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = crm_store_list (store, CRM_TYPE_CUSTOMER, NULL, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    if (g_str_has_prefix (crm_customer_get_name (g_ptr_array_index (records, i)), prefix))
      n++;

  return n;
}

/* SQLite finds nothing wrong with the file, and no reference is dangling. */
static void
assert_consistent (CrmStore *store)
{
  sqlite3 *db = crm_store_get_db (store);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Every customer A has from the server is as B has it, to the last field
 * and revision: nothing half-written. */
static void
assert_whole (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = crm_store_list (fixture->a->store, CRM_TYPE_CUSTOMER, NULL, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      CrmRecord *record = g_ptr_array_index (records, i);
      g_autoptr(JsonObject) here = NULL;
      g_autoptr(JsonObject) there = NULL;
      g_autoptr(JsonNode) a = NULL;
      g_autoptr(JsonNode) b = NULL;

      there = crm_store_sync_read_document (fixture->b->store, CRM_TYPE_CUSTOMER, crm_record_get_id (record),
                                            NULL, &error);
      g_assert_no_error (error);
      if (there == NULL)
        continue;  /* A's own */
      here = crm_store_sync_read_document (fixture->a->store, CRM_TYPE_CUSTOMER, crm_record_get_id (record),
                                           NULL, &error);
      g_assert_no_error (error);
      a = json_node_init_object (json_node_alloc (), here);
      b = json_node_init_object (json_node_alloc (), there);
      g_assert_true (json_node_equal (a, b));
    }
}

/* After a failed sync: A is consistent, whole, and has its @n_local edits. */
static void
assert_nothing_lost (Fixture *fixture,
                     guint    n_local)
{
  assert_consistent (fixture->a->store);
  assert_whole (fixture);
  g_assert_cmpuint (count_named (fixture->a->store, "Local customer "), ==, n_local);
}

/* With the proxy out of the way, A, B and A again sync: then both hold the
 * same customers, alike. */
static void
assert_converge (Fixture *fixture)
{
  proxy_set_fault (fixture->proxy, NULL);
  proxy_set_down (fixture->proxy, FALSE);

  sync_a_ok (fixture, SYNC_RUN);
  sync_b (fixture);
  sync_a_ok (fixture, SYNC_RUN);

  assert_consistent (fixture->a->store);
  assert_consistent (fixture->b->store);
  g_assert_cmpint (crm_store_count (fixture->a->store, CRM_TYPE_CUSTOMER), ==,
                   crm_store_count (fixture->b->store, CRM_TYPE_CUSTOMER));
  assert_whole (fixture);

  /* Nothing more to do either way. */
  g_assert_cmpuint (sync_a_ok (fixture, SYNC_RUN).pushed, ==, 0);
  g_assert_cmpuint (sync_b (fixture).pulled, ==, 0);
}

static void
assert_sync_error (GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == CRM_SYNC_ERROR);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_test_message ("the sync failed: %s", error->message);
}

/* ---------------------------------------------------------------------- */
/* A server that goes away                                                */
/* ---------------------------------------------------------------------- */

static void
go_down_after_first_batch (gboolean  pushing,
                           guint     done,
                           guint     total,
                           gpointer  user_data)
{
  proxy_set_down (user_data, TRUE);
}

/* The server dies after the first batch of a pull; A keeps the batches it
 * took in, and the next pull asks only for the rest. */
static void
test_pull_server_down (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint taken;

  if (fixture->server == NULL)
    return;

  fill_server (fixture, 3 * BATCH + 500, FALSE);
  add_local (fixture, 3);

  g_assert_false (sync_a (fixture, SYNC_PULL, go_down_after_first_batch, fixture->proxy, NULL, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNREACHABLE);
  assert_nothing_lost (fixture, 3);

  /* Whole batches, the first at least; the fetcher may have had the next. */
  taken = count_named (fixture->a->store, "Server customer ");
  g_assert_cmpuint (taken, >=, BATCH);
  g_assert_cmpuint (taken % BATCH, ==, 0);
  g_assert_cmpuint (taken, <, 3 * BATCH + 500);

  proxy_set_down (fixture->proxy, FALSE);
  proxy_reset_counts (fixture->proxy);
  sync_a_ok (fixture, SYNC_PULL);
  g_assert_cmpuint (count_named (fixture->a->store, "Server customer "), ==, 3 * BATCH + 500);
  g_assert_cmpuint (fixture->proxy->since->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (fixture->proxy->since, 0), !=, "0");
  g_assert_cmpuint (fixture->proxy->changes_sent, ==, 3 * BATCH + 500 - taken);

  assert_converge (fixture);
  g_assert_cmpuint (count_named (fixture->b->store, "Local customer "), ==, 3);
}

/* The server dies after the first batch of a push; the next push sends the
 * rest, not everything again. */
static void
test_push_server_down (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CrmSyncResult result = { 0 };

  if (fixture->server == NULL)
    return;

  add_local (fixture, 2 * BATCH + 500);

  g_assert_false (sync_a (fixture, SYNC_PUSH, go_down_after_first_batch, fixture->proxy, &result, &error));
  g_assert_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNREACHABLE);
  g_assert_cmpuint (result.pushed, ==, BATCH);
  assert_nothing_lost (fixture, 2 * BATCH + 500);

  proxy_set_down (fixture->proxy, FALSE);
  proxy_reset_counts (fixture->proxy);
  g_assert_cmpuint (sync_a_ok (fixture, SYNC_PUSH).pushed, ==, BATCH + 500);
  g_assert_cmpuint (fixture->proxy->revs_diff_ids, ==, BATCH + 500);
  g_assert_cmpuint (fixture->proxy->docs_pushed, ==, BATCH + 500);

  assert_converge (fixture);
  g_assert_cmpuint (count_named (fixture->b->store, "Local customer "), ==, 2 * BATCH + 500);
}

typedef struct
{
  CrmTestServer *server;
  gboolean       stopped;
} Killer;

static void
kill_server (gboolean  pushing,
             guint     done,
             guint     total,
             gpointer  user_data)
{
  Killer *killer = user_data;

  if (!killer->stopped)
    crm_test_server_stop (killer->server);
  killer->stopped = TRUE;
}

/* A server killed in the middle of an answer without a length (_changes
 * streams) leaves the client with the start of it: JSON cut short. */
static void
assert_killed_error (GError *error)
{
  assert_sync_error (error);
  g_assert_true (error->code == CRM_SYNC_ERROR_UNREACHABLE || error->code == CRM_SYNC_ERROR_PROTOCOL);
}

/* The real server process killed in the middle of a pull and of a push. It
 * comes back empty (it keeps its data in memory), so A then sends all it
 * has, and B too. */
static void
test_server_killed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  Killer killer = { fixture->server, FALSE };
  guint taken;

  if (fixture->server == NULL)
    return;

  fill_server (fixture, BATCH + 500, FALSE);
  add_local (fixture, BATCH + 10);
  client = crm_sync_client_new (fixture->direct_url, NULL, NULL, &error);

  g_assert_false (crm_sync_pull (fixture->a->store, client, kill_server, &killer, NULL, NULL, &error));
  assert_killed_error (error);
  g_clear_error (&error);
  assert_nothing_lost (fixture, BATCH + 10);
  /* The first batch, or both: the fetcher may have had the second. */
  taken = count_named (fixture->a->store, "Server customer ");
  g_assert_true (taken == BATCH || taken == BATCH + 500);

  g_assert_true (crm_test_server_restart (fixture->server, &error));
  g_assert_no_error (error);
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));
  g_assert_no_error (error);

  killer.stopped = FALSE;
  g_assert_false (crm_sync_push (fixture->a->store, client, kill_server, &killer, NULL, NULL, &error));
  assert_killed_error (error);
  g_clear_error (&error);
  assert_nothing_lost (fixture, BATCH + 10);

  g_assert_true (crm_test_server_restart (fixture->server, &error));
  g_assert_true (crm_sync_client_create_database (client, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (sync_b (fixture).pushed, ==, BATCH + 500);
  assert_converge (fixture);
  g_assert_cmpuint (count_named (fixture->b->store, "Local customer "), ==, BATCH + 10);
  g_assert_cmpuint (count_named (fixture->a->store, "Server customer "), ==, BATCH + 500);
}

/* ---------------------------------------------------------------------- */
/* One request fails                                                      */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  Fault       fault;
  int         code;       /* the CrmSyncError expected, or -1 for any */
  gboolean    pull;       /* the fault hits a pull (else a push) */
} FaultCase;

#define ANY_CODE (-1)
#define REV "1-0123456789abcdef0123456789abcdef"

/* A fault on the second batch of a pull, or of a push, or on the request of
 * a checkpoint. */
static const FaultCase fault_cases[] = {
  /* Connection resets. */
  { "reset/changes", { FAULT_RESET, "GET", "/_changes", 1 }, CRM_SYNC_ERROR_UNREACHABLE, TRUE },
  { "reset/bulk-get", { FAULT_RESET, "POST", "/_bulk_get", 1 }, CRM_SYNC_ERROR_UNREACHABLE, TRUE },
  { "reset/revs-diff", { FAULT_RESET, "POST", "/_revs_diff", 1 }, CRM_SYNC_ERROR_UNREACHABLE, FALSE },
  { "reset/bulk-docs", { FAULT_RESET, "POST", "/_bulk_docs", 1 }, CRM_SYNC_ERROR_UNREACHABLE, FALSE },
  /* The server took the batch in; the answer is what was lost. */
  { "reset/bulk-docs-done", { FAULT_RESET, "POST", "/_bulk_docs", 1, TRUE }, CRM_SYNC_ERROR_UNREACHABLE, FALSE },
  { "reset/checkpoint-done", { FAULT_RESET, "PUT", "/_local/", 1, TRUE }, CRM_SYNC_ERROR_UNREACHABLE, TRUE },
  /* Server errors. */
  { "500/changes", { FAULT_STATUS, "GET", "/_changes", 1, .status = 500 }, CRM_SYNC_ERROR_SERVER, TRUE },
  { "500/bulk-get", { FAULT_STATUS, "POST", "/_bulk_get", 1, .status = 500 }, CRM_SYNC_ERROR_SERVER, TRUE },
  { "503/revs-diff", { FAULT_STATUS, "POST", "/_revs_diff", 1, .status = 503 }, CRM_SYNC_ERROR_SERVER, FALSE },
  { "500/bulk-docs", { FAULT_STATUS, "POST", "/_bulk_docs", 1, .status = 500 }, CRM_SYNC_ERROR_SERVER, FALSE },
  { "500/checkpoint", { FAULT_STATUS, "PUT", "/_local/", 1, .status = 500 }, CRM_SYNC_ERROR_SERVER, FALSE },
  { "500/checkpoint-read", { FAULT_STATUS, "GET", "/_local/", 0, .status = 500 }, CRM_SYNC_ERROR_SERVER, TRUE },
  /* Malformed JSON, cut off mid-answer. */
  { "cut/changes", { FAULT_BODY, "GET", "/_changes", 1, .body = "{\"results\": [{\"id\": \"a\", \"changes\": [{\"rev\"" },
    CRM_SYNC_ERROR_PROTOCOL, TRUE },
  { "cut/bulk-get", { FAULT_BODY, "POST", "/_bulk_get", 1, .body = "{\"results\": [{\"id\": " },
    CRM_SYNC_ERROR_PROTOCOL, TRUE },
  { "cut/revs-diff", { FAULT_BODY, "POST", "/_revs_diff", 1, .body = "{\"x\": {\"missing\": [" },
    CRM_SYNC_ERROR_PROTOCOL, FALSE },
  { "cut/bulk-docs", { FAULT_BODY, "POST", "/_bulk_docs", 1, .body = "[{\"ok\": tr" }, CRM_SYNC_ERROR_PROTOCOL, FALSE },
  /* No answer: the client's own time limit. On the first such request, so
   * that no slow answer before it (a loaded machine, a sanitizer build) runs
   * into the short limit first. */
  { "timeout/changes", { FAULT_HANG, "GET", "/_changes", 0 }, CRM_SYNC_ERROR_UNREACHABLE, TRUE },
  { "timeout/bulk-docs", { FAULT_HANG, "POST", "/_bulk_docs", 0 }, CRM_SYNC_ERROR_UNREACHABLE, FALSE },
};

/* A fault in the second batch: the first stays, and the next sync picks up
 * after it. */
static void
test_fault (Fixture       *fixture,
            gconstpointer  data)
{
  const FaultCase *fault_case = data;
  g_autoptr(GError) error = NULL;
  CrmSyncResult result = { 0 };

  if (fixture->server == NULL)
    return;

  /* Edited, so that the pull needs _bulk_get; two batches. */
  if (fault_case->pull)
    fill_server (fixture, BATCH + 200, TRUE);
  add_local (fixture, fault_case->pull ? 5 : BATCH + 200);
  if (fault_case->fault.kind == FAULT_HANG)
    fixture->timeout = 2;

  proxy_set_fault (fixture->proxy, &fault_case->fault);
  g_assert_false (sync_a (fixture, fault_case->pull ? SYNC_PULL : SYNC_PUSH, NULL, NULL, &result, &error));
  assert_sync_error (error);
  if (fault_case->code != ANY_CODE)
    g_assert_error (error, CRM_SYNC_ERROR, fault_case->code);
  g_assert_cmpuint (proxy_get_faulted (fixture->proxy), >, 0);
  assert_nothing_lost (fixture, fault_case->pull ? 5 : BATCH + 200);

  /* It goes on from the checkpoint after the first batch, or the one
   * before it for a checkpoint that never got written. */
  proxy_set_fault (fixture->proxy, NULL);
  proxy_reset_counts (fixture->proxy);
  fixture->timeout = 30;
  if (fault_case->pull)
    {
      guint taken = count_named (fixture->a->store, "Server customer ");

      /* Whole batches: none, the first, or both. */
      g_assert_true (taken == 0 || taken == BATCH || taken == BATCH + 200);
      sync_a_ok (fixture, SYNC_PULL);
      g_assert_cmpuint (count_named (fixture->a->store, "Server customer "), ==, BATCH + 200);
      g_assert_cmpuint (fixture->proxy->changes_sent, <=, BATCH + 200 - MIN (taken, BATCH));
      if (taken > 0)
        g_assert_cmpstr (g_ptr_array_index (fixture->proxy->since, 0), !=, "0");
    }
  else
    {
      g_assert_cmpuint (result.pushed, <=, 2 * BATCH);
      sync_a_ok (fixture, SYNC_PUSH);
      /* After the first batch (if the fault came after it), or the second
       * where only the server's copy of the checkpoint failed. */
      g_assert_cmpuint (fixture->proxy->revs_diff_ids, <=, fault_case->fault.skip > 0 ? 200 : BATCH + 200);
      /* Sent again only what the server lacks. */
      g_assert_cmpuint (fixture->proxy->docs_pushed, <=, BATCH + 200);
    }

  assert_converge (fixture);
}

/* ---------------------------------------------------------------------- */
/* Garbage                                                                */
/* ---------------------------------------------------------------------- */

static void
mangle_bulk_get_errors (JsonNode *answer)
{
  JsonArray *results = json_object_get_array_member (json_node_get_object (answer), "results");
  JsonObject *result = json_array_get_object_element (results, json_array_get_length (results) / 2);
  JsonObject *entry = json_array_get_object_element (json_object_get_array_member (result, "docs"), 0);
  JsonObject *failure = json_object_new ();

  json_object_set_string_member (failure, "id", json_object_get_string_member (result, "id"));
  json_object_set_string_member (failure, "rev", REV);
  json_object_set_string_member (failure, "error", "not_found");
  json_object_set_string_member (failure, "reason", "missing");
  json_object_remove_member (entry, "ok");
  json_object_set_object_member (entry, "error", failure);
}

static void
mangle_bulk_get_ok_array (JsonNode *answer)
{
  JsonArray *results = json_object_get_array_member (json_node_get_object (answer), "results");
  JsonObject *entry = json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (results, 0),
                                                                                    "docs"), 0);

  json_object_set_array_member (entry, "ok", json_array_new ());
}

static void
mangle_bulk_get_results (JsonNode *answer)
{
  json_array_add_int_element (json_object_get_array_member (json_node_get_object (answer), "results"), 7);
}

/* Wrong types and huge numbers in every document's fields. */
static void
mangle_bulk_get_fields (JsonNode *answer)
{
  JsonArray *results = json_object_get_array_member (json_node_get_object (answer), "results");

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonArray *docs = json_object_get_array_member (json_array_get_object_element (results, i), "docs");
      JsonObject *document = json_object_get_object_member (json_array_get_object_element (docs, 0), "ok");

      json_object_set_double_member (document, "loyalty-points", 1e300);
      json_object_set_int_member (document, "email", G_MAXINT64);
      json_object_set_array_member (document, "city", json_array_new ());
      json_object_set_boolean_member (document, "kind", TRUE);
      json_object_set_object_member (document, "_revisions", json_object_new ());
    }
}

static void
mangle_revs_diff_missing (JsonNode *answer)
{
  g_autoptr(GList) ids = json_object_get_members (json_node_get_object (answer));

  for (GList *l = ids; l != NULL; l = l->next)
    json_object_set_string_member (json_object_get_object_member (json_node_get_object (answer), l->data),
                                   "missing", REV);
}

static void
mangle_revs_diff_entries (JsonNode *answer)
{
  g_autoptr(GList) ids = json_object_get_members (json_node_get_object (answer));

  for (GList *l = ids; l != NULL; l = l->next)
    json_object_set_int_member (json_node_get_object (answer), l->data, 1);
}

typedef struct
{
  const char *name;
  Fault       fault;
  gboolean    pull;
  gboolean    tolerated;   /* may go through (then nothing is lost either) */
} GarbageCase;

static const GarbageCase garbage_cases[] = {
  /* _changes */
  { "changes/not-json", { FAULT_BODY, "GET", "/_changes", .body = "<html>Service Unavailable</html>" }, TRUE },
  { "changes/empty", { FAULT_BODY, "GET", "/_changes", .body = "" }, TRUE },
  { "changes/array", { FAULT_BODY, "GET", "/_changes", .body = "[1, 2, 3]" }, TRUE },
  { "changes/null", { FAULT_BODY, "GET", "/_changes", .body = "null" }, TRUE },
  { "changes/results-object", { FAULT_BODY, "GET", "/_changes", .body = "{\"results\": {\"id\": \"x\"}, \"last_seq\": 3}" },
    TRUE },
  { "changes/no-last-seq", { FAULT_BODY, "GET", "/_changes", .body = "{\"results\": []}" }, TRUE },
  { "changes/results-not-objects",
    { FAULT_BODY, "GET", "/_changes", .body = "{\"results\": [1, \"two\", null, [], true], \"last_seq\": 99, \"pending\": 0}" },
    TRUE },
  { "changes/missing-fields",
    { FAULT_BODY, "GET", "/_changes",
      .body = "{\"results\": [{\"seq\": 1}, {\"id\": 5, \"changes\": []}, {\"id\": \"x\", \"changes\": \"1-a\"}],"
              " \"last_seq\": 99, \"pending\": 0}" }, TRUE },
  { "changes/huge-numbers",
    { FAULT_BODY, "GET", "/_changes",
      .body = "{\"results\": [{\"id\": \"x\", \"seq\": 1e999, \"changes\": [{\"rev\": 123456789012345678901234567890}]}],"
              " \"last_seq\": 99, \"pending\": -99999999999999999999999}" }, TRUE },
  /* _bulk_get */
  { "bulk-get/not-json", { FAULT_BODY, "POST", "/_bulk_get", .body = "Internal error\n" }, TRUE },
  { "bulk-get/array", { FAULT_BODY, "POST", "/_bulk_get", .body = "[]" }, TRUE },
  { "bulk-get/results-string", { FAULT_BODY, "POST", "/_bulk_get", .body = "{\"results\": \"all of them\"}" }, TRUE },
  { "bulk-get/error-entry", { FAULT_MANGLE, "POST", "/_bulk_get", .mangle = mangle_bulk_get_errors }, TRUE },
  { "bulk-get/ok-not-object", { FAULT_MANGLE, "POST", "/_bulk_get", .mangle = mangle_bulk_get_ok_array }, TRUE },
  { "bulk-get/result-not-object", { FAULT_MANGLE, "POST", "/_bulk_get", .mangle = mangle_bulk_get_results }, TRUE },
  /* _revs_diff */
  { "revs-diff/array", { FAULT_BODY, "POST", "/_revs_diff", .body = "[]" }, FALSE },
  { "revs-diff/not-json", { FAULT_BODY, "POST", "/_revs_diff", .body = "{missing}" }, FALSE },
  { "revs-diff/unasked-id",
    { FAULT_BODY, "POST", "/_revs_diff", .body = "{\"never-asked\": {\"missing\": [\"" REV "\"]}}" }, FALSE },
  { "revs-diff/missing-not-array", { FAULT_MANGLE, "POST", "/_revs_diff", .mangle = mangle_revs_diff_missing }, FALSE },
  { "revs-diff/entry-not-object", { FAULT_MANGLE, "POST", "/_revs_diff", .mangle = mangle_revs_diff_entries },
    FALSE },
  /* _bulk_docs */
  { "bulk-docs/object", { FAULT_BODY, "POST", "/_bulk_docs", .body = "{\"ok\": true}" }, FALSE },
  { "bulk-docs/refused",
    { FAULT_BODY, "POST", "/_bulk_docs", .body = "[{\"id\": \"x\", \"error\": \"forbidden\", \"reason\": \"Only admins\"}]" },
    FALSE },
  /* Checkpoints */
  { "checkpoint/not-json", { FAULT_BODY, "GET", "/_local/", .body = "\x01\x02\x03" }, TRUE },
  { "checkpoint/array", { FAULT_BODY, "GET", "/_local/", .body = "[{\"session\": 1}]" }, TRUE, TRUE },
  { "checkpoint/wrong-types",
    { FAULT_BODY, "GET", "/_local/", .body = "{\"_rev\": 12, \"session\": [], \"last_seq\": 1e999}" }, TRUE, TRUE },
  { "checkpoint/put-answer", { FAULT_BODY, "PUT", "/_local/", .body = "[\"ok\"]" }, FALSE, TRUE },
};

/* Garbage from the server: one of Crm's errors with a message, or (where
 * that can be read as nothing at all) a sync that goes through; either way
 * A loses nothing and catches up after. */
static void
test_garbage (Fixture       *fixture,
              gconstpointer  data)
{
  const GarbageCase *garbage = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (fixture->server == NULL)
    return;

  fill_server (fixture, 50, TRUE);
  add_local (fixture, 20);

  proxy_set_fault (fixture->proxy, &garbage->fault);
  ok = sync_a (fixture, garbage->pull ? SYNC_PULL : SYNC_PUSH, NULL, NULL, NULL, &error);
  g_assert_cmpuint (proxy_get_faulted (fixture->proxy), >, 0);
  if (!ok)
    {
      assert_sync_error (error);
      g_assert_true (error->code == CRM_SYNC_ERROR_PROTOCOL || error->code == CRM_SYNC_ERROR_SERVER);
    }
  else if (!garbage->tolerated)
    {
      g_error ("the sync took %s as a good answer", garbage->name);
    }
  assert_nothing_lost (fixture, 20);

  assert_converge (fixture);
  g_assert_cmpuint (count_named (fixture->a->store, "Server customer "), ==, 50);
  g_assert_cmpuint (count_named (fixture->b->store, "Local customer "), ==, 20);
}

/* Fields of the wrong type or out of range are not taken in as nonsense,
 * and the rest of each record is. */
static void
test_wrong_field_types (Fixture       *fixture,
                        gconstpointer  data)
{
  const Fault fault = { FAULT_MANGLE, "POST", "/_bulk_get", .mangle = mangle_bulk_get_fields };
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  if (fixture->server == NULL)
    return;

  fill_server (fixture, 50, TRUE);
  proxy_set_fault (fixture->proxy, &fault);
  g_assert_cmpuint (sync_a_ok (fixture, SYNC_PULL).pulled, ==, 50);
  g_assert_cmpuint (proxy_get_faulted (fixture->proxy), >, 0);
  assert_consistent (fixture->a->store);

  records = crm_store_list (fixture->a->store, CRM_TYPE_CUSTOMER, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 50);
  for (guint i = 0; i < records->len; i++)
    {
      CrmCustomer *customer = g_ptr_array_index (records, i);

      g_assert_true (g_str_has_prefix (crm_customer_get_name (customer), "Server customer "));
      g_assert_cmpint (crm_customer_get_loyalty_points (customer), ==, 0);
      g_assert_null (crm_customer_get_email (customer));
      g_assert_null (crm_customer_get_city (customer));
    }
}

/* ---------------------------------------------------------------------- */
/* Cut anywhere                                                           */
/* ---------------------------------------------------------------------- */

/* A whole sync (a pull of two batches, then a push) with its n-th request
 * reset, for every n: whatever it was, A loses nothing and catches up. */
static void
test_cut_anywhere (void)
{
  gboolean hit = TRUE;

  for (guint n = 0; hit; n++)
    {
      Fixture fixture = { 0 };
      g_autoptr(GError) error = NULL;
      Fault fault = { FAULT_RESET, NULL, NULL, n, n % 2 == 1, .count = 1 };

      fixture_set_up (&fixture, NULL);
      if (fixture.server == NULL)
        return;

      fill_server (&fixture, BATCH + 100, n % 4 == 1);
      add_local (&fixture, 50);

      proxy_set_fault (fixture.proxy, &fault);
      /* libsoup sends a request again that failed on a connection it had
       * used before, which may then go through. */
      if (!sync_a (&fixture, SYNC_RUN, NULL, NULL, NULL, &error))
        {
          g_test_message ("request %u reset: %s", n, error->message);
          assert_sync_error (error);
        }
      hit = proxy_get_faulted (fixture.proxy) > 0;
      assert_nothing_lost (&fixture, 50);
      assert_converge (&fixture);
      g_assert_cmpuint (count_named (fixture.a->store, "Server customer "), ==, BATCH + 100);
      g_assert_cmpuint (count_named (fixture.b->store, "Local customer "), ==, 50);

      fixture_tear_down (&fixture, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, function) \
  g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)

  ADD ("/sync-faults/pull-server-down", test_pull_server_down);
  ADD ("/sync-faults/push-server-down", test_push_server_down);
  ADD ("/sync-faults/server-killed", test_server_killed);

  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/sync-faults/fault/", fault_cases[i].name, NULL);

      g_test_add (path, Fixture, &fault_cases[i], fixture_set_up, test_fault, fixture_tear_down);
    }

  for (guint i = 0; i < G_N_ELEMENTS (garbage_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/sync-faults/garbage/", garbage_cases[i].name, NULL);

      g_test_add (path, Fixture, &garbage_cases[i], fixture_set_up, test_garbage, fixture_tear_down);
    }

  ADD ("/sync-faults/wrong-field-types", test_wrong_field_types);
  g_test_add_func ("/sync-faults/cut-anywhere", test_cut_anywhere);

#undef ADD

  status = g_test_run ();
  g_clear_pointer (&shared_server, crm_test_server_free);

  return status;
}
