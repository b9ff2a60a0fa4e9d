/* crm-sync-replicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "crm-json.h"
#include "crm-revision.h"
#include "crm-store-sync.h"
#include "crm-sync-replicator.h"

/* The CouchDB replication protocol (docs.couchdb.org, "Replication
 * Protocol"), with this database as one side and the server as the other.
 * Each direction has a replication id; its checkpoint (the last change the
 * other side has taken in, and a session id) is kept on both sides, so an
 * interrupted sync starts again after the last batch that went through, and
 * a server that lost its data (another session, or none) is sent everything
 * again. Every batch is taken in by the store in one transaction. */

#define BATCH_SIZE 1000

typedef struct
{
  CrmStore       *store;
  CrmSyncClient  *client;
  GCancellable   *cancellable;
  char           *replication_id;
  char           *local_key;
  char           *session;
  char           *remote_rev;      /* of the server's checkpoint document */
  JsonNode       *last_seq;        /* opaque: the server's, or our change log's */
} Replication;

static void
replication_clear (Replication *replication)
{
  g_clear_pointer (&replication->replication_id, g_free);
  g_clear_pointer (&replication->local_key, g_free);
  g_clear_pointer (&replication->session, g_free);
  g_clear_pointer (&replication->remote_rev, g_free);
  g_clear_pointer (&replication->last_seq, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Replication, replication_clear)

static gboolean
protocol_error (GError     **error,
                const char  *what)
{
  g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_PROTOCOL,
               _("The sync server sent an answer Crm cannot read (%s)."), what);
  return FALSE;
}

static char *
node_to_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Checkpoints                                                            */
/* ---------------------------------------------------------------------- */

static char *
escape (const char *text)
{
  return g_uri_escape_string (text, NULL, TRUE);
}

/* Names a replication: its id (the same every time for this database, this
 * server's database and this direction) and the key of its local checkpoint. */
static gboolean
name_replication (Replication    *replication,
                  CrmStore       *store,
                  CrmSyncClient  *client,
                  const char     *direction,
                  GError        **error)
{
  g_autofree char *database_id = NULL;
  g_autofree char *name = NULL;

  if ((database_id = crm_store_sync_get_database_id (store, error)) == NULL)
    return FALSE;

  name = g_strdup_printf ("%s\n%s\n%s", database_id, crm_sync_client_get_url (client), direction);
  replication->replication_id = g_compute_checksum_for_string (G_CHECKSUM_MD5, name, -1);
  replication->local_key = g_strdup_printf ("%s:%s", direction, replication->replication_id);
  return TRUE;
}

static gboolean
start_replication (Replication    *replication,
                   CrmStore       *store,
                   CrmSyncClient  *client,
                   const char     *direction,
                   GCancellable   *cancellable,
                   GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *local_text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) local = NULL;
  g_autoptr(JsonNode) remote = NULL;
  const char *local_session, *remote_session;
  guint status = 0;

  replication->store = store;
  replication->client = client;
  replication->cancellable = cancellable;

  if (!name_replication (replication, store, client, direction, error))
    return FALSE;

  local_text = crm_store_sync_get_value (store, replication->local_key, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local_text != NULL)
    local = json_from_string (local_text, NULL);

  path = g_strconcat ("_local/", replication->replication_id, NULL);
  remote = crm_sync_client_request (client, "GET", path, NULL, &status, cancellable, error);
  if (remote == NULL)
    return FALSE;
  if (status == SOUP_STATUS_NOT_FOUND)
    g_clear_pointer (&remote, json_node_unref);
  else
    replication->remote_rev = g_strdup (crm_json_member_string (crm_json_as_object (remote), "_rev"));

  /* Our checkpoint counts if the server remembers the same session: it is
   * never behind the server's, which a pull may move past its own echo. */
  local_session = crm_json_member_string (crm_json_as_object (local), "session");
  remote_session = crm_json_member_string (crm_json_as_object (remote), "session");
  if (local_session != NULL && g_strcmp0 (local_session, remote_session) == 0 &&
      json_object_has_member (crm_json_as_object (local), "last_seq"))
    {
      replication->session = g_strdup (local_session);
      replication->last_seq = json_node_copy (json_object_get_member (crm_json_as_object (local), "last_seq"));
    }
  else
    {
      replication->session = g_uuid_string_random ();
      replication->last_seq = json_node_init_int (json_node_alloc (), 0);
    }

  return TRUE;
}

