/* crm-product-editor.h: the form of one product in the Products window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-product.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_PRODUCT_EDITOR (crm_product_editor_get_type ())

G_DECLARE_FINAL_TYPE (CrmProductEditor, crm_product_editor, CRM, PRODUCT_EDITOR, AdwBin)

void        crm_product_editor_set_store   (CrmProductEditor *self,
                                            CrmStore         *store);
/* Shows @product (its own copy is edited); NULL starts a new product in
 * @currency. */
void        crm_product_editor_edit        (CrmProductEditor *self,
                                            CrmProduct       *product,
                                            const char       *currency);
CrmProduct *crm_product_editor_get_product (CrmProductEditor *self);
/* Moves the keyboard focus to the name. */
void        crm_product_editor_focus       (CrmProductEditor *self);

G_END_DECLS
