/* crm-quote-actions.c: a quote's life: made, sent, accepted into an order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-customer.h"
#include "crm-deal.h"
#include "crm-order-line.h"
#include "crm-pipeline.h"
#include "crm-product.h"
#include "crm-quote-actions.h"
#include "crm-quote-line.h"
#include "crm-quote-totals.h"
#include "crm-store-private.h"

#define DAY (24 * 60 * 60)

G_DEFINE_QUARK (crm-quote-error-quark, crm_quote_error)

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* "PREFIX-YEAR-NNNN", one more than the highest number of that year in
 * @table, tombstones included, so that a deleted quote's number is never
 * given again. Run inside the transaction that saves the record, which holds
 * the database's write lock, so two windows cannot take the same number. */
static char *
next_number (CrmStore    *store,
             const char  *sql,
             const char  *prefix,
             gint64       at,
             GError     **error)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (at);
  g_autofree char *year_prefix = g_strdup_printf ("%s-%04d-", prefix, time != NULL ? g_date_time_get_year (time) : 1970);
  g_autofree char *pattern = g_strconcat (year_prefix, "[0-9]*", NULL);
  sqlite3_stmt *stmt;
  gint64 highest = 0;
  int rc;

  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) strlen (year_prefix) + 1);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    highest = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_strdup_printf ("%s%04" G_GINT64_FORMAT, year_prefix, highest + 1);
}

/**
 * crm_quote_next_number:
 * @at: unix seconds; the number counts within the year of @at (UTC)
 *
 * Returns: (transfer full): the number a quote made at @at gets, like
 *   "Q-2026-0042".
 */
char *
crm_quote_next_number (CrmStore  *store,
                       gint64     at,
                       GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return next_number (store,
                      "SELECT coalesce (max (CAST (substr (number, ?2) AS INTEGER)), 0) "
                      "FROM quotes WHERE number GLOB ?1",
                      "Q", at, error);
}

static char *
next_order_number (CrmStore  *store,
                   gint64     at,
                   GError   **error)
{
  return next_number (store,
                      "SELECT coalesce (max (CAST (substr (number, ?2) AS INTEGER)), 0) "
                      "FROM orders WHERE number GLOB ?1",
                      "SO", at, error);
}

static gpointer
load_live (CrmStore    *store,
           GType        type,
           const char  *id,
           GError     **error)
{
  g_autoptr(CrmRecord) record = crm_store_load (store, type, id, error);

  if (record == NULL)
    return NULL;

  if (crm_record_get_deleted (record))
    {
      g_autofree char *entity = g_strdelimit (g_strdup (crm_record_get_entity (record)), "-", ' ');

      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The %s “%s” was deleted."), entity, id);
      return NULL;
    }

  return g_steal_pointer (&record);
}

/* A new quote for a customer takes the tax rate of the last one in the same
 * currency: the same customer is usually taxed the same way. */
static void
find_last_terms (CrmStore    *store,
                 const char  *customer_id,
                 char       **currency,
                 int         *tax_rate)
{
  sqlite3_stmt *stmt;

  *currency = NULL;
  *tax_rate = 0;

  stmt = crm_store_prepare (store,
                            "SELECT currency, tax_rate FROM quotes "
                            "WHERE customer_id = ?1 AND deleted = 0 AND currency IS NOT NULL "
                            "ORDER BY issued_at DESC LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return;

  sqlite3_bind_text (stmt, 1, customer_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *currency = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *tax_rate = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
}

static CrmQuote *
create_quote (CrmStore    *store,
              const char  *customer_id,
              const char  *deal_id,
              const char  *currency,
              GError     **error)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(CrmQuote) quote = NULL;
  g_autofree char *last_currency = NULL;
  g_autofree char *number = NULL;
  gint64 now = now_seconds ();
  int tax_rate;

  if (customer_id == NULL)
    {
      g_set_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_NO_CUSTOMER,
                   _("A quote needs a customer; choose one for the deal first."));
      return NULL;
    }
  if ((customer = load_live (store, CRM_TYPE_CUSTOMER, customer_id, error)) == NULL)
    return NULL;

  find_last_terms (store, customer_id, &last_currency, &tax_rate);
  if (currency == NULL)
    currency = last_currency != NULL ? last_currency : "EUR";
  if (g_strcmp0 (currency, last_currency) != 0)
    tax_rate = 0;

  if (!crm_store_begin (store, error))
    return NULL;

  quote = crm_quote_new ();
  if ((number = crm_quote_next_number (store, now, error)) == NULL)
    goto failed;

  crm_quote_set_customer_id (quote, customer_id);
  crm_quote_set_deal_id (quote, deal_id);
  crm_quote_set_number (quote, number);
  crm_quote_set_status (quote, CRM_QUOTE_STATUS_DRAFT);
  crm_quote_set_issued_at (quote, now);
  crm_quote_set_valid_until (quote, now + CRM_QUOTE_VALID_DAYS * DAY);
  crm_quote_set_currency (quote, currency);
  crm_quote_set_tax_rate (quote, tax_rate);

  if (!crm_store_save (store, CRM_RECORD (quote), error) || !crm_store_commit (store, error))
    goto failed;

  return g_steal_pointer (&quote);

failed:
  crm_store_rollback (store);
  return NULL;
}

