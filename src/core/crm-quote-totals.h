/* crm-quote-totals.h: what a quote adds up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

/* The amounts of one line: a whole quantity, a unit price in minor units and
 * a discount in basis points (1250 = 12.5 %). A negative quantity or price is
 * a credit. */
typedef struct {
  gint64 quantity;
  gint64 unit_price;
  int    discount;
} CrmQuoteLineAmounts;

/* All in minor units of the quote's currency. */
typedef struct {
  gint64 subtotal;
  gint64 tax;
  gint64 total;
  int    tax_rate;
  guint  n_lines;
} CrmQuoteTotals;

gint64   crm_money_apply_rate     (gint64                     amount,
                                   int                        rate_basis_points);
void     crm_quote_totals_compute (const CrmQuoteLineAmounts *lines,
                                   gsize                      n_lines,
                                   int                        tax_rate,
                                   CrmQuoteTotals            *totals);
gboolean crm_quote_load_totals    (CrmStore                  *store,
                                   const char                *quote_id,
                                   CrmQuoteTotals            *totals,
                                   GError                   **error);
GPtrArray *crm_quote_list_lines   (CrmStore                  *store,
                                   const char                *quote_id,
                                   GError                   **error);

G_END_DECLS
