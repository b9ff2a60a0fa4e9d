/* crm-team-reports.c: what each person did in the period
 *
 * Orders have no salesperson of their own: an order is taken by the owner of
 * its deal, or, without a deal, by the owner of its customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-team-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-reports-private.h"

enum {
  COUNT_CALLS,
  COUNT_MEETINGS,
  COUNT_VISITS,
  COUNT_OTHER,
  COUNT_DEALS,
  COUNT_ORDERS,
  N_COUNTS
};

typedef struct {
  char   *id;
  char   *name;
  gint64  counts[N_COUNTS];
  gint64  activities;
  GArray *per_bucket;    /* gint64 activities per staff-daily bucket */
} Person;

/* Both tables read one scan of the period's activities. */
typedef struct {
  GPtrArray *people;     /* Person, most active first */
  GArray    *edges;      /* staff-daily's buckets */
} Team;

static void
person_free (Person *person)
{
  g_free (person->id);
  g_free (person->name);
  g_clear_pointer (&person->per_bucket, g_array_unref);
  g_free (person);
}

static Person *
person_for (GHashTable *people,
            const char *id)
{
  Person *person = g_hash_table_lookup (people, id);

  if (person == NULL)
    {
      person = g_new0 (Person, 1);
      person->id = g_strdup (id);
      g_hash_table_insert (people, person->id, person);
    }
  return person;
}

