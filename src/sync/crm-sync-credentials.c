/* crm-sync-credentials.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "crm-sync-credentials.h"

/* The password of a sync account lives only in the keyring (the Secret
 * portal under Flatpak), under the server's address and the user name; the
 * address and the name themselves are in GSettings. */

static const SecretSchema *
credentials_schema (void)
{
  static const SecretSchema schema = {
    "org.example.Crm.SyncAccount", SECRET_SCHEMA_NONE,
    {
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

static void
forward_boolean (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data,
                 gboolean    (*finish) (GAsyncResult *, GError **))
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
stored (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  forward_boolean (source, result, user_data, secret_password_store_finish);
}

/* Keeps @password for the account @user at @url, replacing an older one. */
void
crm_sync_credentials_store (const char          *url,
                            const char          *user,
                            const char          *password,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  /* TRANSLATORS: the label of the sync password in the keyring */
  g_autofree char *label = g_strdup_printf (_("Crm sync password for %s"), url);

  g_task_set_source_tag (task, crm_sync_credentials_store);
  secret_password_store (credentials_schema (), SECRET_COLLECTION_DEFAULT, label, password, cancellable,
                         stored, task, "url", url, "user", user != NULL ? user : "", NULL);
}

gboolean
crm_sync_credentials_store_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
looked_up (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, password, (GDestroyNotify)secret_password_free);
}

void
crm_sync_credentials_lookup (const char          *url,
                             const char          *user,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, crm_sync_credentials_lookup);
  secret_password_lookup (credentials_schema (), cancellable, looked_up, task,
                          "url", url, "user", user != NULL ? user : "", NULL);
}

/**
 * crm_sync_credentials_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the password, %NULL with no error if
 *   the keyring has none; free it with secret_password_free()
 */
char *
crm_sync_credentials_lookup_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For crm-tool, which has no main loop to wait in. */
char *
crm_sync_credentials_lookup_sync (const char    *url,
                                  const char    *user,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  return secret_password_lookup_sync (credentials_schema (), cancellable, error,
                                      "url", url, "user", user != NULL ? user : "", NULL);
}

static void
cleared (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* Nothing to clear is as good as cleared. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
crm_sync_credentials_forget (const char          *url,
                             const char          *user,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, crm_sync_credentials_forget);
  secret_password_clear (credentials_schema (), cancellable, cleared, task,
                         "url", url, "user", user != NULL ? user : "", NULL);
}

gboolean
crm_sync_credentials_forget_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
