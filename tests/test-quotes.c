/* test-quotes.c: what a quote adds up to, accepting it into an order, its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "crm-customer-figures.h"
#include "crm-field.h"
#include "crm-pipeline.h"
#include "crm-quote-actions.h"
#include "crm-quote-document.h"
#include "crm-quote-totals.h"
#include "crm-test-utils.h"

#define DAY (24 * 60 * 60)

static CrmQuoteTotals
compute (const CrmQuoteLineAmounts *lines,
         gsize                      n_lines,
         int                        tax_rate)
{
  CrmQuoteTotals totals;

  crm_quote_totals_compute (lines, n_lines, tax_rate, &totals);
  g_assert_cmpint (totals.total, ==, totals.subtotal + totals.tax);
  g_assert_cmpint (totals.tax_rate, ==, tax_rate);
  g_assert_cmpuint (totals.n_lines, ==, n_lines);

  return totals;
}

static void
test_arithmetic (void)
{
  CrmQuoteTotals totals;

  /* No lines: nothing, whatever the tax. */
  totals = compute (NULL, 0, 2000);
  g_assert_cmpint (totals.subtotal, ==, 0);
  g_assert_cmpint (totals.tax, ==, 0);

  /* 3 × 3.33 − 10 % = 8.991 → 8.99; 2 × 19.99 = 39.98; tax 12.5 % of 48.97
   * = 6.12125 → 6.12. */
  {
    CrmQuoteLineAmounts lines[] = { { 3, 333, 1000 }, { 2, 1999, 0 } };

    totals = compute (lines, G_N_ELEMENTS (lines), 1250);
    g_assert_cmpint (totals.subtotal, ==, 899 + 3998);
    g_assert_cmpint (totals.tax, ==, 612);
    g_assert_cmpint (totals.total, ==, 5509);
  }

  /* Halves round away from zero, on lines and on the tax. */
  g_assert_cmpint (crm_money_line_total (1, 5, 1000), ==, 5);      /* 4.5 */
  g_assert_cmpint (crm_money_line_total (1, -5, 1000), ==, -5);    /* −4.5 */
  g_assert_cmpint (crm_money_line_total (-1, 5, 1000), ==, -5);
  g_assert_cmpint (crm_money_line_total (1, 15, 5000), ==, 8);     /* 7.5 */
  g_assert_cmpint (crm_money_line_total (1, 14, 5000), ==, 7);
  g_assert_cmpint (crm_money_apply_rate (10, 500), ==, 1);         /* 0.5 */
  g_assert_cmpint (crm_money_apply_rate (9, 500), ==, 0);          /* 0.45 */
  g_assert_cmpint (crm_money_apply_rate (-10, 500), ==, -1);
  g_assert_cmpint (crm_money_apply_rate (1, 5000), ==, 1);
  g_assert_cmpint (crm_money_apply_rate (-1, 5000), ==, -1);
  g_assert_cmpint (crm_money_apply_rate (1, 4999), ==, 0);
  {
    CrmQuoteLineAmounts lines[] = { { 1, 10, 0 } };

    totals = compute (lines, 1, 500);
    g_assert_cmpint (totals.tax, ==, 1);
    g_assert_cmpint (totals.total, ==, 11);
  }

  /* A 100 % discount gives the line away. */
  {
    CrmQuoteLineAmounts lines[] = { { 7, 12345, 10000 }, { 1, 100, 0 } };

    totals = compute (lines, G_N_ELEMENTS (lines), 2000);
    g_assert_cmpint (totals.subtotal, ==, 100);
    g_assert_cmpint (totals.tax, ==, 20);
  }

  /* A credit line takes off exactly what it says, and so does its tax. */
  {
    CrmQuoteLineAmounts credit[] = { { 1, -15000, 0 } };
    CrmQuoteLineAmounts lines[] = { { 2, 15000, 0 }, { 1, -15000, 0 }, { 1, -333, 5000 } };

    totals = compute (credit, 1, 2000);
    g_assert_cmpint (totals.subtotal, ==, -15000);
    g_assert_cmpint (totals.tax, ==, -3000);
    g_assert_cmpint (totals.total, ==, -18000);

    /* −3.33 × 50 % = −1.665 → −1.67 */
    totals = compute (lines, G_N_ELEMENTS (lines), 1250);
    g_assert_cmpint (totals.subtotal, ==, 15000 - 167);
    g_assert_cmpint (totals.tax, ==, 1854);  /* 148.33 × 12.5 % = 18.54125 */
  }
}