static JsonNode *
checkpoint_document (Replication *replication,
                     gboolean     remote)
{
  g_autoptr(JsonObject) object = json_object_new ();

  if (remote && replication->remote_rev != NULL)
    json_object_set_string_member (object, "_rev", replication->remote_rev);
  json_object_set_string_member (object, "session", replication->session);
  json_object_set_member (object, "last_seq", json_node_copy (replication->last_seq));

  return json_node_init_object (json_node_alloc (), object);
}

static gboolean
save_local_checkpoint (Replication  *replication,
                       GError      **error)
{
  g_autoptr(JsonNode) document = checkpoint_document (replication, FALSE);
  g_autofree char *text = node_to_text (document);

  return crm_store_sync_set_value (replication->store, replication->local_key, text, error);
}

/* Both sides remember @last_seq as done. */
static gboolean
save_checkpoint (Replication  *replication,
                 JsonNode     *last_seq,
                 GError      **error)
{
  g_autofree char *path = g_strconcat ("_local/", replication->replication_id, NULL);

  if (last_seq != replication->last_seq)
    {
      g_clear_pointer (&replication->last_seq, json_node_unref);
      replication->last_seq = json_node_copy (last_seq);
    }

  if (!save_local_checkpoint (replication, error))
    return FALSE;

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(JsonNode) document = checkpoint_document (replication, TRUE);
      g_autoptr(JsonNode) answer = NULL;
      guint status = 0;

      answer = crm_sync_client_request (replication->client, "PUT", path, document, &status,
                                        replication->cancellable, error);
      if (answer == NULL)
        return FALSE;

      if (SOUP_STATUS_IS_SUCCESSFUL (status))
        {
          g_free (replication->remote_rev);
          replication->remote_rev = g_strdup (crm_json_member_string (crm_json_as_object (answer), "rev"));
          return TRUE;
        }

      /* Someone else wrote it (another copy of this replication): take its
       * revision and write ours over it. */
      g_clear_pointer (&answer, json_node_unref);
      answer = crm_sync_client_request (replication->client, "GET", path, NULL, &status,
                                        replication->cancellable, error);
      if (answer == NULL)
        return FALSE;
      g_free (replication->remote_rev);
      replication->remote_rev = g_strdup (crm_json_member_string (crm_json_as_object (answer), "_rev"));
    }

  g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_SERVER,
               _("The sync server does not keep Crm’s checkpoint; the next sync will start over."));
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Pull                                                                   */
/* ---------------------------------------------------------------------- */

/* Adds each document at the revisions asked for, with its history, to
 * @documents: with _bulk_get, or one at a time where the server lacks it. */
