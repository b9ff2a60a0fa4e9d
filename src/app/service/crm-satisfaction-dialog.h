/* crm-satisfaction-dialog.h: how happy the customer was with a closed ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"

G_BEGIN_DECLS

/* A dialog asking for a score 1–5 (keys 1 to 5 choose one) and a comment,
 * not yet shown; NULL with @error when the ticket cannot be loaded.
 * Responses: "cancel", "save" (records it, then a toast offers the survey
 * message through ticket-message.survey). */
AdwMessageDialog *crm_satisfaction_dialog_new       (GtkWindow        *parent,
                                                     CrmStore         *store,
                                                     const char       *ticket_id,
                                                     GError          **error);
int               crm_satisfaction_dialog_get_score (AdwMessageDialog *dialog);
void              crm_satisfaction_dialog_set_score (AdwMessageDialog *dialog,
                                                     int               score);
void              crm_satisfaction_dialog_set_comment (AdwMessageDialog *dialog,
                                                       const char       *comment);

G_END_DECLS
