/* crm-tool.c: the headless command line for admins, scripts and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "crm-customer-360.h"
#include "crm-customer-list.h"
#include "crm-demo.h"
#include "crm-export.h"
#include "crm-field.h"
#include "crm-import.h"
#include "crm-models.h"
#include "crm-tool-private.h"

static const char *usage_text =
  N_("Usage: crm-tool [--db PATH] COMMAND [OPTIONS]\n"
     "\n"
     "Commands:\n"
     "  demo [--customers N] [--seed S]        Fill an empty database with demo data\n"
     "  import TYPE FILE [--map COLUMN=field]  Import customers, contacts or products (CSV or JSON)\n"
     "  export TYPE [--format csv|json] [-o FILE]\n"
     "                                         Export customers, contacts, products, deals, activities, tickets, …\n"
     "  search QUERY [--json] [--limit N]      Find customers by name, company, email, phone or city\n"
     "  show customer ID [--json]              Everything Crm knows about a customer\n"
     "  deals [--open] [--json]                Deals with their stage, amount and expected close date\n"
     "  contracts [--expiring DAYS] [--json]   Service contracts; --expiring: those ending within DAYS days\n"
     "  tickets [--open] [--json]              Service tickets with their status, technician and due date\n"
     "  sync URL [--user NAME] [--create]      Sync with a CouchDB database (password: keyring or\n"
     "                                         the environment variable CRM_SYNC_PASSWORD)\n"
     "  conflicts [--json]                     Records edited on two sides, with both versions\n"
     "  quotes [--json]                        Every quote with its customer, status and total\n"
     "  quote pdf ID -o FILE                   Write a quote as a PDF (business details from Preferences)\n"
     "  report [NAME] [--from DAY --to DAY | --period month|quarter|year]\n"
     "         [--currency XXX] [--json] [--drill LINK]\n"
     "                                         Without NAME, list the reports; with it, print one\n"
     "  bench [--customers N] [--no-window] [--no-sync]\n"
     "                                         Measure the performance budget\n"
     "\n"
     "--db PATH chooses the database (default: the one Crm uses).\n");

int
crm_tool_fail (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  crm_tool_progress_done ();
  g_printerr ("crm-tool: %s\n", message);
  return CRM_TOOL_EXIT_FAILURE;
}

int
crm_tool_usage_error (const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("crm-tool: %s\n%s", message, _(usage_text));
  return CRM_TOOL_EXIT_USAGE;
}

static gboolean progress_shown;

/* One line that rewrites itself, only on a terminal. */
void
crm_tool_progress (const char *stage,
                   guint64     done,
                   guint64     total,
                   gpointer    user_data)
{
  if (!isatty (STDERR_FILENO))
    return;

  g_printerr ("\r\033[K%s… %3u%%", stage, total > 0 ? (guint)(done * 100 / total) : 0);
  progress_shown = TRUE;
}

void
crm_tool_progress_done (void)
{
  if (progress_shown)
    g_printerr ("\r\033[K");
  progress_shown = FALSE;
}

static void
import_progress (gsize    done,
                 gsize    total,
                 gpointer user_data)
{
  crm_tool_progress (_("Importing"), done, total, user_data);
}

/* Parses a command's options; --help prints them and exits 0. */
gboolean
crm_tool_parse_options (const char    *parameter,
                        GOptionEntry  *entries,
                        int           *argc,
                        char        ***argv,
                        int           *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = crm_tool_usage_error ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

CrmStore *
crm_tool_open_store (const char *path,
                     int        *status)
{
  g_autoptr(GError) error = NULL;
  CrmStore *store = crm_store_open (path, &error);

  if (store == NULL)
    *status = crm_tool_fail ("%s", error->message);

  return store;
}

/* "customers", "order-lines" or "staff" name a record type by its table. */
static GType
type_for_plural (const char *plural)
{
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);
  g_autofree char *table = g_strdelimit (g_strdup (plural), "-", '_');

  for (guint i = 0; i < n_types; i++)
    {
      CrmRecordClass *klass = g_type_class_peek (types[i]);

      if (g_str_equal (klass->table, table) || g_str_equal (klass->entity, plural))
        return types[i];
    }

  return G_TYPE_INVALID;
}

