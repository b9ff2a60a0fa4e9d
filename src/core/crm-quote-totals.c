/* crm-quote-totals.c: what a quote adds up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include "crm-field.h"
#include "crm-quote-line.h"
#include "crm-quote-totals.h"
#include "crm-quote.h"
#include "crm-store-private.h"

/**
 * crm_money_apply_rate:
 * @amount: minor units
 * @rate_basis_points: a rate, 1250 for 12.5 %
 *
 * Returns: @amount × @rate_basis_points / 10000 in minor units, halves rounded
 *   away from zero, so that a credit's tax is the opposite of the charge's.
 */
gint64
crm_money_apply_rate (gint64 amount,
                      int    rate_basis_points)
{
  gint64 scaled = amount * rate_basis_points;

  return (scaled + (scaled < 0 ? -5000 : 5000)) / 10000;
}

/**
 * crm_quote_totals_compute:
 * @lines: (array length=n_lines) (nullable): the lines' amounts
 * @tax_rate: the quote's tax rate in basis points
 *
 * Each line is rounded on its own (crm_money_line_total()), as printed on the
 * quote and stored on the order, so the lines always add up to the subtotal;
 * the tax is taken once, on the subtotal.
 */
void
crm_quote_totals_compute (const CrmQuoteLineAmounts *lines,
                          gsize                      n_lines,
                          int                        tax_rate,
                          CrmQuoteTotals            *totals)
{
  g_return_if_fail (lines != NULL || n_lines == 0);
  g_return_if_fail (totals != NULL);

  *totals = (CrmQuoteTotals) { .tax_rate = tax_rate, .n_lines = n_lines };

  for (gsize i = 0; i < n_lines; i++)
    totals->subtotal += crm_money_line_total (lines[i].quantity, lines[i].unit_price, lines[i].discount);

  totals->tax = crm_money_apply_rate (totals->subtotal, tax_rate);
  totals->total = totals->subtotal + totals->tax;
}

/**
 * crm_quote_list_lines:
 *
 * Returns: (transfer container) (element-type CrmQuoteLine): the live lines
 *   of the quote in their printed order.
 */
GPtrArray *
crm_quote_list_lines (CrmStore    *store,
                      const char  *quote_id,
                      GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (quote_id != NULL, NULL);

  return crm_store_list_where (store, CRM_TYPE_QUOTE_LINE, "quote_id = ?1", "position, pk", quote_id, error);
}

/**
 * crm_quote_load_totals:
 *
 * Fills @totals from the quote's live lines and its tax rate; fails with
 * %CRM_STORE_ERROR_NOT_FOUND when there is no such quote.
 */
gboolean
crm_quote_load_totals (CrmStore        *store,
                       const char      *quote_id,
                       CrmQuoteTotals  *totals,
                       GError         **error)
{
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree CrmQuoteLineAmounts *amounts = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (quote_id != NULL, FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);

  if ((quote = crm_store_load (store, CRM_TYPE_QUOTE, quote_id, error)) == NULL)
    return FALSE;
  if ((lines = crm_quote_list_lines (store, quote_id, error)) == NULL)
    return FALSE;

  amounts = g_new0 (CrmQuoteLineAmounts, MAX (lines->len, 1));
  for (guint i = 0; i < lines->len; i++)
    {
      CrmQuoteLine *line = g_ptr_array_index (lines, i);

      amounts[i].quantity = crm_quote_line_get_quantity (line);
      amounts[i].unit_price = crm_quote_line_get_unit_price (line);
      amounts[i].discount = crm_quote_line_get_discount (line);
    }

  crm_quote_totals_compute (amounts, lines->len, crm_quote_get_tax_rate (quote), totals);
  return TRUE;
}
