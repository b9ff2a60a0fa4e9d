/* crm-sync-client.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "crm-json.h"
#include "crm-sync-client.h"

/* Blocking requests, for the sync's own thread: one client per thread. The
 * password stays in this object's memory; it is sent with every request
 * (Basic authentication), so no cookie is ever written anywhere. */

#define REQUEST_TIMEOUT_SECONDS 60

struct _CrmSyncClient
{
  GObject      parent_instance;

  SoupSession *session;
  GUri        *database_uri;   /* without user information */
  char        *url;            /* the same, as text, for messages */
  char        *authorization;  /* "Basic …", or NULL */
  guint        timeout;        /* seconds */
};

G_DEFINE_FINAL_TYPE (CrmSyncClient, crm_sync_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (crm-sync-error-quark, crm_sync_error)

static void
crm_sync_client_finalize (GObject *object)
{
  CrmSyncClient *self = CRM_SYNC_CLIENT (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->database_uri, g_uri_unref);
  g_free (self->url);
  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_free (self->authorization);

  G_OBJECT_CLASS (crm_sync_client_parent_class)->finalize (object);
}

static void
crm_sync_client_class_init (CrmSyncClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = crm_sync_client_finalize;
}

static void
crm_sync_client_init (CrmSyncClient *self)
{
  self->timeout = REQUEST_TIMEOUT_SECONDS;
  self->session = soup_session_new_with_options ("timeout", self->timeout,
                                                 "user-agent", "Crm/" PACKAGE_VERSION " ",
                                                 NULL);
}

/**
 * crm_sync_client_new:
 * @database_url: the database's address, such as https://couch.example.com/acme-crm
 * @user: (nullable): the user name, if the server asks for one
 * @password: (nullable): that user's password
 */
CrmSyncClient *
crm_sync_client_new (const char  *database_url,
                     const char  *user,
                     const char  *password,
                     GError     **error)
{
  g_autoptr(CrmSyncClient) self = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *path = NULL;
  const char *scheme;

  g_return_val_if_fail (database_url != NULL, NULL);

  uri = g_uri_parse (database_url, G_URI_FLAGS_ENCODED_PATH, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL,
                   _("“%s” is not a server address; write it like https://couch.example.com/crm."), database_url);
      return NULL;
    }

  path = g_strdup (g_uri_get_path (uri));
  while (g_str_has_suffix (path, "/"))
    path[strlen (path) - 1] = '\0';
  if (*path == '\0')
    {
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL,
                   _("The address “%s” names no database; add it, like https://couch.example.com/crm."), database_url);
      return NULL;
    }

  self = g_object_new (CRM_TYPE_SYNC_CLIENT, NULL);
  self->database_uri = g_uri_build (G_URI_FLAGS_ENCODED_PATH, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                                    g_uri_get_port (uri), path, NULL, NULL);
  self->url = g_uri_to_string (self->database_uri);

  if (user != NULL && *user != '\0')
    {
      g_autofree char *pair = g_strconcat (user, ":", password != NULL ? password : "", NULL);
      g_autofree char *encoded = g_base64_encode ((const guchar *)pair, strlen (pair));

      self->authorization = g_strconcat ("Basic ", encoded, NULL);
      memset (pair, 0, strlen (pair));
    }

  return g_steal_pointer (&self);
}

/**
 * crm_sync_client_dup:
 *
 * Returns: (transfer full): a client of the same database, as the same
 *   user, with a connection of its own: for another thread.
 */
CrmSyncClient *
crm_sync_client_dup (CrmSyncClient *self)
{
  CrmSyncClient *copy;

  g_return_val_if_fail (CRM_IS_SYNC_CLIENT (self), NULL);

  copy = g_object_new (CRM_TYPE_SYNC_CLIENT, NULL);
  copy->database_uri = g_uri_ref (self->database_uri);
  copy->url = g_strdup (self->url);
  copy->authorization = g_strdup (self->authorization);
  crm_sync_client_set_timeout (copy, self->timeout);

  return copy;
}

/**
 * crm_sync_client_set_timeout:
 * @seconds: how long a request may wait for the server before it fails
 *
 * For tests of a server that stops answering, which should not take the
 * default minute. Clients made with crm_sync_client_dup() inherit it.
 */
void
crm_sync_client_set_timeout (CrmSyncClient *self,
                             guint          seconds)
{
  g_return_if_fail (CRM_IS_SYNC_CLIENT (self));
  g_return_if_fail (seconds > 0);

  self->timeout = seconds;
  g_object_set (self->session, "timeout", seconds, NULL);
}

const char *
crm_sync_client_get_url (CrmSyncClient *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_CLIENT (self), NULL);

  return self->url;
}

/* One sentence for a failure to talk to the server at all. */
static void
set_transport_error (CrmSyncClient  *self,
                     GError         *cause,
                     GError        **error)
{
  if (cause->domain == G_TLS_ERROR)
    g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_TLS,
                 _("The sync server’s certificate cannot be trusted (%s); check the address, or ask the server’s administrator."),
                 cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else
    g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNREACHABLE,
                 _("The sync server %s cannot be reached (%s); check the address and the network."),
                 g_uri_get_host (self->database_uri), cause->message);
}

