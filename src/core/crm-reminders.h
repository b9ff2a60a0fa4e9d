/* crm-reminders.h: contracts about to expire and follow-up tasks due today,
 * and which of them the user has already been told about (on this device:
 * a local table, never synced), so each reminder is raised once.
 *
 * Days are calendar days in @tz (the user's local time zone): a contract
 * ending on 1 March with 30 reminder days enters its window at local
 * midnight starting 30 days before its end date, across month ends and DST.
 *
 * Agreed API (issue 6): helper F implements it in src/core/crm-reminders.c;
 * the application (helper H) raises GNotifications from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-contract.h"
#include "crm-store.h"

G_BEGIN_DECLS

/* Contracts (not deleted) ending in [start of today, start of today + @days]
 * in @tz, soonest first: a GPtrArray of CrmContract. @days >= 0. Contracts that
 * already ended are not listed. */
GPtrArray *crm_contracts_list_expiring (CrmStore    *store,
                                        gint64       now,
                                        GTimeZone   *tz,
                                        int          days,
                                        GError     **error);

/* The first local day on which the contract is in its reminder window:
 * the date of ends_at in @tz minus reminder_days, as the unix time of that
 * day's local midnight. 0 for a contract without an end date. */
gint64     crm_contract_reminder_starts (CrmContract *contract,
                                         GTimeZone   *tz);

typedef enum {
  CRM_REMINDER_CONTRACT,   /* a contract entered its reminder window */
  CRM_REMINDER_TASK,       /* a follow-up task (activity kind task, not done) due today */
} CrmReminderKind;

typedef struct {
  CrmReminderKind kind;
  char           *record_id;     /* the contract's or the activity's id */
  char           *customer_id;
  char           *title;         /* contract title/number, or task subject */
  gint64          due_at;        /* contract ends_at, or task due_at */
  char           *key;           /* what "once" means: kind + id + the due time, so a moved due date reminds again */
} CrmReminder;

void crm_reminder_free (CrmReminder *reminder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmReminder, crm_reminder_free)

/* Reminders due at @now that were not yet marked sent: contracts whose window
 * has started and that have not ended; tasks due today (local) and not done.
 * A GPtrArray of CrmReminder (free func set), contracts first, then by due time. */
GPtrArray *crm_reminders_list_due  (CrmStore    *store,
                                    gint64       now,
                                    GTimeZone   *tz,
                                    GError     **error);

/* Remembers that @reminder was raised (its key), so list_due leaves it out. */
gboolean   crm_reminders_mark_sent (CrmStore          *store,
                                    const CrmReminder *reminder,
                                    gint64             now,
                                    GError           **error);

G_END_DECLS
