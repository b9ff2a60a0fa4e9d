/* crm-test-server.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <signal.h>
#include <string.h>

#include "crm-test-server.h"

/* Node.js and express-pouchdb start in about half a second; the generous limit
 * is for loaded CI machines and sanitizer builds running tests in parallel. */
#define START_TIMEOUT_SECONDS 20
/* server.js exits at once on SIGTERM; past this it is killed. */
#define STOP_TIMEOUT_SECONDS 10

#define LISTENING_PREFIX "listening "

struct _CrmTestServer
{
  char        *user;
  char        *password;
  GSubprocess *process;
  /* Kept open for the life of the process: closing it would tell server.js
   * to exit (its stdin), or break its stdout. */
  GInputStream *stdout_pipe;
  char        *url;
  guint16      port;
  guint        n_databases;
};

/* The packages server.js loads; one of them missing means `npm ci` was not
 * run (or not finished). */
static const char * const required_packages[] = {
  "express",
  "express-pouchdb",
  "pouchdb-core",
  "pouchdb-adapter-memory",
  "pouchdb-adapter-http",
};

/* tests/server in the source tree: tests/meson.build says where. */
const char *
crm_test_server_get_directory (void)
{
  static const char *directory;

  if (g_once_init_enter (&directory))
    {
      const char *from_meson = g_getenv ("CRM_TEST_SERVER_DIR");
      const char *test_srcdir = g_getenv ("G_TEST_SRCDIR");
      char *found;

      if (from_meson != NULL && *from_meson != '\0')
        found = g_strdup (from_meson);
      else if (test_srcdir != NULL && *test_srcdir != '\0')
        found = g_build_filename (test_srcdir, "server", NULL);
      else
        found = g_strdup ("tests/server");

      g_once_init_leave (&directory, found);
    }

  return directory;
}

static gboolean
check_available (GError **error)
{
  const char *directory = crm_test_server_get_directory ();
  g_autofree char *node = g_find_program_in_path ("node");
  g_autofree char *script = g_build_filename (directory, "server.js", NULL);

  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "The sync test server needs Node.js, and there is no `node` on PATH "
                   "(Debian package nodejs; then run `npm ci` in %s)", directory);
      return FALSE;
    }

  if (!g_file_test (script, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "The sync test server is not there: no %s (is CRM_TEST_SERVER_DIR right?)",
                   script);
      return FALSE;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (required_packages); i++)
    {
      g_autofree char *manifest = g_build_filename (directory, "node_modules", required_packages[i],
                                                    "package.json", NULL);

      if (!g_file_test (manifest, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "The sync test server's npm packages are not installed (no %s); "
                       "run `npm ci` in %s", manifest, directory);
          return FALSE;
        }
    }

  return TRUE;
}

/* Whether Node.js and the test server's npm packages are installed. */
gboolean
crm_test_server_available (void)
{
  return check_available (NULL);
}

/* Waiting with a time limit, without a main loop of the caller's: a private
 * main context runs the asynchronous read (or wait) until it is done or the
 * limit cancels it. */
typedef struct
{
  GMainContext *context;
  GCancellable *cancellable;
  GSource      *timeout;
  gboolean      timed_out;
  gboolean      done;
} Deadline;

static gboolean
on_deadline_reached (gpointer user_data)
{
  Deadline *deadline = user_data;

  deadline->timed_out = TRUE;
  g_cancellable_cancel (deadline->cancellable);

  return G_SOURCE_REMOVE;
}

static void
deadline_begin (Deadline *deadline,
                guint     seconds)
{
  deadline->context = g_main_context_new ();
  deadline->cancellable = g_cancellable_new ();
  deadline->timeout = g_timeout_source_new_seconds (seconds);
  deadline->timed_out = FALSE;
  deadline->done = FALSE;
  g_source_set_callback (deadline->timeout, on_deadline_reached, deadline, NULL);
  g_source_attach (deadline->timeout, deadline->context);
  g_main_context_push_thread_default (deadline->context);
}

static void
deadline_run (Deadline *deadline)
{
  while (!deadline->done)
    g_main_context_iteration (deadline->context, TRUE);
}

static void
deadline_end (Deadline *deadline)
{
  g_main_context_pop_thread_default (deadline->context);
  g_source_destroy (deadline->timeout);
  g_clear_pointer (&deadline->timeout, g_source_unref);
  g_clear_object (&deadline->cancellable);
  /* Let anything the cancelled operation left behind run before the context
   * goes. */
  while (g_main_context_iteration (deadline->context, FALSE))
    ;
  g_clear_pointer (&deadline->context, g_main_context_unref);
}

typedef struct
{
  Deadline  deadline;
  char     *line;
  GError   *error;
} LineRead;

static void
on_line_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LineRead *read = user_data;

  read->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result,
                                                          NULL, &read->error);
  read->deadline.done = TRUE;
}

static void
on_process_waited (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Deadline *deadline = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  deadline->done = TRUE;
}