static int
command_demo (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int customers = 1000, seed = 1, status = 0;
  GOptionEntry entries[] = {
    { "customers", 0, 0, G_OPTION_ARG_INT, &customers, N_("How many customers (default 1000)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Random seed; the same seed gives the same data"), "S" },
    { NULL }
  };

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return crm_tool_usage_error (_("demo takes no arguments besides its options."));
  if (customers < 1 || customers > 10000000)
    return crm_tool_usage_error (_("--customers must be between 1 and 10000000."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  if (crm_store_count (store, CRM_TYPE_CUSTOMER) > 0)
    return crm_tool_fail (_("The database “%s” already holds customers; demo data goes into an empty "
                            "database (choose another file with --db)."),
                          crm_store_get_path (store));

  if (!crm_demo_generate (store, customers, seed, g_get_real_time () / G_USEC_PER_SEC,
                          crm_tool_progress, NULL, &error))
    return crm_tool_fail ("%s", error->message);

  crm_tool_progress_done ();
  g_print (_("Created %d demo customers with their contacts, deals, orders, activities, tickets and contracts in %s\n"),
           customers, crm_store_get_path (store));
  return 0;
}

static int
command_import (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) mappings = NULL;
  int status = 0;
  GType type;
  GOptionEntry entries[] = {
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &mappings,
      N_("Fill a field from a column (“-” skips the column); repeatable"), "COLUMN=field" },
    { NULL }
  };

  if (!crm_tool_parse_options ("customers|contacts|products FILE", entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return crm_tool_usage_error (_("import needs what to import and a file, e.g. “import customers list.csv”."));

  type = type_for_plural (argv[1]);
  if (type != CRM_TYPE_CUSTOMER && type != CRM_TYPE_CONTACT && type != CRM_TYPE_PRODUCT)
    return crm_tool_usage_error (_("Cannot import “%s”; choose customers, contacts or products."), argv[1]);
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  report = crm_import_file (store, type, argv[2], (const char * const *)mappings,
                            import_progress, NULL, &error);
  crm_tool_progress_done ();
  if (report == NULL)
    return crm_tool_fail ("%s", error->message);

  g_print (_("added %u\nupdated %u\nrejected %u\n"), report->added, report->updated, report->rejected);
  for (guint i = 0; i < report->problems->len; i++)
    {
      CrmImportProblem *problem = g_ptr_array_index (report->problems, i);

      g_print (_("line %u: %s\n"), problem->line, problem->message);
    }
  for (guint i = 0; i < report->ignored_columns->len; i++)
    g_print (_("column “%s” was not imported: it matches no field (use --map “%s=field”, or “%s=-” to skip it)\n"),
             (char *)g_ptr_array_index (report->ignored_columns, i),
             (char *)g_ptr_array_index (report->ignored_columns, i),
             (char *)g_ptr_array_index (report->ignored_columns, i));

  if (report->rejected > 0)
    return crm_tool_fail (g_dngettext (GETTEXT_PACKAGE,
                                       "%u row was not imported; the lines above say why.",
                                       "%u rows were not imported; the lines above say why.",
                                       report->rejected),
                          report->rejected);
  return 0;
}

static int
command_export (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  CrmExportFormat export_format;
  int status = 0;
  GType type;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv (default) or json"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, N_("Write to FILE instead of standard output"), "FILE" },
    { NULL }
  };

  if (!crm_tool_parse_options ("TYPE", entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return crm_tool_usage_error (_("export needs what to export, e.g. “export customers”."));

  if ((type = type_for_plural (argv[1])) == G_TYPE_INVALID)
    return crm_tool_usage_error (_("Cannot export “%s”; choose customers, contacts, products, deals, activities, tickets, …"),
                                 argv[1]);

  if (format == NULL || g_str_equal (format, "csv"))
    export_format = CRM_EXPORT_CSV;
  else if (g_str_equal (format, "json"))
    export_format = CRM_EXPORT_JSON;
  else
    return crm_tool_usage_error (_("Unknown format “%s”; choose csv or json."), format);
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  if (path != NULL)
    {
      /* Written beside the target and renamed into place when complete, so a
       * failure never leaves half a file where a good one was. */
      file = g_file_new_for_commandline_arg (path);
      output = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error));
      if (output == NULL)
        return crm_tool_fail (_("Cannot write “%s”: %s"), path, error->message);
    }
  else
    {
      output = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
    }

  if (!crm_export (store, type, export_format, output, NULL, NULL, &error))
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* Closing a cancelled replace stream keeps the old file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (output, cancel, NULL);
      return crm_tool_fail (_("The export failed: %s"), error->message);
    }

  if (!g_output_stream_close (output, NULL, &error))
    return crm_tool_fail (_("Cannot finish writing “%s”: %s"), path != NULL ? path : "-", error->message);

  return 0;
}

