/* crm-deal-editor.h: a window that makes a deal or edits one, with what the
 * sale cost and its quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_DEAL_EDITOR (crm_deal_editor_get_type ())

G_DECLARE_FINAL_TYPE (CrmDealEditor, crm_deal_editor, CRM, DEAL_EDITOR, AdwWindow)

CrmDealEditor *crm_deal_editor_open        (GtkWindow     *parent,
                                            CrmStore      *store,
                                            const char    *deal_id);
CrmDealEditor *crm_deal_editor_new_deal    (GtkWindow     *parent,
                                            CrmStore      *store,
                                            const char    *customer_id);
const char    *crm_deal_editor_get_deal_id (CrmDealEditor *self);
void           crm_deal_editor_flush       (CrmDealEditor *self);

G_END_DECLS
