/* crm-tool-bench.c: the performance budget, measured
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crm-customer-360.h"
#include "crm-customer-list.h"
#include "crm-deal-list.h"
#include "crm-demo.h"
#include "crm-export.h"
#include "crm-import.h"
#include "crm-models.h"
#include "crm-process-memory.h"
#include "crm-reports.h"
#include "crm-service-figures.h"
#include "crm-sync-replicator.h"
#include "crm-ticket-list.h"
#include "crm-tool-private.h"

#define N_SAMPLES 200

/* What people type: 1–4 letter beginnings of names and cities from the
 * countries the demo data comes from. */
static const char * const prefixes[] = {
  "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s",
  "t", "u", "v", "w", "y", "z", "ay", "ays", "ayse", "yi", "yil", "yilm", "me", "meh",
  "mehm", "oz", "ozt", "oztu", "ca", "cag", "cagl", "sa", "sah", "sahi", "is", "ist",
  "ista", "iz", "izm", "izmi", "an", "ank", "anka", "jo", "jos", "jose", "ga", "gar",
  "garc", "ma", "mar", "mari", "fe", "fer", "fern", "mad", "madr", "se", "sev", "sevi",
  "mal", "mala", "zh", "zha", "zhan", "we", "wei", "sh", "sha", "shan", "ju", "jua", "juan",
  "cr", "cru", "cruz", "san", "sant", "qu", "que", "quez", "ce", "ceb", "cebu", "da", "dav",
  "dava", "joh", "john", "sm", "smi", "smit", "em", "emi", "emil", "lo", "lon", "lond",
  "man", "manc", "le", "lee", "leed", "ha", "han", "hans", "mu", "mul", "mull", "pi", "pie",
  "pier", "mart", "pa", "par", "pari", "be", "ber", "berl", "lop", "lope", "go", "gon",
  "gonz", "ro", "rod", "rodr", "pe", "per", "pere", "sanc", "ra", "ram", "rami", "to",
  "tor", "torr", "fl", "flo", "flor", "ri", "riv", "rive", "gom", "gome", "di", "dia",
  "diaz", "re", "rey", "reye", "mo", "mor", "mora", "or", "ort", "orti", "ka", "kay",
  "kaya", "de", "dem", "demi", "cel", "celi", "yild", "ayd", "aydi", "ar", "ars", "arsl",
  "do", "dog", "doga", "ki", "kil", "kili", "as", "asl", "asla", "cet", "ceti", "kar",
  "kara", "ko", "koc", "ku", "kur", "kurt", "ozd", "王", "李",
};

G_STATIC_ASSERT (G_N_ELEMENTS (prefixes) == 200);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *samples,
            double  fraction)
{
  guint index;

  g_array_sort (samples, compare_doubles);
  index = (guint)(fraction * (samples->len - 1) + 0.5);
  return g_array_index (samples, double, index);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

static void
print_figure (const char *name,
              double      value,
              const char *unit)
{
  crm_tool_progress_done ();
  g_print ("%s %.3f %s\n", name, value, unit);
}

/* Waits until @path is on disk: the kernel writing out the gigabyte the
 * demo left in memory would otherwise compete with the next figure. */
static void
flush_to_disk (const char *path)
{
  int fd = g_open (path, O_RDONLY, 0);

  if (fd >= 0)
    {
      g_fsync (fd);
      g_close (fd, NULL);
    }
}

static double
file_megabytes (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;
  double total = 0;

  if (g_stat (path, &buf) == 0)
    total += buf.st_size;
  if (g_stat (wal, &buf) == 0)
    total += buf.st_size;

  return total / (1024.0 * 1024.0);
}

static gboolean
export_customers (CrmStore    *store,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);

  return output != NULL &&
         crm_export (store, CRM_TYPE_CUSTOMER, CRM_EXPORT_CSV, G_OUTPUT_STREAM (output), NULL, NULL, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (output), NULL, error);
}

static void
bench_search (CrmStore *store)
{
  g_autoptr(CrmCustomerList) list = crm_customer_list_new (store);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  crm_customer_list_set_search_limit (list, 50);

  /* A keystroke: the ranked query and the 50 rows it shows. */
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      crm_customer_list_set_search (list, prefixes[i]);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (list)); j++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), j));

      ms = seconds_since (start) * 1000.0;
      g_array_append_val (samples, ms);
      crm_customer_list_set_search (list, NULL);
    }

  print_figure ("search_keystroke_p50", percentile (samples, 0.50), "ms");
  print_figure ("search_keystroke_p95", percentile (samples, 0.95), "ms");
}