void
crm_tool_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static JsonNode *
records_to_json (GPtrArray *records)
{
  JsonArray *array = json_array_sized_new (records->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < records->len; i++)
    json_array_add_element (array, crm_record_to_json (g_ptr_array_index (records, i)));

  json_node_take_array (node, array);
  return node;
}

static int
command_search (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmCustomerList) list = NULL;
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean json = FALSE;
  int limit = 50, status = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 50)"), "N" },
    { NULL }
  };

  if (!crm_tool_parse_options ("QUERY", entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return crm_tool_usage_error (_("search needs something to look for."));
  if (limit < 1)
    return crm_tool_usage_error (_("--limit must be at least 1."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  list = crm_customer_list_new (store);
  crm_customer_list_set_search_limit (list, limit);
  {
    g_autofree char *query = g_strjoinv (" ", argv + 1);

    crm_customer_list_set_search (list, query);
  }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (customers, g_list_model_get_item (G_LIST_MODEL (list), i));

  if (json)
    {
      g_autoptr(JsonNode) node = records_to_json (customers);

      crm_tool_print_json (node);
      return 0;
    }

  for (guint i = 0; i < customers->len; i++)
    {
      CrmCustomer *customer = g_ptr_array_index (customers, i);

      g_print ("%s\t%s\t%s\t%s\t%s\n",
               crm_record_get_id (CRM_RECORD (customer)),
               crm_customer_get_name (customer),
               crm_customer_get_company (customer) != NULL ? crm_customer_get_company (customer) : "",
               crm_customer_get_city (customer) != NULL ? crm_customer_get_city (customer) : "",
               crm_customer_get_email (customer) != NULL ? crm_customer_get_email (customer) : "");
    }

  return 0;
}

static JsonNode *
figures_to_json (const CrmCustomerFigures *figures,
                 const char               *currency)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *last_contact = figures->last_contact_at ? crm_time_format (figures->last_contact_at) : NULL;
  g_autofree char *next_purchase = figures->next_purchase_at ? crm_time_format (figures->next_purchase_at) : NULL;

  json_object_set_int_member (object, "revenue", figures->revenue);
  json_object_set_int_member (object, "cost", figures->cost);
  json_object_set_int_member (object, "profit", figures->profit);
  json_object_set_string_member (object, "currency", currency);
  json_object_set_int_member (object, "order-count", figures->order_count);
  json_object_set_double_member (object, "purchase-interval-days", figures->purchase_interval_days);
  json_object_set_string_member (object, "next-purchase-at", next_purchase);
  json_object_set_string_member (object, "last-contact-at", last_contact);

  json_node_take_object (node, object);
  return node;
}

/* The business's currency is that of the customer's orders. */
static const char *
page_currency (CrmCustomer360 *page)
{
  if (page->orders->len > 0)
    return crm_order_get_currency (g_ptr_array_index (page->orders, 0));

  return NULL;
}

static void
print_show_json (CrmCustomer360 *page)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();
  JsonNode *orders = records_to_json (page->orders);

  for (guint i = 0; i < page->orders->len; i++)
    json_object_set_int_member (json_array_get_object_element (json_node_get_array (orders), i),
                                "total", g_array_index (page->order_totals, gint64, i));

  json_node_take_object (root, object);
  json_object_set_member (object, "customer", crm_record_to_json (CRM_RECORD (page->customer)));
  json_object_set_member (object, "figures", figures_to_json (&page->figures, page_currency (page)));
  json_object_set_member (object, "contacts", records_to_json (page->contacts));
  json_object_set_member (object, "activities", records_to_json (page->activities));
  json_object_set_member (object, "deals", records_to_json (page->deals));
  json_object_set_member (object, "quotes", records_to_json (page->quotes));
  json_object_set_member (object, "orders", orders);
  json_object_set_member (object, "tickets", records_to_json (page->tickets));
  json_object_set_member (object, "contracts", records_to_json (page->contracts));

  crm_tool_print_json (root);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

char *
crm_tool_date_text (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_seconds == 0)
    return g_strdup ("—");

  time = g_date_time_new_from_unix_utc (unix_seconds);
  return g_date_time_format (time, "%Y-%m-%d");
}

/**
 * crm_tool_name_of:
 * @names: a cache, "Type:ID" → name, from g_hash_table_new_full (g_str_hash,
 *   g_str_equal, g_free, g_free)
 * @type: %CRM_TYPE_CUSTOMER, %CRM_TYPE_STAFF or %CRM_TYPE_PRODUCT
 *
 * Listed records share few customers and fewer staff: each name is read once.
 *
 * Returns: (nullable): the name of the record of @type with @id
 */
const char *
crm_tool_name_of (CrmStore   *store,
                  GHashTable *names,
                  GType       type,
                  const char *id)
{
  g_autofree char *key = NULL;
  g_autoptr(CrmRecord) record = NULL;
  const char *name;

  if (id == NULL)
    return NULL;

  key = g_strdup_printf ("%s:%s", g_type_name (type), id);
  if (g_hash_table_lookup_extended (names, key, NULL, (gpointer *)&name))
    return name;

  record = crm_store_lookup (store, type, id, NULL);
  if (record == NULL)
    name = NULL;
  else if (type == CRM_TYPE_CUSTOMER)
    name = crm_customer_get_name (CRM_CUSTOMER (record));
  else if (type == CRM_TYPE_PRODUCT)
    name = crm_product_get_name (CRM_PRODUCT (record));
  else
    name = crm_staff_get_name (CRM_STAFF (record));

  name = g_strdup (name);
  g_hash_table_insert (names, g_steal_pointer (&key), (char *)name);
  return name;
}

static char *
staff_name (CrmStore   *store,
            const char *staff_id)
{
  g_autoptr(CrmStaff) staff = staff_id != NULL ? crm_store_load (store, CRM_TYPE_STAFF, staff_id, NULL) : NULL;

  return g_strdup (staff != NULL ? crm_staff_get_name (staff) : "—");
}

static void
print_section (const char *title,
               guint       count)
{
  g_print ("\n%s (%u)\n", title, count);
}

static void
print_show_text (CrmStore       *store,
                 CrmCustomer360 *page)
{
  CrmCustomer *customer = page->customer;
  const CrmCustomerFigures *figures = &page->figures;
  const char *currency = page_currency (page);
  g_autofree char *owner = staff_name (store, crm_customer_get_owner_id (customer));
  g_autofree char *revenue = crm_money_format (figures->revenue, currency);
  g_autofree char *profit = crm_money_format (figures->profit, currency);
  g_autofree char *last_contact = crm_tool_date_text (figures->last_contact_at);
  g_autofree char *next_purchase = crm_tool_date_text (figures->next_purchase_at);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_print ("%s%s\n", crm_customer_get_name (customer),
           crm_customer_figures_is_neglected (figures, now, 90) ? _("  [neglected]") : "");
  g_print (_("id %s · %s · segment %s · region %s · owner %s\n"),
           crm_record_get_id (CRM_RECORD (customer)),
           crm_enum_to_nick (CRM_TYPE_CUSTOMER_KIND, crm_customer_get_kind (customer)),
           or_dash (crm_customer_get_segment (customer)), or_dash (crm_customer_get_region (customer)), owner);
  g_print ("%s · %s · %s · %s\n", or_dash (crm_customer_get_company (customer)),
           or_dash (crm_customer_get_email (customer)), or_dash (crm_customer_get_phone (customer)),
           or_dash (crm_customer_get_city (customer)));
  g_print (_("revenue %s %s · profit %s · %u orders · every %.0f days · next purchase %s · "
             "last contact %s · %" G_GINT64_FORMAT " loyalty points\n"),
           revenue, or_dash (currency), profit, figures->order_count, figures->purchase_interval_days,
           next_purchase, last_contact, crm_customer_get_loyalty_points (customer));

  print_section (_("Contacts"), page->contacts->len);
  for (guint i = 0; i < page->contacts->len; i++)
    {
      CrmContact *contact = g_ptr_array_index (page->contacts, i);

      g_print ("  %s · %s · %s · %s\n", crm_contact_get_name (contact), or_dash (crm_contact_get_title (contact)),
               or_dash (crm_contact_get_email (contact)), or_dash (crm_contact_get_phone (contact)));
    }

  print_section (_("Timeline"), page->activities->len);
  for (guint i = 0; i < page->activities->len; i++)
    {
      CrmActivity *activity = g_ptr_array_index (page->activities, i);
      g_autofree char *when = crm_time_format (crm_activity_get_at (activity));
      g_autofree char *who = staff_name (store, crm_activity_get_staff_id (activity));

      g_print ("  %s  %-7s  %s  %s\n", when,
               crm_enum_to_nick (CRM_TYPE_ACTIVITY_KIND, crm_activity_get_kind (activity)),
               who, or_dash (crm_activity_get_subject (activity)));
    }

  print_section (_("Deals"), page->deals->len);
  for (guint i = 0; i < page->deals->len; i++)
    {
      CrmDeal *deal = g_ptr_array_index (page->deals, i);
      g_autoptr(CrmPipelineStage) stage = crm_store_load (store, CRM_TYPE_PIPELINE_STAGE,
                                                          crm_deal_get_stage_id (deal), NULL);
      g_autofree char *amount = crm_money_format (crm_deal_get_amount (deal), crm_deal_get_currency (deal));

      g_print ("  %s · %s · %s %s%s%s\n", crm_deal_get_title (deal),
               stage != NULL ? crm_pipeline_stage_get_name (stage) : "—",
               amount, or_dash (crm_deal_get_currency (deal)),
               crm_deal_get_close_reason (deal) != NULL ? " · " : "",
               crm_deal_get_close_reason (deal) != NULL ? crm_deal_get_close_reason (deal) : "");
    }

  print_section (_("Quotes"), page->quotes->len);
  for (guint i = 0; i < page->quotes->len; i++)
    {
      CrmQuote *quote = g_ptr_array_index (page->quotes, i);
      g_autofree char *issued = crm_tool_date_text (crm_quote_get_issued_at (quote));

      g_print ("  %s · %s · %s\n", or_dash (crm_quote_get_number (quote)), issued,
               crm_enum_to_nick (CRM_TYPE_QUOTE_STATUS, crm_quote_get_status (quote)));
    }

  print_section (_("Orders"), page->orders->len);
  for (guint i = 0; i < page->orders->len; i++)
    {
      CrmOrder *order = g_ptr_array_index (page->orders, i);
      g_autofree char *ordered = crm_tool_date_text (crm_order_get_ordered_at (order));
      g_autofree char *total = crm_money_format (g_array_index (page->order_totals, gint64, i),
                                                 crm_order_get_currency (order));

      g_print ("  %s · %s · %s · %s %s\n", or_dash (crm_order_get_number (order)), ordered,
               crm_enum_to_nick (CRM_TYPE_ORDER_STATUS, crm_order_get_status (order)),
               total, or_dash (crm_order_get_currency (order)));
    }

  print_section (_("Tickets"), page->tickets->len);
  for (guint i = 0; i < page->tickets->len; i++)
    {
      CrmTicket *ticket = g_ptr_array_index (page->tickets, i);
      g_autofree char *received = crm_tool_date_text (crm_ticket_get_received_at (ticket));

      g_print ("  %s · %s · %s · %s · %s\n", or_dash (crm_ticket_get_number (ticket)), received,
               crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, crm_ticket_get_status (ticket)),
               or_dash (crm_ticket_get_fault_category (ticket)), or_dash (crm_ticket_get_title (ticket)));
    }

  print_section (_("Contracts"), page->contracts->len);
  for (guint i = 0; i < page->contracts->len; i++)
    {
      CrmContract *contract = g_ptr_array_index (page->contracts, i);
      g_autofree char *starts = crm_tool_date_text (crm_contract_get_starts_at (contract));
      g_autofree char *ends = crm_tool_date_text (crm_contract_get_ends_at (contract));

      g_print ("  %s · %s · %s – %s\n", or_dash (crm_contract_get_number (contract)),
               or_dash (crm_contract_get_title (contract)), starts, ends);
    }
}

