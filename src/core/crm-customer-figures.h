/* crm-customer-figures.h: the numbers on a customer's 360 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-customer.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 revenue;            /* minor units, from orders not cancelled */
  gint64 cost;
  gint64 profit;
  guint  order_count;
  gint64 first_order_at;     /* unix seconds; 0 when there is none */
  gint64 last_order_at;
  gint64 last_contact_at;
  gint64 customer_since;     /* when the customer was added */
  /* Average days between orders; 0 with fewer than two orders. */
  double purchase_interval_days;
  gint64 next_purchase_at;   /* last order plus the average interval; 0 if unknown */
} CrmCustomerFigures;

gboolean crm_customer_figures_load         (CrmStore            *store,
                                            const char          *customer_id,
                                            CrmCustomerFigures  *figures,
                                            GError             **error);
gboolean crm_customer_figures_is_neglected (const CrmCustomerFigures *figures,
                                            gint64               now,
                                            guint                days);
gint64   crm_customer_figures_load_last_contact (CrmStore        *store,
                                                 CrmCustomer     *customer);

G_END_DECLS