static void
bench_lists (CrmStore *store,
             GRand    *rand)
{
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(GArray) page_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) item_samples = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start = g_get_monotonic_time ();
  guint n_items;

  list = crm_customer_list_new (store);
  print_figure ("customer_list_open", seconds_since (start) * 1000.0, "ms");
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < 10 * N_SAMPLES && n_items > 0; i++)
    {
      guint position = g_rand_int_range (rand, 0, n_items);
      g_autoptr(CrmCustomer) customer = NULL;
      double us;

      start = g_get_monotonic_time ();
      customer = g_list_model_get_item (G_LIST_MODEL (list), position);
      us = (double)(g_get_monotonic_time () - start);
      g_array_append_val (item_samples, us);
    }

  for (guint i = 0; i < N_SAMPLES && n_items > 0; i++)
    {
      g_autoptr(CrmCustomer) customer = g_list_model_get_item (G_LIST_MODEL (list),
                                                               g_rand_int_range (rand, 0, n_items));
      g_autoptr(CrmCustomer360) page = NULL;
      g_autoptr(GError) error = NULL;
      double ms;

      start = g_get_monotonic_time ();
      page = crm_customer_360_load (store, crm_record_get_id (CRM_RECORD (customer)), &error);
      ms = seconds_since (start) * 1000.0;
      if (page == NULL)
        g_printerr ("crm-tool: %s\n", error->message);
      g_array_append_val (page_samples, ms);
    }

  if (n_items > 0)
    {
      print_figure ("customer_360_p50", percentile (page_samples, 0.50), "ms");
      print_figure ("customer_360_p95", percentile (page_samples, 0.95), "ms");
      print_figure ("list_get_item_p95", percentile (item_samples, 0.95), "us");
    }
}

/* The service desk's figures over the last year of tickets, as the
 * dashboards load them (on a worker thread, budget 200 ms). */
static void
bench_service_figures (CrmStore *store)
{
  g_autoptr(CrmServiceFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 start = g_get_monotonic_time ();

  figures = crm_service_figures_load (store, now - 365 * 24 * 60 * 60, now, "EUR", now, &error);
  if (figures == NULL)
    {
      g_printerr ("crm-tool: %s\n", error->message);
      return;
    }
  print_figure ("service_figures", seconds_since (start) * 1000.0, "ms");
}

/* The board: its columns' counts and sums, then the biggest column's list. */
/* Each dashboard over the current year (the longest standard period), on a
 * read-only connection as the Dashboard view runs it. */
static void
bench_dashboards (CrmStore *store)
{
  g_autoptr(CrmStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  const CrmDashboardInfo *dashboards;
  CrmReportParams params;
  guint n_dashboards;

  if ((reader = crm_store_open_reader (store, &error)) == NULL)
    {
      g_printerr ("crm-tool: the dashboards cannot be measured: %s\n", error->message);
      return;
    }

  crm_report_params_init (&params, reader);
  crm_period_init_current (&params.period, CRM_PERIOD_YEAR, params.now);
  dashboards = crm_dashboards_list (&n_dashboards);
  for (guint i = 0; i < n_dashboards; i++)
    {
      g_autoptr(GPtrArray) tables = NULL;
      g_autofree char *name = g_strdup_printf ("dashboard_%s", dashboards[i].name);
      gint64 start = g_get_monotonic_time ();

      if ((tables = crm_dashboard_run (reader, dashboards[i].name, &params, NULL, &error)) == NULL)
        {
          g_printerr ("crm-tool: the %s dashboard failed: %s\n", dashboards[i].name, error->message);
          g_clear_error (&error);
          continue;
        }
      print_figure (name, seconds_since (start) * 1000.0, "ms");
    }
}

static void
bench_pipeline (CrmStore *store)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(CrmDealList) list = NULL;
  g_autoptr(GError) error = NULL;
  CrmPipelineColumn *biggest = NULL;
  gint64 start = g_get_monotonic_time ();

  if ((columns = crm_pipeline_load_columns (store, NULL, &error)) == NULL)
    {
      g_printerr ("crm-tool: %s\n", error->message);
      return;
    }
  print_figure ("pipeline_columns", seconds_since (start) * 1000.0, "ms");

  for (guint i = 0; i < columns->len; i++)
    {
      CrmPipelineColumn *column = g_ptr_array_index (columns, i);

      if (biggest == NULL || column->n_deals > biggest->n_deals)
        biggest = column;
    }
  if (biggest == NULL || biggest->n_deals == 0)
    return;

  start = g_get_monotonic_time ();
  list = crm_deal_list_new (store, crm_record_get_id (CRM_RECORD (biggest->stage)), NULL);
  print_figure ("deal_list_open", seconds_since (start) * 1000.0, "ms");
}

/* The service queue of every open ticket, in each order; the figure is the
 * slower of the two, what switching the order can cost. */
static void
bench_ticket_queue (CrmStore *store)
{
  const CrmTicketOrder orders[] = { CRM_TICKET_ORDER_ARRIVAL, CRM_TICKET_ORDER_IMPORTANCE };
  double slowest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CrmTicketList) list = crm_ticket_list_new (store, orders[i], NULL);

      slowest = MAX (slowest, seconds_since (start) * 1000.0);
    }
  print_figure ("ticket_queue_open", slowest, "ms");
}

