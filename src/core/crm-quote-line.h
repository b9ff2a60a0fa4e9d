/* crm-quote-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

#define CRM_TYPE_QUOTE_LINE (crm_quote_line_get_type ())

G_DECLARE_FINAL_TYPE (CrmQuoteLine, crm_quote_line, CRM, QUOTE_LINE, CrmRecord)

CrmQuoteLine *crm_quote_line_new             (void);
const char   *crm_quote_line_get_quote_id    (CrmQuoteLine *self);
void          crm_quote_line_set_quote_id    (CrmQuoteLine *self,
                                              const char   *value);
const char   *crm_quote_line_get_product_id  (CrmQuoteLine *self);
void          crm_quote_line_set_product_id  (CrmQuoteLine *self,
                                              const char   *value);
const char   *crm_quote_line_get_description (CrmQuoteLine *self);
void          crm_quote_line_set_description (CrmQuoteLine *self,
                                              const char   *value);
gint64        crm_quote_line_get_quantity    (CrmQuoteLine *self);
void          crm_quote_line_set_quantity    (CrmQuoteLine *self,
                                              gint64       value);
gint64        crm_quote_line_get_unit_price  (CrmQuoteLine *self);
void          crm_quote_line_set_unit_price  (CrmQuoteLine *self,
                                              gint64       value);
int           crm_quote_line_get_discount    (CrmQuoteLine *self);
void          crm_quote_line_set_discount    (CrmQuoteLine *self,
                                              int          value);
int           crm_quote_line_get_position    (CrmQuoteLine *self);
void          crm_quote_line_set_position    (CrmQuoteLine *self,
                                              int          value);

G_END_DECLS
