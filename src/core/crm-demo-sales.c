/* crm-demo-sales.c: demo products, pipeline, deals, quotes and orders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-demo-private.h"
#include "crm-field.h"
#include "crm-models.h"

/* ---------------------------------------------------------------------- */
/* Products and the pipeline                                              */
/* ---------------------------------------------------------------------- */

gboolean
crm_demo_create_products (Demo    *demo,
                          GError **error)
{
  const char *stage = _("Creating products");

  demo->n_products = MAX (20, MIN (500, demo->n_customers / 200));
  demo->products = g_new0 (DemoProduct, demo->n_products);
  crm_demo_report (demo, stage, 0, demo->n_products);

  for (guint i = 0; i < demo->n_products; i++)
    {
      g_autoptr(CrmProduct) product = crm_product_new ();
      DemoProduct *p = &demo->products[i];
      const ProductKind *kind;
      const char *variant;
      guint model;
      char sku[32];

      p->kind = i % G_N_ELEMENTS (crm_demo_product_kinds);
      kind = &crm_demo_product_kinds[p->kind];
      model = (i / G_N_ELEMENTS (crm_demo_product_kinds) + 1) * 100;

      /* 249.00, 248.90 or 248.99. */
      p->price = rand_between (demo, kind->min_price, kind->max_price + 1) * 100;
      p->price -= (gint64[]) { 0, 10, 1 }[rand_index (demo, 3)];
      p->cost = p->price * rand_between (demo, 40, 76) / 100;

      g_snprintf (sku, sizeof sku, "%s-%04u", kind->prefix, model);
      if (kind->repurchase_days > 0)
        variant = PICK (demo, crm_demo_supply_variants);
      else if (g_str_equal (kind->category, "Services"))
        variant = PICK (demo, crm_demo_service_variants);
      else
        variant = PICK (demo, crm_demo_device_variants);
      p->name = g_strdup_printf ("%s %s %s-%u", kind->name, variant, kind->prefix, model);

      crm_product_set_name (product, p->name);
      crm_product_set_sku (product, sku);
      crm_product_set_category (product, kind->category);
      crm_product_set_description (product, kind->description);
      crm_product_set_unit_price (product, p->price);
      crm_product_set_unit_cost (product, p->cost);
      crm_product_set_currency (product, "EUR");
      crm_product_set_loyalty_points (product, MAX (1, p->price / 1000));
      crm_product_set_repurchase_days (product, kind->repurchase_days);
      crm_product_set_active (product, i < 20 || !chance (demo, 4));

      if (!crm_demo_save (demo, product, demo->now - rand_between (demo, 3 * YEAR + 30 * DAY, 5 * YEAR), error))
        return FALSE;
      p->id = crm_demo_keep_id (demo, product);

      g_array_append_val (demo->products_all, i);
      if (kind->device)
        g_array_append_val (demo->devices, i);
      if (kind->repurchase_days > 0)
        g_array_append_val (demo->supplies, i);

      crm_demo_report (demo, stage, i + 1, demo->n_products);
    }

  return crm_demo_checkpoint (demo, error);
}

gboolean
crm_demo_create_stages (Demo    *demo,
                        GError **error)
{
  const char *stage = _("Creating pipeline stages");

  crm_demo_report (demo, stage, 0, CRM_DEMO_N_STAGES);

  for (guint i = 0; i < CRM_DEMO_N_STAGES; i++)
    {
      g_autoptr(CrmPipelineStage) pipeline_stage = crm_pipeline_stage_new ();

      crm_pipeline_stage_set_name (pipeline_stage, crm_demo_stages[i].name);
      crm_pipeline_stage_set_position (pipeline_stage, i);
      crm_pipeline_stage_set_probability (pipeline_stage, crm_demo_stages[i].probability);
      crm_pipeline_stage_set_kind (pipeline_stage, crm_demo_stages[i].kind);

      if (!crm_demo_save (demo, pipeline_stage, demo->now - 5 * YEAR, error))
        return FALSE;
      demo->stage_ids[i] = crm_demo_keep_id (demo, pipeline_stage);
    }

  crm_demo_report (demo, stage, CRM_DEMO_N_STAGES, CRM_DEMO_N_STAGES);
  return crm_demo_checkpoint (demo, error);
}

