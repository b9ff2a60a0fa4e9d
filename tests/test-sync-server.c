/* test-sync-server.c: the CouchDB-compatible server the sync tests run against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Proves the harness (crm-test-server.c, tests/server/server.js) before the
 * sync tests lean on it: databases, documents and _changes over HTTP,
 * authentication, and a restart on the same port.
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "crm-test-server.h"

#define ADMIN_USER "admin"
#define ADMIN_PASSWORD "s3cret:with colon"

typedef struct
{
  guint     status;
  JsonNode *body;
} Reply;

static void
reply_clear (Reply *reply)
{
  g_clear_pointer (&reply->body, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reply, reply_clear)

/* One request, synchronously; @user NULL sends no credentials. The reply's
 * body must be JSON, as everything CouchDB answers is. */
static void
request (Reply       *reply,
         SoupSession *session,
         const char  *method,
         const char  *url,
         const char  *user,
         const char  *password,
         const char  *json_body)
{
  g_autoptr(SoupMessage) message = soup_message_new (method, url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  SoupMessageHeaders *headers;

  g_assert_nonnull (message);
  headers = soup_message_get_request_headers (message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (user != NULL)
    {
      g_autofree char *credentials = g_strdup_printf ("%s:%s", user, password);
      g_autofree char *encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
      g_autofree char *authorization = g_strdup_printf ("Basic %s", encoded);

      soup_message_headers_replace (headers, "Authorization", authorization);
    }
  if (json_body != NULL)
    {
      g_autoptr(GBytes) body = g_bytes_new (json_body, strlen (json_body));

      soup_message_set_request_body_from_bytes (message, "application/json", body);
    }

  bytes = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);

  reply->status = soup_message_get_status (message);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  reply->body = json_parser_steal_root (parser);
  g_assert_nonnull (reply->body);
}

static JsonObject *
reply_object (Reply *reply)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (reply->body));

  return json_node_get_object (reply->body);
}

static const char *
database_name (const char *database_url)
{
  const char *slash = strrchr (database_url, '/');

  g_assert_nonnull (slash);

  return slash + 1;
}

static void
test_database_names (void)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *odd = NULL;
  g_autofree char *no_prefix = NULL;

  if (server == NULL)
    return;

  g_assert_true (crm_test_server_available ());
  g_assert_true (g_str_has_prefix (crm_test_server_get_url (server), "http://127.0.0.1:"));
  g_assert_cmpuint (crm_test_server_get_port (server), >, 0);
  g_assert_null (crm_test_server_get_user (server));

  first = crm_test_server_new_database_url (server, "sync");
  second = crm_test_server_new_database_url (server, "sync");
  odd = crm_test_server_new_database_url (server, "Çok Özel/Name");
  no_prefix = crm_test_server_new_database_url (server, NULL);
  g_assert_cmpstr (first, !=, second);

  const char *urls[] = { first, second, odd, no_prefix };
  for (gsize i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      const char *name = database_name (urls[i]);

      g_assert_true (g_str_has_prefix (urls[i], crm_test_server_get_url (server)));
      /* CouchDB's rule, less '/': a lowercase letter, then lowercase letters,
       * digits and _$()+- */
      g_assert_true (g_regex_match_simple ("^[a-z][a-z0-9_$()+-]*$", name, 0, 0));
    }
  g_assert_true (g_str_has_prefix (database_name (first), "sync-"));
}

