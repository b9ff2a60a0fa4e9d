/* crm-campaign-reports.c: did the campaigns pay?
 *
 * A campaign's revenue is what its members ordered within its window, from
 * the first second of starts_at to the end of the day of ends_at (a
 * campaign "until 30 June" runs all that day). ROI = (revenue − cost) / cost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-campaign-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-reports-private.h"

#define DAY (24 * 60 * 60)

typedef struct {
  char       *id;
  char       *name;
  gint64      starts_at;
  gint64      ends_at;      /* exclusive: the end of ends_at's day */
  gint64      cost;
  gboolean    same_currency;
  guint       n_members;
  guint       n_responded;
  GHashTable *members;      /* customer pk → revenue in the window (gint64 *) */
  gint64      revenue;
} Campaign;

static void
campaign_free (Campaign *campaign)
{
  g_free (campaign->id);
  g_free (campaign->name);
  g_hash_table_unref (campaign->members);
  g_free (campaign);
}

static gint64
end_of_day (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (local),
                                                         g_date_time_get_month (local),
                                                         g_date_time_get_day_of_month (local), 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);

  return g_date_time_to_unix (next);
}

static gboolean
load_members (CrmStore  *store,
              Campaign  *campaign,
              GError   **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (store,
                                          "SELECT c.pk, m.responded FROM campaign_members m"
                                          " JOIN customers c ON c.id = m.customer_id"
                                          " WHERE m.campaign_id = ?1 AND m.deleted = 0",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, campaign->id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *entry = g_new0 (gint64, 2);

      entry[0] = sqlite3_column_int64 (stmt, 0);
      if (!g_hash_table_contains (campaign->members, entry))
        {
          campaign->n_members++;
          campaign->n_responded += sqlite3_column_int (stmt, 1) != 0;
          g_hash_table_insert (campaign->members, entry, &entry[1]);
        }
      else
        g_free (entry);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

/* The campaigns overlapping [start, end) (or the one named), with their
 * members' revenue in each window from one scan of the facts. */
static GPtrArray *
load_campaigns (CrmReportContext  *context,
                const char        *only_id,
                GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GPtrArray) campaigns = g_ptr_array_new_with_free_func ((GDestroyNotify)campaign_free);
  sqlite3_stmt *stmt, *facts;
  gint64 first = G_MAXINT64, last = G_MININT64;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT id, name, starts_at, ends_at, cost, coalesce (currency, '') = ?3 FROM campaigns"
                            " WHERE deleted = 0 AND (?4 IS NULL OR id = ?4)"
                            " AND (?4 IS NOT NULL OR (starts_at < ?2 AND ends_at >= ?1))"
                            " ORDER BY starts_at DESC, name",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  sqlite3_bind_text (stmt, 3, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, only_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Campaign *campaign = g_new0 (Campaign, 1);

      campaign->id = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      campaign->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      campaign->starts_at = sqlite3_column_int64 (stmt, 2);
      campaign->ends_at = end_of_day (MAX (sqlite3_column_int64 (stmt, 3), campaign->starts_at));
      campaign->cost = sqlite3_column_int64 (stmt, 4);
      campaign->same_currency = sqlite3_column_int (stmt, 5);
      campaign->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_ptr_array_add (campaigns, campaign);

      first = MIN (first, campaign->starts_at);
      last = MAX (last, campaign->ends_at);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  for (guint i = 0; i < campaigns->len; i++)
    if (!load_members (store, g_ptr_array_index (campaigns, i), error))
      return NULL;

  if (campaigns->len == 0)
    return g_steal_pointer (&campaigns);

  facts = crm_store_prepare (store,
                             "SELECT ordered_at, customer_pk, revenue FROM sales_facts"
                             " WHERE currency = ?1 AND ordered_at >= ?2 AND ordered_at < ?3"
                             " AND customer_pk IS NOT NULL",
                             error);
  if (facts == NULL)
    return NULL;

  sqlite3_bind_text (facts, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (facts, 2, first);
  sqlite3_bind_int64 (facts, 3, last);
  while ((rc = sqlite3_step (facts)) == SQLITE_ROW)
    {
      gint64 ordered_at = sqlite3_column_int64 (facts, 0);
      gint64 customer_pk = sqlite3_column_int64 (facts, 1);
      gint64 revenue = sqlite3_column_int64 (facts, 2);

      for (guint i = 0; i < campaigns->len; i++)
        {
          Campaign *campaign = g_ptr_array_index (campaigns, i);
          gint64 *member_revenue;

          if (ordered_at < campaign->starts_at || ordered_at >= campaign->ends_at ||
              (member_revenue = g_hash_table_lookup (campaign->members, &customer_pk)) == NULL)
            continue;
          *member_revenue += revenue;
          campaign->revenue += revenue;
        }
    }
  sqlite3_reset (facts);
  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&campaigns);
}

CrmReportTable *
crm_campaign_report_roi (CrmReportContext  *context,
                         GError           **error)
{
  g_autoptr(GPtrArray) campaigns = load_campaigns (context, NULL, error);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, 3, -1 };

  if (campaigns == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "campaigns");
  crm_report_table_add_column (table, "campaign", _("Campaign"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "window", _("From"), CRM_VALUE_DATE);
  crm_report_table_add_column (table, "cost", _("Cost"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "revenue", _("Revenue from Members"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "members", _("Members"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "responded", _("Responded"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "roi", _("Return on Investment"), CRM_VALUE_PERCENT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  for (guint i = 0; i < campaigns->len; i++)
    {
      const Campaign *campaign = g_ptr_array_index (campaigns, i);
      g_autofree char *drill = g_strdup_printf ("campaign:%s", campaign->id);
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, campaign->name);
      crm_report_table_set_value (table, row, 1, campaign->starts_at);
      crm_report_table_set_value (table, row, 3, campaign->revenue);
      crm_report_table_set_value (table, row, 4, campaign->n_members);
      crm_report_table_set_value (table, row, 5, campaign->n_responded);
      if (campaign->same_currency)
        crm_report_table_set_value (table, row, 2, campaign->cost);
      else
        crm_report_table_set_text (table, row, 2, _("Other currency"));

      if (campaign->same_currency && campaign->cost > 0)
        crm_report_table_set_value (table, row, 6,
                                    (gint64)((campaign->revenue - campaign->cost) * 10000.0 / campaign->cost +
                                             (campaign->revenue >= campaign->cost ? 0.5 : -0.5)));
      else
        crm_report_table_set_text (table, row, 6, "—");
    }

  return g_steal_pointer (&table);
}

static int
compare_member_revenue (gconstpointer a,
                        gconstpointer b)
{
  const gint64 *x = *(const gint64 * const *)a, *y = *(const gint64 * const *)b;

  if (x[1] != y[1])
    return x[1] > y[1] ? -1 : 1;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

CrmReportTable *
crm_campaign_drill_members (CrmReportContext  *context,
                            const char        *argument,
                            GError           **error)
{
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GPtrArray) campaigns = load_campaigns (context, argument, error);
  g_autoptr(CrmReportTable) table = NULL;
  g_autoptr(GPtrArray) members = NULL;
  Campaign *campaign;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key;

  if (campaigns == NULL)
    return NULL;
  if (campaigns->len == 0)
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                   _("The campaign no longer exists."));
      return NULL;
    }

  campaign = g_ptr_array_index (campaigns, 0);
  stmt = crm_store_prepare (store,
                            "SELECT c.id, c.name, m.joined_at, m.responded FROM customers c"
                            " JOIN campaign_members m ON m.customer_id = c.id AND m.campaign_id = ?2 AND m.deleted = 0"
                            " WHERE c.pk = ?1",
                            error);
  if (stmt == NULL)
    return NULL;

  /* Members by what they bought, most first. */
  members = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, campaign->members);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (members, key);
  g_ptr_array_sort (members, compare_member_revenue);

  table = crm_report_drill_table_new (context, "campaign-members", campaign->name, _("Responded"),
                                      _("Joined"), _("Revenue in the Campaign"));
  for (guint i = 0; i < members->len; i++)
    {
      const gint64 *entry = g_ptr_array_index (members, i);
      int rc;

      sqlite3_bind_int64 (stmt, 1, entry[0]);
      sqlite3_bind_text (stmt, 2, campaign->id, -1, SQLITE_STATIC);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        crm_report_drill_table_add (table, "customer", (const char *)sqlite3_column_text (stmt, 0),
                                    (const char *)sqlite3_column_text (stmt, 1),
                                    sqlite3_column_int (stmt, 3) ? _("Yes") : _("No"),
                                    sqlite3_column_int64 (stmt, 2), entry[1]);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          crm_store_set_error (store, rc, error);
          return NULL;
        }
    }

  return g_steal_pointer (&table);
}
