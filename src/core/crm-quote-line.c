/* crm-quote-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-quote-line"

#include "config.h"

#include "crm-quote-line.h"

struct _CrmQuoteLine
{
  CrmRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrmQuoteLine, crm_quote_line, CRM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_QUOTE_ID,
  PROP_PRODUCT_ID,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_UNIT_PRICE,
  PROP_DISCOUNT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
crm_quote_line_class_init (CrmQuoteLineClass *klass)
{
  CrmRecordClass *record_class = CRM_RECORD_CLASS (klass);

  record_class->entity = "quote-line";
  record_class->table = "quote_lines";
  record_class->default_order = "position";

  properties[PROP_QUOTE_ID] =
    g_param_spec_string ("quote-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE | CRM_PARAM_REQUIRED);
  properties[PROP_PRODUCT_ID] =
    g_param_spec_string ("product-id", NULL, NULL, NULL,
                         CRM_PARAM_FLAGS | CRM_PARAM_REFERENCE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, 0, G_MAXINT64, 0, CRM_PARAM_FLAGS);
  properties[PROP_UNIT_PRICE] =
    g_param_spec_int64 ("unit-price", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_MONEY);
  properties[PROP_DISCOUNT] =
    g_param_spec_int ("discount", NULL, NULL, 0, 10000, 0, CRM_PARAM_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, CRM_PARAM_FLAGS);

  crm_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
crm_quote_line_init (CrmQuoteLine *self)
{
}

CrmQuoteLine *
crm_quote_line_new (void)
{
  return g_object_new (CRM_TYPE_QUOTE_LINE, NULL);
}

const char *
crm_quote_line_get_quote_id (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_QUOTE_ID]);
}

void
crm_quote_line_set_quote_id (CrmQuoteLine  *self,
                             const char    *value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_QUOTE_ID], value);
}

const char *
crm_quote_line_get_product_id (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID]);
}

void
crm_quote_line_set_product_id (CrmQuoteLine  *self,
                               const char    *value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_PRODUCT_ID], value);
}

const char *
crm_quote_line_get_description (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), NULL);

  return crm_record_get_string (CRM_RECORD (self), properties[PROP_DESCRIPTION]);
}

void
crm_quote_line_set_description (CrmQuoteLine  *self,
                                const char    *value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_string (CRM_RECORD (self), properties[PROP_DESCRIPTION], value);
}

gint64
crm_quote_line_get_quantity (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_QUANTITY]);
}

void
crm_quote_line_set_quantity (CrmQuoteLine  *self,
                             gint64         value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_QUANTITY], value);
}

gint64
crm_quote_line_get_unit_price (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), 0);

  return crm_record_get_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE]);
}

void
crm_quote_line_set_unit_price (CrmQuoteLine  *self,
                               gint64         value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_int64 (CRM_RECORD (self), properties[PROP_UNIT_PRICE], value);
}

int
crm_quote_line_get_discount (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_DISCOUNT]);
}

void
crm_quote_line_set_discount (CrmQuoteLine  *self,
                             int            value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_DISCOUNT], value);
}

int
crm_quote_line_get_position (CrmQuoteLine *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_LINE (self), 0);

  return crm_record_get_int (CRM_RECORD (self), properties[PROP_POSITION]);
}

void
crm_quote_line_set_position (CrmQuoteLine  *self,
                             int            value)
{
  g_return_if_fail (CRM_IS_QUOTE_LINE (self));

  crm_record_set_int (CRM_RECORD (self), properties[PROP_POSITION], value);
}