static CrmQuote *
add_quote (CrmStore   *store,
           const char *customer_id,
           int         tax_rate)
{
  g_autoptr(GError) error = NULL;
  CrmQuote *quote = crm_quote_create (store, customer_id, "EUR", &error);

  g_assert_no_error (error);
  g_assert_nonnull (quote);
  crm_quote_set_tax_rate (quote, tax_rate);
  g_assert_true (crm_store_save (store, CRM_RECORD (quote), &error));
  g_assert_no_error (error);

  return quote;
}

static CrmQuoteLine *
add_line (CrmStore   *store,
          CrmQuote   *quote,
          const char *product_id,
          const char *description,
          gint64      quantity,
          gint64      unit_price,
          int         discount,
          int         position)
{
  return crm_test_save (store, CRM_TYPE_QUOTE_LINE,
                        "quote-id", crm_record_get_id (CRM_RECORD (quote)),
                        "product-id", product_id,
                        "description", description,
                        "quantity", quantity,
                        "unit-price", unit_price,
                        "discount", discount,
                        "position", position,
                        NULL);
}

static void
test_load_totals (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  g_autoptr(CrmQuote) quote = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 2000);
  g_autoptr(CrmQuoteLine) second = add_line (db->store, quote, NULL, "Second", 2, 1000, 0, 1);
  g_autoptr(CrmQuoteLine) first = add_line (db->store, quote, NULL, "First", 1, 500, 0, 0);
  g_autoptr(CrmQuoteLine) gone = add_line (db->store, quote, NULL, "Gone", 1, 99999, 0, 2);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  CrmQuoteTotals totals;

  g_assert_true (crm_store_delete (db->store, CRM_RECORD (gone), &error));
  g_assert_no_error (error);

  g_assert_true (crm_quote_load_totals (db->store, crm_record_get_id (CRM_RECORD (quote)), &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (totals.n_lines, ==, 2);
  g_assert_cmpint (totals.subtotal, ==, 2500);
  g_assert_cmpint (totals.tax, ==, 500);
  g_assert_cmpint (totals.total, ==, 3000);

  /* In printed order, not in the order they were added. */
  lines = crm_quote_list_lines (db->store, crm_record_get_id (CRM_RECORD (quote)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (crm_quote_line_get_description (g_ptr_array_index (lines, 0)), ==, "First");
  g_assert_cmpstr (crm_quote_line_get_description (g_ptr_array_index (lines, 1)), ==, "Second");

  g_assert_false (crm_quote_load_totals (db->store, "no-such-quote", &totals, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_get_year (now);
}

static void
test_numbering (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  const char *customer_id = crm_record_get_id (CRM_RECORD (customer));
  g_autoptr(CrmQuote) first = NULL;
  g_autoptr(CrmQuote) second = NULL;
  g_autoptr(CrmQuote) third = NULL;
  g_autoptr(CrmQuote) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *number = NULL;
  gint64 at_2025 = 1750000000;  /* June 2025 */
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  first = crm_quote_create (db->store, customer_id, "EUR", &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("Q-%04d-0001", this_year ());
  g_assert_cmpstr (crm_quote_get_number (first), ==, expected);
  g_assert_cmpint (crm_quote_get_status (first), ==, CRM_QUOTE_STATUS_DRAFT);
  g_assert_cmpstr (crm_quote_get_customer_id (first), ==, customer_id);
  g_assert_cmpstr (crm_quote_get_currency (first), ==, "EUR");
  g_assert_cmpint (ABS (crm_quote_get_issued_at (first) - now), <=, 5);
  g_assert_cmpint (crm_quote_get_valid_until (first) - crm_quote_get_issued_at (first), ==, 30 * DAY);

  /* A deleted quote keeps its number: it may come back, and it was sent. */
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (first), &error));
  second = crm_quote_create (db->store, customer_id, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Q-%04d-0002", this_year ());
  g_assert_cmpstr (crm_quote_get_number (second), ==, expected);

  /* Without a currency, the customer's last one (and its tax rate). */
  crm_quote_set_currency (second, "CHF");
  crm_quote_set_tax_rate (second, 810);
  g_assert_true (crm_store_save (db->store, CRM_RECORD (second), &error));
  third = crm_quote_create (db->store, customer_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_quote_get_currency (third), ==, "CHF");
  g_assert_cmpint (crm_quote_get_tax_rate (third), ==, 810);

  /* Each year counts on its own, and other numbering styles are ignored. */
  old = crm_test_save (db->store, CRM_TYPE_QUOTE, "customer-id", customer_id, "number", "Q-2025-0041", NULL);
  g_clear_object (&old);
  old = crm_test_save (db->store, CRM_TYPE_QUOTE, "customer-id", customer_id, "number", "Q-000999", NULL);
  number = crm_quote_next_number (db->store, at_2025, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, "Q-2025-0042");
  g_clear_pointer (&number, g_free);
  number = crm_quote_next_number (db->store, now, &error);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Q-%04d-0004", this_year ());
  g_assert_cmpstr (number, ==, expected);

  g_assert_null (crm_quote_create (db->store, "no-such-customer", "EUR", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
test_from_deal (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  g_autoptr(CrmPipelineStage) stage = crm_test_save (db->store, CRM_TYPE_PIPELINE_STAGE, "name", "Lead", NULL);
  g_autoptr(CrmDeal) deal = crm_test_save (db->store, CRM_TYPE_DEAL,
                                           "title", "Espresso machines",
                                           "customer-id", crm_record_get_id (CRM_RECORD (customer)),
                                           "stage-id", crm_record_get_id (CRM_RECORD (stage)),
                                           "currency", "USD", NULL);
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;

  quote = crm_quote_create_from_deal (db->store, crm_record_get_id (CRM_RECORD (deal)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (crm_quote_get_deal_id (quote), ==, crm_record_get_id (CRM_RECORD (deal)));
  g_assert_cmpstr (crm_quote_get_customer_id (quote), ==, crm_record_get_id (CRM_RECORD (customer)));
  g_assert_cmpstr (crm_quote_get_currency (quote), ==, "USD");

  g_assert_true (crm_store_delete (db->store, CRM_RECORD (deal), &error));
  g_assert_null (crm_quote_create_from_deal (db->store, crm_record_get_id (CRM_RECORD (deal)), &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
count_changes (CrmStore      *store,
               GType          type,
               const char    *id,
               CrmChangeKind  kind,
               guint         *count)
{
  (*count)++;
}

static void
test_accept (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  const char *customer_id = crm_record_get_id (CRM_RECORD (customer));
  g_autoptr(CrmProduct) product = crm_test_save (db->store, CRM_TYPE_PRODUCT,
                                                 "name", "Grinder", "currency", "EUR",
                                                 "unit-price", (gint64) 1000, "unit-cost", (gint64) 400, NULL);
  g_autoptr(CrmQuote) quote = add_quote (db->store, customer_id, 2000);
  const char *quote_id = crm_record_get_id (CRM_RECORD (quote));
  g_autoptr(CrmQuoteLine) line1 = add_line (db->store, quote, crm_record_get_id (CRM_RECORD (product)),
                                            "Grinder", 3, 1000, 1000, 0);
  g_autoptr(CrmQuoteLine) line2 = add_line (db->store, quote, NULL, "Installation", 1, 25050, 0, 1);
  g_autoptr(CrmQuoteLine) line3 = add_line (db->store, quote, NULL, "Trade-in credit", 1, -5000, 0, 2);
  g_autoptr(CrmOrder) order = NULL;
  g_autoptr(CrmOrder) again = NULL;
  g_autoptr(CrmQuote) reloaded = NULL;
  g_autoptr(GPtrArray) order_lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  CrmCustomerFigures figures;
  CrmOrderLine *order_line;
  guint changes = 0;

  /* The product's cost when the quote is accepted is the order's. */
  crm_product_set_unit_cost (product, 450);
  g_assert_true (crm_store_save (db->store, CRM_RECORD (product), &error));

  g_signal_connect (db->store, "changed", G_CALLBACK (count_changes), &changes);
  order = crm_quote_accept (db->store, quote_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (order);
  /* One order, three lines and the quote, all announced after one commit. */
  g_assert_cmpuint (changes, ==, 5);

  g_assert_cmpstr (crm_order_get_customer_id (order), ==, customer_id);
  g_assert_cmpstr (crm_order_get_quote_id (order), ==, quote_id);
  g_assert_cmpstr (crm_order_get_currency (order), ==, "EUR");
  g_assert_cmpint (crm_order_get_status (order), ==, CRM_ORDER_STATUS_OPEN);
  expected = g_strdup_printf ("SO-%04d-0001", this_year ());
  g_assert_cmpstr (crm_order_get_number (order), ==, expected);

  reloaded = crm_store_load (db->store, CRM_TYPE_QUOTE, quote_id, &error);
  g_assert_cmpint (crm_quote_get_status (reloaded), ==, CRM_QUOTE_STATUS_ACCEPTED);

  order_lines = crm_store_list (db->store, CRM_TYPE_ORDER_LINE, "order-id",
                                crm_record_get_id (CRM_RECORD (order)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (order_lines->len, ==, 3);
  for (guint i = 0; i < order_lines->len; i++)
    {
      order_line = g_ptr_array_index (order_lines, i);
      if (g_str_equal (crm_order_line_get_description (order_line), "Grinder"))
        {
          g_assert_cmpint (crm_order_line_get_quantity (order_line), ==, 3);
          g_assert_cmpint (crm_order_line_get_unit_price (order_line), ==, 1000);
          g_assert_cmpint (crm_order_line_get_discount (order_line), ==, 1000);
          g_assert_cmpint (crm_order_line_get_unit_cost (order_line), ==, 450);
          g_assert_cmpint (crm_order_line_get_position (order_line), ==, 0);
        }
      else
        {
          g_assert_cmpint (crm_order_line_get_unit_cost (order_line), ==, 0);
        }
    }

  /* Revenue is what the lines add up to before tax, the credit included. */
  g_assert_true (crm_customer_figures_load (db->store, customer_id, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.revenue, ==, 2700 + 25050 - 5000);
  g_assert_cmpint (figures.cost, ==, 3 * 450);
  g_assert_cmpuint (figures.order_count, ==, 1);

  /* Recounted from the order_line_totals view, the credit still counts whole. */
  crm_order_set_status (order, CRM_ORDER_STATUS_DELIVERED);
  g_assert_true (crm_store_save (db->store, CRM_RECORD (order), &error));
  g_assert_true (crm_customer_figures_load (db->store, customer_id, &figures, &error));
  g_assert_cmpint (figures.revenue, ==, 2700 + 25050 - 5000);

  /* Twice is once. */
  again = crm_quote_accept (db->store, quote_id, &error);
  g_assert_null (again);
  g_assert_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_ALREADY_ACCEPTED);
  g_assert_nonnull (strstr (error->message, crm_quote_get_number (quote)));
  g_clear_error (&error);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_ORDER), ==, 1);

  g_assert_false (crm_quote_change_status (db->store, quote_id, CRM_QUOTE_STATUS_REJECTED, &error));
  g_assert_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_ALREADY_ACCEPTED);
  g_clear_error (&error);

  g_signal_handlers_disconnect_by_func (db->store, count_changes, &changes);
}

static CrmDeal *
add_deal (CrmStore         *store,
          CrmCustomer      *customer,
          CrmPipelineStage *stage,
          const char       *currency)
{
  return crm_test_save (store, CRM_TYPE_DEAL,
                        "title", "Espresso machines",
                        "customer-id", crm_record_get_id (CRM_RECORD (customer)),
                        "stage-id", crm_record_get_id (CRM_RECORD (stage)),
                        "amount", (gint64) 100,
                        "currency", currency, NULL);
}

static CrmDeal *
accept_and_reload_deal (CrmStore *store,
                        CrmQuote *quote)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmOrder) order = crm_quote_accept (store, crm_record_get_id (CRM_RECORD (quote)), &error);
  CrmDeal *deal;

  g_assert_no_error (error);
  g_assert_nonnull (order);
  g_assert_cmpstr (crm_order_get_deal_id (order), ==, crm_quote_get_deal_id (quote));
  deal = crm_store_load (store, CRM_TYPE_DEAL, crm_quote_get_deal_id (quote), &error);
  g_assert_no_error (error);

  return deal;
}

static void
test_accept_wins_deal (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  CrmStore *store = db->store;
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (store, "Ada Lovelace", NULL, NULL);
  /* Saved out of board order: the first won stage is by position. */
  g_autoptr(CrmPipelineStage) won_late = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Won later",
                                                        "kind", CRM_STAGE_KIND_WON, "position", 3, NULL);
  g_autoptr(CrmPipelineStage) lead = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Lead",
                                                    "kind", CRM_STAGE_KIND_OPEN, "position", 0, NULL);
  g_autoptr(CrmPipelineStage) won = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Won",
                                                   "kind", CRM_STAGE_KIND_WON, "position", 1, NULL);
  g_autoptr(CrmPipelineStage) lost = crm_test_save (store, CRM_TYPE_PIPELINE_STAGE, "name", "Lost",
                                                    "kind", CRM_STAGE_KIND_LOST, "position", 2, NULL);
  g_autoptr(CrmDeal) open_deal = add_deal (store, customer, lead, "EUR");
  g_autoptr(CrmDeal) dollar_deal = add_deal (store, customer, lead, "USD");
  g_autoptr(CrmDeal) lost_deal = add_deal (store, customer, lead, "EUR");
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(CrmQuote) euro_quote = NULL;
  g_autoptr(CrmQuote) late_quote = NULL;
  g_autoptr(CrmQuoteLine) line1 = NULL;
  g_autoptr(CrmQuoteLine) line2 = NULL;
  g_autoptr(CrmQuoteLine) line3 = NULL;
  g_autoptr(CrmDeal) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  /* An open deal: won, dated, with the quote's number and its subtotal. */
  quote = crm_quote_create_from_deal (store, crm_record_get_id (CRM_RECORD (open_deal)), &error);
  g_assert_no_error (error);
  crm_quote_set_tax_rate (quote, 2000);
  g_assert_true (crm_store_save (store, CRM_RECORD (quote), &error));
  line1 = add_line (store, quote, NULL, "Machine", 2, 1000, 0, 0);
  reloaded = accept_and_reload_deal (store, quote);
  g_assert_cmpstr (crm_deal_get_stage_id (reloaded), ==, crm_record_get_id (CRM_RECORD (won)));
  g_assert_cmpint (crm_deal_get_closed_at (reloaded), >=, before);
  g_assert_cmpint (crm_deal_get_closed_at (reloaded), <=, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_cmpint (crm_deal_get_stage_entered_at (reloaded), ==, crm_deal_get_closed_at (reloaded));
  reason = g_strdup_printf ("Quote %s accepted", crm_quote_get_number (quote));
  g_assert_cmpstr (crm_deal_get_close_reason (reloaded), ==, reason);
  g_assert_cmpint (crm_deal_get_amount (reloaded), ==, 2000);   /* 2 × 10.00, before the 20 % tax */
  g_clear_object (&reloaded);

  /* A quote in another currency wins the deal but leaves its amount. */
  euro_quote = crm_quote_create (store, crm_record_get_id (CRM_RECORD (customer)), "EUR", &error);
  g_assert_no_error (error);
  crm_quote_set_deal_id (euro_quote, crm_record_get_id (CRM_RECORD (dollar_deal)));
  g_assert_true (crm_store_save (store, CRM_RECORD (euro_quote), &error));
  line2 = add_line (store, euro_quote, NULL, "Machine", 1, 5000, 0, 0);
  reloaded = accept_and_reload_deal (store, euro_quote);
  g_assert_cmpstr (crm_deal_get_stage_id (reloaded), ==, crm_record_get_id (CRM_RECORD (won)));
  g_assert_cmpint (crm_deal_get_amount (reloaded), ==, 100);
  g_assert_cmpstr (crm_deal_get_currency (reloaded), ==, "USD");
  g_clear_object (&reloaded);

  /* A deal lost already stays lost, as it was. */
  g_assert_true (crm_pipeline_move_deal (store, lost_deal, crm_record_get_id (CRM_RECORD (lost)),
                                         "Too expensive", NULL, &error));
  g_assert_no_error (error);
  late_quote = crm_quote_create_from_deal (store, crm_record_get_id (CRM_RECORD (lost_deal)), &error);
  g_assert_no_error (error);
  line3 = add_line (store, late_quote, NULL, "Machine", 1, 5000, 0, 0);
  reloaded = accept_and_reload_deal (store, late_quote);
  g_assert_cmpstr (crm_deal_get_stage_id (reloaded), ==, crm_record_get_id (CRM_RECORD (lost)));
  g_assert_cmpstr (crm_deal_get_close_reason (reloaded), ==, "Too expensive");
  g_assert_cmpint (crm_deal_get_closed_at (reloaded), ==, crm_deal_get_closed_at (lost_deal));
  g_assert_cmpint (crm_deal_get_amount (reloaded), ==, 100);
  g_assert_cmpint (crm_store_count (store, CRM_TYPE_ORDER), ==, 3);
  (void) won_late;
}

static void
test_accept_refused (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  g_autoptr(CrmQuote) empty = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 0);
  g_autoptr(CrmQuote) sent = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 0);
  g_autoptr(CrmQuoteLine) line = add_line (db->store, sent, NULL, "Service", 1, 100, 0, 0);
  g_autoptr(CrmQuote) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmOrder) order = NULL;

  g_assert_null (crm_quote_accept (db->store, crm_record_get_id (CRM_RECORD (empty)), &error));
  g_assert_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_NO_LINES);
  g_clear_error (&error);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_ORDER), ==, 0);

  g_assert_null (crm_quote_accept (db->store, "no-such-quote", &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Sent, then accepted through a change of status. */
  g_assert_true (crm_quote_change_status (db->store, crm_record_get_id (CRM_RECORD (sent)),
                                          CRM_QUOTE_STATUS_SENT, &error));
  g_assert_no_error (error);
  reloaded = crm_store_load (db->store, CRM_TYPE_QUOTE, crm_record_get_id (CRM_RECORD (sent)), &error);
  g_assert_cmpint (crm_quote_get_status (reloaded), ==, CRM_QUOTE_STATUS_SENT);
  g_assert_true (crm_quote_change_status (db->store, crm_record_get_id (CRM_RECORD (sent)),
                                          CRM_QUOTE_STATUS_ACCEPTED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_ORDER), ==, 1);

  /* Nothing of a failed accept stays behind: the store is usable. */
  order = crm_quote_accept (db->store, crm_record_get_id (CRM_RECORD (sent)), &error);
  g_assert_null (order);
  g_clear_error (&error);
  g_assert_true (crm_store_begin (db->store, &error));
  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_no_error (error);
}

/* The text of a PDF, by pdftotext from poppler-utils. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_test_fail_printf ("pdftotext is missing: install poppler-utils to check the quote's PDF");
      return g_strdup ("");
    }

  {
    const char *argv[] = { program, "-layout", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

static void
test_pdf (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Grace Hopper & Sons", NULL, "Arlington");
  g_autoptr(CrmQuote) quote = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 1250);
  const char *quote_id = crm_record_get_id (CRM_RECORD (quote));
  g_autoptr(CrmQuoteLine) line1 = add_line (db->store, quote, NULL, "Espresso machine", 2, 129900, 500, 0);
  g_autoptr(CrmQuoteLine) line2 = add_line (db->store, quote, NULL, "Descaler", 12, 1250, 0, 1);
  g_autofree char *garbage = crm_test_write_file (db, "logo.png", "not a picture", -1);
  g_autofree char *path = g_build_filename (db->folder, "quote.pdf", NULL);
  g_autofree char *unwritable = g_build_filename (db->folder, "no-such-folder", "quote.pdf", NULL);
  CrmQuoteBusiness business = { "Acme Coffee Ltd", "12 Roaster Lane\nLondon", garbage };
  g_autoptr(CrmQuoteDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *title = NULL;
  CrmQuoteTotals totals;

  g_assert_true (crm_quote_load_totals (db->store, quote_id, &totals, &error));
  total = crm_money_format (totals.total, "EUR");

  /* A logo that cannot be read is left out; the quote is still made. */
  document = crm_quote_document_new (db->store, quote_id, &business, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  title = g_strdup_printf ("Quote %s", crm_quote_get_number (quote));
  g_assert_cmpstr (crm_quote_document_get_title (document), ==, title);
  g_assert_cmpint (crm_quote_document_get_n_pages (document, CRM_QUOTE_DOCUMENT_A4_WIDTH,
                                                   CRM_QUOTE_DOCUMENT_A4_HEIGHT), ==, 1);

  g_assert_true (crm_quote_document_write_pdf (document, path, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  assert_contains (text, "Grace Hopper & Sons");
  assert_contains (text, "Arlington");
  assert_contains (text, total);
  assert_contains (text, crm_quote_get_number (quote));
  assert_contains (text, "Acme Coffee Ltd");
  assert_contains (text, "Roaster Lane");
  assert_contains (text, "Espresso machine");
  assert_contains (text, "2468.10");  /* 2 × 1299.00 − 5 % */
  assert_contains (text, "Tax (12.5 %)");

  g_assert_false (crm_quote_document_write_pdf (document, unwritable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (crm_quote_document_new (db->store, "no-such-quote", NULL, &error));
  g_assert_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND);
}

static void
test_pdf_pages (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  g_autoptr(CrmQuote) quote = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 2000);
  const char *quote_id = crm_record_get_id (CRM_RECORD (quote));
  g_autofree char *path = g_build_filename (db->folder, "long.pdf", NULL);
  g_autoptr(CrmQuoteDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  CrmQuoteTotals totals;
  int n_pages;

  g_assert_true (crm_store_begin (db->store, &error));
  for (int i = 0; i < 90; i++)
    {
      g_autofree char *description = g_strdup_printf ("Part number %03d%s", i,
                                                      i % 7 == 0 ? ", with a description long enough to wrap "
                                                                   "onto a second line of its cell in the table" : "");
      g_autoptr(CrmQuoteLine) line = add_line (db->store, quote, NULL, description, i + 1, 999, i % 3 * 500, i);
    }
  g_assert_true (crm_store_commit (db->store, &error));
  g_assert_true (crm_quote_load_totals (db->store, quote_id, &totals, &error));
  total = crm_money_format (totals.total, "EUR");

  document = crm_quote_document_new (db->store, quote_id, NULL, &error);
  g_assert_no_error (error);
  n_pages = crm_quote_document_get_n_pages (document, CRM_QUOTE_DOCUMENT_A4_WIDTH, CRM_QUOTE_DOCUMENT_A4_HEIGHT);
  g_assert_cmpint (n_pages, >=, 3);
  /* Smaller paper, more pages. */
  g_assert_cmpint (crm_quote_document_get_n_pages (document, 420, 595), >, n_pages);

  g_assert_true (crm_quote_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  /* To look at it: CRM_TEST_KEEP_PDF=/tmp/long.pdf */
  if (g_getenv ("CRM_TEST_KEEP_PDF") != NULL)
    {
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (g_getenv ("CRM_TEST_KEEP_PDF"));

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }

  text = pdf_text (path);
  assert_contains (text, "Part number 000");
  assert_contains (text, "Part number 089");
  assert_contains (text, "(continued)");
  assert_contains (text, total);
  {
    g_autofree char *last = g_strdup_printf ("Page %d of %d", n_pages, n_pages);

    assert_contains (text, last);
  }
}

static void
test_tool (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  g_autoptr(CrmCustomer) customer = crm_test_add_customer (db->store, "Ada Lovelace", NULL, NULL);
  g_autoptr(CrmQuote) quote = add_quote (db->store, crm_record_get_id (CRM_RECORD (customer)), 2000);
  g_autoptr(CrmQuoteLine) line = add_line (db->store, quote, NULL, "Analytical engine", 1, 123450, 0, 0);
  g_autofree char *pdf = g_build_filename (db->folder, "tool.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  if (g_getenv ("CRM_TOOL") == NULL)
    {
      g_test_skip ("CRM_TOOL is not set");
      return;
    }

  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", db->path, "quotes", "--json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  object = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, crm_record_get_id (CRM_RECORD (quote)));
  g_assert_cmpstr (json_object_get_string_member (object, "number"), ==, crm_quote_get_number (quote));
  g_assert_cmpstr (json_object_get_string_member (object, "customer-name"), ==, "Ada Lovelace");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (object, "total"), ==, "1481.40");
  g_assert_cmpint (json_object_get_int_member (object, "total-minor-units"), ==, 148140);
  g_assert_cmpstr (json_object_get_string_member (object, "currency"), ==, "EUR");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", db->path, "quote", "pdf", crm_record_get_id (CRM_RECORD (quote)),
                             "-o", pdf, NULL), ==, 0);
  text = pdf_text (pdf);
  assert_contains (text, "Ada Lovelace");
  assert_contains (text, "1481.40");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Mistakes: one sentence, exit status 1. */
  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", db->path, "quote", "pdf", "no-such-quote", "-o", pdf, NULL), ==, 1);
  g_assert_cmpstr (err, ==, "crm-tool: There is no quote with the id “no-such-quote”.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (crm_test_run_tool (&out, &err, "--db", db->path, "quote", "pdf", crm_record_get_id (CRM_RECORD (quote)),
                             "-o", db->folder, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "folder"));
  g_assert_null (strchr (strchr (err, '\n') + 1, '\n'));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotes/arithmetic", test_arithmetic);
  g_test_add_func ("/quotes/load-totals", test_load_totals);
  g_test_add_func ("/quotes/numbering", test_numbering);
  g_test_add_func ("/quotes/from-deal", test_from_deal);
  g_test_add_func ("/quotes/accept", test_accept);
  g_test_add_func ("/quotes/accept-wins-deal", test_accept_wins_deal);
  g_test_add_func ("/quotes/accept-refused", test_accept_refused);
  g_test_add_func ("/quotes/pdf", test_pdf);
  g_test_add_func ("/quotes/pdf-pages", test_pdf_pages);
  g_test_add_func ("/quotes/tool", test_tool);

  return g_test_run ();
}
