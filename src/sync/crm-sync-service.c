/* crm-sync-service.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <string.h>

#include "crm-models.h"
#include "crm-store-sync.h"
#include "crm-sync-client.h"
#include "crm-sync-credentials.h"
#include "crm-sync-replicator.h"
#include "crm-sync-service.h"
#include "crm-sync-watch.h"

/* Keeps one store in sync with the account's server, in the background: once
 * when an account is set, a moment after the last local change, and every few
 * minutes. Each sync runs on a thread of its own with its own connection to
 * the database and its own client; only its progress and its outcome come
 * back to the main context. At most one sync runs at a time; a request while
 * one runs becomes one more run after it. A failed sync is retried with a
 * growing delay, except when only the user can help (a wrong password, a
 * missing database): then the service waits for a new account or Sync Now. */

#define DEFAULT_DEBOUNCE_MS     2000
#define DEFAULT_INTERVAL_MS     (5 * 60 * 1000)
#define DEFAULT_FIRST_RETRY_MS  5000
#define DEFAULT_LAST_RETRY_MS   (5 * 60 * 1000)

/* How long disposing waits for a cancelled sync to let go of the database. */
#define STOP_TIMEOUT_US         (5 * G_USEC_PER_SEC)

/* How often, at most, the views refresh during a long pull. */
#define ANNOUNCE_INTERVAL_US    G_USEC_PER_SEC

G_DEFINE_ENUM_TYPE (CrmSyncState, crm_sync_state,
  G_DEFINE_ENUM_VALUE (CRM_SYNC_STATE_OFF, "off"),
  G_DEFINE_ENUM_VALUE (CRM_SYNC_STATE_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (CRM_SYNC_STATE_SYNCING, "syncing"),
  G_DEFINE_ENUM_VALUE (CRM_SYNC_STATE_OFFLINE, "offline"),
  G_DEFINE_ENUM_VALUE (CRM_SYNC_STATE_ERROR, "error"))

typedef struct _SyncJob SyncJob;

struct _CrmSyncService
{
  GObject        parent_instance;

  CrmStore      *store;

  /* The account; url is NULL when sync is off. */
  char          *url;
  char          *user;
  char          *password;
  gboolean       from_keyring;   /* the password is the keyring's, else the caller's */
  gboolean       ready;          /* the password is known, or none is needed */
  gboolean       stuck;          /* only a new account or Sync Now helps */
  guint          serial;         /* counts accounts, so that old news is told apart */
  GCancellable  *lookup_cancellable;

  SyncJob       *job;            /* the running sync */
  GCancellable  *sync_cancellable;
  gboolean       again;          /* asked for while it ran */

  CrmSyncWatch  *watch;          /* news from the server, once a sync worked */

  guint          debounce_id;
  guint          timer_id;       /* the next periodic sync, or the next retry */
  guint          retry_ms;       /* the last delay before a retry, 0 after a success */
  gboolean       announcing;
  gint64         last_announced;

  guint          debounce_ms;
  guint          interval_ms;
  guint          first_retry_ms;
  guint          last_retry_ms;

  CrmSyncState   state;
  guint          done;
  guint          total;
  char          *message;
  gint64         last_synced;
};

G_DEFINE_FINAL_TYPE (CrmSyncService, crm_sync_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  PROP_DONE,
  PROP_TOTAL,
  PROP_MESSAGE,
  PROP_LAST_SYNCED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_sync   (CrmSyncService *self,
                          gboolean        quiet);
static void request_sync (CrmSyncService *self,
                          gboolean        quiet);

/* Passwords do not linger in freed memory. */
static void
clear_password (char **password)
{
  if (*password != NULL)
    {
      memset (*password, 0, strlen (*password));
      g_clear_pointer (password, g_free);
    }
}

/* ---------------------------------------------------------------------- */
/* Properties                                                             */
/* ---------------------------------------------------------------------- */

static void
set_state (CrmSyncService *self,
           CrmSyncState    state,
           const char     *message)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->message, message) != 0)
    {
      g_free (self->message);
      self->message = g_strdup (message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
    }
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_progress (CrmSyncService *self,
              guint           done,
              guint           total)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (self->done != done)
    {
      self->done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
    }
  if (self->total != total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_last_synced (CrmSyncService *self,
                 gint64          last_synced)
{
  if (self->last_synced == last_synced)
    return;

  self->last_synced = last_synced;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SYNCED]);
}

