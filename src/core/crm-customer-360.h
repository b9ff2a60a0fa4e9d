/* crm-customer-360.h: everything Crm knows about one customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-customer-figures.h"
#include "crm-customer.h"

G_BEGIN_DECLS

typedef struct
{
  CrmCustomer        *customer;
  CrmCustomerFigures  figures;
  GPtrArray          *contacts;     /* CrmContact, by name */
  GPtrArray          *activities;   /* CrmActivity, newest first: the timeline */
  GPtrArray          *deals;        /* CrmDeal */
  GPtrArray          *quotes;       /* CrmQuote, newest first */
  GPtrArray          *orders;       /* CrmOrder, newest first */
  GArray             *order_totals; /* gint64 minor units, one per order */
  GPtrArray          *tickets;      /* CrmTicket */
  GPtrArray          *contracts;    /* CrmContract, by end date */
} CrmCustomer360;

CrmCustomer360 *crm_customer_360_load (CrmStore        *store,
                                       const char      *customer_id,
                                       GError         **error);
void            crm_customer_360_free (CrmCustomer360  *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmCustomer360, crm_customer_360_free)

G_END_DECLS