static void
test_documents_and_changes (void)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require ();
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *db = NULL;
  g_autofree char *changes_url = NULL;
  g_autofree char *bulk_docs_url = NULL;
  g_auto(Reply) created = { 0 };
  g_auto(Reply) created_again = { 0 };
  g_auto(Reply) info = { 0 };
  g_auto(Reply) saved = { 0 };
  g_auto(Reply) changes = { 0 };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *results;

  if (server == NULL)
    return;

  db = crm_test_server_new_database_url (server, "documents");

  request (&created, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (created.status, ==, SOUP_STATUS_CREATED);
  g_assert_true (json_object_get_boolean_member (reply_object (&created), "ok"));

  request (&created_again, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (created_again.status, ==, SOUP_STATUS_PRECONDITION_FAILED);
  g_assert_cmpstr (json_object_get_string_member (reply_object (&created_again), "error"), ==,
                   "file_exists");

  request (&info, session, "GET", db, NULL, NULL, NULL);
  g_assert_cmpuint (info.status, ==, SOUP_STATUS_OK);
  g_assert_cmpstr (json_object_get_string_member (reply_object (&info), "db_name"), ==,
                   database_name (db));
  g_assert_cmpint (json_object_get_int_member (reply_object (&info), "doc_count"), ==, 0);

  bulk_docs_url = g_strconcat (db, "/_bulk_docs", NULL);
  request (&saved, session, "POST", bulk_docs_url, NULL, NULL,
           "{\"docs\": ["
           "{\"_id\": \"customer-1\", \"type\": \"customer\", \"name\": \"Ayşe Yılmaz\"},"
           "{\"_id\": \"customer-2\", \"type\": \"customer\", \"name\": \"Lucía García\"}"
           "]}");
  g_assert_cmpuint (saved.status, ==, SOUP_STATUS_CREATED);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (saved.body));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (saved.body)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *result = json_array_get_object_element (json_node_get_array (saved.body), i);

      g_assert_true (json_object_get_boolean_member (result, "ok"));
      g_assert_true (g_regex_match_simple ("^1-[0-9a-f]{32}$",
                                           json_object_get_string_member (result, "rev"), 0, 0));
    }

  changes_url = g_strconcat (db, "/_changes?style=all_docs", NULL);
  request (&changes, session, "GET", changes_url, NULL, NULL, NULL);
  g_assert_cmpuint (changes.status, ==, SOUP_STATUS_OK);
  g_assert_true (json_object_has_member (reply_object (&changes), "last_seq"));
  results = json_object_get_array_member (reply_object (&changes), "results");
  g_assert_cmpuint (json_array_get_length (results), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *change = json_array_get_object_element (results, i);
      JsonArray *revisions = json_object_get_array_member (change, "changes");

      g_hash_table_add (seen, (gpointer) json_object_get_string_member (change, "id"));
      g_assert_cmpuint (json_array_get_length (revisions), ==, 1);
      g_assert_true (json_object_has_member (change, "seq"));
    }
  g_assert_true (g_hash_table_contains (seen, "customer-1"));
  g_assert_true (g_hash_table_contains (seen, "customer-2"));
}

static void
test_authentication (void)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require_with_auth (ADMIN_USER, ADMIN_PASSWORD);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *db = NULL;
  g_auto(Reply) wrong_password = { 0 };
  g_auto(Reply) anonymous = { 0 };
  g_auto(Reply) created = { 0 };
  g_auto(Reply) info = { 0 };
  g_auto(Reply) anonymous_read = { 0 };

  if (server == NULL)
    return;

  g_assert_cmpstr (crm_test_server_get_user (server), ==, ADMIN_USER);
  g_assert_cmpstr (crm_test_server_get_password (server), ==, ADMIN_PASSWORD);
  db = crm_test_server_new_database_url (server, "auth");

  request (&wrong_password, session, "PUT", db, ADMIN_USER, "wrong", NULL);
  g_assert_cmpuint (wrong_password.status, ==, SOUP_STATUS_UNAUTHORIZED);
  g_assert_cmpstr (json_object_get_string_member (reply_object (&wrong_password), "error"), ==,
                   "unauthorized");

  request (&anonymous, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (anonymous.status, ==, SOUP_STATUS_UNAUTHORIZED);

  request (&created, session, "PUT", db, ADMIN_USER, ADMIN_PASSWORD, NULL);
  g_assert_cmpuint (created.status, ==, SOUP_STATUS_CREATED);

  request (&info, session, "GET", db, ADMIN_USER, ADMIN_PASSWORD, NULL);
  g_assert_cmpuint (info.status, ==, SOUP_STATUS_OK);

  request (&anonymous_read, session, "GET", db, NULL, NULL, NULL);
  g_assert_cmpuint (anonymous_read.status, ==, SOUP_STATUS_UNAUTHORIZED);
}

/* A cookie session, as the app keeps one: POST /_session with the right
 * password gives an AuthSession cookie that opens the database; the wrong
 * password gives 401 and no cookie. */
