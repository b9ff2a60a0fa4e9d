/* crm-products-window.h: the product catalogue (app.products)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_PRODUCTS_WINDOW (crm_products_window_get_type ())

G_DECLARE_FINAL_TYPE (CrmProductsWindow, crm_products_window, CRM, PRODUCTS_WINDOW, AdwWindow)

CrmProductsWindow *crm_products_window_new (GtkApplication *application,
                                            CrmStore       *store);

G_END_DECLS
