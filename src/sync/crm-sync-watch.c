/* crm-sync-watch.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sync"

#include "config.h"

#include "crm-json.h"
#include "crm-sync-watch.h"

/* Waits on the server's changes feed (feed=longpoll), on a thread of its
 * own, and emits CrmSyncWatch::server-changed in the main context that made
 * it whenever the database changed: so that an edit made on another computer
 * arrives in seconds, not at the next periodic sync. A server that cannot be
 * reached is asked again after a growing pause; the sync itself says what is
 * wrong, the watch only listens. */

/* Below any proxy's idle timeout, and the client's request timeout. */
#define LONGPOLL_TIMEOUT_MS 25000
#define FIRST_PAUSE_MS      2000
#define LAST_PAUSE_MS       60000
/* More changes than this at once: the replica just syncs, without asking
 * which of them it has. */
#define LISTED_CHANGES      100

typedef struct
{
  CrmSyncClient *client;
  GCancellable  *cancellable;
  GMainContext  *context;
  GWeakRef       watch;

  GMutex         mutex;
  GCond          cond;
  gboolean       stopping;
} Watcher;

struct _CrmSyncWatch
{
  GObject   parent_instance;

  Watcher  *watcher;
  GThread  *thread;
};

G_DEFINE_FINAL_TYPE (CrmSyncWatch, crm_sync_watch, G_TYPE_OBJECT)

enum {
  SERVER_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
watcher_free (Watcher *watcher)
{
  g_clear_object (&watcher->client);
  g_clear_object (&watcher->cancellable);
  g_main_context_unref (watcher->context);
  g_weak_ref_clear (&watcher->watch);
  g_mutex_clear (&watcher->mutex);
  g_cond_clear (&watcher->cond);
  g_free (watcher);
}

/* Sleeps, unless told to stop meanwhile. */
static gboolean
watcher_pause (Watcher *watcher,
               guint    milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;
  gboolean stopping;

  g_mutex_lock (&watcher->mutex);
  while (!watcher->stopping && g_cond_wait_until (&watcher->cond, &watcher->mutex, until))
    ;
  stopping = watcher->stopping;
  g_mutex_unlock (&watcher->mutex);

  return !stopping;
}

typedef struct
{
  CrmSyncWatch *watch;
  JsonObject   *revisions;  /* NULL: too many to list */
} News;

static void
news_free (gpointer data)
{
  News *news = data;

  g_object_unref (news->watch);
  g_clear_pointer (&news->revisions, json_object_unref);
  g_free (news);
}

static gboolean
emit_server_changed (gpointer data)
{
  News *news = data;

  /* Stopped meanwhile: old news. */
  if (news->watch->thread != NULL)
    g_signal_emit (news->watch, signals[SERVER_CHANGED], 0, news->revisions);

  return G_SOURCE_REMOVE;
}

/* The news holds the watch, so the watch is never finalized, and its thread
 * never joined, on the thread itself. */
static void
tell_server_changed (Watcher    *watcher,
                     JsonObject *revisions)
{
  CrmSyncWatch *self = g_weak_ref_get (&watcher->watch);
  g_autoptr(GSource) source = NULL;
  News *news;

  if (self == NULL)
    return;

  news = g_new0 (News, 1);
  news->watch = self;
  news->revisions = revisions != NULL ? json_object_ref (revisions) : NULL;

  /* Not g_main_context_invoke(): where no thread holds the context, it
   * would emit here, on this thread. */
  source = g_idle_source_new ();
  g_source_set_callback (source, emit_server_changed, news, news_free);
  g_source_set_static_name (source, "[crm] server changed");
  g_source_attach (source, watcher->context);
}

/* A member whose value is opaque: any JSON but null. */
static JsonNode *
opaque_member (JsonNode   *node,
               const char *name)
{
  JsonObject *object = crm_json_as_object (node);
  JsonNode *member = object != NULL ? json_object_get_member (object, name) : NULL;

  return member != NULL && !JSON_NODE_HOLDS_NULL (member) ? member : NULL;
}

/* The revisions each change names, as _revs_diff takes them; NULL if the
 * feed stopped at its limit (there may be more) or is not what it should be. */
static JsonObject *
list_revisions (JsonArray *results)
{
  g_autoptr(JsonObject) revisions = json_object_new ();

  if (json_array_get_length (results) >= LISTED_CHANGES)
    return NULL;

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      const char *id;
      JsonArray *listed;

      if (!crm_sync_read_change (json_array_get_element (results, i), &id, &listed))
        return NULL;
      json_object_set_array_member (revisions, id, listed);
    }

  return g_steal_pointer (&revisions);
}

/* The sequence to wait after: where the database is now, at first. */
static JsonNode *
current_sequence (Watcher  *watcher,
                  GError  **error)
{
  g_autoptr(JsonNode) info = crm_sync_client_request (watcher->client, "GET", "", NULL, NULL,
                                                      watcher->cancellable, error);
  JsonNode *sequence = info != NULL ? opaque_member (info, "update_seq") : NULL;

  if (info != NULL && sequence == NULL)
    g_set_error_literal (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_PROTOCOL, "no update_seq");

  return sequence != NULL ? json_node_copy (sequence) : NULL;
}

/* Waits for changes after @since; returns the sequence after them, or @since
 * again when the wait timed out with nothing new. */