/**
 * crm_quote_create:
 * @currency: (nullable): an ISO 4217 code, or %NULL for the currency of the
 *   customer's last quote (EUR when there is none)
 *
 * Saves a new draft quote for the customer, numbered within the year, issued
 * now and valid for %CRM_QUOTE_VALID_DAYS days.
 *
 * Returns: (transfer full): the saved quote, or %NULL with @error set
 */
CrmQuote *
crm_quote_create (CrmStore    *store,
                  const char  *customer_id,
                  const char  *currency,
                  GError     **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (customer_id != NULL, NULL);

  return create_quote (store, customer_id, NULL, currency, error);
}

/**
 * crm_quote_create_from_deal:
 *
 * Like crm_quote_create(), for the deal's customer, in the deal's currency,
 * and linked to the deal.
 *
 * Returns: (transfer full): the saved quote, or %NULL with @error set
 */
CrmQuote *
crm_quote_create_from_deal (CrmStore    *store,
                            const char  *deal_id,
                            GError     **error)
{
  g_autoptr(CrmDeal) deal = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (deal_id != NULL, NULL);

  if ((deal = load_live (store, CRM_TYPE_DEAL, deal_id, error)) == NULL)
    return NULL;

  return create_quote (store, crm_deal_get_customer_id (deal), deal_id,
                       crm_deal_get_currency (deal), error);
}

static void
set_already_accepted (CrmQuote  *quote,
                      GError   **error)
{
  g_set_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_ALREADY_ACCEPTED,
               _("Quote %s was already accepted; its order exists."),
               crm_quote_get_number (quote) != NULL ? crm_quote_get_number (quote)
                                                    : crm_record_get_id (CRM_RECORD (quote)));
}

/**
 * crm_quote_change_status:
 * @status: draft, sent or rejected; a quote becomes accepted only through
 *   crm_quote_accept(), which makes its order
 *
 * Fails with %CRM_QUOTE_ERROR_ALREADY_ACCEPTED for an accepted quote: its
 * order stands, so the quote no longer changes.
 */
gboolean
crm_quote_change_status (CrmStore        *store,
                         const char      *quote_id,
                         CrmQuoteStatus   status,
                         GError         **error)
{
  g_autoptr(CrmQuote) quote = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (quote_id != NULL, FALSE);

  if ((quote = load_live (store, CRM_TYPE_QUOTE, quote_id, error)) == NULL)
    return FALSE;

  if (status == CRM_QUOTE_STATUS_ACCEPTED)
    {
      g_autoptr(CrmOrder) order = crm_quote_accept (store, quote_id, error);

      return order != NULL;
    }

  if (crm_quote_get_status (quote) == CRM_QUOTE_STATUS_ACCEPTED)
    {
      set_already_accepted (quote, error);
      return FALSE;
    }

  if (crm_quote_get_status (quote) == status)
    return TRUE;

  crm_quote_set_status (quote, status);
  return crm_store_save (store, CRM_RECORD (quote), error);
}

