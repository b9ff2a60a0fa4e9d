/* crm-quote-document.h: a quote laid out on paper, for PDF files and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "crm-store.h"

G_BEGIN_DECLS

/* Who the quote is from: usually the GSettings keys business-name,
 * business-address and business-logo. Any of them may be NULL or empty. */
typedef struct {
  const char *name;
  const char *address;    /* lines separated by '\n' */
  const char *logo_path;  /* a PNG, SVG or JPEG file; one that cannot be read is left out */
} CrmQuoteBusiness;

#define CRM_TYPE_QUOTE_DOCUMENT (crm_quote_document_get_type ())

G_DECLARE_FINAL_TYPE (CrmQuoteDocument, crm_quote_document, CRM, QUOTE_DOCUMENT, GObject)

/* A4 in points, the size crm_quote_document_write_pdf() uses. */
#define CRM_QUOTE_DOCUMENT_A4_WIDTH  595.276
#define CRM_QUOTE_DOCUMENT_A4_HEIGHT 841.89

CrmQuoteDocument *crm_quote_document_new         (CrmStore                *store,
                                                  const char              *quote_id,
                                                  const CrmQuoteBusiness  *business,
                                                  GError                 **error);
const char       *crm_quote_document_get_title   (CrmQuoteDocument        *self);
int               crm_quote_document_get_n_pages (CrmQuoteDocument        *self,
                                                  double                   width,
                                                  double                   height);
void              crm_quote_document_draw_page   (CrmQuoteDocument        *self,
                                                  cairo_t                 *cr,
                                                  double                   width,
                                                  double                   height,
                                                  int                      page);
gboolean          crm_quote_document_write_pdf   (CrmQuoteDocument        *self,
                                                  const char              *path,
                                                  GError                 **error);

G_END_DECLS
