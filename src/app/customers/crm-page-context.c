/* crm-page-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-models.h"
#include "crm-page-context.h"
#include "crm-staff-list.h"

void
crm_page_context_init (CrmPageContext *context)
{
  *context = (CrmPageContext) { 0 };
  context->staff_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->stages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  context->order_totals = g_hash_table_new (g_str_hash, g_str_equal);
}

void
crm_page_context_clear (CrmPageContext *context)
{
  g_clear_object (&context->store);
  g_clear_pointer (&context->staff, g_ptr_array_unref);
  g_clear_pointer (&context->staff_names, g_hash_table_unref);
  g_clear_pointer (&context->stages, g_hash_table_unref);
  g_clear_pointer (&context->order_totals, g_hash_table_unref);
  g_clear_object (&context->settings);
}

void
crm_page_context_set_store (CrmPageContext *context,
                            CrmStore       *store)
{
  g_set_object (&context->store, store);
  crm_page_context_forget_names (context);
}

/* Staff or pipeline stages changed: names are loaded again when next needed. */
void
crm_page_context_forget_names (CrmPageContext *context)
{
  g_clear_pointer (&context->staff, g_ptr_array_unref);
  g_hash_table_remove_all (context->staff_names);
  g_hash_table_remove_all (context->stages);
  context->stages_loaded = FALSE;
}

void
crm_page_context_load_names (CrmPageContext *context)
{
  g_autoptr(GError) error = NULL;

  if (context->store == NULL)
    return;

  if (context->staff == NULL)
    {
      context->staff = crm_staff_list_load (context->store);

      for (guint i = 0; i < context->staff->len; i++)
        {
          CrmStaff *member = g_ptr_array_index (context->staff, i);

          g_hash_table_insert (context->staff_names, g_strdup (crm_record_get_id (CRM_RECORD (member))),
                               g_strdup (crm_staff_get_name (member)));
        }
    }

  if (!context->stages_loaded)
    {
      g_autoptr(GPtrArray) stages = crm_store_list (context->store, CRM_TYPE_PIPELINE_STAGE, NULL, NULL, &error);

      if (stages == NULL)
        g_warning ("Cannot list the pipeline stages: %s", error->message);

      for (guint i = 0; stages != NULL && i < stages->len; i++)
        {
          CrmRecord *stage = g_ptr_array_index (stages, i);

          g_hash_table_insert (context->stages, g_strdup (crm_record_get_id (stage)), g_object_ref (stage));
        }
      context->stages_loaded = TRUE;
    }
}

/* What the rows about to be built from @data look up. */
void
crm_page_context_set_data (CrmPageContext       *context,
                           const CrmCustomer360 *data)
{
  g_hash_table_remove_all (context->order_totals);
  for (guint i = 0; data != NULL && i < data->orders->len; i++)
    g_hash_table_insert (context->order_totals,
                         (gpointer) crm_record_get_id (g_ptr_array_index (data->orders, i)),
                         &g_array_index (data->order_totals, gint64, i));

  context->now = g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * crm_page_context_staff_name:
 *
 * Returns: (nullable): the name of the staff member, or %NULL if unknown
 */
const char *
crm_page_context_staff_name (CrmPageContext *context,
                             const char     *staff_id)
{
  return staff_id != NULL ? g_hash_table_lookup (context->staff_names, staff_id) : NULL;
}

/**
 * crm_page_context_stage:
 *
 * Returns: (transfer none) (nullable): the pipeline stage, or %NULL if unknown
 */
CrmPipelineStage *
crm_page_context_stage (CrmPageContext *context,
                        const char     *stage_id)
{
  return stage_id != NULL ? g_hash_table_lookup (context->stages, stage_id) : NULL;
}

/**
 * crm_page_context_current_staff_id:
 *
 * Returns: (nullable): the staff member who uses Crm here (Preferences), if
 *   one was chosen and is still known
 */
const char *
crm_page_context_current_staff_id (CrmPageContext *context)
{
  g_autofree char *id = NULL;
  gpointer key = NULL;

  if (context->settings == NULL)
    {
      g_autoptr(GSettingsSchema) schema =
        g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APPLICATION_ID, TRUE);

      if (schema == NULL || !g_settings_schema_has_key (schema, "current-staff-id"))
        return NULL;
      context->settings = g_settings_new (APPLICATION_ID);
    }

  id = g_settings_get_string (context->settings, "current-staff-id");
  crm_page_context_load_names (context);
  if (*id == '\0' || !g_hash_table_lookup_extended (context->staff_names, id, &key, NULL))
    return NULL;

  return key;
}