/* What one unit cost us: the product's cost now, converted as the quote's
 * price was when the quote is in another currency than the product. */
static gint64
unit_cost_now (CrmStore     *store,
               CrmQuote     *quote,
               CrmQuoteLine *line)
{
  const char *product_id = crm_quote_line_get_product_id (line);
  g_autoptr(CrmProduct) product = NULL;
  gint64 price;

  if (product_id == NULL ||
      (product = crm_store_lookup (store, CRM_TYPE_PRODUCT, product_id, NULL)) == NULL)
    return 0;

  price = crm_product_get_unit_price (product);
  if (crm_product_get_currency (product) == NULL ||
      g_strcmp0 (crm_product_get_currency (product), crm_quote_get_currency (quote)) == 0 ||
      price == 0)
    return crm_product_get_unit_cost (product);

  return crm_product_get_unit_cost (product) * crm_quote_line_get_unit_price (line) / price;
}

static gboolean
has_order (CrmStore    *store,
           const char  *quote_id)
{
  sqlite3_stmt *stmt = crm_store_prepare (store, "SELECT 1 FROM orders WHERE quote_id = ?1 AND deleted = 0", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quote_id, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/* The first won stage on the board, or NULL when the pipeline has none. */
static CrmPipelineStage *
first_won_stage (CrmStore  *store,
                 GError   **error)
{
  g_autoptr(GPtrArray) stages = crm_pipeline_list_stages (store, error);

  if (stages == NULL)
    return NULL;

  for (guint i = 0; i < stages->len; i++)
    if (crm_pipeline_stage_get_kind (g_ptr_array_index (stages, i)) == CRM_STAGE_KIND_WON)
      return g_object_ref (g_ptr_array_index (stages, i));

  return NULL;
}

static gboolean
deal_is_open (CrmStore *store,
              CrmDeal  *deal)
{
  const char *stage_id = crm_deal_get_stage_id (deal);
  g_autoptr(CrmPipelineStage) stage = NULL;

  if (crm_record_get_deleted (CRM_RECORD (deal)) || crm_deal_get_closed_at (deal) != 0)
    return FALSE;

  /* A deal imported into a won or lost stage may lack its closing date. */
  if (stage_id != NULL && (stage = crm_store_lookup (store, CRM_TYPE_PIPELINE_STAGE, stage_id, NULL)) != NULL)
    return crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN;

  return TRUE;
}

/* An accepted quote is the deal won: the board, the forecast and the
 * customer's figures all count it without anyone dragging the card. */
static gboolean
win_deal (CrmStore    *store,
          CrmQuote    *quote,
          GError     **error)
{
  const char *deal_id = crm_quote_get_deal_id (quote);
  g_autoptr(CrmDeal) deal = NULL;
  g_autoptr(CrmPipelineStage) won = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *reason = NULL;
  CrmQuoteTotals totals;

  if (deal_id == NULL ||
      (deal = crm_store_lookup (store, CRM_TYPE_DEAL, deal_id, NULL)) == NULL ||
      !deal_is_open (store, deal))
    return TRUE;

  if ((won = first_won_stage (store, &local_error)) == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_strcmp0 (crm_deal_get_currency (deal), crm_quote_get_currency (quote)) == 0)
    {
      if (!crm_quote_load_totals (store, crm_record_get_id (CRM_RECORD (quote)), &totals, error))
        return FALSE;
      crm_deal_set_amount (deal, totals.subtotal);
    }

  /* Translators: the reason a deal was won; %s is a quote number like Q-2026-0042. */
  reason = g_strdup_printf (_("Quote %s accepted"),
                            crm_quote_get_number (quote) != NULL ? crm_quote_get_number (quote)
                                                                 : crm_record_get_id (CRM_RECORD (quote)));

  return crm_pipeline_move_deal (store, deal, crm_record_get_id (CRM_RECORD (won)), reason, NULL, error);
}

static CrmOrder *
accept_in_transaction (CrmStore    *store,
                       const char  *quote_id,
                       GError     **error)
{
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(CrmOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *number = NULL;
  gint64 now = now_seconds ();

  if ((quote = load_live (store, CRM_TYPE_QUOTE, quote_id, error)) == NULL)
    return NULL;

  /* An order made from this quote on another computer counts too. */
  if (crm_quote_get_status (quote) == CRM_QUOTE_STATUS_ACCEPTED || has_order (store, quote_id))
    {
      set_already_accepted (quote, error);
      return NULL;
    }
  if (crm_quote_get_customer_id (quote) == NULL)
    {
      g_set_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_NO_CUSTOMER,
                   _("Quote %s has no customer to order for."), crm_quote_get_number (quote));
      return NULL;
    }
  if ((lines = crm_quote_list_lines (store, quote_id, error)) == NULL)
    return NULL;
  if (lines->len == 0)
    {
      g_set_error (error, CRM_QUOTE_ERROR, CRM_QUOTE_ERROR_NO_LINES,
                   _("Quote %s has no lines to order."), crm_quote_get_number (quote));
      return NULL;
    }
  if ((number = next_order_number (store, now, error)) == NULL)
    return NULL;

  order = crm_order_new ();
  crm_order_set_customer_id (order, crm_quote_get_customer_id (quote));
  crm_order_set_quote_id (order, quote_id);
  crm_order_set_deal_id (order, crm_quote_get_deal_id (quote));
  crm_order_set_number (order, number);
  crm_order_set_status (order, CRM_ORDER_STATUS_OPEN);
  crm_order_set_ordered_at (order, now);
  crm_order_set_currency (order, crm_quote_get_currency (quote));
  if (!crm_store_save (store, CRM_RECORD (order), error))
    return NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      CrmQuoteLine *quote_line = g_ptr_array_index (lines, i);
      g_autoptr(CrmOrderLine) line = crm_order_line_new ();

      crm_order_line_set_order_id (line, crm_record_get_id (CRM_RECORD (order)));
      crm_order_line_set_product_id (line, crm_quote_line_get_product_id (quote_line));
      crm_order_line_set_description (line, crm_quote_line_get_description (quote_line));
      crm_order_line_set_quantity (line, crm_quote_line_get_quantity (quote_line));
      crm_order_line_set_unit_price (line, crm_quote_line_get_unit_price (quote_line));
      crm_order_line_set_unit_cost (line, unit_cost_now (store, quote, quote_line));
      crm_order_line_set_discount (line, crm_quote_line_get_discount (quote_line));
      crm_order_line_set_position (line, (int) i);
      if (!crm_store_save (store, CRM_RECORD (line), error))
        return NULL;
    }

  crm_quote_set_status (quote, CRM_QUOTE_STATUS_ACCEPTED);
  if (!crm_store_save (store, CRM_RECORD (quote), error) || !win_deal (store, quote, error))
    return NULL;

  return g_steal_pointer (&order);
}

/**
 * crm_quote_accept:
 *
 * Makes the order of the quote, with a line for each of its lines (the cost
 * of a unit taken from the product as it is now), and marks the quote
 * accepted, all in one transaction: either all of it is saved or nothing.
 * The order's lines count in the customer's revenue and profit from then on.
 * When the quote belongs to a deal that is still open, the same transaction
 * wins the deal: it moves to the first won stage by position, as
 * crm_pipeline_move_deal() moves it, with the reason "Quote NUMBER
 * accepted", and its amount becomes the quote's subtotal (before tax, as
 * revenue is counted) when both are in the
 * same currency. A deal already won or lost, a deleted deal, or a pipeline
 * without a won stage leaves the deal as it is.
 * Fails with %CRM_QUOTE_ERROR_ALREADY_ACCEPTED when the quote has an order.
 *
 * Returns: (transfer full): the new order, or %NULL with @error set
 */
CrmOrder *
crm_quote_accept (CrmStore    *store,
                  const char  *quote_id,
                  GError     **error)
{
  g_autoptr(CrmOrder) order = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (quote_id != NULL, NULL);

  if (!crm_store_begin (store, error))
    return NULL;

  if ((order = accept_in_transaction (store, quote_id, error)) == NULL ||
      !crm_store_commit (store, error))
    {
      crm_store_rollback (store);
      return NULL;
    }

  return g_steal_pointer (&order);
}
