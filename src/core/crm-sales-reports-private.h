/* crm-sales-reports-private.h: what the order-based and the deal-based
 * sales reports share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-reports-private.h"

G_BEGIN_DECLS

/* The period's (and previous period's) order lines, scanned once per run. */
typedef struct _CrmSalesScan CrmSalesScan;

CrmSalesScan   *crm_sales_scan_get          (CrmReportContext  *context,
                                             GError           **error);

typedef struct {
  char   *id;
  char   *name;
  gint64  quantity;
  gint64  revenue;
  gint64  cost;
  gint64  tickets;      /* received in the period */
} CrmSalesProduct;

void            crm_sales_product_free      (CrmSalesProduct   *product);

/* Deals closed in a period, and the open pipeline now. */
typedef struct {
  guint   n_won;
  guint   n_lost;
  gint64  won_amount;
  gint64  win_rate;       /* basis points of won / (won + lost) by count */
  gint64  weighted_open;  /* every open deal, weighted by its stage */
} CrmDealFigures;

gboolean        crm_sales_load_deal_figures (CrmReportContext  *context,
                                             gboolean           previous,
                                             CrmDealFigures    *figures,
                                             GError           **error);

gboolean        crm_sales_change            (gint64             current,
                                             gint64             previous,
                                             gint64            *change);
gint64          crm_sales_margin            (gint64             revenue,
                                             gint64             cost);
CrmReportTable *crm_sales_new_figures_table (CrmReportContext  *context,
                                             const char        *name);
void            crm_sales_add_figure        (CrmReportTable    *table,
                                             const char        *drill,
                                             const char        *label,
                                             CrmValueKind       kind,
                                             gint64             current,
                                             gint64             previous,
                                             gboolean           has_previous);

G_END_DECLS