static gboolean
fetch_documents (CrmSyncClient  *client,
                 GCancellable   *cancellable,
                 JsonObject     *missing,
                 JsonArray      *documents,
                 GError        **error)
{
  g_autoptr(JsonObject) request = json_object_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) ids = json_object_get_members (missing);
  JsonArray *wanted = json_array_new ();
  JsonArray *results;
  guint status = 0;

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonArray *revisions = crm_json_member_array (json_object_get_object_member (missing, l->data), "missing");

      for (guint i = 0; revisions != NULL && i < json_array_get_length (revisions); i++)
        {
          JsonObject *item = json_object_new ();

          json_object_set_string_member (item, "id", l->data);
          json_object_set_member (item, "rev", json_node_copy (json_array_get_element (revisions, i)));
          json_array_add_object_element (wanted, item);
        }
    }
  json_object_set_array_member (request, "docs", wanted);
  body = json_node_init_object (json_node_alloc (), request);

  answer = crm_sync_client_request (client, "POST", "_bulk_get?revs=true", body, &status,
                                    cancellable, &local_error);
  if (answer != NULL && SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      if ((results = crm_json_member_array (crm_json_as_object (answer), "results")) == NULL)
        {
          protocol_error (error, "_bulk_get");
          return FALSE;
        }

      /* A revision asked for that does not come would be lost for good:
       * the checkpoint moves past its change. */
      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonArray *docs = crm_json_member_array (crm_json_as_object (json_array_get_element (results, i)), "docs");

          if (docs == NULL)
            {
              protocol_error (error, "_bulk_get");
              return FALSE;
            }

          for (guint j = 0; j < json_array_get_length (docs); j++)
            {
              JsonObject *entry = crm_json_as_object (json_array_get_element (docs, j));
              JsonObject *failure = crm_json_member_object (entry, "error");
              const char *id = crm_json_member_string (failure, "id");
              const char *reason = crm_json_member_string (failure, "reason");

              if (crm_json_member_object (entry, "ok") != NULL)
                {
                  json_array_add_element (documents, json_node_copy (json_object_get_member (entry, "ok")));
                  continue;
                }

              if (failure != NULL)
                g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_SERVER,
                             _("The sync server could not send the record “%s” (%s). Crm will try again later."),
                             id != NULL ? id : "?", reason != NULL ? reason : "?");
              else
                protocol_error (error, "_bulk_get");
              return FALSE;
            }
        }
      return TRUE;
    }

  /* No _bulk_get (CouchDB 1.x, some others): GET with open_revs. */
  if (local_error != NULL && !(local_error->domain == CRM_SYNC_ERROR && local_error->code == CRM_SYNC_ERROR_SERVER &&
                               (status == 400 || status == 405 || status == 501)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonNode *revisions = json_object_get_member (json_object_get_object_member (missing, l->data), "missing");
      g_autofree char *revisions_text = node_to_text (revisions);
      g_autofree char *escaped_id = escape (l->data);
      g_autofree char *escaped_revisions = escape (revisions_text);
      g_autofree char *path = g_strdup_printf ("%s?revs=true&latest=true&open_revs=%s", escaped_id, escaped_revisions);
      g_autoptr(JsonNode) leaves = NULL;

      leaves = crm_sync_client_request (client, "GET", path, NULL, &status, cancellable, error);
      if (leaves == NULL)
        return FALSE;
      if (!JSON_NODE_HOLDS_ARRAY (leaves))
        continue;  /* gone meanwhile */

      for (guint i = 0; i < json_array_get_length (json_node_get_array (leaves)); i++)
        {
          JsonObject *entry = crm_json_as_object (json_array_get_element (json_node_get_array (leaves), i));

          if (entry != NULL && json_object_has_member (entry, "ok"))
            json_array_add_element (documents, json_node_copy (json_object_get_member (entry, "ok")));
        }
    }

  return TRUE;
}

/* Moves the push checkpoint past the change-log entries a pull just wrote,
 * if nothing else came between: they came from the server, which has them. */
static gboolean
skip_pull_echo (CrmStore           *store,
                CrmSyncClient      *client,
                const Replication  *push,
                gint64              before,
                gint64              after,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) checkpoint = NULL;
  JsonNode *last_seq;

  text = crm_store_sync_get_value (store, push->local_key, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* A first pull into a database with no changes of its own: the server has
   * everything this database has, so the push starts after it, on both
   * sides. */
  if (text == NULL && before == 0)
    {
      g_auto(Replication) first_push = { 0 };
      g_autoptr(JsonNode) last = json_node_init_int (json_node_alloc (), after);

      return start_replication (&first_push, store, client, "push", cancellable, error) &&
             save_checkpoint (&first_push, last, error);
    }

  if (text == NULL || (checkpoint = json_from_string (text, NULL)) == NULL || crm_json_as_object (checkpoint) == NULL ||
      (last_seq = json_object_get_member (crm_json_as_object (checkpoint), "last_seq")) == NULL ||
      !JSON_NODE_HOLDS_VALUE (last_seq) || json_node_get_value_type (last_seq) != G_TYPE_INT64 ||
      json_node_get_int (last_seq) != before)
    return TRUE;

  json_node_set_int (last_seq, after);
  g_clear_pointer (&text, g_free);
  text = node_to_text (checkpoint);
  return crm_store_sync_set_value (store, push->local_key, text, error);
}

/* One batch of the server's changes, with the documents this database
 * lacks: what the fetching thread hands to the writing one. */