/* One sentence for an answer that is an HTTP error. */
static void
set_status_error (CrmSyncClient  *self,
                  guint           status,
                  JsonNode       *answer,
                  GError        **error)
{
  const char *reason = NULL;

  if (answer != NULL && JSON_NODE_HOLDS_OBJECT (answer))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (answer), "reason");

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        reason = json_node_get_string (node);
    }

  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNAUTHORIZED,
                   _("The sync server refused the user name or password; check them and try again."));
      break;
    case SOUP_STATUS_FORBIDDEN:
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_FORBIDDEN,
                   _("This user may not use the database %s; ask the server’s administrator for access."), self->url);
      break;
    case SOUP_STATUS_NOT_FOUND:
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE,
                   _("The database %s does not exist on the server."), self->url);
      break;
    default:
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_SERVER,
                   _("The sync server failed (%u %s%s%s); Crm will try again later."), status,
                   soup_status_get_phrase (status) != NULL ? soup_status_get_phrase (status) : "",
                   reason != NULL ? ": " : "", reason != NULL ? reason : "");
      break;
    }
}

/**
 * crm_sync_client_request:
 * @method: "GET", "PUT", "POST" …
 * @path: the rest of the address after the database's, such as
 *   "_changes?style=all_docs" ("" for the database itself)
 * @body: (nullable): a JSON body to send
 * @status: (out) (optional): the HTTP status
 *
 * Sends one request and reads its JSON answer. An HTTP error status is an
 * error, except, when @status is asked for, 404, 409 and 412: the caller
 * tells "absent", "in conflict" and "exists" from "failed".
 *
 * Returns: (transfer full): the answer, or %NULL with @error set
 */
JsonNode *
crm_sync_client_request (CrmSyncClient  *self,
                         const char     *method,
                         const char     *path,
                         JsonNode       *body,
                         guint          *status,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *url = NULL;
  guint code;

  g_return_val_if_fail (CRM_IS_SYNC_CLIENT (self), NULL);

  url = *path != '\0' ? g_strconcat (self->url, "/", path, NULL) : g_strdup (self->url);
  message = soup_message_new (method, url);
  if (message == NULL)
    {
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL, _("“%s” is not a server address; check the address."), url);
      return NULL;
    }

  soup_message_headers_replace (soup_message_get_request_headers (message), "Accept", "application/json");
  if (self->authorization != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", self->authorization);
  if (body != NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GBytes) request = NULL;
      gsize length;
      char *text;

      json_generator_set_root (generator, body);
      text = json_generator_to_data (generator, &length);
      request = g_bytes_new_take (text, length);
      soup_message_set_request_body_from_bytes (message, "application/json", request);
    }

  bytes = soup_session_send_and_read (self->session, message, cancellable, &local_error);
  if (bytes == NULL)
    {
      set_transport_error (self, local_error, error);
      return NULL;
    }

  code = soup_message_get_status (message);
  if (status != NULL)
    *status = code;

  if (g_bytes_get_size (bytes) > 0 &&
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      if (SOUP_STATUS_IS_SUCCESSFUL (code))
        {
          g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_PROTOCOL,
                       _("The sync server sent an answer Crm cannot read (%s); check that the address is that of a CouchDB database."), local_error->message);
          return NULL;
        }
      g_clear_error (&local_error);
    }
  else if (g_bytes_get_size (bytes) > 0)
    {
      answer = json_parser_steal_root (parser);
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (code) &&
      !(status != NULL && (code == SOUP_STATUS_NOT_FOUND || code == SOUP_STATUS_CONFLICT ||
                           code == SOUP_STATUS_PRECONDITION_FAILED)))
    {
      set_status_error (self, code, answer, error);
      return NULL;
    }

  if (answer == NULL)
    answer = json_node_init_null (json_node_alloc ());

  return g_steal_pointer (&answer);
}

/* Whether the database is there and this user may read it. */
gboolean
crm_sync_client_check (CrmSyncClient  *self,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(JsonNode) answer = crm_sync_client_request (self, "GET", "", NULL, NULL, cancellable, error);

  if (answer == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (answer) || !json_object_has_member (json_node_get_object (answer), "db_name"))
    {
      g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_PROTOCOL,
                   _("%s does not look like a CouchDB database; check the address."), self->url);
      return FALSE;
    }

  return TRUE;
}

gboolean
crm_sync_client_create_database (CrmSyncClient  *self,
                                 GCancellable   *cancellable,
                                 GError        **error)
{
  g_autoptr(JsonNode) answer = NULL;
  guint status = 0;

  answer = crm_sync_client_request (self, "PUT", "", NULL, &status, cancellable, error);
  if (answer == NULL)
    return FALSE;

  /* 412: someone created it meanwhile, which is just as good. */
  if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_CONFLICT)
    {
      set_status_error (self, status, answer, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * crm_sync_read_change:
 * @result: one of the "results" of a _changes answer (style=all_docs)
 * @id: (out): the document's id, in @result
 * @revisions: (out) (transfer full): its leaf revisions, as _revs_diff
 *   takes them
 *
 * Returns: %FALSE if @result is not a change a replicator can read: it
 *   cannot be skipped either, or the checkpoint would move past it and the
 *   record never come.
 */
gboolean
crm_sync_read_change (JsonNode    *result,
                      const char **id,
                      JsonArray  **revisions)
{
  JsonObject *change = crm_json_as_object (result);
  JsonArray *changes = crm_json_member_array (change, "changes");
  g_autoptr(JsonArray) listed = NULL;

  *id = crm_json_member_string (change, "id");
  *revisions = NULL;
  if (*id == NULL || changes == NULL)
    return FALSE;

  listed = json_array_new ();
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      const char *revision = crm_json_member_string (crm_json_as_object (json_array_get_element (changes, i)), "rev");

      if (revision == NULL)
        return FALSE;
      json_array_add_string_element (listed, revision);
    }

  *revisions = g_steal_pointer (&listed);
  return TRUE;
}