/* Every open view refreshes; the announcement is no local change to send. */
static void
announce_changes (CrmSyncService *self)
{
  const GType *types;
  guint n_types;

  self->last_announced = g_get_monotonic_time ();
  self->announcing = TRUE;
  types = crm_models_list_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    crm_store_announce_outside_changes (self->store, types[i]);
  self->announcing = FALSE;
}

/* ---------------------------------------------------------------------- */
/* Timers                                                                 */
/* ---------------------------------------------------------------------- */

static gboolean
timer_cb (gpointer user_data)
{
  CrmSyncService *self = user_data;

  self->timer_id = 0;
  request_sync (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
schedule (CrmSyncService *self,
          guint           milliseconds)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->timer_id = g_timeout_add (milliseconds, timer_cb, self);
  g_source_set_name_by_id (self->timer_id, "[crm] next sync");
}

static gboolean
debounce_cb (gpointer user_data)
{
  CrmSyncService *self = user_data;

  self->debounce_id = 0;
  request_sync (self, TRUE);

  return G_SOURCE_REMOVE;
}

/* A burst of edits (typing, an undo) is sent once, when it is over. */
static void
store_changed_cb (CrmSyncService *self,
                  GType           type,
                  const char     *id,
                  CrmChangeKind   kind,
                  CrmStore       *store)
{
  if (self->announcing || self->url == NULL || self->stuck)
    return;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (self->debounce_ms, debounce_cb, self);
  g_source_set_name_by_id (self->debounce_id, "[crm] sync after edits");
}

/* ---------------------------------------------------------------------- */
/* A sync, on a thread                                                    */
/* ---------------------------------------------------------------------- */

/* What the thread needs and the progress it hands to the main context:
 * shared by both, so reference counted. */
struct _SyncJob
{
  char          *path;
  char          *url;
  char          *user;
  char          *password;
  guint          serial;
  GMainContext  *context;
  GWeakRef       service;
  CrmSyncResult  result;      /* written by the thread, read when it is done */

  GMutex         mutex;
  GCond          cond;
  gboolean       finished;    /* the thread let go of the database */
  gboolean       pushing;
  guint          done;
  guint          total;
  gboolean       update_pending;
};

static void
sync_job_clear (gpointer data)
{
  SyncJob *job = data;

  g_free (job->path);
  g_free (job->url);
  g_free (job->user);
  clear_password (&job->password);
  g_main_context_unref (job->context);
  g_weak_ref_clear (&job->service);
  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
}

static SyncJob *
sync_job_ref (SyncJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
sync_job_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, sync_job_clear);
}

/* In the main context. */
static gboolean
update_progress_cb (gpointer data)
{
  SyncJob *job = data;
  g_autoptr(CrmSyncService) self = g_weak_ref_get (&job->service);
  gboolean pushing;
  guint done, total;

  g_mutex_lock (&job->mutex);
  pushing = job->pushing;
  done = job->done;
  total = job->total;
  job->update_pending = FALSE;
  g_mutex_unlock (&job->mutex);

  if (self == NULL || self->job != job)
    return G_SOURCE_REMOVE;

  /* A long first pull fills the views as it goes. */
  if (!pushing && done > 0 &&
      g_get_monotonic_time () - self->last_announced >= ANNOUNCE_INTERVAL_US)
    announce_changes (self);

  /* The last account's sync, stopping: not this account's progress. */
  if (job->serial != self->serial)
    return G_SOURCE_REMOVE;

  set_state (self, CRM_SYNC_STATE_SYNCING, NULL);
  set_progress (self, done, total);

  return G_SOURCE_REMOVE;
}

