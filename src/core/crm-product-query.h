/* crm-product-query.h: finding products for the Products window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-product.h"
#include "crm-store.h"

G_BEGIN_DECLS

/* Live products whose name, SKU or category contains @text (case and
 * accents folded), ordered by name; every product when @text is NULL or
 * blank. At most @limit (0: no limit). A GPtrArray of CrmProduct. */
GPtrArray *crm_product_query_search    (CrmStore    *store,
                                        const char  *text,
                                        guint        limit,
                                        GError     **error);

/* The id of the live product other than @except_id (nullable) whose SKU is
 * @sku, or NULL when there is none; an import updates products by SKU, so
 * two with one SKU must not happen. */
char      *crm_product_query_sku_owner (CrmStore    *store,
                                        const char  *sku,
                                        const char  *except_id,
                                        GError     **error);

G_END_DECLS
