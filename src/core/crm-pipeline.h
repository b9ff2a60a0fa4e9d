/* crm-pipeline.h: the sales pipeline over the store (board columns, moves,
 * stages, forecast, cost of sale). Agreed API: helper P implements it in
 * src/core/crm-pipeline.c (+ crm-deal-list.c); helper R builds the board on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-deal.h"
#include "crm-pipeline-stage.h"
#include "crm-store.h"

G_BEGIN_DECLS

#define CRM_PIPELINE_ERROR (crm_pipeline_error_quark ())
typedef enum {
  CRM_PIPELINE_ERROR_REASON_REQUIRED,  /* won/lost without a reason */
  CRM_PIPELINE_ERROR_NO_SUCH_STAGE,
  CRM_PIPELINE_ERROR_LAST_STAGE,       /* removing the only open stage */
  CRM_PIPELINE_ERROR_KIND_MISMATCH,    /* removing a stage into one of another kind */
} CrmPipelineError;
GQuark crm_pipeline_error_quark (void);

/* Which open deals a board shows. Zero / NULL fields filter nothing. */
typedef struct {
  const char *owner_id;
  gint64      close_from;       /* expected_close_at >= close_from */
  gint64      close_until;      /* expected_close_at <  close_until */
  gint64      minimum_amount;   /* minor units */
} CrmDealFilter;

/* One currency's sums in a column (deals may be in several currencies). */
typedef struct {
  char   currency[4];
  gint64 total;                 /* sum of amounts, minor units */
  gint64 weighted_total;        /* sum of amount * probability / 100, half up per deal */
} CrmPipelineSum;

typedef struct {
  CrmPipelineStage *stage;
  guint             n_deals;
  GArray           *sums;       /* CrmPipelineSum, largest total first */
} CrmPipelineColumn;

void       crm_pipeline_column_free   (CrmPipelineColumn *column);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmPipelineColumn, crm_pipeline_column_free)

/* All stages (open, won, lost) ordered by position; a GPtrArray of CrmPipelineStage. */
GPtrArray *crm_pipeline_list_stages   (CrmStore            *store,
                                       GError             **error);
/* One column per OPEN stage, by position, with counts and sums under @filter
 * (one query, not one per deal). */
GPtrArray *crm_pipeline_load_columns  (CrmStore            *store,
                                       const CrmDealFilter *filter,
                                       GError             **error);

/* Where a deal sits; what a move changes, and what an undo puts back. */
typedef struct {
  char   *stage_id;
  gint64  stage_entered_at;
  gint64  closed_at;
  char   *close_reason;
} CrmDealPlacement;
void crm_deal_placement_clear (CrmDealPlacement *placement);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CrmDealPlacement, crm_deal_placement_clear)

/* Moves @deal (saved) to @stage_id and saves it at once: stage_entered_at =
 * now; into a won/lost stage it needs a non-empty @reason (else
 * CRM_PIPELINE_ERROR_REASON_REQUIRED) and sets closed_at = now and the
 * reason; into an open stage it clears both. @previous (nullable) receives
 * the placement before the move, for an undo (it is overwritten, not freed:
 * clear it with crm_deal_placement_clear() when done). A move into the open stage
 * the deal is already in changes nothing (its time in the stage goes on). */
gboolean   crm_pipeline_move_deal     (CrmStore            *store,
                                       CrmDeal             *deal,
                                       const char          *stage_id,
                                       const char          *reason,
                                       CrmDealPlacement    *previous,
                                       GError             **error);
/* Puts the deal back exactly where @placement says (undo). */
gboolean   crm_pipeline_place_deal    (CrmStore            *store,
                                       const char          *deal_id,
                                       const CrmDealPlacement *placement,
                                       GError             **error);

/* Stage editing (Preferences). Saves positions 0..n-1 in the array's order. */
gboolean   crm_pipeline_reorder_stages (CrmStore           *store,
                                        GPtrArray          *stages,
                                        GError            **error);
/* Deletes a stage after moving its deals (open and closed) to
 * @move_to_stage_id, in one transaction. The deals keep their dates and
 * reasons, so the target must be of the same kind (open, won, lost): else
 * CRM_PIPELINE_ERROR_KIND_MISMATCH. */
gboolean   crm_pipeline_remove_stage  (CrmStore            *store,
                                       const char          *stage_id,
                                       const char          *move_to_stage_id,
                                       GError             **error);

/* Forecast for one salesperson (or everyone, @owner_id NULL) over
 * [@period_start, @period_end): staff.quota is yearly, prorated by
 * crm_forecast_prorate_quota(). Amounts in deals of another currency than
 * @currency are left out and counted in n_left_out. */
typedef struct {
  gint64 quota;
  gint64 won;                   /* deals closed won in the period */
  gint64 weighted_open;         /* open deals expected to close in the period, weighted */
  double attainment;            /* won / quota, 0 when no quota */
  guint  n_left_out;
} CrmForecast;
/* The part of @yearly_quota for [@period_start, @period_end): the days in
 * each calendar year (local time) over that year's length (365 or 366). */
gint64     crm_forecast_prorate_quota (gint64               yearly_quota,
                                       gint64               period_start,
                                       gint64               period_end);
gboolean   crm_forecast_load          (CrmStore            *store,
                                       const char          *owner_id,
                                       const char          *currency,
                                       gint64               period_start,
                                       gint64               period_end,
                                       CrmForecast         *forecast,
                                       GError             **error);

/* The activities linked to a deal: their summed cost (minor units) and minutes. */
gboolean   crm_deal_load_cost_of_sale (CrmStore            *store,
                                       const char          *deal_id,
                                       gint64              *cost,
                                       gint64              *minutes,
                                       GError             **error);

G_END_DECLS