static gboolean
count_rows (CrmStore     *store,
            sqlite3_stmt *stmt,
            GHashTable   *people,
            int           counter,
            GError      **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Person *person;

      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        continue;
      person = person_for (people, (const char *)sqlite3_column_text (stmt, 0));
      person->counts[counter] += sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

/* Counted here rather than by GROUP BY, which would sort a year's 600 000
 * activities of the reference data: three times slower. */
static gboolean
count_activities (CrmStore     *store,
                  sqlite3_stmt *stmt,
                  GHashTable   *people,
                  GArray       *edges,
                  GError      **error)
{
  Person *person = NULL;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *staff_id = (const char *)sqlite3_column_text (stmt, 0);
      const char *kind = (const char *)sqlite3_column_text (stmt, 1);
      int bucket = crm_period_bucket_find (edges, sqlite3_column_int64 (stmt, 2));

      if (person == NULL || g_strcmp0 (person->id, staff_id) != 0)
        {
          person = person_for (people, staff_id);
          if (person->per_bucket == NULL)
            person->per_bucket = g_array_set_size (g_array_new (FALSE, TRUE, sizeof (gint64)), edges->len - 1);
        }

      person->counts[g_strcmp0 (kind, "call") == 0 ? COUNT_CALLS :
                     g_strcmp0 (kind, "meeting") == 0 ? COUNT_MEETINGS :
                     g_strcmp0 (kind, "visit") == 0 ? COUNT_VISITS : COUNT_OTHER]++;
      person->activities++;
      if (bucket >= 0)
        g_array_index (person->per_bucket, gint64, bucket)++;
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const Person *x = *(Person * const *)a, *y = *(Person * const *)b;
  gint64 tx = x->counts[COUNT_CALLS] + x->counts[COUNT_MEETINGS] + x->counts[COUNT_VISITS] +
              x->counts[COUNT_DEALS] + x->counts[COUNT_ORDERS];
  gint64 ty = y->counts[COUNT_CALLS] + y->counts[COUNT_MEETINGS] + y->counts[COUNT_VISITS] +
              y->counts[COUNT_DEALS] + y->counts[COUNT_ORDERS];

  if (tx != ty)
    return tx > ty ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

/* Everyone who did something in the period, most active first. */
static CrmBucket
daily_bucket (const CrmPeriod *period)
{
  /* Days read well on a month; a quarter by day is a hedge of spikes. */
  if (period->end - period->start <= 31 * 24 * 3600 + 3600)
    return CRM_BUCKET_DAY;
  return crm_period_choose_bucket (period);
}

static void
team_free (Team *team)
{
  g_ptr_array_unref (team->people);
  g_array_unref (team->edges);
  g_free (team);
}

static gpointer
load_team (CrmReportContext  *context,
             GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)person_free);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GArray) edges = NULL;
  sqlite3_stmt *activities, *deals, *orders, *names;
  Team *team;
  int rc;

  activities = crm_store_prepare (store,
                                  "SELECT staff_id, kind, at FROM activities INDEXED BY activities_at"
                                  " WHERE deleted = 0 AND at >= ?1 AND at < ?2 AND staff_id IS NOT NULL",
                                  error);
  deals = crm_store_prepare (store,
                             "SELECT owner_id, count (*) FROM deals"
                             " WHERE deleted = 0 AND created_at >= ?1 AND created_at < ?2 GROUP BY owner_id",
                             error);
  orders = crm_store_prepare (store,
                              "SELECT coalesce (d.owner_id, c.owner_id), count (*)"
                              " FROM orders o INDEXED BY orders_ordered_at"
                              " LEFT JOIN deals d ON d.id = o.deal_id LEFT JOIN customers c ON c.id = o.customer_id"
                              " WHERE o.deleted = 0 AND o.status != 'cancelled'"
                              " AND o.ordered_at >= ?1 AND o.ordered_at < ?2 GROUP BY 1",
                              error);
  names = crm_store_prepare (store, "SELECT name FROM staff WHERE id = ?1", error);
  if (activities == NULL || deals == NULL || orders == NULL || names == NULL)
    return NULL;

  sqlite3_bind_int64 (activities, 1, params->period.start);
  sqlite3_bind_int64 (activities, 2, params->period.end);
  sqlite3_bind_int64 (deals, 1, params->period.start);
  sqlite3_bind_int64 (deals, 2, params->period.end);
  sqlite3_bind_int64 (orders, 1, params->period.start);
  sqlite3_bind_int64 (orders, 2, params->period.end);
  edges = crm_period_bucket_edges (params->period.start, params->period.end, daily_bucket (&params->period));
  if (!count_activities (store, activities, people, edges, error) ||
      !count_rows (store, deals, people, COUNT_DEALS, error) ||
      !count_rows (store, orders, people, COUNT_ORDERS, error))
    return NULL;

  sorted = g_ptr_array_new_with_free_func ((GDestroyNotify)person_free);
  {
    GHashTableIter iter;
    gpointer person;

    g_hash_table_iter_init (&iter, people);
    while (g_hash_table_iter_next (&iter, NULL, &person))
      {
        g_ptr_array_add (sorted, person);
        g_hash_table_iter_steal (&iter);
      }
  }
  for (guint i = 0; i < sorted->len; i++)
    {
      Person *person = g_ptr_array_index (sorted, i);

      sqlite3_bind_text (names, 1, person->id, -1, SQLITE_STATIC);
      rc = sqlite3_step (names);
      person->name = g_strdup (rc == SQLITE_ROW ? (const char *)sqlite3_column_text (names, 0) : _("Unknown"));
      sqlite3_reset (names);
    }
  g_ptr_array_sort (sorted, compare_people);

  team = g_new0 (Team, 1);
  team->people = g_steal_pointer (&sorted);
  team->edges = g_steal_pointer (&edges);
  return team;
}

static Team *
team_get (CrmReportContext  *context,
          GError           **error)
{
  return crm_report_context_share (context, "team", load_team, (GDestroyNotify)team_free, error);
}