/* ---------------------------------------------------------------------- */
/* Deals, quotes and orders                                               */
/* ---------------------------------------------------------------------- */

/* A line of a quote or an order before it is saved: a deal's quote and order
 * carry the same lines. */
typedef struct
{
  guint  product;
  gint64 quantity;
  int    discount;
} PlanLine;

#define MAX_LINES 9

static int
pick_discount (Demo *demo)
{
  static const guint weights[] = { 70, 12, 10, 5, 3 };
  static const int discounts[] = { 0, 500, 1000, 1500, 2000 };

  return discounts[crm_demo_pick_weighted (demo, weights, G_N_ELEMENTS (weights))];
}

static void
plan_line (Demo     *demo,
           PlanLine *line,
           guint     product)
{
  gboolean device = crm_demo_product_kinds[demo->products[product].kind].device;

  line->product = product;
  line->quantity = device ? 1 + rand_index (demo, 3) : 1 + rand_index (demo, 12);
  line->discount = pick_discount (demo);
}

/* Fills lines[from … n - 1] with popular products not already in the plan. */
static void
plan_more_lines (Demo     *demo,
                 PlanLine *lines,
                 guint     from,
                 guint     n,
                 GArray   *products)
{
  for (guint i = from; i < n; i++)
    {
      guint product = crm_demo_pick_popular (demo, products);

      /* Retry a few times on a repeat; a repeat after that is harmless. */
      for (guint tries = 0; tries < 3; tries++)
        {
          gboolean repeated = FALSE;

          for (guint j = 0; j < i; j++)
            repeated |= lines[j].product == product;
          if (!repeated)
            break;
          product = crm_demo_pick_popular (demo, products);
        }

      plan_line (demo, &lines[i], product);
    }
}

/* 1 … 9 lines, 5.8 on average: with the 1–4 lines of the orders that come
 * from deals, orders have about five lines. */
static guint
pick_n_lines (Demo *demo)
{
  static const guint weights[MAX_LINES] = { 4, 6, 9, 11, 13, 14, 15, 14, 14 };

  return 1 + crm_demo_pick_weighted (demo, weights, MAX_LINES);
}

static gint64
plan_total (Demo           *demo,
            guint           country,
            const PlanLine *lines,
            guint           n)
{
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    total += crm_money_line_total (lines[i].quantity,
                                   crm_demo_local_amount (country, demo->products[lines[i].product].price),
                                   lines[i].discount);

  return total;
}

static CrmOrderStatus
order_status (Demo   *demo,
              gint64  ordered_at)
{
  guint r;

  if (demo->now - ordered_at < 10 * DAY)
    return chance (demo, 60) ? CRM_ORDER_STATUS_OPEN : CRM_ORDER_STATUS_DELIVERED;

  r = rand_index (demo, 1000);
  if (r < 25)
    return CRM_ORDER_STATUS_CANCELLED;
  if (r < 30)
    return CRM_ORDER_STATUS_OPEN;

  return CRM_ORDER_STATUS_DELIVERED;
}