static int
command_show (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmCustomer360) page = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options ("customer ID", entries, &argc, &argv, &status))
    return status;
  if (argc != 3 || !g_str_equal (argv[1], "customer"))
    return crm_tool_usage_error (_("show needs a customer's id: “show customer ID”."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  if ((page = crm_customer_360_load (store, argv[2], &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  if (json)
    print_show_json (page);
  else
    print_show_text (store, page);

  return 0;
}

/* Takes --db PATH (or --db=PATH) from anywhere on the command line. */
static gboolean
take_db_option (int    *argc,
                char  **argv,
                char  **path)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= *argc)
            return FALSE;
          g_free (*path);
          *path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (*path);
          *path = g_strdup (argv[i] + strlen ("--db="));
        }
      else
        {
          argv[kept++] = argv[i];
        }
    }

  *argc = kept;
  argv[kept] = NULL;
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  static const struct {
    const char *name;
    int (*run) (const char *, int, char **);
  } commands[] = {
    { "demo", command_demo },
    { "import", command_import },
    { "export", command_export },
    { "search", command_search },
    { "show", command_show },
    { "deals", crm_tool_deals },
    { "contracts", crm_tool_contracts },
    { "tickets", crm_tool_tickets },
    { "sync", crm_tool_sync },
    { "conflicts", crm_tool_conflicts },
    { "quotes", crm_tool_quotes },
    { "quote", crm_tool_quote },
    { "report", crm_tool_report },
  };
  g_autofree char *db_path = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!take_db_option (&argc, argv, &db_path))
    return crm_tool_usage_error (_("--db needs a path."));

  if (argc < 2)
    return crm_tool_usage_error (_("No command given."));

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      g_print ("%s", _(usage_text));
      return 0;
    }

  if (g_str_equal (argv[1], "bench"))
    return crm_tool_bench (argc - 1, argv + 1);

  /* The second half of bench, which runs it in a process of its own. */
  if (g_str_equal (argv[1], "bench-browse") && argc == 2 && db_path != NULL)
    return crm_tool_bench_browse (db_path);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      status = commands[i].run (db_path, argc - 1, argv + 1);
      fflush (stdout);
      return status;
    }

  return crm_tool_usage_error (_("Unknown command “%s”."), argv[1]);
}