typedef struct
{
  JsonArray *documents;
  JsonNode  *last_seq;
  gboolean   last;
  gint64     pending;   /* -1 if the server does not say */
  guint      n_changes;
  guint      n_missing; /* of the changes, those this database lacked */
  GError    *error;     /* the fetch failed: the last batch */
} PulledBatch;

static void
pulled_batch_free (gpointer data)
{
  PulledBatch *batch = data;

  g_clear_pointer (&batch->documents, json_array_unref);
  g_clear_pointer (&batch->last_seq, json_node_unref);
  g_clear_error (&batch->error);
  g_free (batch);
}

/* Reads the next batch of changes after @since and fetches what @store lacks. */
/* A document that came with its change and can be taken in as it is: its
 * only leaf, first of its line, so its history is itself. Anything else
 * needs _bulk_get for its "_revisions". */
static JsonObject *
complete_document (JsonObject *change,
                   JsonArray  *leaves)
{
  JsonObject *document = crm_json_member_object (change, "doc");
  const char *revision = crm_json_member_string (document, "_rev");

  if (revision == NULL || json_array_get_length (leaves) != 1 ||
      g_strcmp0 (json_array_get_string_element (leaves, 0), revision) != 0 ||
      crm_revision_generation (revision) != 1 || !crm_revision_is_valid (revision))
    return NULL;

  json_object_set_object_member (document, "_revisions", crm_store_sync_revisions_object (revision, NULL));
  return document;
}

/* Takes the documents that came with the changes out of @missing, so that
 * only the rest are fetched. */
static void
take_complete_documents (JsonObject *missing,
                         GHashTable *complete,
                         JsonArray  *documents)
{
  g_autoptr(GList) ids = json_object_get_members (missing);

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonObject *document = g_hash_table_lookup (complete, l->data);
      JsonArray *revisions = crm_json_member_array (crm_json_member_object (missing, l->data), "missing");

      if (document == NULL || revisions == NULL || json_array_get_length (revisions) != 1 ||
          g_strcmp0 (json_array_get_string_element (revisions, 0), crm_json_member_string (document, "_rev")) != 0)
        continue;

      json_array_add_object_element (documents, json_object_ref (document));
      json_object_remove_member (missing, l->data);
    }
}

/* Reads the next batch of changes after @since and fetches what @store
 * lacks. With @include_docs the changes bring the winning documents along,
 * which saves the server a _bulk_get for most of a first pull. */
static PulledBatch *
fetch_batch (CrmStore       *store,
             CrmSyncClient  *client,
             JsonNode       *since,
             gboolean        include_docs,
             GCancellable   *cancellable)
{
  PulledBatch *batch = g_new0 (PulledBatch, 1);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) asked = json_object_new ();
  g_autoptr(JsonObject) missing = NULL;
  g_autoptr(GHashTable) complete = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *since_text = NULL;
  g_autofree char *path = NULL;
  JsonArray *results;
  JsonNode *last_seq, *pending;

  since_text = JSON_NODE_HOLDS_VALUE (since) && json_node_get_value_type (since) == G_TYPE_STRING
               ? escape (json_node_get_string (since)) : node_to_text (since);
  path = g_strdup_printf ("_changes?style=all_docs&since=%s&limit=%d%s", since_text, BATCH_SIZE,
                          include_docs ? "&include_docs=true" : "");
  if ((answer = crm_sync_client_request (client, "GET", path, NULL, NULL, cancellable, &batch->error)) == NULL)
    return batch;

  results = crm_json_member_array (crm_json_as_object (answer), "results");
  last_seq = crm_json_as_object (answer) != NULL ? json_object_get_member (crm_json_as_object (answer), "last_seq") : NULL;
  if (results == NULL || last_seq == NULL)
    {
      protocol_error (&batch->error, "_changes");
      return batch;
    }

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonNode *change = json_array_get_element (results, i);
      const char *id;
      JsonArray *revisions;

      if (!crm_sync_read_change (change, &id, &revisions))
        {
          protocol_error (&batch->error, "_changes");
          return batch;
        }
      if (g_str_has_prefix (id, "_design/"))
        {
          json_array_unref (revisions);
          continue;
        }
      json_object_set_array_member (asked, id, revisions);

      if (include_docs)
        {
          JsonObject *document = complete_document (crm_json_as_object (change), revisions);

          if (document != NULL && g_strcmp0 (crm_json_member_string (document, "_id"), id) == 0)
            g_hash_table_insert (complete, (gpointer)id, document);
        }
    }

  batch->last_seq = json_node_copy (last_seq);
  batch->n_changes = json_array_get_length (results);
  pending = json_object_get_member (crm_json_as_object (answer), "pending");
  batch->pending = pending != NULL && JSON_NODE_HOLDS_VALUE (pending) &&
                   json_node_get_value_type (pending) == G_TYPE_INT64 ? json_node_get_int (pending) : -1;
  batch->last = batch->n_changes < BATCH_SIZE || batch->pending == 0;

  if ((missing = crm_store_sync_revs_diff (store, asked, &batch->error)) == NULL)
    return batch;
  batch->n_missing = json_object_get_size (missing);

  batch->documents = json_array_new ();
  take_complete_documents (missing, complete, batch->documents);
  if (json_object_get_size (missing) > 0)
    fetch_documents (client, cancellable, missing, batch->documents, &batch->error);

  return batch;
}

