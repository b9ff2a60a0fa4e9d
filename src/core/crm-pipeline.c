/* crm-pipeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-pipeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-models.h"
#include "crm-pipeline.h"
#include "crm-pipeline-private.h"
#include "crm-store-private.h"

G_DEFINE_QUARK (crm-pipeline-error-quark, crm_pipeline_error)

/* amount * probability / 100, rounded half away from zero for each deal so
 * that a column's weighted total is the sum of what its cards show. */
gint64
crm_pipeline_weighted_amount (gint64 amount,
                              int    probability)
{
  if (amount >= 0)
    return (amount * probability + 50) / 100;
  return -((-amount * probability + 50) / 100);
}

void
crm_pipeline_column_free (CrmPipelineColumn *column)
{
  if (column == NULL)
    return;

  g_clear_object (&column->stage);
  g_clear_pointer (&column->sums, g_array_unref);
  g_free (column);
}

void
crm_deal_placement_clear (CrmDealPlacement *placement)
{
  g_return_if_fail (placement != NULL);

  g_clear_pointer (&placement->stage_id, g_free);
  g_clear_pointer (&placement->close_reason, g_free);
  placement->stage_entered_at = 0;
  placement->closed_at = 0;
}

/* Binds a filter as ?1 owner, ?2 close_from, ?3 close_until, ?4 minimum_amount;
 * the SQL treats NULL / 0 as "any" (see CRM_PIPELINE_FILTER_SQL). */
void
crm_pipeline_bind_filter (sqlite3_stmt        *stmt,
                          const CrmDealFilter *filter)
{
  static const CrmDealFilter none = { NULL, 0, 0, 0 };

  if (filter == NULL)
    filter = &none;

  sqlite3_bind_text (stmt, 1, filter->owner_id != NULL && *filter->owner_id != '\0' ? filter->owner_id : NULL,
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, filter->close_from);
  sqlite3_bind_int64 (stmt, 3, filter->close_until);
  sqlite3_bind_int64 (stmt, 4, filter->minimum_amount);
}

GPtrArray *
crm_pipeline_list_stages (CrmStore  *store,
                          GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return crm_store_list_where (store, CRM_TYPE_PIPELINE_STAGE, NULL, "position, name", NULL, error);
}

