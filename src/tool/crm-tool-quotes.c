/* crm-tool-quotes.c: crm-tool quotes and crm-tool quote pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-customer.h"
#include "crm-field.h"
#include "crm-quote-document.h"
#include "crm-quote-totals.h"
#include "crm-quote.h"
#include "crm-tool-private.h"

static const char *
status_nick (CrmQuoteStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CRM_TYPE_QUOTE_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  return value != NULL ? value->value_nick : "";
}

/* Customers' names, each read once however many quotes they have. */
static const char *
customer_name (CrmStore    *store,
               GHashTable  *names,
               const char  *customer_id)
{
  char *name;

  if (customer_id == NULL)
    return "";

  if (!g_hash_table_lookup_extended (names, customer_id, NULL, (gpointer *) &name))
    {
      g_autoptr(CrmCustomer) customer = crm_store_lookup (store, CRM_TYPE_CUSTOMER, customer_id, NULL);

      name = g_strdup (customer != NULL ? crm_customer_get_name (customer) : NULL);
      g_hash_table_insert (names, g_strdup (customer_id), name);
    }

  return name != NULL ? name : "";
}

int
crm_tool_quotes (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  JsonArray *array = json_array_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  gboolean json = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  json_node_take_array (node, array);

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return crm_tool_usage_error (_("quotes takes no arguments."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;
  if ((quotes = crm_store_list (store, CRM_TYPE_QUOTE, NULL, NULL, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  for (guint i = 0; i < quotes->len; i++)
    {
      CrmQuote *quote = g_ptr_array_index (quotes, i);
      const char *id = crm_record_get_id (CRM_RECORD (quote));
      const char *customer_id = crm_quote_get_customer_id (quote);
      const char *currency = crm_quote_get_currency (quote);
      g_autofree char *total = NULL;
      CrmQuoteTotals totals;

      if (!crm_quote_load_totals (store, id, &totals, &error))
        return crm_tool_fail ("%s", error->message);
      total = crm_money_format (totals.total, currency);

      if (json)
        {
          JsonObject *object = json_object_new ();

          json_object_set_string_member (object, "id", id);
          json_object_set_string_member (object, "number", crm_quote_get_number (quote));
          json_object_set_string_member (object, "customer-id", customer_id);
          json_object_set_string_member (object, "customer-name", customer_name (store, names, customer_id));
          json_object_set_string_member (object, "status", status_nick (crm_quote_get_status (quote)));
          json_object_set_string_member (object, "total", total);
          json_object_set_int_member (object, "total-minor-units", totals.total);
          json_object_set_string_member (object, "currency", currency);
          json_array_add_object_element (array, object);
        }
      else
        {
          g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", id,
                   crm_quote_get_number (quote) != NULL ? crm_quote_get_number (quote) : "",
                   customer_name (store, names, customer_id),
                   status_nick (crm_quote_get_status (quote)), total,
                   currency != NULL ? currency : "");
        }
    }

  if (json)
    crm_tool_print_json (node);

  return 0;
}

/* The business details of Crm's Preferences. Without the schema installed
 * (a bare build tree) the quote carries no business details rather than
 * failing. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, "business-name"))
    return NULL;

  return g_settings_new (APPLICATION_ID);
}

static int
quote_pdf (const char  *db_path,
           const char  *quote_id,
           const char  *output)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmQuoteDocument) document = NULL;
  g_autoptr(GSettings) settings = open_settings ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "business-name") : NULL;
  g_autofree char *address = settings != NULL ? g_settings_get_string (settings, "business-address") : NULL;
  g_autofree char *logo = settings != NULL ? g_settings_get_string (settings, "business-logo") : NULL;
  CrmQuoteBusiness business = { name, address, logo };
  int status = 0;

  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;
  if ((document = crm_quote_document_new (store, quote_id, &business, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);
  if (!crm_quote_document_write_pdf (document, output, &error))
    return crm_tool_fail ("%s", error->message);

  return 0;
}

int
crm_tool_quote (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autofree char *output = NULL;
  int status = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), "FILE" },
    { NULL }
  };

  if (!crm_tool_parse_options ("pdf ID -o FILE", entries, &argc, &argv, &status))
    return status;
  if (argc != 3 || !g_str_equal (argv[1], "pdf"))
    return crm_tool_usage_error (_("quote needs what to do and a quote’s id: “quote pdf ID -o FILE”."));
  if (output == NULL)
    return crm_tool_usage_error (_("quote pdf needs the file to write: “-o FILE”."));

  return quote_pdf (db_path, argv[2], output);
}