/* In the sync thread: at most one update waits in the main context. */
static void
sync_progress_cb (gboolean  pushing,
                  guint     done,
                  guint     total,
                  gpointer  user_data)
{
  SyncJob *job = user_data;
  gboolean schedule_update;

  g_mutex_lock (&job->mutex);
  job->pushing = pushing;
  job->done = done;
  job->total = total;
  schedule_update = !job->update_pending;
  job->update_pending = TRUE;
  g_mutex_unlock (&job->mutex);

  /* Always through a source, never g_main_context_invoke(): that calls
   * right here, on this thread, whenever nobody holds the main context for
   * a moment. */
  if (schedule_update)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, update_progress_cb, sync_job_ref (job), sync_job_unref);
      g_source_set_static_name (source, "[crm] sync progress");
      g_source_attach (source, job->context);
      g_source_unref (source);
    }
}

static gboolean
run_sync (SyncJob       *job,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmSyncClient) client = NULL;

  /* Both its own: the store's connection belongs to the main thread, and a
   * client is used from one thread only. */
  return (store = crm_store_open (job->path, error)) != NULL &&
         (client = crm_sync_client_new (job->url, job->user, job->password, error)) != NULL &&
         crm_sync_client_check (client, cancellable, error) &&
         crm_sync_run (store, client, sync_progress_cb, job, cancellable, &job->result, error);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SyncJob *job = task_data;
  GError *error = NULL;

  if (run_sync (job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);

  g_mutex_lock (&job->mutex);
  job->finished = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->mutex);
}

/* A cancelled sync stops within moments: at its next request or batch. */
static void
wait_for_thread (SyncJob *job)
{
  gint64 deadline = g_get_monotonic_time () + STOP_TIMEOUT_US;

  g_mutex_lock (&job->mutex);
  while (!job->finished)
    if (!g_cond_wait_until (&job->cond, &job->mutex, deadline))
      break;
  if (!job->finished)
    g_warning ("The sync did not stop in time; it goes on on its own.");
  g_mutex_unlock (&job->mutex);
}

/* Failures that only the user can mend: trying again changes nothing, and
 * some servers lock out an account that keeps trying a wrong password. */
static gboolean
needs_user (const GError *error)
{
  return g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_BAD_URL) ||
         g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNAUTHORIZED) ||
         g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_FORBIDDEN) ||
         g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE);
}

static void
retry_later (CrmSyncService *self)
{
  if (self->retry_ms == 0)
    self->retry_ms = self->first_retry_ms;
  else
    self->retry_ms = MIN (self->retry_ms * 2, self->last_retry_ms);
  schedule (self, self->retry_ms);
}

/* Our own push comes back through the feed too: only revisions this
 * database lacks are worth a sync. */
static void
server_changed_cb (CrmSyncService *self,
                   JsonObject     *revisions)
{
  g_autoptr(JsonObject) missing = NULL;
  g_autoptr(GError) error = NULL;

  if (self->stuck)
    return;

  if (revisions != NULL && (missing = crm_store_sync_revs_diff (self->store, revisions, &error)) != NULL &&
      json_object_get_size (missing) == 0)
    return;

  request_sync (self, TRUE);
}

/* Edits made on other computers arrive as they happen, not at the next
 * periodic sync. */