/* The fetching side of a pull, in a thread of its own with its own
 * connections: the next batch travels while the last one is written. */
typedef struct
{
  char          *store_path;
  CrmSyncClient *client;
  JsonNode      *since;
  GCancellable  *cancellable;
  GAsyncQueue   *batches;   /* PulledBatch, to the writer */
  GAsyncQueue   *credits;   /* from the writer: fetch one more (or stop) */
} Fetcher;

#define FETCH_AHEAD 2
#define STOP_FETCHING GINT_TO_POINTER (2)
#define FETCH_ONE     GINT_TO_POINTER (1)

static gpointer
fetch_batches (gpointer data)
{
  Fetcher *fetcher = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = crm_store_open (fetcher->store_path, &error);
  gboolean include_docs = TRUE;

  for (;;)
    {
      PulledBatch *batch;
      gboolean stop;

      if (g_async_queue_pop (fetcher->credits) == STOP_FETCHING)
        break;

      if (store == NULL)
        {
          batch = g_new0 (PulledBatch, 1);
          batch->error = g_error_copy (error);
        }
      else
        {
          batch = fetch_batch (store, fetcher->client, fetcher->since, include_docs, fetcher->cancellable);
          /* Documents along with the changes are a waste where this
           * database has most of them already: after its own push. */
          include_docs = batch->n_missing * 2 >= batch->n_changes;
        }

      if (batch->error == NULL)
        {
          json_node_unref (fetcher->since);
          fetcher->since = json_node_copy (batch->last_seq);
        }

      /* Once pushed, the batch is the writer's. */
      stop = batch->error != NULL || batch->last;
      g_async_queue_push (fetcher->batches, batch);
      if (stop)
        break;
    }

  return NULL;
}

static void
cancel_fetching (GCancellable *cancellable,
                 gpointer      fetch_cancellable)
{
  g_cancellable_cancel (fetch_cancellable);
}

/**
 * crm_sync_pull:
 *
 * Takes in every change the server has that this database lacks, in
 * batches, each saved with the checkpoint after it.
 */