/* Stops the process: SIGTERM, then SIGKILL if it does not go. */
static void
stop_process (CrmTestServer *server)
{
  Deadline deadline = { 0 };

  if (server->process == NULL)
    return;

  g_subprocess_send_signal (server->process, SIGTERM);

  deadline_begin (&deadline, STOP_TIMEOUT_SECONDS);
  g_subprocess_wait_async (server->process, deadline.cancellable, on_process_waited, &deadline);
  deadline_run (&deadline);
  deadline_end (&deadline);

  if (deadline.timed_out)
    {
      /* Killed first: a g_warning() would abort a test program on the spot
       * and leave the server running. */
      g_subprocess_force_exit (server->process);
      g_subprocess_wait (server->process, NULL, NULL);
      g_printerr ("crm-test-server: the server did not stop within %d s of SIGTERM; killed it\n",
                  STOP_TIMEOUT_SECONDS);
    }

  g_clear_object (&server->stdout_pipe);
  g_clear_object (&server->process);
}

static char *
describe_exit (GSubprocess *process)
{
  if (g_subprocess_get_if_signaled (process))
    return g_strdup_printf ("was killed by signal %d", g_subprocess_get_term_sig (process));

  return g_strdup_printf ("exited with status %d", g_subprocess_get_exit_status (process));
}

/* Spawns server.js (on @port, or on a free port when 0) and waits for its
 * "listening URL" line. */
static gboolean
launch (CrmTestServer  *server,
        guint16         port,
        GError        **error)
{
  const char *directory = crm_test_server_get_directory ();
  g_autofree char *script = g_build_filename (directory, "server.js", NULL);
  g_autofree char *auth = NULL;
  g_autofree char *port_text = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  LineRead read = { 0 };
  const char *url;
  const char *port_start;
  guint64 listening_port;

  if (!check_available (error))
    return FALSE;

  g_ptr_array_add (argv, (gpointer) "node");
  g_ptr_array_add (argv, script);
  if (server->user != NULL)
    {
      auth = g_strdup_printf ("%s:%s", server->user, server->password);
      g_ptr_array_add (argv, (gpointer) "--auth");
      g_ptr_array_add (argv, auth);
    }
  if (port != 0)
    {
      port_text = g_strdup_printf ("%u", port);
      g_ptr_array_add (argv, (gpointer) "--port");
      g_ptr_array_add (argv, port_text);
    }
  g_ptr_array_add (argv, NULL);

  /* stdin is a pipe nobody writes to: server.js exits when it closes, that
   * is when this process ends however it ends. stderr goes to the test's log. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_cwd (launcher, directory);
  server->process = g_subprocess_launcher_spawnv (launcher,
                                                  (const char * const *) argv->pdata,
                                                  error);
  if (server->process == NULL)
    {
      g_prefix_error (error, "Could not start the sync test server (node %s): ", script);
      return FALSE;
    }
  server->stdout_pipe = g_object_ref (g_subprocess_get_stdout_pipe (server->process));

  lines = g_data_input_stream_new (server->stdout_pipe);
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);

  deadline_begin (&read.deadline, START_TIMEOUT_SECONDS);
  g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, read.deadline.cancellable,
                                       on_line_read, &read);
  deadline_run (&read.deadline);
  deadline_end (&read.deadline);

  if (read.deadline.timed_out)
    {
      g_clear_error (&read.error);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "The sync test server (node %s) did not say it was listening within %d s",
                   script, START_TIMEOUT_SECONDS);
      g_free (read.line);
      stop_process (server);
      return FALSE;
    }

  if (read.error != NULL)
    {
      g_propagate_prefixed_error (error, read.error,
                                  "Could not read from the sync test server: ");
      g_free (read.line);
      stop_process (server);
      return FALSE;
    }

  if (read.line == NULL)
    {
      g_autofree char *how = NULL;

      /* End of its stdout: it is on its way out (its own message is on
       * stderr, in the test's log). */
      g_subprocess_wait (server->process, NULL, NULL);
      how = describe_exit (server->process);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "The sync test server (node %s) %s before it was listening; its error is "
                   "above. If a package is missing, run `npm ci` in %s",
                   script, how, directory);
      g_clear_object (&server->stdout_pipe);
      g_clear_object (&server->process);
      return FALSE;
    }

  url = g_str_has_prefix (read.line, LISTENING_PREFIX) ? read.line + strlen (LISTENING_PREFIX) : NULL;
  port_start = url != NULL ? strrchr (url, ':') : NULL;
  if (url == NULL || port_start == NULL ||
      !g_ascii_string_to_unsigned (port_start + 1, 10, 1, G_MAXUINT16, &listening_port, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The sync test server said “%s” instead of “" LISTENING_PREFIX "URL”",
                   read.line);
      g_free (read.line);
      stop_process (server);
      return FALSE;
    }

  g_free (server->url);
  server->url = g_strdup (url);
  server->port = (guint16) listening_port;
  g_free (read.line);

  return TRUE;
}

/* Starts a server on a free port; with @user and @password it needs them
 * (fullCouchDB mode), with NULL there is no authentication. */