CrmReportTable *
crm_team_report_activity (CrmReportContext  *context,
                          GError           **error)
{
  Team *team = team_get (context, error);
  GPtrArray *people;
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 1, 2, 3, 4, 5, -1 };

  if (team == NULL)
    return NULL;
  people = team->people;

  table = crm_report_context_new_table (context, "staff-activity");
  crm_report_table_add_column (table, "person", _("Person"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "calls", _("Calls"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "meetings", _("Meetings"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "visits", _("Visits"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "deals_opened", _("Deals Opened"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "orders_taken", _("Orders Taken"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "other", _("Other Activities"), CRM_VALUE_COUNT);
  crm_report_table_set_chart (table, CRM_CHART_STACKED_BAR, 0, series);

  for (guint i = 0; i < people->len; i++)
    {
      const Person *person = g_ptr_array_index (people, i);
      g_autofree char *drill = g_strdup_printf ("staff:%s", person->id);
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, person->name);
      crm_report_table_set_value (table, row, 1, person->counts[COUNT_CALLS]);
      crm_report_table_set_value (table, row, 2, person->counts[COUNT_MEETINGS]);
      crm_report_table_set_value (table, row, 3, person->counts[COUNT_VISITS]);
      crm_report_table_set_value (table, row, 4, person->counts[COUNT_DEALS]);
      crm_report_table_set_value (table, row, 5, person->counts[COUNT_ORDERS]);
      crm_report_table_set_value (table, row, 6, person->counts[COUNT_OTHER]);
    }

  return g_steal_pointer (&table);
}

#define N_PEOPLE_COMPARED 5

CrmReportTable *
crm_team_report_daily (CrmReportContext  *context,
                       GError           **error)
{
  Team *team = team_get (context, error);
  g_autoptr(CrmReportTable) table = NULL;
  int series[N_PEOPLE_COMPARED + 1];
  guint n_people;

  if (team == NULL)
    return NULL;

  n_people = MIN (team->people->len, N_PEOPLE_COMPARED);
  table = crm_report_context_new_table (context, "staff-daily");
  crm_report_table_add_column (table, "period", _("From"), CRM_VALUE_DATE);
  for (guint i = 0; i < n_people; i++)
    {
      const Person *person = g_ptr_array_index (team->people, i);
      g_autofree char *name = g_strdup_printf ("person_%u", i + 1);

      crm_report_table_add_column (table, name, person->name, CRM_VALUE_COUNT);
      series[i] = (int)i + 1;
    }
  series[n_people] = -1;
  crm_report_table_set_chart (table, CRM_CHART_LINE, 0, series);

  for (guint b = 0; b + 1 < team->edges->len; b++)
    {
      guint row = crm_report_table_add_row (table, NULL);

      crm_report_table_set_value (table, row, 0, g_array_index (team->edges, gint64, b));
      for (guint i = 0; i < n_people; i++)
        {
          const Person *person = g_ptr_array_index (team->people, i);

          if (person->per_bucket != NULL)
            crm_report_table_set_value (table, row, i + 1, g_array_index (person->per_bucket, gint64, b));
        }
    }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_team_drill_staff (CrmReportContext  *context,
                      const char        *argument,
                      GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *stmt;

  /* Deals first (fewer, and each opens its editor), then the activities. */
  stmt = crm_store_prepare (store,
                            "SELECT * FROM ("
                            " SELECT 'deal', d.id, coalesce (d.title, ''), ?4, d.created_at, d.amount, 0 AS part"
                            " FROM deals d WHERE d.deleted = 0 AND d.owner_id = ?3"
                            " AND d.created_at >= ?1 AND d.created_at < ?2 AND d.currency = ?5"
                            " UNION ALL"
                            " SELECT 'customer', c.id, c.name, a.kind || ': ' || coalesce (a.subject, ''), a.at, 0, 1"
                            " FROM activities a INDEXED BY activities_at JOIN customers c ON c.id = a.customer_id"
                            " WHERE a.deleted = 0 AND a.staff_id = ?3 AND a.at >= ?1 AND a.at < ?2)"
                            " ORDER BY part, 5 DESC",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "staff", _("What They Did"), _("Activity"), _("Date"),
                                      _("Deal Amount"));
  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  sqlite3_bind_text (stmt, 3, argument, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, _("Deal opened"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, params->currency, -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}
