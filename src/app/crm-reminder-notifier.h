/* crm-reminder-notifier.h: desktop notifications for contracts about to
 * expire and follow-up tasks due today, each raised once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_TYPE_REMINDER_NOTIFIER (crm_reminder_notifier_get_type ())

G_DECLARE_FINAL_TYPE (CrmReminderNotifier, crm_reminder_notifier, CRM, REMINDER_NOTIFIER, GObject)

/* How a notification leaves; the default sends it through @application.
 * Tests put their own in. */
typedef void (*CrmReminderSendFunc) (const char    *id,
                                     GNotification *notification,
                                     gpointer       user_data);

/* Adds app.open-customer and app.open-contract (a record's id) to
 * @application, which the notifications' default actions use; checks at
 * once, every minute and shortly after the store changes. */
CrmReminderNotifier *crm_reminder_notifier_new        (GApplication        *application,
                                                       CrmStore            *store);
void                 crm_reminder_notifier_set_sender (CrmReminderNotifier *self,
                                                       CrmReminderSendFunc  send,
                                                       gpointer             user_data);
/* Raises what is due at @now that was not raised before; the number raised. */
guint                crm_reminder_notifier_check      (CrmReminderNotifier *self,
                                                       gint64               now);

G_END_DECLS
