/* crm-page-edits.h: the changes the customer page makes to a customer's records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-activity.h"
#include "crm-contact.h"
#include "crm-store.h"

G_BEGIN_DECLS

CrmActivity *crm_page_edits_new_activity   (const char       *customer_id,
                                            const char       *staff_id,
                                            CrmActivityKind   kind,
                                            const char       *subject,
                                            const char       *body,
                                            gint64            due_at);
CrmActivity *crm_page_edits_log_activity   (CrmStore         *store,
                                            const char       *customer_id,
                                            const char       *staff_id,
                                            CrmActivityKind   kind,
                                            const char       *subject,
                                            const char       *body,
                                            gint64            due_at,
                                            GError          **error);
gboolean     crm_page_edits_save_contact   (CrmStore         *store,
                                            const char       *customer_id,
                                            GPtrArray        *contacts,
                                            CrmContact       *contact,
                                            GError          **error);
gboolean     crm_page_edits_complete_task  (CrmStore         *store,
                                            const char       *activity_id,
                                            GError          **error);

G_END_DECLS