static gboolean
run_browse (const char  *db_path,
            GError     **error)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", error);
  g_autoptr(GSubprocess) process = NULL;

  if (self_path == NULL)
    return FALSE;

  fflush (stdout);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, error,
                              self_path, "--db", db_path, "bench-browse", NULL);
  if (process == NULL || !g_subprocess_wait_check (process, NULL, error))
    return FALSE;

  return TRUE;
}

/* The window, from the app next to crm-tool (the build folder, or bindir). */
static char *
find_app (const char *tool_path)
{
  g_autofree char *folder = g_path_get_dirname (tool_path);
  const char *candidates[] = { "../crm", "crm" };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *path = g_build_filename (folder, candidates[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE) && !g_file_test (path, G_FILE_TEST_IS_DIR))
        return g_canonicalize_filename (path, NULL);
    }

  return NULL;
}

/* Runs crm --bench: the time from starting the process to the window's first
 * frame, and its memory after scrolling the whole customer list. */
static void
run_window (const char *db_path,
            const char *renderer)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *app = self_path != NULL ? find_app (self_path) : NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 start;

  if (app == NULL || (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL))
    {
      g_printerr ("crm-tool: the window figures need the crm program and a display; skipped\n");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  if (renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);
  {
    g_autofree char *app_folder = g_path_get_dirname (app);
    g_autofree char *schemas = g_build_filename (app_folder, "..", "data", "gschemas.compiled", NULL);

    /* Run from the build folder, the schema is compiled there. */
    if (g_file_test (schemas, G_FILE_TEST_EXISTS))
      {
        g_autofree char *schema_folder = g_path_get_dirname (schemas);

        g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schema_folder, TRUE);
      }
  }

  fflush (stdout);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, app, "--db", db_path, "--bench", NULL);
  if (process == NULL ||
      !g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, &error) ||
      !g_subprocess_get_successful (process))
    {
      g_printerr ("crm-tool: the window could not be measured: %s\n",
                  error != NULL ? error->message : _("crm failed"));
      return;
    }

  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gint64 at;

      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 3);
      g_autofree char *name = NULL;

      if (g_strv_length (parts) != 3)
        continue;

      /* Figures carry the renderer they were measured with, if one was chosen. */
      if (sscanf (lines[i], "first_frame_at %" G_GINT64_FORMAT " us", &at) == 1)
        {
          name = g_strconcat ("window_first_frame", renderer != NULL ? "_" : "", renderer, NULL);
          print_figure (name, (at - start) / (double)G_USEC_PER_SEC, "s");
        }
      else
        {
          name = g_strconcat ("window_", parts[0], renderer != NULL ? "_" : "", renderer, NULL);
          print_figure (name, g_ascii_strtod (parts[1], NULL), parts[2]);
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Sync                                                                   */
/* ---------------------------------------------------------------------- */

/* The sync figures run against the sync tests' CouchDB-compatible server
 * (tests/server: express-pouchdb over an in-memory PouchDB, Node.js), with
 * PouchDB's own replicator from the same folder as the reference. */

/* The packages server.js and replicate.js load. */
static const char * const server_packages[] = {
  "express", "express-pouchdb", "pouchdb-core", "pouchdb-adapter-memory",
  "pouchdb-adapter-http", "pouchdb-replication",
};

/* tests/server: from --server-dir, else where the tests take it from,
 * else in the source tree this crm-tool was built from. Returns NULL with
 * @why set when the sync figures cannot be measured. */
static char *
find_server_dir (const char  *option,
                 char       **why)
{
  g_autofree char *node = g_find_program_in_path ("node");
  const char *from_env = g_getenv ("CRM_TEST_SERVER_DIR");
  g_autofree char *directory = NULL;
  const char *scripts[] = { "server.js", "replicate.js" };

  if (option != NULL)
    directory = g_strdup (option);
  else if (from_env != NULL && *from_env != '\0')
    directory = g_strdup (from_env);
  else
    directory = g_strdup (CRM_TEST_SERVER_SOURCE_DIR);

  if (node == NULL)
    {
      *why = g_strdup (_("there is no node (Node.js) on PATH"));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      g_autofree char *script = g_build_filename (directory, scripts[i], NULL);

      if (!g_file_test (script, G_FILE_TEST_IS_REGULAR))
        {
          *why = g_strdup_printf (_("there is no %s; name the test server’s folder with --server-dir"), script);
          return NULL;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (server_packages); i++)
    {
      g_autofree char *manifest = g_build_filename (directory, "node_modules", server_packages[i],
                                                    "package.json", NULL);

      if (!g_file_test (manifest, G_FILE_TEST_IS_REGULAR))
        {
          *why = g_strdup_printf (_("the test server’s npm packages are not installed; run “npm ci” in %s"),
                                  directory);
          return NULL;
        }
    }

  return g_steal_pointer (&directory);
}

typedef struct
{
  GSubprocess *process;
  char        *url;
} BenchServer;

static void
bench_server_stop (BenchServer *server)
{
  if (server->process != NULL)
    {
      g_subprocess_send_signal (server->process, SIGTERM);
      g_subprocess_wait (server->process, NULL, NULL);
    }
  g_clear_object (&server->process);
  g_clear_pointer (&server->url, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BenchServer, bench_server_stop)

/* Starts server.js on a free port. Its stdin is a pipe from this process:
 * it exits when that closes, so it never outlives crm-tool. */
static gboolean
bench_server_start (BenchServer  *server,
                    const char   *directory,
                    GError      **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_cwd (launcher, directory);
  server->process = g_subprocess_launcher_spawn (launcher, error, "node", "server.js", NULL);
  if (server->process == NULL)
    return FALSE;

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server->process));
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
  line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, error);
  if (line == NULL || !g_str_has_prefix (line, "listening "))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The sync test server in %s did not start; its error is above."), directory);
      return FALSE;
    }

  server->url = g_strdup (line + strlen ("listening "));
  return TRUE;
}

