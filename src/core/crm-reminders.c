/* crm-reminders.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-reminders"

#include "config.h"

#include "crm-reminders.h"
#include "crm-store-private.h"

/* Days are counted on the calendar in the user's zone, never as multiples
 * of 86 400 seconds: a day across a DST change is 23 or 25 hours long. */

static void
local_date (gint64     unix_seconds,
            GTimeZone *tz,
            GDate     *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/* Where a zone skips midnight (a DST change at 00:00), GLib gives the first
 * moment of the day that exists. */
static gint64
local_midnight (const GDate *date,
                GTimeZone   *tz)
{
  g_autoptr(GDateTime) midnight = g_date_time_new (tz,
                                                   g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date),
                                                   0, 0, 0);

  return g_date_time_to_unix (midnight);
}

/* The local midnight @days calendar days after the day of @unix_seconds. */
static gint64
midnight_days_after (gint64     unix_seconds,
                     int        days,
                     GTimeZone *tz)
{
  GDate date;

  local_date (unix_seconds, tz, &date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return local_midnight (&date, tz);
}

static gint64
reminder_starts (gint64     ends_at,
                 int        reminder_days,
                 GTimeZone *tz)
{
  if (ends_at == 0)
    return 0;
  return midnight_days_after (ends_at, -MAX (reminder_days, 0), tz);
}

/**
 * crm_contracts_list_expiring:
 * @now: the current time
 * @tz: the user's time zone
 * @days: how many days ahead to look: 0 for contracts ending today
 *
 * Contracts whose end date (in @tz) is today or one of the next @days days.
 * A contract that ends later today is listed; one that ended yesterday is
 * not.
 *
 * Returns: (transfer container) (element-type CrmContract): soonest first,
 *   or %NULL with @error set
 */
GPtrArray *
crm_contracts_list_expiring (CrmStore    *store,
                             gint64       now,
                             GTimeZone   *tz,
                             int          days,
                             GError     **error)
{
  g_autoptr(GPtrArray) contracts = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (days >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sql = g_strdup_printf ("SELECT %s FROM contracts WHERE deleted = 0 AND ends_at >= ?1 AND ends_at < ?2"
                         " ORDER BY ends_at, number, id",
                         crm_store_select_columns (store, CRM_TYPE_CONTRACT));
  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, midnight_days_after (now, 0, tz));
  sqlite3_bind_int64 (stmt, 2, midnight_days_after (now, days + 1, tz));

  contracts = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contracts, crm_store_read_record (store, CRM_TYPE_CONTRACT, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&contracts);
}

gint64
crm_contract_reminder_starts (CrmContract *contract,
                              GTimeZone   *tz)
{
  g_return_val_if_fail (CRM_IS_CONTRACT (contract), 0);
  g_return_val_if_fail (tz != NULL, 0);

  return reminder_starts (crm_contract_get_ends_at (contract),
                          crm_contract_get_reminder_days (contract), tz);
}

void
crm_reminder_free (CrmReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_free (reminder->record_id);
  g_free (reminder->customer_id);
  g_free (reminder->title);
  g_free (reminder->key);
  g_free (reminder);
}

static CrmReminder *
read_reminder (sqlite3_stmt    *stmt,
               CrmReminderKind  kind)
{
  CrmReminder *reminder = g_new0 (CrmReminder, 1);

  reminder->kind = kind;
  reminder->record_id = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  reminder->customer_id = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
  reminder->title = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  reminder->due_at = sqlite3_column_int64 (stmt, 3);
  reminder->key = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
  return reminder;
}

/* The keys are built in SQL, so that the same expression finds what was
 * already sent; the due time in them makes a moved date a new reminder. */
static gboolean
list_due_contracts (CrmStore   *store,
                    gint64      now,
                    GTimeZone  *tz,
                    GPtrArray  *reminders,
                    GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* The window's first day is found on the calendar below; the SQL only
   * leaves out contracts whose window is days away (a DST change moves it
   * by an hour, so two days of slack are plenty). */
  stmt = crm_store_prepare (store,
                            "SELECT c.id, c.customer_id, coalesce (nullif (c.title, ''), c.number), c.ends_at,"
                            " 'contract:' || c.id || ':' || c.ends_at AS key, c.reminder_days"
                            " FROM contracts c WHERE c.deleted = 0 AND c.ends_at >= ?1"
                            " AND c.ends_at - max (c.reminder_days, 0) * 86400 <= ?2 + 2 * 86400"
                            " AND NOT EXISTS (SELECT 1 FROM reminders_sent s"
                            "                 WHERE s.key = 'contract:' || c.id || ':' || c.ends_at)"
                            " ORDER BY c.ends_at, c.id",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, midnight_days_after (now, 0, tz));
  sqlite3_bind_int64 (stmt, 2, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 ends_at = sqlite3_column_int64 (stmt, 3);

      if (reminder_starts (ends_at, sqlite3_column_int (stmt, 5), tz) <= now)
        g_ptr_array_add (reminders, read_reminder (stmt, CRM_REMINDER_CONTRACT));
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

static gboolean
list_due_tasks (CrmStore   *store,
                gint64      now,
                GTimeZone  *tz,
                GPtrArray  *reminders,
                GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* The conditions match the partial index activities_open_tasks. */
  stmt = crm_store_prepare (store,
                            "SELECT a.id, a.customer_id, a.subject, a.due_at,"
                            " 'task:' || a.id || ':' || a.due_at AS key"
                            " FROM activities a WHERE a.deleted = 0 AND a.kind = 'task' AND a.done = 0"
                            " AND a.due_at >= ?1 AND a.due_at < ?2"
                            " AND NOT EXISTS (SELECT 1 FROM reminders_sent s"
                            "                 WHERE s.key = 'task:' || a.id || ':' || a.due_at)"
                            " ORDER BY a.due_at, a.id",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, midnight_days_after (now, 0, tz));
  sqlite3_bind_int64 (stmt, 2, midnight_days_after (now, 1, tz));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reminders, read_reminder (stmt, CRM_REMINDER_TASK));
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

/**
 * crm_reminders_list_due:
 *
 * Contracts in their reminder window that have not ended before today, and
 * tasks due today that are not done, leaving out those already marked sent.
 *
 * Returns: (transfer container) (element-type CrmReminder): or %NULL with
 *   @error set
 */
GPtrArray *
crm_reminders_list_due (CrmStore    *store,
                        gint64       now,
                        GTimeZone   *tz,
                        GError     **error)
{
  g_autoptr(GPtrArray) reminders = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reminders = g_ptr_array_new_with_free_func ((GDestroyNotify) crm_reminder_free);
  if (!list_due_contracts (store, now, tz, reminders, error)
      || !list_due_tasks (store, now, tz, reminders, error))
    return NULL;

  return g_steal_pointer (&reminders);
}

gboolean
crm_reminders_mark_sent (CrmStore          *store,
                         const CrmReminder *reminder,
                         gint64             now,
                         GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (reminder != NULL && reminder->key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = crm_store_prepare (store, "INSERT OR REPLACE INTO reminders_sent (key, sent_at) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, reminder->key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, now);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}
