/* crm-page-header.h: who the customer is, what they are worth, and the Log button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-page-context.h"

G_BEGIN_DECLS

#define CRM_TYPE_PAGE_HEADER (crm_page_header_get_type ())

G_DECLARE_FINAL_TYPE (CrmPageHeader, crm_page_header, CRM, PAGE_HEADER, AdwBin)

void crm_page_header_show        (CrmPageHeader        *self,
                                  const CrmCustomer360 *data,
                                  CrmPageContext       *context,
                                  guint                 neglected_days);
void crm_page_header_popup_log   (CrmPageHeader        *self);
void crm_page_header_popdown_log (CrmPageHeader        *self);

G_END_DECLS