static void
test_cookie_session (void)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require_with_auth (ADMIN_USER, ADMIN_PASSWORD);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupCookieJar) jar = soup_cookie_jar_new ();
  g_autofree char *session_url = NULL;
  g_autofree char *db = NULL;
  g_autofree char *login = NULL;
  g_autofree char *bad_login = NULL;
  g_auto(Reply) refused = { 0 };
  g_auto(Reply) logged_in = { 0 };
  g_auto(Reply) created = { 0 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) login_node = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *cookies_before = NULL;
  g_autofree char *cookies_after = NULL;

  if (server == NULL)
    return;

  soup_session_add_feature (session, SOUP_SESSION_FEATURE (jar));
  session_url = g_strconcat (crm_test_server_get_url (server), "/_session", NULL);
  db = crm_test_server_new_database_url (server, "cookie");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ADMIN_USER);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, ADMIN_PASSWORD);
  json_builder_end_object (builder);
  login_node = json_builder_get_root (builder);
  login = json_to_string (login_node, FALSE);
  bad_login = g_strdup_printf ("{\"name\": \"%s\", \"password\": \"wrong\"}", ADMIN_USER);

  request (&refused, session, "POST", session_url, NULL, NULL, bad_login);
  g_assert_cmpuint (refused.status, ==, SOUP_STATUS_UNAUTHORIZED);
  uri = g_uri_parse (db, G_URI_FLAGS_NONE, NULL);
  g_assert_nonnull (uri);
  cookies_before = soup_cookie_jar_get_cookies (jar, uri, TRUE);
  g_assert_null (cookies_before);

  request (&logged_in, session, "POST", session_url, NULL, NULL, login);
  g_assert_cmpuint (logged_in.status, ==, SOUP_STATUS_OK);
  g_assert_true (json_object_get_boolean_member (reply_object (&logged_in), "ok"));
  cookies_after = soup_cookie_jar_get_cookies (jar, uri, TRUE);
  g_assert_nonnull (cookies_after);
  g_assert_nonnull (strstr (cookies_after, "AuthSession="));

  /* No password this time: the cookie does it. */
  request (&created, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (created.status, ==, SOUP_STATUS_CREATED);
}

/* "The server went down and came back": same URL, no data. */
static void
test_restart (void)
{
  g_autoptr(CrmTestServer) server = crm_test_server_require ();
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) refused_message = NULL;
  g_autoptr(GBytes) refused_body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url_before = NULL;
  g_autofree char *db = NULL;
  g_auto(Reply) created = { 0 };
  g_auto(Reply) gone = { 0 };
  g_auto(Reply) created_again = { 0 };
  guint16 port_before;

  if (server == NULL)
    return;

  url_before = g_strdup (crm_test_server_get_url (server));
  port_before = crm_test_server_get_port (server);
  db = crm_test_server_new_database_url (server, "restart");
  request (&created, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (created.status, ==, SOUP_STATUS_CREATED);

  crm_test_server_stop (server);
  g_assert_false (crm_test_server_is_running (server));
  refused_message = soup_message_new ("GET", db);
  refused_body = soup_session_send_and_read (session, refused_message, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
  g_assert_null (refused_body);

  g_clear_error (&error);
  crm_test_server_restart (server, &error);
  g_assert_no_error (error);
  g_assert_true (crm_test_server_is_running (server));
  g_assert_cmpstr (crm_test_server_get_url (server), ==, url_before);
  g_assert_cmpuint (crm_test_server_get_port (server), ==, port_before);

  /* Everything was in memory. */
  request (&gone, session, "GET", db, NULL, NULL, NULL);
  g_assert_cmpuint (gone.status, ==, SOUP_STATUS_NOT_FOUND);
  request (&created_again, session, "PUT", db, NULL, NULL, NULL);
  g_assert_cmpuint (created_again.status, ==, SOUP_STATUS_CREATED);

  /* A running server restarts as well. */
  crm_test_server_restart (server, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_test_server_get_url (server), ==, url_before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync-server/database-names", test_database_names);
  g_test_add_func ("/sync-server/documents-and-changes", test_documents_and_changes);
  g_test_add_func ("/sync-server/authentication", test_authentication);
  g_test_add_func ("/sync-server/cookie-session", test_cookie_session);
  g_test_add_func ("/sync-server/restart", test_restart);

  return g_test_run ();
}