gboolean
crm_sync_pull (CrmStore         *store,
               CrmSyncClient    *client,
               CrmSyncProgress   progress,
               gpointer          user_data,
               GCancellable     *cancellable,
               CrmSyncResult    *result,
               GError          **error)
{
  g_auto(Replication) replication = { 0 };
  g_auto(Replication) push = { 0 };  /* named only, for its checkpoint */
  g_autoptr(GCancellable) fetch_cancellable = g_cancellable_new ();
  Fetcher fetcher = { 0 };
  GThread *thread;
  gulong cancelled_id = 0;
  gboolean ok = TRUE;
  guint done = 0;

  if (!start_replication (&replication, store, client, "pull", cancellable, error) ||
      !name_replication (&push, store, client, "push", error))
    return FALSE;

  fetcher.store_path = g_strdup (crm_store_get_path (store));
  fetcher.client = crm_sync_client_dup (client);
  fetcher.since = json_node_copy (replication.last_seq);
  fetcher.cancellable = fetch_cancellable;
  fetcher.batches = g_async_queue_new_full (pulled_batch_free);
  fetcher.credits = g_async_queue_new ();
  if (cancellable != NULL)
    cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancel_fetching),
                                          g_object_ref (fetch_cancellable), g_object_unref);

  for (guint i = 0; i < FETCH_AHEAD; i++)
    g_async_queue_push (fetcher.credits, FETCH_ONE);
  thread = g_thread_new ("crm-sync-fetch", fetch_batches, &fetcher);

  while (ok)
    {
      PulledBatch *batch = g_async_queue_pop (fetcher.batches);
      CrmSyncApplied applied = { 0 };
      gint64 before, after;
      gboolean last = batch->last;

      if (batch->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&batch->error));
          ok = FALSE;
        }
      else if (batch->documents != NULL && json_array_get_length (batch->documents) > 0)
        {
          before = crm_store_sync_last_change (store, NULL);
          ok = crm_store_sync_apply (store, batch->documents, &applied, error);
          after = crm_store_sync_last_change (store, NULL);
          if (ok && before >= 0 && after > before)
            ok = skip_pull_echo (store, client, &push, before, after, cancellable, error);

          if (ok && result != NULL)
            {
              result->pulled += applied.written + applied.conflicts;
              result->conflicts += applied.conflicts;
            }
        }

      if (ok)
        ok = save_checkpoint (&replication, batch->last_seq, error);

      if (ok)
        {
          done += batch->n_changes;
          if (progress != NULL)
            progress (FALSE, done, batch->pending >= 0 ? done + (guint)batch->pending : 0, user_data);
        }
      pulled_batch_free (batch);

      if (!ok || last)
        break;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        g_async_queue_push (fetcher.credits, FETCH_ONE);
    }

  /* Stops the fetcher wherever it is, and waits for it. */
  g_cancellable_cancel (fetch_cancellable);
  g_async_queue_push (fetcher.credits, STOP_FETCHING);
  g_thread_join (thread);
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, cancelled_id);

  g_async_queue_unref (fetcher.batches);
  g_async_queue_unref (fetcher.credits);
  g_clear_object (&fetcher.client);
  g_clear_pointer (&fetcher.since, json_node_unref);
  g_free (fetcher.store_path);

  return ok;
}

/* ---------------------------------------------------------------------- */
/* Push                                                                   */
/* ---------------------------------------------------------------------- */

