/* crm-quote-actions.h: a quote's life: made, sent, accepted into an order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-order.h"
#include "crm-quote.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_QUOTE_ERROR (crm_quote_error_quark ())

typedef enum {
  CRM_QUOTE_ERROR_ALREADY_ACCEPTED,
  CRM_QUOTE_ERROR_NO_CUSTOMER,
  CRM_QUOTE_ERROR_NO_LINES,
  CRM_QUOTE_ERROR_INVALID_STATUS,
} CrmQuoteError;

/* How long a new quote is valid. */
#define CRM_QUOTE_VALID_DAYS 30

GQuark    crm_quote_error_quark      (void);

char     *crm_quote_next_number      (CrmStore        *store,
                                      gint64           at,
                                      GError         **error);
CrmQuote *crm_quote_create           (CrmStore        *store,
                                      const char      *customer_id,
                                      const char      *currency,
                                      GError         **error);
CrmQuote *crm_quote_create_from_deal (CrmStore        *store,
                                      const char      *deal_id,
                                      GError         **error);
gboolean  crm_quote_change_status    (CrmStore        *store,
                                      const char      *quote_id,
                                      CrmQuoteStatus   status,
                                      GError         **error);
/* Makes the quote's order and marks it accepted, in one transaction; an
 * open deal of the quote is won in the same transaction (first won stage,
 * reason "Quote NUMBER accepted", amount = the quote's subtotal before tax when in the
 * deal's currency). A closed deal is left alone. */
CrmOrder *crm_quote_accept           (CrmStore        *store,
                                      const char      *quote_id,
                                      GError         **error);

G_END_DECLS
