/* crm-pipeline-private.h: what the pipeline and the deal list share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-pipeline.h"

G_BEGIN_DECLS

/* A CrmDealFilter over deals aliased "d", bound by crm_pipeline_bind_filter()
 * as ?1 … ?4; each part is a no-op when its value is NULL or 0, so one
 * prepared statement serves every filter. */
#define CRM_PIPELINE_FILTER_SQL \
  " AND (?1 IS NULL OR d.owner_id = ?1)" \
  " AND (?2 = 0 OR d.expected_close_at >= ?2)" \
  " AND (?3 = 0 OR d.expected_close_at < ?3)" \
  " AND (?4 = 0 OR d.amount >= ?4)"

/* crm_pipeline_weighted_amount() in SQL: amount × probability / 100, halves
 * away from zero. */
#define CRM_PIPELINE_WEIGHTED_SQL(amount, probability) \
  "(CASE WHEN " amount " >= 0 THEN (" amount " * " probability " + 50) / 100" \
  " ELSE -((-" amount " * " probability " + 50) / 100) END)"

void   crm_pipeline_bind_filter     (sqlite3_stmt        *stmt,
                                     const CrmDealFilter *filter);
gint64 crm_pipeline_weighted_amount (gint64               amount,
                                     int                  probability);

G_END_DECLS