static gboolean
send_documents (Replication  *replication,
                JsonArray    *documents,
                GError      **error)
{
  g_autoptr(JsonObject) request = json_object_new ();
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) answer = NULL;
  JsonArray *refused;

  json_object_set_array_member (request, "docs", json_array_ref (documents));
  json_object_set_boolean_member (request, "new_edits", FALSE);
  body = json_node_init_object (json_node_alloc (), request);

  answer = crm_sync_client_request (replication->client, "POST", "_bulk_docs", body, NULL,
                                    replication->cancellable, error);
  if (answer == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (answer))
    return protocol_error (error, "_bulk_docs");

  /* With new_edits false, success is an empty list (some servers list every
   * document as "ok" instead). */
  refused = json_node_get_array (answer);
  for (guint i = 0; i < json_array_get_length (refused); i++)
    {
      JsonObject *entry = crm_json_as_object (json_array_get_element (refused, i));
      const char *reason = crm_json_member_string (entry, "reason");

      if (crm_json_member_string (entry, "error") != NULL)
        {
          g_set_error (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_SERVER,
                       _("The sync server refused the record “%s” (%s)."),
                       crm_json_member_string (entry, "id") != NULL ? crm_json_member_string (entry, "id") : "?",
                       reason != NULL ? reason : crm_json_member_string (entry, "error"));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * crm_sync_push:
 *
 * Sends every revision the server lacks of the records changed since the
 * last push, in batches of the change log.
 */
gboolean
crm_sync_push (CrmStore         *store,
               CrmSyncClient    *client,
               CrmSyncProgress   progress,
               gpointer          user_data,
               GCancellable     *cancellable,
               CrmSyncResult    *result,
               GError          **error)
{
  g_auto(Replication) replication = { 0 };
  gint64 since, last;
  guint done = 0;

  if (!start_replication (&replication, store, client, "push", cancellable, error))
    return FALSE;
  since = JSON_NODE_HOLDS_VALUE (replication.last_seq) &&
          json_node_get_value_type (replication.last_seq) == G_TYPE_INT64
          ? json_node_get_int (replication.last_seq) : 0;
  if ((last = crm_store_sync_last_change (store, error)) < 0)
    return FALSE;

  while (since < last)
    {
      g_autoptr(GPtrArray) changes = NULL;
      g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(JsonObject) asked = json_object_new ();
      g_autoptr(JsonNode) body = NULL;
      g_autoptr(JsonNode) answer = NULL;
      g_autoptr(JsonArray) documents = json_array_new ();
      g_autoptr(JsonNode) through_node = NULL;
      g_autoptr(GList) ids = NULL;
      gint64 through = since;

      if ((changes = crm_store_sync_changes_since (store, since, BATCH_SIZE, &through, error)) == NULL)
        return FALSE;

      for (guint i = 0; i < changes->len; i++)
        {
          CrmSyncChange *change = g_ptr_array_index (changes, i);
          g_autoptr(GPtrArray) leaves = crm_store_sync_leaf_revisions (store, change, error);
          JsonArray *revisions;

          if (leaves == NULL)
            return FALSE;

          revisions = json_array_new ();
          for (guint j = 0; j < leaves->len; j++)
            json_array_add_string_element (revisions, g_ptr_array_index (leaves, j));
          json_object_set_array_member (asked, change->id, revisions);
          g_hash_table_insert (types, change->id, change);
        }

      if (json_object_get_size (asked) > 0)
        {
          body = json_node_init_object (json_node_alloc (), asked);
          answer = crm_sync_client_request (client, "POST", "_revs_diff", body, NULL, cancellable, error);
          if (answer == NULL)
            return FALSE;
          if (crm_json_as_object (answer) == NULL)
            return protocol_error (error, "_revs_diff");

          ids = json_object_get_members (crm_json_as_object (answer));
          for (GList *l = ids; l != NULL; l = l->next)
            {
              CrmSyncChange *change = g_hash_table_lookup (types, l->data);
              JsonArray *missing = crm_json_member_array (crm_json_as_object (json_object_get_member (crm_json_as_object (answer), l->data)),
                                                 "missing");

              /* Anything else would leave a revision unsent with the
               * checkpoint past it. */
              if (change == NULL || missing == NULL)
                return protocol_error (error, "_revs_diff");

              for (guint i = 0; i < json_array_get_length (missing); i++)
                {
                  JsonNode *revision = json_array_get_element (missing, i);
                  JsonObject *document;

                  if (!JSON_NODE_HOLDS_VALUE (revision) || json_node_get_value_type (revision) != G_TYPE_STRING)
                    return protocol_error (error, "_revs_diff");
                  document = crm_store_sync_read_document (store, change->type, change->id,
                                                           json_node_get_string (revision), error);
                  if (document == NULL && error != NULL && *error != NULL)
                    return FALSE;
                  if (document != NULL)
                    json_array_add_object_element (documents, document);
                }
            }

          if (json_array_get_length (documents) > 0 && !send_documents (&replication, documents, error))
            return FALSE;
        }

      if (result != NULL)
        result->pushed += json_array_get_length (documents);
      done += changes->len;

      through_node = json_node_init_int (json_node_alloc (), through);
      if (!save_checkpoint (&replication, through_node, error))
        return FALSE;
      since = through;

      if (progress != NULL)
        progress (TRUE, done, done + (guint)MAX (last - since, 0), user_data);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * crm_sync_run:
 *
 * A whole sync: what the server has first, then what this database has.
 */
gboolean
crm_sync_run (CrmStore         *store,
              CrmSyncClient    *client,
              CrmSyncProgress   progress,
              gpointer          user_data,
              GCancellable     *cancellable,
              CrmSyncResult    *result,
              GError          **error)
{
  return crm_sync_pull (store, client, progress, user_data, cancellable, result, error) &&
         crm_sync_push (store, client, progress, user_data, cancellable, result, error);
}
