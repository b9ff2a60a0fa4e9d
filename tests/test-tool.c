/* test-tool.c: crm-tool as scripts use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <json-glib/json-glib.h>

#include "crm-test-utils.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} ToolRun;

static void
tool_run_clear (ToolRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ToolRun, tool_run_clear)

/* Runs crm-tool with the arguments, NULL-terminated. */
#define run_tool(run, ...) ((run)->status = crm_test_run_tool (&(run)->out, &(run)->err, __VA_ARGS__))

/* A user error is one sentence on one line, never a GLib warning. */
static void
assert_one_sentence (const char *err)
{
  const char *newline = strchr (err, '\n');

  g_assert_true (g_str_has_prefix (err, "crm-tool: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "WARNING"));
}

static void
test_usage_errors (void)
{
  g_auto(ToolRun) none = { 0 };
  g_auto(ToolRun) unknown = { 0 };
  g_auto(ToolRun) bad_option = { 0 };
  g_auto(ToolRun) help = { 0 };

  run_tool (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
  run_tool (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  run_tool (&bad_option, "--db", "/nonexistent/x.sqlite3", "search", "--colour", "x", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  run_tool (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "import"));
}

static void
test_user_errors (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autofree char *not_db = crm_test_write_file (db, "notes.txt", "hello, world\n", -1);
  g_autofree char *empty_csv = crm_test_write_file (db, "empty.csv", "", 0);
  g_autofree char *missing = g_build_filename (db->folder, "missing.csv", NULL);
  g_auto(ToolRun) show = { 0 };
  g_auto(ToolRun) wrong_file = { 0 };
  g_auto(ToolRun) empty = { 0 };
  g_auto(ToolRun) absent = { 0 };

  run_tool (&show, "--db", db->path, "show", "customer", "no-such-id", NULL);
  g_assert_cmpint (show.status, ==, 1);
  assert_one_sentence (show.err);

  run_tool (&wrong_file, "--db", not_db, "search", "a", NULL);
  g_assert_cmpint (wrong_file.status, ==, 1);
  assert_one_sentence (wrong_file.err);
  g_assert_nonnull (strstr (wrong_file.err, "not a Crm database"));

  run_tool (&empty, "--db", db->path, "import", "customers", empty_csv, NULL);
  g_assert_cmpint (empty.status, ==, 1);
  assert_one_sentence (empty.err);

  run_tool (&absent, "--db", db->path, "import", "customers", missing, NULL);
  g_assert_cmpint (absent.status, ==, 1);
  assert_one_sentence (absent.err);
  g_assert_nonnull (strstr (absent.err, "missing.csv"));
}

static void
test_import_report (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  const char *csv =
    "Name,E-mail,City,Notes\n"
    "Ayşe Yılmaz,ayse@example.com,İstanbul,first\n"
    ",nobody@example.com,Nowhere,no name\n"
    "José García,not-an-email,Sevilla,bad email\n"
    "Emily Johnson,emily@example.com,Leeds,\n";
  g_autofree char *path = crm_test_write_file (db, "customers.csv", csv, -1);
  g_auto(ToolRun) run = { 0 };
  g_auto(ToolRun) again = { 0 };

  g_clear_object (&db->store);
  run_tool (&run, "--db", db->path, "import", "customers", path, "--map", "Notes=notes", NULL);
  g_assert_cmpint (run.status, ==, 1);  /* some rows were rejected */
  g_assert_nonnull (strstr (run.out, "added 2\n"));
  g_assert_nonnull (strstr (run.out, "rejected 2\n"));
  g_assert_nonnull (strstr (run.out, "line 3: "));
  g_assert_nonnull (strstr (run.out, "line 4: "));
  assert_one_sentence (run.err);

  run_tool (&again, "--db", db->path, "import", "customers", path, "--map", "Notes=notes", NULL);
  g_assert_nonnull (strstr (again.out, "added 0\nupdated 2\n"));
}

static void
test_demo_search_show_export (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(ToolRun) demo = { 0 };
  g_auto(ToolRun) again = { 0 };
  g_auto(ToolRun) search = { 0 };
  g_auto(ToolRun) search_json = { 0 };
  g_auto(ToolRun) show = { 0 };
  g_auto(ToolRun) show_json = { 0 };
  g_auto(ToolRun) export_json = { 0 };
  g_auto(ToolRun) export_csv = { 0 };
  g_auto(ToolRun) reimport = { 0 };
  g_autofree char *export_path = g_build_filename (db->folder, "customers.csv", NULL);
  g_autofree char *copy_path = g_build_filename (db->folder, "copy.sqlite3", NULL);
  g_auto(GStrv) first_line = NULL;
  JsonObject *root;

  g_clear_object (&db->store);
  run_tool (&demo, "--db", db->path, "demo", "--customers", "60", "--seed", "3", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  run_tool (&again, "--db", db->path, "demo", NULL);
  g_assert_cmpint (again.status, ==, 1);

  run_tool (&search, "--db", db->path, "search", "a", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpstr (search.err, ==, "");
  first_line = g_strsplit (search.out, "\t", 2);
  g_assert_true (g_uuid_string_is_valid (first_line[0]));

  run_tool (&search_json, "--db", db->path, "search", "a", "--json", "--limit", "5", NULL);
  g_assert_cmpint (search_json.status, ==, 0);
  json_parser_load_from_data (parser, search_json.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), <=, 5);

  run_tool (&show, "--db", db->path, "show", "customer", first_line[0], NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "Timeline"));
  g_assert_nonnull (strstr (show.out, "Orders"));

  run_tool (&show_json, "--db", db->path, "show", "customer", first_line[0], "--json", NULL);
  g_assert_cmpint (show_json.status, ==, 0);
  json_parser_load_from_data (parser, show_json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "customer"), "id"),
                   ==, first_line[0]);
  g_assert_true (json_object_has_member (root, "figures"));
  g_assert_true (json_object_has_member (root, "activities"));
  g_assert_true (json_object_has_member (root, "contracts"));

  run_tool (&export_json, "--db", db->path, "export", "tickets", "--format", "json", NULL);
  g_assert_cmpint (export_json.status, ==, 0);
  json_parser_load_from_data (parser, export_json.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), >, 0);

  /* What export writes, import reads back: into another database. */
  run_tool (&export_csv, "--db", db->path, "export", "customers", "-o", export_path, NULL);
  g_assert_cmpint (export_csv.status, ==, 0);
  run_tool (&reimport, "--db", copy_path, "import", "customers", export_path, "--map", "owner-id=-", NULL);
  g_assert_cmpint (reimport.status, ==, 0);
  g_assert_nonnull (strstr (reimport.out, "added 60\nupdated 0\nrejected 0\n"));
}

/* The benchmark's output is one "name value unit" line per figure. */
static void
test_bench (void)
{
  g_auto(ToolRun) run = { 0 };
  const char *figures[] = {
    "demo_generate", "database_size", "csv_import_customers", "build_peak_rss",
    "search_keystroke_p50", "search_keystroke_p95", "customer_list_open",
    "customer_360_p50", "customer_360_p95", "list_get_item_p95",
    "pipeline_columns", "deal_list_open", "ticket_queue_open", "service_figures",
    "dashboard_sales", "dashboard_customers", "dashboard_service", "dashboard_team", "dashboard_marketing", "browse_peak_rss",
  };
  g_auto(GStrv) lines = NULL;

  run_tool (&run, "bench", "--customers", "150", "--no-window", "--no-sync", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (figures) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", -1);

      g_assert_cmpuint (g_strv_length (parts), ==, 3);
      g_assert_cmpstr (parts[0], ==, figures[i]);
      g_assert_cmpfloat (g_ascii_strtod (parts[1], NULL), >=, 0.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tool/usage-errors", test_usage_errors);
  g_test_add_func ("/tool/user-errors", test_user_errors);
  g_test_add_func ("/tool/import-report", test_import_report);
  g_test_add_func ("/tool/demo-search-show-export", test_demo_search_show_export);
  g_test_add_func ("/tool/bench", test_bench);

  return g_test_run ();
}
