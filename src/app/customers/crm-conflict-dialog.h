/* crm-conflict-dialog.h: choose, field by field, between a record's versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_CONFLICT_DIALOG (crm_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrmConflictDialog, crm_conflict_dialog, CRM, CONFLICT_DIALOG, AdwWindow)

CrmConflictDialog *crm_conflict_dialog_new        (GtkWindow          *parent,
                                                   CrmStore           *store,
                                                   GType               type,
                                                   const char         *record_id,
                                                   GError            **error);
guint              crm_conflict_dialog_get_n_fields (CrmConflictDialog *self);
GtkToggleButton   *crm_conflict_dialog_get_choice (CrmConflictDialog  *self,
                                                   const char         *property,
                                                   guint               choice);
gboolean           crm_conflict_dialog_keep       (CrmConflictDialog  *self,
                                                   GError            **error);

G_END_DECLS