static void
watch_server (CrmSyncService *self)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  if (self->watch != NULL)
    return;

  if ((client = crm_sync_client_new (self->url, self->user, self->password, &error)) == NULL)
    {
      g_debug ("Cannot watch %s: %s", self->url, error->message);
      return;
    }

  self->watch = crm_sync_watch_new (client);
  g_signal_connect_object (self->watch, "server-changed", G_CALLBACK (server_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SyncJob *job = user_data;
  g_autoptr(CrmSyncService) self = g_weak_ref_get (&job->service);
  g_autoptr(GError) error = NULL;
  gboolean again;

  g_task_propagate_boolean (G_TASK (result), &error);

  /* Disposed while it ran: nobody is left to tell. */
  if (self == NULL)
    goto out;

  g_assert (self->job == job);
  g_clear_pointer (&self->job, sync_job_unref);
  g_clear_object (&self->sync_cancellable);
  again = self->again;
  self->again = FALSE;

  /* Even a sync that failed halfway may have brought records in. */
  if (job->result.pulled > 0 || job->result.conflicts > 0)
    announce_changes (self);

  /* Cancelled, or overtaken by a new account: the new account's sync is
   * what counts now. */
  if (job->serial != self->serial || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (again)
        request_sync (self, FALSE);
      goto out;
    }

  set_progress (self, 0, 0);

  if (error == NULL)
    {
      self->retry_ms = 0;
      set_last_synced (self, g_get_real_time () / G_USEC_PER_SEC);
      watch_server (self);
      /* Straight on, still "syncing": up to date it is not. */
      if (again)
        {
          start_sync (self, TRUE);
        }
      else
        {
          set_state (self, CRM_SYNC_STATE_IDLE, NULL);
          schedule (self, self->interval_ms);
        }
      goto out;
    }

  g_debug ("Sync with %s failed: %s", job->url, error->message);

  if (needs_user (error))
    {
      self->stuck = TRUE;
      g_clear_object (&self->watch);
      g_clear_handle_id (&self->timer_id, g_source_remove);
      g_clear_handle_id (&self->debounce_id, g_source_remove);
      set_state (self, CRM_SYNC_STATE_ERROR, error->message);
    }
  else
    {
      /* Edits made meanwhile go with the retry. */
      g_clear_handle_id (&self->debounce_id, g_source_remove);
      retry_later (self);
      if (g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_UNREACHABLE))
        set_state (self, CRM_SYNC_STATE_OFFLINE, error->message);
      else
        set_state (self, CRM_SYNC_STATE_ERROR, error->message);
    }

out:
  sync_job_unref (job);
}

/* @quiet: an attempt of its own accord, which leaves "offline" or an error
 * standing until it actually moves data, so that retries do not flicker. */
static void
start_sync (CrmSyncService *self,
            gboolean        quiet)
{
  g_autoptr(GTask) task = NULL;
  SyncJob *job;

  g_assert (self->job == NULL);
  g_assert (self->url != NULL && self->ready);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->debounce_id, g_source_remove);

  job = g_atomic_rc_box_new0 (SyncJob);
  job->path = g_strdup (crm_store_get_path (self->store));
  job->url = g_strdup (self->url);
  job->user = g_strdup (self->user);
  job->password = g_strdup (self->password);
  job->serial = self->serial;
  job->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->service, self);
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);

  self->job = job;
  self->sync_cancellable = g_cancellable_new ();
  set_progress (self, 0, 0);
  if (!quiet || (self->state != CRM_SYNC_STATE_OFFLINE && self->state != CRM_SYNC_STATE_ERROR))
    set_state (self, CRM_SYNC_STATE_SYNCING, NULL);

  /* No source object: the task must not keep the service alive, since
   * disposing the service is what cancels it. */
  task = g_task_new (NULL, self->sync_cancellable, sync_done_cb, sync_job_ref (job));
  g_task_set_source_tag (task, start_sync);
  g_task_set_name (task, "[crm] sync");
  g_task_set_task_data (task, sync_job_ref (job), sync_job_unref);
  g_task_run_in_thread (task, sync_thread);
}

static void
request_sync (CrmSyncService *self,
              gboolean        quiet)
{
  if (self->url == NULL || !self->ready || self->stuck)
    return;

  if (self->job != NULL)
    self->again = TRUE;
  else
    start_sync (self, quiet);
}

/* ---------------------------------------------------------------------- */
/* The password, from the keyring                                         */
/* ---------------------------------------------------------------------- */

typedef struct
{
  CrmSyncService *self;
  GCancellable   *cancellable;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_object_unref (lookup->self);
  g_object_unref (lookup->cancellable);
  g_free (lookup);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lookup, lookup_free)