static gboolean
create_order (Demo            *demo,
              guint            customer,
              const char      *quote_id,
              const char      *deal_id,
              gint64           ordered_at,
              const PlanLine  *lines,
              guint            n_lines,
              GError         **error)
{
  g_autoptr(CrmOrder) order = crm_order_new ();
  DemoCustomer *c = &demo->customers[customer];
  const char *currency = crm_demo_countries[c->country].currency;
  const char *order_id;
  char number[32];

  ordered_at = MIN (ordered_at, demo->now);
  g_snprintf (number, sizeof number, "SO-%06u", ++demo->n_orders);

  crm_order_set_customer_id (order, c->id);
  crm_order_set_quote_id (order, quote_id);
  crm_order_set_deal_id (order, deal_id);
  crm_order_set_number (order, number);
  crm_order_set_status (order, order_status (demo, ordered_at));
  crm_order_set_ordered_at (order, ordered_at);
  crm_order_set_currency (order, currency);

  if (!crm_demo_save (demo, order, ordered_at, error))
    return FALSE;
  order_id = crm_record_get_id (CRM_RECORD (order));

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(CrmOrderLine) line = crm_order_line_new ();
      DemoProduct *product = &demo->products[lines[i].product];

      crm_order_line_set_order_id (line, order_id);
      crm_order_line_set_product_id (line, product->id);
      crm_order_line_set_description (line, product->name);
      crm_order_line_set_quantity (line, lines[i].quantity);
      crm_order_line_set_unit_price (line, crm_demo_local_amount (c->country, product->price));
      crm_order_line_set_unit_cost (line, crm_demo_local_amount (c->country, product->cost));
      crm_order_line_set_discount (line, lines[i].discount);
      crm_order_line_set_position (line, i);

      if (!crm_demo_save (demo, line, ordered_at, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
create_quote (Demo            *demo,
              guint            customer,
              const char      *deal_id,
              CrmQuoteStatus   status,
              gint64           issued_at,
              const PlanLine  *lines,
              guint            n_lines,
              const char     **quote_id,
              GError         **error)
{
  g_autoptr(CrmQuote) quote = crm_quote_new ();
  DemoCustomer *c = &demo->customers[customer];
  char number[32];

  g_snprintf (number, sizeof number, "Q-%06u", ++demo->n_quotes);

  crm_quote_set_customer_id (quote, c->id);
  crm_quote_set_deal_id (quote, deal_id);
  crm_quote_set_number (quote, number);
  crm_quote_set_status (quote, status);
  crm_quote_set_issued_at (quote, issued_at);
  crm_quote_set_valid_until (quote, issued_at - issued_at % DAY + 30 * DAY);
  crm_quote_set_currency (quote, crm_demo_countries[c->country].currency);
  crm_quote_set_tax_rate (quote, crm_demo_countries[c->country].tax_rate);

  if (!crm_demo_save (demo, quote, issued_at, error))
    return FALSE;
  *quote_id = crm_demo_keep_id (demo, quote);

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(CrmQuoteLine) line = crm_quote_line_new ();
      DemoProduct *product = &demo->products[lines[i].product];

      crm_quote_line_set_quote_id (line, *quote_id);
      crm_quote_line_set_product_id (line, product->id);
      crm_quote_line_set_description (line, product->name);
      crm_quote_line_set_quantity (line, lines[i].quantity);
      crm_quote_line_set_unit_price (line, crm_demo_local_amount (c->country, product->price));
      crm_quote_line_set_discount (line, lines[i].discount);
      crm_quote_line_set_position (line, i);

      if (!crm_demo_save (demo, line, issued_at, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
crm_demo_create_deals (Demo    *demo,
                       GError **error)
{
  const char *stage = _("Creating deals and quotes");
  guint stage_weights[CRM_DEMO_N_STAGES];

  for (guint i = 0; i < CRM_DEMO_N_STAGES; i++)
    stage_weights[i] = crm_demo_stages[i].weight;
  demo->n_deals = demo->n_customers / 2;
  demo->deals = g_new0 (DemoDeal, MAX (1, demo->n_deals));
  demo->first_deal = g_new (gint32, demo->n_customers);
  memset (demo->first_deal, 0xff, sizeof (gint32) * demo->n_customers);
  crm_demo_report (demo, stage, 0, demo->n_deals);

  for (guint i = 0; i < demo->n_deals; i++)
    {
      g_autoptr(CrmDeal) deal = crm_deal_new ();
      DemoDeal *d = &demo->deals[i];
      DemoCustomer *c;
      PlanLine lines[4];
      guint n_lines = 1 + rand_index (demo, 4);
      guint stage_index = crm_demo_pick_weighted (demo, stage_weights, CRM_DEMO_N_STAGES);
      CrmStageKind kind = crm_demo_stages[stage_index].kind;
      gint64 planned_days = rand_between (demo, 14, 150);
      gint64 lo, expected_close_at;

      d->customer = crm_demo_pick_customer (demo);
      c = &demo->customers[d->customer];
      d->next = demo->first_deal[d->customer];
      demo->first_deal[d->customer] = i;
      d->owner = chance (demo, 80) ? c->owner : crm_demo_pick_owner (demo, c->country);

      plan_line (demo, &lines[0],
                 crm_demo_pick_popular (demo, chance (demo, 70) ? demo->devices : demo->products_all));
      plan_more_lines (demo, lines, 1, n_lines, demo->products_all);

      if (kind == CRM_STAGE_KIND_OPEN)
        {
          lo = MAX (c->since, demo->now - 150 * DAY);
          d->created_at = crm_demo_working_time (demo, lo, demo->now - HOUR);
          d->ends_at = demo->now;
          crm_deal_set_stage_entered_at (deal, rand_between (demo, d->created_at, demo->now));
          /* Some are already overdue. */
          expected_close_at = demo->today + rand_between (demo, -20, 120) * DAY;
          crm_deal_set_expected_close_at (deal, MAX (d->created_at + DAY, expected_close_at));
        }
      else
        {
          gint64 cycle, latest;

          lo = MAX (c->since, demo->now - 3 * YEAR);
          d->created_at = crm_demo_working_time (demo, lo, demo->now - 7 * DAY);
          cycle = rand_between (demo, 7, 150) * DAY;
          latest = demo->now - rand_between (demo, 0, DAY);
          d->ends_at = MAX (MIN (d->created_at + cycle, latest), d->created_at + HOUR);
          crm_deal_set_stage_entered_at (deal, d->ends_at);
          crm_deal_set_closed_at (deal, d->ends_at);
          crm_deal_set_expected_close_at (deal, d->created_at + planned_days * DAY);
          crm_deal_set_close_reason (deal, kind == CRM_STAGE_KIND_WON ? PICK (demo, crm_demo_won_reasons)
                                                                      : PICK (demo, crm_demo_lost_reasons));
        }

      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, PICK (demo, crm_demo_deal_needs));
      g_string_append (demo->text, ": ");
      g_string_append (demo->text, demo->products[lines[0].product].name);

      crm_deal_set_customer_id (deal, c->id);
      crm_deal_set_contact_id (deal, demo->contact_ids[c->first_contact + rand_index (demo, c->n_contacts)]);
      crm_deal_set_title (deal, demo->text->str);
      crm_deal_set_stage_id (deal, demo->stage_ids[stage_index]);
      crm_deal_set_owner_id (deal, demo->staff[d->owner].id);
      crm_deal_set_amount (deal, plan_total (demo, c->country, lines, n_lines));
      crm_deal_set_currency (deal, crm_demo_countries[c->country].currency);

      if (chance (demo, 10))
        {
          DemoCampaign *campaign = &demo->campaigns[rand_index (demo, demo->n_campaigns)];

          if ((campaign->country < 0 || campaign->country == c->country) &&
              campaign->starts_at <= d->created_at)
            crm_deal_set_campaign_id (deal, campaign->id);
        }
      if (chance (demo, 15))
        crm_deal_set_notes (deal, PICK (demo, crm_demo_deal_notes));

      if (!crm_demo_save (demo, deal, d->created_at, error))
        return FALSE;
      d->id = crm_demo_keep_id (demo, deal);

      /* Deals past the qualification have a quote; won ones an order too. */
      if (stage_index >= CRM_DEMO_STAGE_PROPOSAL)
        {
          const char *quote_id = NULL;
          CrmQuoteStatus status = kind == CRM_STAGE_KIND_WON ? CRM_QUOTE_STATUS_ACCEPTED
                                : kind == CRM_STAGE_KIND_LOST ? CRM_QUOTE_STATUS_REJECTED
                                : CRM_QUOTE_STATUS_SENT;
          gint64 issued_at = d->created_at + rand_between (demo, 0, (d->ends_at - d->created_at) / 2 + 1);

          if (chance (demo, 32) &&
              !create_quote (demo, d->customer, d->id, status, issued_at, lines, n_lines, &quote_id, error))
            return FALSE;

          if (kind == CRM_STAGE_KIND_WON &&
              !create_order (demo, d->customer, quote_id, d->id,
                             d->ends_at + rand_between (demo, 0, 3 * DAY), lines, n_lines, error))
            return FALSE;
        }

      if (!crm_demo_checkpoint (demo, error))
        return FALSE;

      crm_demo_report (demo, stage, i + 1, demo->n_deals);
    }

  return TRUE;
}

/* Quotes without a deal: a price asked over the phone or at the counter. */
gboolean
crm_demo_create_quotes (Demo    *demo,
                        GError **error)
{
  static const guint status_weights[] = { 15, 30, 35, 20 };
  const char *stage = _("Creating quotes");
  guint target = demo->n_customers / 5;
  guint n = target > demo->n_quotes ? target - demo->n_quotes : 0;

  crm_demo_report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      guint customer = crm_demo_pick_customer (demo);
      DemoCustomer *c = &demo->customers[customer];
      CrmQuoteStatus status = crm_demo_pick_weighted (demo, status_weights, G_N_ELEMENTS (status_weights));
      PlanLine lines[4];
      guint n_lines = 1 + rand_index (demo, 4);
      const char *quote_id = NULL;
      gint64 issued_at;

      if (status == CRM_QUOTE_STATUS_DRAFT)
        issued_at = crm_demo_working_time (demo, MAX (c->since, demo->now - 30 * DAY), demo->now);
      else
        issued_at = crm_demo_working_time (demo, MAX (c->since, demo->now - 2 * YEAR), demo->now);

      plan_more_lines (demo, lines, 0, n_lines, demo->products_all);
      if (!create_quote (demo, customer, NULL, status, issued_at, lines, n_lines, &quote_id, error))
        return FALSE;

      if (status == CRM_QUOTE_STATUS_ACCEPTED &&
          !create_order (demo, customer, quote_id, NULL,
                         issued_at + rand_between (demo, DAY, 14 * DAY), lines, n_lines, error))
        return FALSE;

      if (!crm_demo_checkpoint (demo, error))
        return FALSE;

      crm_demo_report (demo, stage, i + 1, n);
    }

  return TRUE;
}

/* Orders that come without a deal: one-off purchases, and consumables bought
 * again every re-purchase period (give or take) until the customer stops. */
gboolean
crm_demo_create_orders (Demo    *demo,
                        GError **error)
{
  static const guint count_weights[] = { 80, 11, 5, 2, 1, 1 };
  static const guint counts[] = { 0, 1, 2, 3, 4, 7 };
  const char *stage = _("Creating orders");

  crm_demo_report (demo, stage, 0, demo->n_customers);

  for (guint i = 0; i < demo->n_customers; i++)
    {
      DemoCustomer *c = &demo->customers[i];
      gint64 lo = MAX (c->since, demo->now - 3 * YEAR);
      guint n_one_off = counts[crm_demo_pick_weighted (demo, count_weights, G_N_ELEMENTS (count_weights))];
      PlanLine lines[MAX_LINES];

      /* One customer in fifteen buys a consumable regularly. */
      if (demo->supplies->len > 0 && rand_index (demo, 1000) < 65)
        {
          guint product = crm_demo_pick_from (demo, demo->supplies);
          gint64 period = crm_demo_product_kinds[demo->products[product].kind].repurchase_days * (gint64) DAY;
          gint64 start = rand_between (demo, lo, MAX (lo + 1, demo->now - period / 2));
          /* One in five subscriptions has stopped: a lost repeat buyer. */
          gint64 stop = chance (demo, 20) ? rand_between (demo, start, demo->now) : demo->now;
          gint64 quantity = 1 + rand_index (demo, period <= 30 * DAY ? 6 : 3);

          for (gint64 t = start; t <= stop; t += period * rand_between (demo, 85, 116) / 100)
            {
              guint n_lines = pick_n_lines (demo);

              lines[0].product = product;
              lines[0].quantity = quantity;
              lines[0].discount = pick_discount (demo);
              plan_more_lines (demo, lines, 1, n_lines, demo->products_all);

              if (!create_order (demo, i, NULL, NULL, crm_demo_working_time (demo, t, t + DAY),
                                 lines, n_lines, error) ||
                  !crm_demo_checkpoint (demo, error))
                return FALSE;
            }
        }

      for (guint k = 0; k < n_one_off; k++)
        {
          guint n_lines = pick_n_lines (demo);

          plan_more_lines (demo, lines, 0, n_lines, demo->products_all);
          if (!create_order (demo, i, NULL, NULL, crm_demo_working_time (demo, lo, demo->now),
                             lines, n_lines, error) ||
              !crm_demo_checkpoint (demo, error))
            return FALSE;
        }

      crm_demo_report (demo, stage, i + 1, demo->n_customers);
    }

  return TRUE;
}
