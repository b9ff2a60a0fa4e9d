/* crm-quote-line-row.h: one line of a quote, in the quote editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-quote-line.h"
#include "crm-quote-totals.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_QUOTE_LINE_ROW (crm_quote_line_row_get_type ())

G_DECLARE_FINAL_TYPE (CrmQuoteLineRow, crm_quote_line_row, CRM, QUOTE_LINE_ROW, AdwExpanderRow)

CrmQuoteLineRow *crm_quote_line_row_new          (CrmStore        *store,
                                                  CrmQuoteLine    *line,
                                                  const char      *currency);
const char      *crm_quote_line_row_get_line_id  (CrmQuoteLineRow *self);
void             crm_quote_line_row_set_line     (CrmQuoteLineRow *self,
                                                  CrmQuoteLine    *line);
void             crm_quote_line_row_set_currency (CrmQuoteLineRow *self,
                                                  const char      *currency);
void             crm_quote_line_row_set_editable (CrmQuoteLineRow *self,
                                                  gboolean         editable);
void             crm_quote_line_row_get_amounts  (CrmQuoteLineRow     *self,
                                                  CrmQuoteLineAmounts *amounts);
gboolean         crm_quote_line_row_has_problem  (CrmQuoteLineRow *self);
gboolean         crm_quote_line_row_flush        (CrmQuoteLineRow *self);
void             crm_quote_line_row_choose_product (CrmQuoteLineRow *self,
                                                    const char      *product_id);

/* For tests: the fields as the user types in them. */
AdwEntryRow     *crm_quote_line_row_get_field    (CrmQuoteLineRow *self,
                                                  const char      *name);

G_END_DECLS