static CrmPipelineStage *
load_stage (CrmStore    *store,
            const char  *stage_id,
            GError     **error)
{
  g_autoptr(CrmPipelineStage) stage = NULL;
  g_autoptr(GError) local_error = NULL;

  if (stage_id != NULL)
    stage = crm_store_lookup (store, CRM_TYPE_PIPELINE_STAGE, stage_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (stage == NULL || crm_record_get_deleted (CRM_RECORD (stage)))
    {
      g_set_error_literal (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_NO_SUCH_STAGE,
                           _("The pipeline stage no longer exists."));
      return NULL;
    }

  return g_steal_pointer (&stage);
}

static int
compare_sums (gconstpointer a,
              gconstpointer b)
{
  const CrmPipelineSum *sa = a, *sb = b;

  if (sa->total != sb->total)
    return sa->total > sb->total ? -1 : 1;
  return strcmp (sa->currency, sb->currency);
}

GPtrArray *
crm_pipeline_load_columns (CrmStore             *store,
                           const CrmDealFilter  *filter,
                           GError              **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  if ((stages = crm_pipeline_list_stages (store, error)) == NULL)
    return NULL;

  columns = g_ptr_array_new_with_free_func ((GDestroyNotify)crm_pipeline_column_free);
  for (guint i = 0; i < stages->len; i++)
    {
      CrmPipelineStage *stage = g_ptr_array_index (stages, i);
      CrmPipelineColumn *column;

      if (crm_pipeline_stage_get_kind (stage) != CRM_STAGE_KIND_OPEN)
        continue;

      column = g_new0 (CrmPipelineColumn, 1);
      column->stage = g_object_ref (stage);
      column->sums = g_array_new (FALSE, TRUE, sizeof (CrmPipelineSum));
      g_ptr_array_add (columns, column);
      g_hash_table_insert (by_id, (gpointer)crm_record_get_id (CRM_RECORD (stage)), column);
    }

  /* The stage's kind is checked above, so the query needs only the
   * probability: one pass over the open deals, grouped in SQL. */
  stmt = crm_store_prepare (store,
                            "SELECT d.stage_id, coalesce (d.currency, ''), count (*), sum (d.amount),"
                            " sum (" CRM_PIPELINE_WEIGHTED_SQL ("d.amount", "s.probability") ")"
                            " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at = 0 AND s.deleted = 0"
                            CRM_PIPELINE_FILTER_SQL
                            " GROUP BY d.stage_id, coalesce (d.currency, '')",
                            error);
  if (stmt == NULL)
    return NULL;

  crm_pipeline_bind_filter (stmt, filter);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrmPipelineColumn *column = g_hash_table_lookup (by_id, sqlite3_column_text (stmt, 0));
      CrmPipelineSum sum = { { 0 }, 0, 0 };

      if (column == NULL)
        continue;

      g_strlcpy (sum.currency, (const char *)sqlite3_column_text (stmt, 1), sizeof sum.currency);
      column->n_deals += sqlite3_column_int (stmt, 2);
      sum.total = sqlite3_column_int64 (stmt, 3);
      sum.weighted_total = sqlite3_column_int64 (stmt, 4);
      g_array_append_val (column->sums, sum);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return crm_store_set_error (store, rc, error), NULL;

  for (guint i = 0; i < columns->len; i++)
    {
      CrmPipelineColumn *column = g_ptr_array_index (columns, i);

      g_array_sort (column->sums, compare_sums);
    }

  return g_steal_pointer (&columns);
}

static void
placement_from_deal (CrmDealPlacement *placement,
                     CrmDeal          *deal)
{
  placement->stage_id = g_strdup (crm_deal_get_stage_id (deal));
  placement->stage_entered_at = crm_deal_get_stage_entered_at (deal);
  placement->closed_at = crm_deal_get_closed_at (deal);
  placement->close_reason = g_strdup (crm_deal_get_close_reason (deal));
}

static void
apply_placement (CrmDeal                *deal,
                 const CrmDealPlacement *placement)
{
  crm_deal_set_stage_id (deal, placement->stage_id);
  crm_deal_set_stage_entered_at (deal, placement->stage_entered_at);
  crm_deal_set_closed_at (deal, placement->closed_at);
  crm_deal_set_close_reason (deal, placement->close_reason);
}

gboolean
crm_pipeline_move_deal (CrmStore          *store,
                        CrmDeal           *deal,
                        const char        *stage_id,
                        const char        *reason,
                        CrmDealPlacement  *previous,
                        GError           **error)
{
  g_auto(CrmDealPlacement) before = { NULL, 0, 0, NULL };
  g_autoptr(CrmPipelineStage) stage = NULL;
  g_autofree char *stripped = NULL;
  CrmDealPlacement after = { NULL, 0, 0, NULL };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (CRM_IS_DEAL (deal), FALSE);
  g_return_val_if_fail (crm_record_get_id (CRM_RECORD (deal)) != NULL, FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);

  if ((stage = load_stage (store, stage_id, error)) == NULL)
    return FALSE;

  if (crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN &&
      g_strcmp0 (crm_deal_get_stage_id (deal), stage_id) == 0 &&
      crm_deal_get_closed_at (deal) == 0)
    {
      if (previous != NULL)
        placement_from_deal (previous, deal);
      return TRUE;
    }

  after.stage_id = (char *)stage_id;
  after.stage_entered_at = now;
  if (crm_pipeline_stage_get_kind (stage) != CRM_STAGE_KIND_OPEN)
    {
      stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
      if (*stripped == '\0')
        {
          g_set_error_literal (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_REASON_REQUIRED,
                               crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_WON
                                 ? _("Say why the deal was won.")
                                 : _("Say why the deal was lost."));
          return FALSE;
        }
      after.closed_at = now;
      after.close_reason = stripped;
    }

  placement_from_deal (&before, deal);
  apply_placement (deal, &after);
  if (!crm_store_save (store, CRM_RECORD (deal), error))
    {
      /* The caller's object stays what the database holds. */
      apply_placement (deal, &before);
      return FALSE;
    }

  /* Overwritten, not cleared: it may be an uninitialised struct. */
  if (previous != NULL)
    {
      *previous = before;
      memset (&before, 0, sizeof before);
    }

  return TRUE;
}

gboolean
crm_pipeline_place_deal (CrmStore                *store,
                         const char              *deal_id,
                         const CrmDealPlacement  *placement,
                         GError                 **error)
{
  g_autoptr(CrmDeal) deal = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (deal_id != NULL, FALSE);
  g_return_val_if_fail (placement != NULL, FALSE);

  if ((deal = crm_store_load (store, CRM_TYPE_DEAL, deal_id, error)) == NULL)
    return FALSE;

  apply_placement (deal, placement);
  return crm_store_save (store, CRM_RECORD (deal), error);
}

gboolean
crm_pipeline_reorder_stages (CrmStore   *store,
                             GPtrArray  *stages,
                             GError    **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (stages != NULL, FALSE);

  if (!crm_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < stages->len; i++)
    {
      CrmPipelineStage *stage = g_ptr_array_index (stages, i);

      if (crm_pipeline_stage_get_position (stage) == (int)i &&
          crm_record_get_id (CRM_RECORD (stage)) != NULL)
        continue;

      crm_pipeline_stage_set_position (stage, i);
      if (!crm_store_save (store, CRM_RECORD (stage), error))
        {
          crm_store_rollback (store);
          return FALSE;
        }
    }

  return crm_store_commit (store, error);
}

static gboolean
count_open_stages (CrmStore  *store,
                   gint64    *count,
                   GError   **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (store,
                                          "SELECT count (*) FROM pipeline_stages"
                                          " WHERE deleted = 0 AND kind = 'open'",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || crm_store_set_error (store, rc, error);
}

/* Deals keep their closed_at, reason and stage_entered_at: the stage they
 * were in is merged into another, they did not move along the pipeline. */
static gboolean
move_all_deals (CrmStore    *store,
                const char  *stage_id,
                const char  *move_to_stage_id,
                GError     **error)
{
  g_autoptr(GPtrArray) deals = crm_store_list_where (store, CRM_TYPE_DEAL, "stage_id = ?1", "pk",
                                                     stage_id, error);

  if (deals == NULL)
    return FALSE;

  for (guint i = 0; i < deals->len; i++)
    {
      CrmDeal *deal = g_ptr_array_index (deals, i);

      crm_deal_set_stage_id (deal, move_to_stage_id);
      if (!crm_store_save (store, CRM_RECORD (deal), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
crm_pipeline_remove_stage (CrmStore    *store,
                           const char  *stage_id,
                           const char  *move_to_stage_id,
                           GError     **error)
{
  g_autoptr(CrmPipelineStage) stage = NULL;
  g_autoptr(CrmPipelineStage) target = NULL;
  gint64 n_open = 0;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (stage_id != NULL, FALSE);
  g_return_val_if_fail (move_to_stage_id != NULL, FALSE);

  if ((stage = load_stage (store, stage_id, error)) == NULL ||
      (target = load_stage (store, move_to_stage_id, error)) == NULL ||
      !count_open_stages (store, &n_open, error))
    return FALSE;

  if (g_str_equal (stage_id, move_to_stage_id))
    {
      g_set_error_literal (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_NO_SUCH_STAGE,
                           _("Choose another stage to move the deals to."));
      return FALSE;
    }
  if (crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN && n_open <= 1)
    {
      g_set_error_literal (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_LAST_STAGE,
                           _("The pipeline needs at least one open stage."));
      return FALSE;
    }
  if (crm_pipeline_stage_get_kind (stage) != crm_pipeline_stage_get_kind (target))
    {
      g_set_error_literal (error, CRM_PIPELINE_ERROR, CRM_PIPELINE_ERROR_KIND_MISMATCH,
                           crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN
                             ? _("Move the deals to another open stage.")
                             : crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_WON
                               ? _("Move the deals to another won stage.")
                               : _("Move the deals to another lost stage."));
      return FALSE;
    }

  if (!crm_store_begin (store, error))
    return FALSE;

  if (!move_all_deals (store, stage_id, move_to_stage_id, error) ||
      !crm_store_delete (store, CRM_RECORD (stage), error))
    {
      crm_store_rollback (store);
      return FALSE;
    }

  return crm_store_commit (store, error);
}

static gboolean
load_quota (CrmStore    *store,
            const char  *owner_id,
            const char  *currency,
            gint64      *quota,
            GError     **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (store,
                                          "SELECT coalesce (sum (quota), 0) FROM staff"
                                          " WHERE deleted = 0 AND (?1 IS NULL OR id = ?1)"
                                          " AND (?1 IS NOT NULL OR active <> 0)"
                                          " AND coalesce (nullif (currency, ''), ?2) = ?2",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, currency, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *quota = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || crm_store_set_error (store, rc, error);
}

static gint64
local_year_start (int year)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, 1, 1, 0, 0, 0);

  return g_date_time_to_unix (start);
}

/* The share of a yearly quota that falls in [start, end): each calendar year
 * (local time, as the board's periods) the period touches gives its days over
 * that year's own length, so a whole year is the whole quota, leap year or
 * not, and the quarters of a year add up to it but for rounding. Days are
 * counted rounded, so a period across a daylight-saving change is still
 * whole days. */
gint64
crm_forecast_prorate_quota (gint64 yearly_quota,
                            gint64 period_start,
                            gint64 period_end)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_local (period_start);
  gint64 quota = 0;

  if (first == NULL || period_end <= period_start)
    return 0;

  for (int year = g_date_time_get_year (first); ; year++)
    {
      gint64 year_start = local_year_start (year);
      gint64 year_end = local_year_start (year + 1);
      gint64 from = MAX (period_start, year_start);
      gint64 until = MIN (period_end, year_end);
      gint64 year_days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;
      gint64 days;

      if (year_start >= period_end)
        break;
      if (until <= from)
        continue;

      days = (until - from + 43200) / 86400;
      quota += (yearly_quota * days + year_days / 2) / year_days;
    }

  return quota;
}

gboolean
crm_forecast_load (CrmStore     *store,
                   const char   *owner_id,
                   const char   *currency,
                   gint64        period_start,
                   gint64        period_end,
                   CrmForecast  *forecast,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 yearly_quota = 0;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (period_end >= period_start, FALSE);
  g_return_val_if_fail (forecast != NULL, FALSE);

  memset (forecast, 0, sizeof *forecast);

  if (owner_id != NULL && *owner_id == '\0')
    owner_id = NULL;

  if (!load_quota (store, owner_id, currency, &yearly_quota, error))
    return FALSE;

  forecast->quota = crm_forecast_prorate_quota (yearly_quota, period_start, period_end);

  /* Won: closed in a won stage within the period. Open: still open and
   * expected to close within it, weighted by its stage. */
  /* Two halves, so that each reads its own partial index (deals_closed,
   * deals_open) instead of every deal. */
  stmt = crm_store_prepare (store,
                            "SELECT 1, coalesce (d.currency, '') = ?2, count (*), sum (d.amount), 0"
                            " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at > 0 AND s.kind = 'won'"
                            " AND d.closed_at >= ?3 AND d.closed_at < ?4"
                            " AND (?1 IS NULL OR d.owner_id = ?1)"
                            " GROUP BY 2"
                            " UNION ALL "
                            "SELECT 0, coalesce (d.currency, '') = ?2, count (*), sum (d.amount),"
                            " sum (" CRM_PIPELINE_WEIGHTED_SQL ("d.amount", "s.probability") ")"
                            " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at = 0 AND s.kind = 'open' AND s.deleted = 0"
                            " AND d.expected_close_at >= ?3 AND d.expected_close_at < ?4"
                            " AND (?1 IS NULL OR d.owner_id = ?1)"
                            " GROUP BY 2",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, period_start);
  sqlite3_bind_int64 (stmt, 4, period_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean won = sqlite3_column_int (stmt, 0);
      gboolean same_currency = sqlite3_column_int (stmt, 1);

      if (!same_currency)
        forecast->n_left_out += sqlite3_column_int (stmt, 2);
      else if (won)
        forecast->won = sqlite3_column_int64 (stmt, 3);
      else
        forecast->weighted_open = sqlite3_column_int64 (stmt, 4);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return crm_store_set_error (store, rc, error);

  forecast->attainment = forecast->quota > 0 ? (double)forecast->won / forecast->quota : 0.0;

  return TRUE;
}

gboolean
crm_deal_load_cost_of_sale (CrmStore    *store,
                            const char  *deal_id,
                            gint64      *cost,
                            gint64      *minutes,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (deal_id != NULL, FALSE);

  stmt = crm_store_prepare (store,
                            "SELECT coalesce (sum (cost), 0), coalesce (sum (duration_minutes), 0)"
                            " FROM activities WHERE deal_id = ?1 AND deleted = 0",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, deal_id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (cost != NULL)
        *cost = sqlite3_column_int64 (stmt, 0);
      if (minutes != NULL)
        *minutes = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || crm_store_set_error (store, rc, error);
}
