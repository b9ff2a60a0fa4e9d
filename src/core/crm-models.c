/* crm-models.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-models"

#include "config.h"

#include <string.h>

#include "crm-models.h"

/* The position in this list, plus one, is the entity code that the change log
 * stores (migrations/0001-initial.sql): append new entities, never reorder. */
const GType *
crm_models_list_types (guint *n_types)
{
  static GType types[19];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      const GType all[] = {
        CRM_TYPE_CUSTOMER,
        CRM_TYPE_CONTACT,
        CRM_TYPE_STAFF,
        CRM_TYPE_PRODUCT,
        CRM_TYPE_PIPELINE_STAGE,
        CRM_TYPE_DEAL,
        CRM_TYPE_QUOTE,
        CRM_TYPE_QUOTE_LINE,
        CRM_TYPE_ORDER,
        CRM_TYPE_ORDER_LINE,
        CRM_TYPE_ACTIVITY,
        CRM_TYPE_TICKET,
        CRM_TYPE_CONTRACT,
        CRM_TYPE_CAMPAIGN,
        CRM_TYPE_CAMPAIGN_MEMBER,
        CRM_TYPE_CUSTOM_FIELD_VALUE,
        CRM_TYPE_TICKET_EVENT,
        CRM_TYPE_TICKET_WORK,
        CRM_TYPE_TICKET_PART,
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (all) == G_N_ELEMENTS (types));
      for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        {
          /* Kept referenced so that every class's entity and table are set. */
          g_type_class_ref (all[i]);
          types[i] = all[i];
        }
      g_once_init_leave (&initialized, 1);
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}

GType
crm_models_type_from_entity (const char *entity)
{
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);

  g_return_val_if_fail (entity != NULL, G_TYPE_INVALID);

  for (guint i = 0; i < n_types; i++)
    {
      CrmRecordClass *klass = g_type_class_peek (types[i]);

      if (g_str_equal (klass->entity, entity))
        return types[i];
    }

  return G_TYPE_INVALID;
}

guint
crm_models_entity_code (GType type)
{
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    if (types[i] == type)
      return i + 1;

  g_return_val_if_reached (0);
}

/**
 * crm_models_reference_type:
 *
 * Returns: the record type that a reference property ("customer-id",
 *   "owner-id") points at.
 */
GType
crm_models_reference_type (GParamSpec *pspec)
{
  static const struct {
    const char *property;
    const char *entity;
  } aliases[] = {
    { "owner-id", "staff" },
    { "staff-id", "staff" },
    { "technician-id", "staff" },
    { "stage-id", "pipeline-stage" },
  };
  g_autofree char *entity = NULL;

  g_return_val_if_fail (pspec->flags & CRM_PARAM_REFERENCE, G_TYPE_INVALID);
  g_return_val_if_fail (g_str_has_suffix (pspec->name, "-id"), G_TYPE_INVALID);

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (pspec->name, aliases[i].property))
      return crm_models_type_from_entity (aliases[i].entity);

  entity = g_strndup (pspec->name, strlen (pspec->name) - strlen ("-id"));
  return crm_models_type_from_entity (entity);
}
