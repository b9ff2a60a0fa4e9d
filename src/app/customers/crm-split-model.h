/* crm-split-model.h: passes on a list's big changes in two steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CRM_TYPE_SPLIT_MODEL (crm_split_model_get_type ())

G_DECLARE_FINAL_TYPE (CrmSplitModel, crm_split_model, CRM, SPLIT_MODEL, GObject)

CrmSplitModel *crm_split_model_new        (GListModel    *model);
GListModel    *crm_split_model_get_model  (CrmSplitModel *self);
gboolean       crm_split_model_is_settled (CrmSplitModel *self);

G_END_DECLS