/* Runs replicate.js with @args, and returns what it printed. */
static char *
run_replicate (const char  *directory,
               GError     **error,
               ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *output = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer)"node");
  g_ptr_array_add (argv, (gpointer)"replicate.js");
  va_start (args, error);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_cwd (launcher, directory);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, error))
    return NULL;
  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("PouchDB’s replicator (replicate.js) failed; its error is above."));
      return NULL;
    }

  return g_steal_pointer (&output);
}

/* The number after "@name " in replicate.js's output, or -1. */
static double
replicate_figure (const char *output,
                  const char *name)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ' ')
      return g_ascii_strtod (lines[i] + strlen (name) + 1, NULL);

  return -1;
}

static void
sync_progress (gboolean  pushing,
               guint     done,
               guint     total,
               gpointer  user_data)
{
  crm_tool_progress (pushing ? _("Sending") : _("Receiving"), done, total, user_data);
}

static CrmSyncClient *
bench_client (BenchServer  *server,
              const char   *database,
              GError      **error)
{
  g_autofree char *url = g_strdup_printf ("%s/%s", server->url, database);

  return crm_sync_client_new (url, NULL, NULL, error);
}

static const char * const database_files[] = { "", "-wal", "-shm" };

/* Crm's initial pull of @n_docs documents into an empty database, its push
 * of the same into an empty server database, and PouchDB's replicator
 * pulling the same database into an empty in-memory PouchDB. */
