/* crm-tool-deals.c: crm-tool deals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-field.h"
#include "crm-models.h"
#include "crm-deal-list.h"
#include "crm-tool-private.h"

typedef struct
{
  CrmStore   *store;
  GHashTable *stages;          /* id → CrmPipelineStage */
  GHashTable *names;           /* "customer:ID" / "staff:ID" → name */
} DealsContext;

static const char *
name_of (DealsContext *context,
         GType         type,
         const char   *id)
{
  return crm_tool_name_of (context->store, context->names, type, id);
}

static CrmPipelineStage *
stage_of (DealsContext *context,
          CrmDeal      *deal)
{
  const char *stage_id = crm_deal_get_stage_id (deal);

  return stage_id != NULL ? g_hash_table_lookup (context->stages, stage_id) : NULL;
}

/* The board's lists, stage by stage: only open deals are read at all. */
static void
collect_open_deals (DealsContext *context,
                    GPtrArray    *stages,
                    GPtrArray    *deals)
{
  for (guint i = 0; i < stages->len; i++)
    {
      CrmPipelineStage *stage = g_ptr_array_index (stages, i);
      g_autoptr(CrmDealList) list = NULL;
      guint n_items;

      if (crm_pipeline_stage_get_kind (stage) != CRM_STAGE_KIND_OPEN)
        continue;

      list = crm_deal_list_new (context->store, crm_record_get_id (CRM_RECORD (stage)), NULL);
      n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint j = 0; j < n_items; j++)
        g_ptr_array_add (deals, g_list_model_get_item (G_LIST_MODEL (list), j));
    }
}

/* Along the pipeline, then by expected close date, undated deals last. */
static int
compare_deals (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  DealsContext *context = user_data;
  CrmDeal *da = *(CrmDeal **)a, *db = *(CrmDeal **)b;
  CrmPipelineStage *sa = stage_of (context, da), *sb = stage_of (context, db);
  int pa = sa != NULL ? crm_pipeline_stage_get_position (sa) : G_MAXINT;
  int pb = sb != NULL ? crm_pipeline_stage_get_position (sb) : G_MAXINT;
  gint64 ca = crm_deal_get_expected_close_at (da), cb = crm_deal_get_expected_close_at (db);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  if ((ca == 0) != (cb == 0))
    return ca == 0 ? 1 : -1;
  if (ca != cb)
    return ca < cb ? -1 : 1;
  return g_strcmp0 (crm_deal_get_title (da), crm_deal_get_title (db));
}

static JsonNode *
deal_to_json (DealsContext *context,
              CrmDeal      *deal)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  CrmPipelineStage *stage = stage_of (context, deal);
  gint64 close_at = crm_deal_get_expected_close_at (deal);
  g_autofree char *amount = crm_money_format (crm_deal_get_amount (deal), crm_deal_get_currency (deal));
  g_autofree char *expected = close_at != 0 ? crm_time_format (close_at) : NULL;

  json_object_set_string_member (object, "id", crm_record_get_id (CRM_RECORD (deal)));
  json_object_set_string_member (object, "title", crm_deal_get_title (deal));
  json_object_set_string_member (object, "customer-id", crm_deal_get_customer_id (deal));
  json_object_set_string_member (object, "customer-name",
                                 name_of (context, CRM_TYPE_CUSTOMER, crm_deal_get_customer_id (deal)));
  json_object_set_string_member (object, "stage-id", crm_deal_get_stage_id (deal));
  json_object_set_string_member (object, "stage", stage != NULL ? crm_pipeline_stage_get_name (stage) : NULL);
  json_object_set_string_member (object, "amount", amount);
  json_object_set_int_member (object, "amount-minor", crm_deal_get_amount (deal));
  json_object_set_string_member (object, "currency", crm_deal_get_currency (deal));
  json_object_set_string_member (object, "expected-close-at", expected);
  json_object_set_string_member (object, "owner-id", crm_deal_get_owner_id (deal));
  json_object_set_string_member (object, "owner-name",
                                 name_of (context, CRM_TYPE_STAFF, crm_deal_get_owner_id (deal)));

  json_node_take_object (node, object);
  return node;
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static void
print_deal (DealsContext *context,
            CrmDeal      *deal)
{
  CrmPipelineStage *stage = stage_of (context, deal);
  g_autofree char *amount = crm_money_format (crm_deal_get_amount (deal), crm_deal_get_currency (deal));
  g_autofree char *expected = crm_tool_date_text (crm_deal_get_expected_close_at (deal));

  g_print ("%s\t%s\t%s\t%s\t%s\t%s %s\t%s\t%s\n",
           crm_record_get_id (CRM_RECORD (deal)),
           or_empty (crm_deal_get_title (deal)),
           or_empty (crm_deal_get_customer_id (deal)),
           or_empty (name_of (context, CRM_TYPE_CUSTOMER, crm_deal_get_customer_id (deal))),
           stage != NULL ? or_empty (crm_pipeline_stage_get_name (stage)) : "",
           or_empty (amount),
           or_empty (crm_deal_get_currency (deal)),
           expected,
           or_empty (name_of (context, CRM_TYPE_STAFF, crm_deal_get_owner_id (deal))));
}

int
crm_tool_deals (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) deals = NULL;
  g_autoptr(GHashTable) stage_table = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  DealsContext context = { NULL, stage_table, names };
  gboolean json = FALSE, open_only = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only deals still open"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return crm_tool_usage_error (_("deals takes no arguments besides --open and --json."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  context.store = store;
  if ((stages = crm_pipeline_list_stages (store, &error)) == NULL)
    return crm_tool_fail (_("Cannot read the pipeline: %s"), error->message);
  for (guint i = 0; i < stages->len; i++)
    g_hash_table_insert (stage_table, (gpointer)crm_record_get_id (g_ptr_array_index (stages, i)),
                         g_ptr_array_index (stages, i));

  if (open_only)
    {
      deals = g_ptr_array_new_with_free_func (g_object_unref);
      collect_open_deals (&context, stages, deals);
    }
  else
    {
      if ((deals = crm_store_list (store, CRM_TYPE_DEAL, NULL, NULL, &error)) == NULL)
        return crm_tool_fail (_("Cannot read the deals: %s"), error->message);
      g_ptr_array_sort_with_data (deals, compare_deals, &context);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_sized_new (deals->len);

      for (guint i = 0; i < deals->len; i++)
        json_array_add_element (array, deal_to_json (&context, g_ptr_array_index (deals, i)));
      json_node_take_array (node, array);
      crm_tool_print_json (node);
      return 0;
    }

  for (guint i = 0; i < deals->len; i++)
    print_deal (&context, g_ptr_array_index (deals, i));

  return 0;
}