static void
password_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Lookup) lookup = user_data;
  CrmSyncService *self = lookup->self;
  g_autoptr(GError) error = NULL;
  char *password;

  password = crm_sync_credentials_lookup_finish (result, &error);

  /* A newer account or lookup took over. */
  if (g_cancellable_is_cancelled (lookup->cancellable))
    {
      if (password != NULL)
        secret_password_free (password);
      return;
    }
  g_clear_object (&self->lookup_cancellable);

  if (password == NULL)
    {
      g_autofree char *message = NULL;

      if (error != NULL)
        message = g_strdup_printf (_("The password for %s cannot be read from the keyring (%s). Unlock the keyring, then choose Sync Now."),
                                   self->user, error->message);
      else
        message = g_strdup_printf (_("The keyring has no password for %s on this server. Enter it again in Preferences, Sync."),
                                   self->user);
      self->stuck = TRUE;
      set_progress (self, 0, 0);
      set_state (self, CRM_SYNC_STATE_ERROR, message);
      return;
    }

  /* The watch asks with the password it was given. */
  if (g_strcmp0 (self->password, password) != 0)
    g_clear_object (&self->watch);
  clear_password (&self->password);
  self->password = g_strdup (password);
  secret_password_free (password);
  self->ready = TRUE;
  request_sync (self, FALSE);
}

static void
look_up_password (CrmSyncService *self)
{
  Lookup *lookup;

  g_assert (self->url != NULL && self->user != NULL);

  if (self->lookup_cancellable != NULL)
    g_cancellable_cancel (self->lookup_cancellable);
  g_clear_object (&self->lookup_cancellable);
  self->lookup_cancellable = g_cancellable_new ();

  lookup = g_new0 (Lookup, 1);
  lookup->self = g_object_ref (self);
  lookup->cancellable = g_object_ref (self->lookup_cancellable);
  crm_sync_credentials_lookup (self->url, self->user, self->lookup_cancellable, password_found_cb, lookup);
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

CrmSyncService *
crm_sync_service_new (CrmStore *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_SYNC_SERVICE, "store", store, NULL);
}

CrmStore *
crm_sync_service_get_store (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), NULL);

  return self->store;
}

static void
stop (CrmSyncService *self)
{
  if (self->lookup_cancellable != NULL)
    g_cancellable_cancel (self->lookup_cancellable);
  g_clear_object (&self->lookup_cancellable);
  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_object (&self->watch);
}

/**
 * crm_sync_service_set_account:
 * @url: (nullable): the database's address; %NULL or "" turns sync off
 * @user: (nullable): the user name, %NULL or "" for a server without
 *   authentication
 * @password: (nullable): the password, or %NULL to read it from the keyring
 *
 * Syncs with this account from now on, starting at once. A sync under way
 * for another account stops.
 */
void
crm_sync_service_set_account (CrmSyncService *self,
                              const char     *url,
                              const char     *user,
                              const char     *password)
{
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CRM_IS_SYNC_SERVICE (self));

  if (url != NULL && *url == '\0')
    url = NULL;
  if (user != NULL && *user == '\0')
    user = NULL;

  stop (self);
  self->serial++;
  self->again = FALSE;
  self->stuck = FALSE;
  self->ready = FALSE;
  self->retry_ms = 0;
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->user, g_free);
  clear_password (&self->password);
  self->from_keyring = FALSE;
  set_progress (self, 0, 0);
  set_last_synced (self, 0);

  if (url == NULL)
    {
      set_state (self, CRM_SYNC_STATE_OFF, NULL);
      return;
    }

  /* The keyring knows the account by the address as Crm writes it. */
  if ((client = crm_sync_client_new (url, NULL, NULL, &error)) == NULL)
    {
      self->url = g_strdup (url);
      self->stuck = TRUE;
      set_state (self, CRM_SYNC_STATE_ERROR, error->message);
      return;
    }
  self->url = g_strdup (crm_sync_client_get_url (client));
  self->user = g_strdup (user);

  if (user != NULL && password == NULL)
    {
      self->from_keyring = TRUE;
      set_state (self, CRM_SYNC_STATE_SYNCING, NULL);
      look_up_password (self);
      return;
    }

  self->password = g_strdup (password);
  self->ready = TRUE;
  /* The running sync of the last account ends soon; this one follows. */
  if (self->job != NULL)
    self->again = TRUE;
  set_state (self, CRM_SYNC_STATE_SYNCING, NULL);
  request_sync (self, FALSE);
}

/**
 * crm_sync_service_sync_now:
 *
 * Syncs at once, or right after the sync under way. It also tries again
 * after a failure that waits for the user, reading the password from the
 * keyring again, where Preferences may just have changed it.
 */