static gboolean
bench_sync (const char  *directory,
            const char  *folder,
            int          n_docs,
            GError     **error)
{
  g_auto(BenchServer) server = { 0 };
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmSyncClient) source = NULL;
  g_autoptr(CrmSyncClient) target = NULL;
  g_autofree char *db_path = g_build_filename (folder, "sync.sqlite3", NULL);
  g_autofree char *source_url = NULL;
  g_autofree char *count = g_strdup_printf ("%d", n_docs);
  g_autofree char *output = NULL;
  CrmSyncResult pulled = { 0 };
  CrmSyncResult pushed = { 0 };
  double crm_pull, crm_push, pouchdb_pull;
  gint64 start;
  gboolean ok;

  if (!bench_server_start (&server, directory, error))
    return FALSE;
  source_url = g_strdup_printf ("%s/bench-source", server.url);
  g_free (run_replicate (directory, error, "--fill", source_url, count, NULL));
  if (error != NULL && *error != NULL)
    return FALSE;

  if ((store = crm_store_open (db_path, error)) == NULL ||
      (source = bench_client (&server, "bench-source", error)) == NULL ||
      (target = bench_client (&server, "bench-push", error)) == NULL ||
      !crm_sync_client_create_database (target, NULL, error))
    return FALSE;

  start = g_get_monotonic_time ();
  ok = crm_sync_pull (store, source, sync_progress, NULL, NULL, &pulled, error);
  crm_pull = seconds_since (start);
  if (!ok)
    return FALSE;
  if (pulled.pulled != (guint)n_docs)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Crm pulled %u documents; expected %d."), pulled.pulled, n_docs);
      return FALSE;
    }
  print_figure ("sync_pull_crm", crm_pull, "s");

  start = g_get_monotonic_time ();
  ok = crm_sync_push (store, target, sync_progress, NULL, NULL, &pushed, error);
  crm_push = seconds_since (start);
  if (!ok)
    return FALSE;
  if (pushed.pushed != (guint)n_docs)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Crm pushed %u documents; expected %d."), pushed.pushed, n_docs);
      return FALSE;
    }
  print_figure ("sync_push_crm", crm_push, "s");

  if ((output = run_replicate (directory, error, source_url, NULL)) == NULL)
    return FALSE;
  pouchdb_pull = replicate_figure (output, "pouchdb_pull_seconds");
  if (pouchdb_pull < 0 || replicate_figure (output, "pouchdb_pull_docs") != n_docs)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("PouchDB’s replicator did not pull the %d documents: “%s”."), n_docs, output);
      return FALSE;
    }
  print_figure ("sync_pull_pouchdb", pouchdb_pull, "s");

  g_print (_("budget sync_pull faster than PouchDB: %s (%.2f× its speed)\n"),
           crm_pull < pouchdb_pull ? _("met") : _("missed"), pouchdb_pull / MAX (crm_pull, 1e-6));

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (database_files); i++)
    {
      g_autofree char *path = g_strconcat (db_path, database_files[i], NULL);

      g_unlink (path);
    }

  return TRUE;
}

/* The sync figures, or a line on stderr saying why there are none. */
static gboolean
run_sync_figures (const char  *server_dir_option,
                  const char  *folder,
                  int          n_docs,
                  GError     **error)
{
  g_autofree char *why = NULL;
  g_autofree char *directory = find_server_dir (server_dir_option, &why);

  if (directory == NULL)
    {
      crm_tool_progress_done ();
      g_printerr (_("crm-tool: the sync figures were skipped: %s\n"), why);
      return TRUE;
    }

  return bench_sync (directory, folder, n_docs, error);
}

/**
 * crm_tool_bench_browse:
 *
 * The browsing half of the benchmark, on an existing database: a search
 * keystroke, the customer list, the 360 page, and the memory all that takes.
 */
