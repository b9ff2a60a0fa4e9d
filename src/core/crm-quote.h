/* crm-quote.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"
#include "crm-enums.h"

G_BEGIN_DECLS

#define CRM_TYPE_QUOTE (crm_quote_get_type ())

G_DECLARE_FINAL_TYPE (CrmQuote, crm_quote, CRM, QUOTE, CrmRecord)

CrmQuote       *crm_quote_new             (void);
const char     *crm_quote_get_customer_id (CrmQuote *self);
void            crm_quote_set_customer_id (CrmQuote   *self,
                                           const char *value);
const char     *crm_quote_get_deal_id     (CrmQuote *self);
void            crm_quote_set_deal_id     (CrmQuote   *self,
                                           const char *value);
const char     *crm_quote_get_number      (CrmQuote *self);
void            crm_quote_set_number      (CrmQuote   *self,
                                           const char *value);
CrmQuoteStatus  crm_quote_get_status      (CrmQuote *self);
void            crm_quote_set_status      (CrmQuote       *self,
                                           CrmQuoteStatus value);
gint64          crm_quote_get_issued_at   (CrmQuote *self);
void            crm_quote_set_issued_at   (CrmQuote *self,
                                           gint64   value);
gint64          crm_quote_get_valid_until (CrmQuote *self);
void            crm_quote_set_valid_until (CrmQuote *self,
                                           gint64   value);
const char     *crm_quote_get_currency    (CrmQuote *self);
void            crm_quote_set_currency    (CrmQuote   *self,
                                           const char *value);
int             crm_quote_get_tax_rate    (CrmQuote *self);
void            crm_quote_set_tax_rate    (CrmQuote *self,
                                           int      value);
const char     *crm_quote_get_notes       (CrmQuote *self);
void            crm_quote_set_notes       (CrmQuote   *self,
                                           const char *value);

G_END_DECLS