CrmTestServer *
crm_test_server_start (const char  *user,
                       const char  *password,
                       GError     **error)
{
  CrmTestServer *server;

  g_return_val_if_fail ((user == NULL) == (password == NULL), NULL);
  g_return_val_if_fail (user == NULL || (*user != '\0' && strchr (user, ':') == NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  server = g_new0 (CrmTestServer, 1);
  server->user = g_strdup (user);
  server->password = g_strdup (password);

  if (!launch (server, 0, error))
    {
      crm_test_server_free (server);
      return NULL;
    }

  return server;
}

static gboolean
running_in_ci (void)
{
  const char *ci = g_getenv ("CI");

  return ci != NULL && *ci != '\0' && strcmp (ci, "0") != 0 && g_ascii_strcasecmp (ci, "false") != 0;
}

/* The policy in one place: without Node.js or the npm packages a test is
 * skipped on a developer's machine, but fails in CI, where a skip would hide
 * that the sync tests never ran. A server that is installed but does not start
 * fails the test everywhere. Returns NULL when the test was skipped or failed;
 * the caller then returns. */
CrmTestServer *
crm_test_server_require_with_auth (const char *user,
                                   const char *password)
{
  g_autoptr(GError) error = NULL;
  CrmTestServer *server;

  if (!check_available (&error))
    {
      if (running_in_ci ())
        g_test_fail_printf ("%s (CI is set, so this is a failure, not a skip)", error->message);
      else
        g_test_skip_printf ("%s", error->message);
      return NULL;
    }

  server = crm_test_server_start (user, password, &error);
  if (server == NULL)
    g_test_fail_printf ("%s", error->message);

  return server;
}

/* The same, without authentication. */
CrmTestServer *
crm_test_server_require (void)
{
  return crm_test_server_require_with_auth (NULL, NULL);
}

/* "http://127.0.0.1:PORT", without a trailing slash; it stays the same while
 * the server is stopped and after it restarts. */
const char *
crm_test_server_get_url (CrmTestServer *server)
{
  g_return_val_if_fail (server != NULL, NULL);

  return server->url;
}

guint16
crm_test_server_get_port (CrmTestServer *server)
{
  g_return_val_if_fail (server != NULL, 0);

  return server->port;
}

/* The admin's name and password, or NULL for a server without authentication. */
const char *
crm_test_server_get_user (CrmTestServer *server)
{
  g_return_val_if_fail (server != NULL, NULL);

  return server->user;
}

const char *
crm_test_server_get_password (CrmTestServer *server)
{
  g_return_val_if_fail (server != NULL, NULL);

  return server->password;
}

/* The URL of a database nobody has used yet on this server, named after
 * @prefix (may be NULL). It is not created. CouchDB's database names are
 * lowercase letters, digits and _$()+-/ and start with a letter; @prefix is
 * folded into that ('/' is left out too: it would need escaping in URLs). */
char *
crm_test_server_new_database_url (CrmTestServer *server,
                                  const char    *prefix)
{
  g_autoptr(GString) name = g_string_new (NULL);

  g_return_val_if_fail (server != NULL, NULL);
  g_return_val_if_fail (server->url != NULL, NULL);

  for (const char *c = prefix != NULL ? prefix : ""; *c != '\0'; c++)
    {
      char lower = g_ascii_tolower (*c);

      if (g_ascii_islower (lower) || g_ascii_isdigit (lower) || strchr ("_$()+-", lower) != NULL)
        g_string_append_c (name, lower);
      else
        g_string_append_c (name, '_');
    }
  if (name->len == 0 || !g_ascii_islower (name->str[0]))
    g_string_prepend (name, "db");

  /* The counter keeps names apart within a server's life; the random part
   * across restarts of a test program that reuses a prefix. */
  g_string_append_printf (name, "-%u-%08x", ++server->n_databases, g_random_int ());

  return g_strdup_printf ("%s/%s", server->url, name->str);
}

/* Stops the server and starts it again on the same port, with the same
 * credentials, so that clients holding its URL reach it again; as when a real
 * server comes back. Its databases do not come back: they were in memory.
 * Works on a stopped server too. */
gboolean
crm_test_server_restart (CrmTestServer  *server,
                         GError        **error)
{
  guint16 port;

  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (server->port != 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  port = server->port;
  stop_process (server);

  /* server.js retries for a few seconds if the port is not free yet. */
  return launch (server, port, error);
}

/* Stops the server (clients then get "connection refused"); the URL stays,
 * for crm_test_server_restart(). */
void
crm_test_server_stop (CrmTestServer *server)
{
  g_return_if_fail (server != NULL);

  stop_process (server);
}

gboolean
crm_test_server_is_running (CrmTestServer *server)
{
  g_return_val_if_fail (server != NULL, FALSE);

  return server->process != NULL;
}

void
crm_test_server_free (CrmTestServer *server)
{
  if (server == NULL)
    return;

  stop_process (server);
  g_free (server->url);
  g_free (server->user);
  g_free (server->password);
  g_free (server);
}
