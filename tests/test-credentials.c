/* test-credentials.c: the sync password in the keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <libsecret/secret.h>

#include "crm-sync-credentials.h"

#define URL "http://127.0.0.1:5984/crm-test-credentials"

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  char      *password;
  GError    *error;
} Wait;

static void
on_boolean (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  if (g_task_get_source_tag (G_TASK (result)) == crm_sync_credentials_store)
    wait->ok = crm_sync_credentials_store_finish (result, &wait->error);
  else
    wait->ok = crm_sync_credentials_forget_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
on_password (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->password = crm_sync_credentials_lookup_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
wait_clear (Wait *wait)
{
  g_clear_pointer (&wait->password, secret_password_free);
  g_clear_error (&wait->error);
  wait->ok = FALSE;
}

/* The keyring of run-tests' session bus; elsewhere there may be none. */
static gboolean
keyring_missing (GError *error)
{
  const char *ci = g_getenv ("CI");

  if (error == NULL)
    return FALSE;
  if (ci != NULL && *ci != '\0' && !g_str_equal (ci, "false") && !g_str_equal (ci, "0"))
    return FALSE;

  g_test_skip_printf ("no keyring to store in: %s", error->message);
  return TRUE;
}

static void
test_store_lookup_forget (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop };

  crm_sync_credentials_store (URL, "ayse", "s3cret wörd", NULL, on_boolean, &wait);
  g_main_loop_run (loop);
  if (keyring_missing (wait.error))
    return;
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  wait_clear (&wait);

  crm_sync_credentials_lookup (URL, "ayse", NULL, on_password, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_cmpstr (wait.password, ==, "s3cret wörd");
  wait_clear (&wait);

  /* Another user of the same server has no password. */
  crm_sync_credentials_lookup (URL, "bob", NULL, on_password, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_null (wait.password);
  wait_clear (&wait);

  crm_sync_credentials_forget (URL, "ayse", NULL, on_boolean, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  wait_clear (&wait);

  wait.password = crm_sync_credentials_lookup_sync (URL, "ayse", NULL, &wait.error);
  g_assert_no_error (wait.error);
  g_assert_null (wait.password);

  /* Forgetting what is not there is no error. */
  crm_sync_credentials_forget (URL, "ayse", NULL, on_boolean, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  wait_clear (&wait);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/credentials/store-lookup-forget", test_store_lookup_forget);

  status = g_test_run ();
  /* libsecret keeps its connection to the keyring for the process's life;
   * messages still queued for this thread are freed by handling them. */
  secret_service_disconnect ();
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return status;
}