void
crm_sync_service_sync_now (CrmSyncService *self)
{
  g_return_if_fail (CRM_IS_SYNC_SERVICE (self));

  /* Off, or an address that is no address: nothing to try. */
  if (self->url == NULL || (!self->ready && !self->from_keyring))
    return;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->stuck = FALSE;
  self->retry_ms = 0;
  set_state (self, CRM_SYNC_STATE_SYNCING, NULL);

  if (self->from_keyring)
    look_up_password (self);
  else
    request_sync (self, FALSE);
}

CrmSyncState
crm_sync_service_get_state (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), CRM_SYNC_STATE_OFF);

  return self->state;
}

guint
crm_sync_service_get_done (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), 0);

  return self->done;
}

guint
crm_sync_service_get_total (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), 0);

  return self->total;
}

/**
 * crm_sync_service_get_message:
 *
 * Returns: (nullable): what went wrong, in one sentence, when the state is
 *   offline or an error
 */
const char *
crm_sync_service_get_message (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), NULL);

  return self->message;
}

/**
 * crm_sync_service_get_last_synced:
 *
 * Returns: the unix time of the last sync that succeeded with this account,
 *   0 if none did yet
 */
gint64
crm_sync_service_get_last_synced (CrmSyncService *self)
{
  g_return_val_if_fail (CRM_IS_SYNC_SERVICE (self), 0);

  return self->last_synced;
}

/* Taken from the next timer on. */
void
crm_sync_service_set_timing (CrmSyncService *self,
                             guint           debounce,
                             guint           interval,
                             guint           first_retry,
                             guint           last_retry)
{
  g_return_if_fail (CRM_IS_SYNC_SERVICE (self));
  g_return_if_fail (first_retry > 0 && first_retry <= last_retry);

  self->debounce_ms = debounce;
  self->interval_ms = interval;
  self->first_retry_ms = first_retry;
  self->last_retry_ms = last_retry;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_sync_service_constructed (GObject *object)
{
  CrmSyncService *self = CRM_SYNC_SERVICE (object);

  G_OBJECT_CLASS (crm_sync_service_parent_class)->constructed (object);

  g_assert (CRM_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

/* A running sync is cancelled, and waited for: whoever drops the service
 * (the application as it quits, a test that deletes the database next) may
 * count on nothing writing to the database any more. Even if the thread
 * outlived the wait, it reaches the service only through a weak reference. */
static void
crm_sync_service_dispose (GObject *object)
{
  CrmSyncService *self = CRM_SYNC_SERVICE (object);

  stop (self);
  if (self->job != NULL)
    wait_for_thread (self->job);
  g_clear_object (&self->sync_cancellable);
  g_clear_pointer (&self->job, sync_job_unref);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_sync_service_parent_class)->dispose (object);
}

static void
crm_sync_service_finalize (GObject *object)
{
  CrmSyncService *self = CRM_SYNC_SERVICE (object);

  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->user, g_free);
  clear_password (&self->password);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (crm_sync_service_parent_class)->finalize (object);
}

static void
crm_sync_service_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmSyncService *self = CRM_SYNC_SERVICE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_DONE:
      g_value_set_uint (value, self->done);
      break;

    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_LAST_SYNCED:
      g_value_set_int64 (value, self->last_synced);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_sync_service_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrmSyncService *self = CRM_SYNC_SERVICE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_sync_service_class_init (CrmSyncServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = crm_sync_service_constructed;
  object_class->dispose = crm_sync_service_dispose;
  object_class->finalize = crm_sync_service_finalize;
  object_class->get_property = crm_sync_service_get_property;
  object_class->set_property = crm_sync_service_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CRM_TYPE_SYNC_STATE, CRM_SYNC_STATE_OFF,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE] =
    g_param_spec_uint ("done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_SYNCED] =
    g_param_spec_int64 ("last-synced", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_sync_service_init (CrmSyncService *self)
{
  self->state = CRM_SYNC_STATE_OFF;
  self->debounce_ms = DEFAULT_DEBOUNCE_MS;
  self->interval_ms = DEFAULT_INTERVAL_MS;
  self->first_retry_ms = DEFAULT_FIRST_RETRY_MS;
  self->last_retry_ms = DEFAULT_LAST_RETRY_MS;
}