int
crm_tool_bench_browse (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  if ((store = crm_store_open (db_path, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  bench_search (store);
  bench_lists (store, rand);
  bench_pipeline (store);
  bench_ticket_queue (store);
  bench_service_figures (store);
  bench_dashboards (store);

  print_figure ("browse_peak_rss", crm_process_memory_megabytes ("VmHWM:"), "MB");

  return 0;
}

/**
 * crm_tool_bench:
 *
 * Builds the reference data set in a temporary folder and prints one line
 * per figure, "name value unit". Timings are wall-clock on this machine.
 */
int
crm_tool_bench (int    argc,
                char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmStore) import_store = NULL;
  g_autoptr(CrmImportReport) report = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *folder = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *keep = NULL;
  const char *skip_owner[] = { "owner-id=-", NULL };
  g_autofree char *server_dir = NULL;
  int customers = 100000;
  int sync_docs = -1;
  gboolean no_window = FALSE;
  gboolean no_sync = FALSE;
  gboolean sync_only = FALSE;
  gint64 start;
  GOptionEntry entries[] = {
    { "customers", 0, 0, G_OPTION_ARG_INT, &customers, N_("Size of the data set (default 100000, the reference)"), "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, N_("Keep the benchmark database at PATH"), "PATH" },
    { "no-window", 0, 0, G_OPTION_ARG_NONE, &no_window, N_("Leave out the window's figures"), NULL },
    { "sync-docs", 0, 0, G_OPTION_ARG_INT, &sync_docs, N_("Documents the sync figures move (default: as many as --customers)"), "N" },
    { "no-sync", 0, 0, G_OPTION_ARG_NONE, &no_sync, N_("Leave out the sync figures"), NULL },
    { "sync-only", 0, 0, G_OPTION_ARG_NONE, &sync_only, N_("Measure only the sync figures"), NULL },
    { "server-dir", 0, 0, G_OPTION_ARG_FILENAME, &server_dir, N_("The sync test server’s folder (tests/server, with its npm packages)"), "DIR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return crm_tool_usage_error ("%s", error->message);
  if (customers < 1)
    return crm_tool_usage_error (_("--customers must be at least 1."));
  if (sync_docs < 0)
    sync_docs = customers;
  if (sync_docs < 1)
    return crm_tool_usage_error (_("--sync-docs must be at least 1."));
  if (no_sync && sync_only)
    return crm_tool_usage_error (_("--no-sync and --sync-only exclude each other."));

  if ((folder = g_dir_make_tmp ("crm-bench-XXXXXX", &error)) == NULL)
    return crm_tool_fail (_("Cannot create a temporary folder: %s"), error->message);

  if (sync_only)
    {
      if (!run_sync_figures (server_dir, folder, sync_docs, &error))
        return crm_tool_fail ("%s", error->message);
      g_rmdir (folder);
      return 0;
    }
  db_path = keep != NULL ? g_strdup (keep) : g_build_filename (folder, "reference.sqlite3", NULL);
  import_path = g_build_filename (folder, "import.sqlite3", NULL);
  csv_path = g_build_filename (folder, "customers.csv", NULL);

  if ((store = crm_store_open (db_path, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  start = g_get_monotonic_time ();
  if (!crm_demo_generate (store, customers, 1, g_get_real_time () / G_USEC_PER_SEC,
                          crm_tool_progress, NULL, &error))
    return crm_tool_fail ("%s", error->message);
  print_figure ("demo_generate", seconds_since (start), "s");

  /* The import is of the customers the demo made, into a new database that
   * has no staff: their owner column is skipped. */
  if (!export_customers (store, csv_path, &error))
    return crm_tool_fail ("%s", error->message);
  /* Closing waits for the demo's log to be copied into its database, which
   * must not run beside the import being measured. */
  g_clear_object (&store);
  flush_to_disk (db_path);
  print_figure ("database_size", file_megabytes (db_path), "MB");
  if ((import_store = crm_store_open (import_path, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  start = g_get_monotonic_time ();
  report = crm_import_file (import_store, CRM_TYPE_CUSTOMER, csv_path, skip_owner, NULL, NULL, &error);
  if (report == NULL)
    return crm_tool_fail ("%s", error->message);
  print_figure ("csv_import_customers", seconds_since (start), "s");
  if (report->added != (guint)customers || report->rejected != 0)
    return crm_tool_fail (_("The import added %u customers and rejected %u; expected %d and 0."),
                          report->added, report->rejected, customers);
  g_clear_object (&import_store);

  print_figure ("build_peak_rss", crm_process_memory_megabytes ("VmHWM:"), "MB");

  /* Browsing is measured in a process of its own, so that its memory is that
   * of a session with the full data set, not of building it. */
  if (!run_browse (db_path, &error))
    return crm_tool_fail ("%s", error->message);
  /* GTK's default renderer, and the software one that uses no graphics
   * memory: without a GPU (Xvfb) the default renders with llvmpipe, whose
   * buffers count in the process's memory. */
  if (!no_window)
    {
      run_window (db_path, NULL);
      run_window (db_path, "cairo");
    }

  if (!no_sync && !run_sync_figures (server_dir, folder, sync_docs, &error))
    return crm_tool_fail ("%s", error->message);

  g_unlink (csv_path);
  g_unlink (import_path);
  {
    g_autofree char *wal = g_strconcat (import_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (import_path, "-shm", NULL);
    g_autofree char *db_wal = g_strconcat (db_path, "-wal", NULL);
    g_autofree char *db_shm = g_strconcat (db_path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    if (keep == NULL)
      {
        g_unlink (db_path);
        g_unlink (db_wal);
        g_unlink (db_shm);
      }
  }
  g_rmdir (folder);

  return 0;
}
