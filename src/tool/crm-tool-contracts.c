/* crm-tool-contracts.c: crm-tool contracts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-field.h"
#include "crm-models.h"
#include "crm-reminders.h"
#include "crm-tool-private.h"

typedef struct
{
  CrmStore   *store;
  GHashTable *names;
  GTimeZone  *tz;
  GDate       today;
} ContractsContext;

static void
local_date (gint64     unix_seconds,
            GTimeZone *tz,
            GDate     *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

/* Calendar days from today to the end date in the local zone: 0 on the last
 * day, negative once it has passed. */
static gboolean
days_left (ContractsContext *context,
           CrmContract      *contract,
           int              *days)
{
  GDate ends;

  if (crm_contract_get_ends_at (contract) == 0)
    return FALSE;
  local_date (crm_contract_get_ends_at (contract), context->tz, &ends);
  *days = g_date_days_between (&context->today, &ends);
  return TRUE;
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static JsonNode *
contract_to_json (ContractsContext *context,
                  CrmContract      *contract)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  const char *customer_id = crm_contract_get_customer_id (contract);
  const char *product_id = crm_contract_get_product_id (contract);
  g_autofree char *value = crm_money_format (crm_contract_get_value (contract), crm_contract_get_currency (contract));
  g_autofree char *starts = crm_contract_get_starts_at (contract) != 0 ? crm_tool_date_text (crm_contract_get_starts_at (contract)) : NULL;
  g_autofree char *ends = crm_contract_get_ends_at (contract) != 0 ? crm_tool_date_text (crm_contract_get_ends_at (contract)) : NULL;
  int days;

  json_object_set_string_member (object, "number", crm_contract_get_number (contract));
  json_object_set_string_member (object, "id", crm_record_get_id (CRM_RECORD (contract)));
  json_object_set_string_member (object, "title", crm_contract_get_title (contract));
  json_object_set_string_member (object, "customer-id", customer_id);
  json_object_set_string_member (object, "customer-name",
                                 crm_tool_name_of (context->store, context->names, CRM_TYPE_CUSTOMER, customer_id));
  json_object_set_string_member (object, "product-id", product_id);
  json_object_set_string_member (object, "product-name",
                                 crm_tool_name_of (context->store, context->names, CRM_TYPE_PRODUCT, product_id));
  json_object_set_string_member (object, "starts-at", starts);
  json_object_set_string_member (object, "ends-at", ends);
  json_object_set_string_member (object, "value", value);
  json_object_set_int_member (object, "value-minor", crm_contract_get_value (contract));
  json_object_set_string_member (object, "currency", crm_contract_get_currency (contract));
  json_object_set_int_member (object, "reminder-days", crm_contract_get_reminder_days (contract));
  if (days_left (context, contract, &days))
    json_object_set_int_member (object, "days-left", days);
  else
    json_object_set_null_member (object, "days-left");

  json_node_take_object (node, object);
  return node;
}

static void
print_contract (ContractsContext *context,
                CrmContract      *contract)
{
  const char *customer_id = crm_contract_get_customer_id (contract);
  g_autofree char *value = crm_money_format (crm_contract_get_value (contract), crm_contract_get_currency (contract));
  g_autofree char *starts = crm_tool_date_text (crm_contract_get_starts_at (contract));
  g_autofree char *ends = crm_tool_date_text (crm_contract_get_ends_at (contract));
  g_autofree char *left = NULL;
  int days;

  left = days_left (context, contract, &days) ? g_strdup_printf ("%d", days) : g_strdup ("—");
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s %s\t%d\t%s\n",
           or_empty (crm_contract_get_number (contract)),
           crm_record_get_id (CRM_RECORD (contract)),
           or_empty (customer_id),
           or_empty (crm_tool_name_of (context->store, context->names, CRM_TYPE_CUSTOMER, customer_id)),
           or_empty (crm_tool_name_of (context->store, context->names, CRM_TYPE_PRODUCT,
                                       crm_contract_get_product_id (contract))),
           starts, ends,
           or_empty (value), or_empty (crm_contract_get_currency (contract)),
           crm_contract_get_reminder_days (contract),
           left);
}

/* By end date, contracts without one last. */
static int
compare_contracts (gconstpointer a,
                   gconstpointer b)
{
  CrmContract *ca = *(CrmContract **)a, *cb = *(CrmContract **)b;
  gint64 ea = crm_contract_get_ends_at (ca), eb = crm_contract_get_ends_at (cb);

  if ((ea == 0) != (eb == 0))
    return ea == 0 ? 1 : -1;
  if (ea != eb)
    return ea < eb ? -1 : 1;
  return g_strcmp0 (crm_contract_get_number (ca), crm_contract_get_number (cb));
}

int
crm_tool_contracts (const char  *db_path,
                    int          argc,
                    char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GPtrArray) contracts = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  ContractsContext context = { NULL, names, tz, { 0 } };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean json = FALSE;
  int expiring = -1;
  int status = 0;
  GOptionEntry entries[] = {
    { "expiring", 0, 0, G_OPTION_ARG_INT, &expiring, N_("Only contracts ending within DAYS days"), N_("DAYS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return crm_tool_usage_error (_("contracts takes no arguments besides --expiring and --json."));
  if (expiring < -1 || expiring > 36600)
    return crm_tool_usage_error (_("--expiring needs a number of days between 0 and 36600."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  context.store = store;
  local_date (now, tz, &context.today);

  if (expiring >= 0)
    contracts = crm_contracts_list_expiring (store, now, tz, expiring, &error);
  else if ((contracts = crm_store_list (store, CRM_TYPE_CONTRACT, NULL, NULL, &error)) != NULL)
    g_ptr_array_sort (contracts, compare_contracts);
  if (contracts == NULL)
    return crm_tool_fail (_("Cannot read the contracts: %s"), error->message);

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_sized_new (contracts->len);

      for (guint i = 0; i < contracts->len; i++)
        json_array_add_element (array, contract_to_json (&context, g_ptr_array_index (contracts, i)));
      json_node_take_array (node, array);
      crm_tool_print_json (node);
      return 0;
    }

  for (guint i = 0; i < contracts->len; i++)
    print_contract (&context, g_ptr_array_index (contracts, i));

  return 0;
}