static JsonNode *
wait_for_changes (Watcher     *watcher,
                  JsonNode    *since,
                  gboolean    *changed,
                  JsonObject **revisions,
                  GError     **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *since_text = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) answer = NULL;
  JsonArray *results;
  JsonNode *last_seq;

  json_generator_set_root (generator, since);
  since_text = JSON_NODE_HOLDS_VALUE (since) && json_node_get_value_type (since) == G_TYPE_STRING
               ? g_strdup (json_node_get_string (since)) : json_generator_to_data (generator, NULL);
  escaped = g_uri_escape_string (since_text, NULL, FALSE);
  path = g_strdup_printf ("_changes?feed=longpoll&style=all_docs&limit=%d&since=%s&timeout=%d",
                          LISTED_CHANGES, escaped, LONGPOLL_TIMEOUT_MS);

  if ((answer = crm_sync_client_request (watcher->client, "GET", path, NULL, NULL, watcher->cancellable, error)) == NULL)
    return NULL;

  results = crm_json_member_array (crm_json_as_object (answer), "results");
  last_seq = opaque_member (answer, "last_seq");
  if (results == NULL || last_seq == NULL)
    {
      g_set_error_literal (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_PROTOCOL, "no results in the changes feed");
      return NULL;
    }

  *changed = json_array_get_length (results) > 0;
  if (*changed)
    *revisions = list_revisions (results);
  return json_node_copy (last_seq);
}

static gpointer
watch_thread (gpointer data)
{
  Watcher *watcher = data;
  g_autoptr(JsonNode) since = NULL;
  guint pause_ms = 0;

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) next = NULL;
      g_autoptr(JsonObject) revisions = NULL;
      gboolean changed = FALSE;

      if (pause_ms > 0 && !watcher_pause (watcher, pause_ms))
        break;
      if (g_cancellable_is_cancelled (watcher->cancellable))
        break;

      if (since == NULL)
        next = current_sequence (watcher, &error);
      else
        next = wait_for_changes (watcher, since, &changed, &revisions, &error);

      if (next == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            break;
          g_debug ("Watching the server's changes: %s", error->message);
          /* The sync catches up on what came meanwhile; the watch starts
           * afresh. */
          g_clear_pointer (&since, json_node_unref);
          pause_ms = CLAMP (pause_ms * 2, FIRST_PAUSE_MS, LAST_PAUSE_MS);
          continue;
        }

      pause_ms = 0;
      g_clear_pointer (&since, json_node_unref);
      since = g_steal_pointer (&next);
      if (changed)
        tell_server_changed (watcher, revisions);
    }

  return NULL;
}

/**
 * crm_sync_watch_new:
 * @client: the database to watch; the watch uses a copy of it
 *
 * Starts watching at once, until crm_sync_watch_stop() or the last reference
 * goes.
 */
CrmSyncWatch *
crm_sync_watch_new (CrmSyncClient *client)
{
  CrmSyncWatch *self;
  Watcher *watcher;

  g_return_val_if_fail (CRM_IS_SYNC_CLIENT (client), NULL);

  self = g_object_new (CRM_TYPE_SYNC_WATCH, NULL);
  watcher = g_new0 (Watcher, 1);
  watcher->client = crm_sync_client_dup (client);
  watcher->cancellable = g_cancellable_new ();
  watcher->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&watcher->watch, self);
  g_mutex_init (&watcher->mutex);
  g_cond_init (&watcher->cond);

  self->watcher = watcher;
  self->thread = g_thread_new ("crm-sync-watch", watch_thread, watcher);

  return self;
}

/**
 * crm_sync_watch_stop:
 *
 * Stops watching: the request in flight is cancelled and the thread ends.
 */
void
crm_sync_watch_stop (CrmSyncWatch *self)
{
  g_return_if_fail (CRM_IS_SYNC_WATCH (self));

  if (self->thread == NULL)
    return;

  g_mutex_lock (&self->watcher->mutex);
  self->watcher->stopping = TRUE;
  g_cond_signal (&self->watcher->cond);
  g_mutex_unlock (&self->watcher->mutex);
  g_cancellable_cancel (self->watcher->cancellable);

  g_thread_join (g_steal_pointer (&self->thread));
}

static void
crm_sync_watch_dispose (GObject *object)
{
  CrmSyncWatch *self = CRM_SYNC_WATCH (object);

  crm_sync_watch_stop (self);

  G_OBJECT_CLASS (crm_sync_watch_parent_class)->dispose (object);
}

static void
crm_sync_watch_finalize (GObject *object)
{
  CrmSyncWatch *self = CRM_SYNC_WATCH (object);

  g_clear_pointer (&self->watcher, watcher_free);

  G_OBJECT_CLASS (crm_sync_watch_parent_class)->finalize (object);
}

static void
crm_sync_watch_class_init (CrmSyncWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_sync_watch_dispose;
  object_class->finalize = crm_sync_watch_finalize;

  /**
   * CrmSyncWatch::server-changed:
   * @revisions: (nullable): the revisions of the documents that changed, by
   *   id, as _revs_diff takes them; %NULL when there were too many to list
   *
   * The server's database changed: another replica wrote to it, or this
   * one did.
   */
  signals[SERVER_CHANGED] = g_signal_new ("server-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          JSON_TYPE_OBJECT | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
crm_sync_watch_init (CrmSyncWatch *self)
{
}
