/* crm-ticket-part.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-ticket-part"

#include "config.h"

#include "crm-ticket-part.h"

struct _CrmTicketPart
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmTicketPart, crm_ticket_part, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TICKET_ID,
  PROP_PRODUCT_ID,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_UNIT_COST,
  PROP_CURRENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_ticket_part_class_init (CrmTicketPartClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "ticket-part";
  record_class->table = "ticket_parts";
  record_class->default_order = "created_at";

  properties[PROP_TICKET_ID] =
    g_param_spec_string ("ticket-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_PRODUCT_ID] =
    g_param_spec_string ("product-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int ("quantity", NULL, NULL, 1, G_MAXINT, 1, CRM_PARAM_FLAGS);
  properties[PROP_UNIT_COST] =
    g_param_spec_int64 ("unit-cost", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_ticket_part_init (CrmTicketPart *self)
{
}

CrmTicketPart *
crm_ticket_part_new (void)
{
  return g_object_new (CRM_TYPE_TICKET_PART, NULL);
}

const char *
crm_ticket_part_get_ticket_id (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_TICKET_ID]);
}

void
crm_ticket_part_set_ticket_id (CrmTicketPart *self,
                               const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_TICKET_ID], value);
}

const char *
crm_ticket_part_get_product_id (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID]);
}

void
crm_ticket_part_set_product_id (CrmTicketPart *self,
                                const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID], value);
}

const char *
crm_ticket_part_get_description (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_ticket_part_set_description (CrmTicketPart *self,
                                 const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

int
crm_ticket_part_get_quantity (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_QUANTITY]);
}

void
crm_ticket_part_set_quantity (CrmTicketPart *self,
                              int           value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_QUANTITY], value);
}

gint64
crm_ticket_part_get_unit_cost (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST]);
}

void
crm_ticket_part_set_unit_cost (CrmTicketPart *self,
                               gint64        value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_COST], value);
}

const char *
crm_ticket_part_get_currency (CrmTicketPart *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_PART (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_CURRENCY]);
}

void
crm_ticket_part_set_currency (CrmTicketPart *self,
                              const char    *value)
{
  g_return_if_fail (CRM_IS_TICKET_PART (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_CURRENCY], value);
}
