/* crm-deal-reports.c: what the deals and quotes say: pipeline, forecast,
 * wins and losses, quoted products; and the records behind the sales figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-deal-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-pipeline-private.h"
#include "crm-sales-reports-private.h"

/* A quote line's total as crm_money_line_total() rounds it: halves away
 * from zero, for credit lines too. */
#define LINE_TOTAL_SQL \
  "(l.quantity * l.unit_price * (10000 - l.discount)" \
  " + CASE WHEN l.quantity * l.unit_price * (10000 - l.discount) < 0 THEN -5000 ELSE 5000 END) / 10000"

static gboolean
finish (CrmStore  *store,
        int        rc,
        GError   **error)
{
  return rc == SQLITE_DONE || crm_store_set_error (store, rc, error);
}

gboolean
crm_sales_load_deal_figures (CrmReportContext  *context,
                             gboolean           previous,
                             CrmDealFigures    *figures,
                             GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  sqlite3_stmt *stmt;
  int rc;

  memset (figures, 0, sizeof *figures);

  /* Won and lost by count, whatever the currency: a win rate is about deals. */
  stmt = crm_store_prepare (store,
                            "SELECT s.kind, count (*), sum (CASE WHEN d.currency = ?3 THEN d.amount ELSE 0 END)"
                            " FROM deals d INDEXED BY deals_closed JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at >= ?1 AND d.closed_at < ?2 AND d.closed_at > 0"
                            " GROUP BY s.kind",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, previous ? params->period.prev_start : params->period.start);
  sqlite3_bind_int64 (stmt, 2, previous ? params->period.prev_end : params->period.end);
  sqlite3_bind_text (stmt, 3, params->currency, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *)sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (kind, "won") == 0)
        {
          figures->n_won = sqlite3_column_int (stmt, 1);
          figures->won_amount = sqlite3_column_int64 (stmt, 2);
        }
      else if (g_strcmp0 (kind, "lost") == 0)
        figures->n_lost = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (!finish (store, rc, error))
    return FALSE;

  if (figures->n_won + figures->n_lost > 0)
    figures->win_rate = ((gint64)figures->n_won * 10000 + (figures->n_won + figures->n_lost) / 2) /
                        (figures->n_won + figures->n_lost);

  stmt = crm_store_prepare (store,
                            "SELECT coalesce (sum (" CRM_PIPELINE_WEIGHTED_SQL ("d.amount", "s.probability") "), 0)"
                            " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at = 0 AND s.kind = 'open' AND d.currency = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    figures->weighted_open = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW || crm_store_set_error (store, rc, error);
}

CrmReportTable *
crm_sales_report_pipeline (CrmReportContext  *context,
                           GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, -1 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT s.id, s.name, s.probability, count (d.pk), coalesce (sum (d.amount), 0),"
                            " coalesce (sum (" CRM_PIPELINE_WEIGHTED_SQL ("d.amount", "s.probability") "), 0)"
                            " FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id AND d.deleted = 0"
                            " AND d.closed_at = 0 AND d.currency = ?1"
                            " WHERE s.deleted = 0 AND s.kind = 'open'"
                            " GROUP BY s.id ORDER BY s.position, s.name",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "pipeline");
  crm_report_table_add_column (table, "stage", _("Stage"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "deals", _("Deals"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "amount", _("Amount"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "probability", _("Probability"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "weighted", _("Weighted"), CRM_VALUE_MONEY);
  crm_report_table_set_chart (table, CRM_CHART_FUNNEL, 0, series);

  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *drill = g_strdup_printf ("stage:%s", sqlite3_column_text (stmt, 0));
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, (const char *)sqlite3_column_text (stmt, 1));
      crm_report_table_set_value (table, row, 1, sqlite3_column_int64 (stmt, 3));
      crm_report_table_set_value (table, row, 2, sqlite3_column_int64 (stmt, 4));
      crm_report_table_set_value (table, row, 3, sqlite3_column_int64 (stmt, 2) * 100);
      crm_report_table_set_value (table, row, 4, sqlite3_column_int64 (stmt, 5));
    }
  sqlite3_reset (stmt);

  return finish (store, rc, error) ? g_steal_pointer (&table) : NULL;
}

/* The same rules as crm_forecast_load(), for everyone at once: won = closed
 * in a won stage within the period; open = expected to close within it,
 * weighted. */
CrmReportTable *
crm_sales_report_forecast (CrmReportContext  *context,
                           GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, 3, -1 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = crm_store_prepare (store,
                            "WITH won AS ("
                            "  SELECT d.owner_id AS owner_id, sum (d.amount) AS amount"
                            "  FROM deals d INDEXED BY deals_closed JOIN pipeline_stages s ON s.id = d.stage_id"
                            "  WHERE d.deleted = 0 AND d.closed_at > 0 AND s.kind = 'won'"
                            "  AND d.closed_at >= ?2 AND d.closed_at < ?3 AND d.currency = ?1"
                            "  GROUP BY d.owner_id),"
                            " open AS ("
                            "  SELECT d.owner_id AS owner_id,"
                            "  sum (" CRM_PIPELINE_WEIGHTED_SQL ("d.amount", "s.probability") ") AS weighted"
                            "  FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                            "  WHERE d.deleted = 0 AND d.closed_at = 0 AND s.kind = 'open' AND s.deleted = 0"
                            "  AND d.expected_close_at >= ?2 AND d.expected_close_at < ?3 AND d.currency = ?1"
                            "  GROUP BY d.owner_id)"
                            " SELECT st.id, st.name,"
                            " CASE WHEN coalesce (nullif (st.currency, ''), ?1) = ?1 THEN st.quota ELSE 0 END,"
                            " coalesce (won.amount, 0), coalesce (open.weighted, 0)"
                            " FROM staff st LEFT JOIN won ON won.owner_id = st.id LEFT JOIN open ON open.owner_id = st.id"
                            " WHERE st.deleted = 0 AND (st.active <> 0 OR won.amount IS NOT NULL OR open.weighted IS NOT NULL)"
                            " AND (st.quota > 0 OR won.amount IS NOT NULL OR open.weighted IS NOT NULL)"
                            " ORDER BY coalesce (won.amount, 0) + coalesce (open.weighted, 0) DESC, st.name",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "forecast");
  crm_report_table_add_column (table, "salesperson", _("Salesperson"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "quota", _("Quota"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "won", _("Won"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "weighted_open", _("Weighted Open"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "forecast", _("Forecast"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "attainment", _("Attainment"), CRM_VALUE_PERCENT);
  crm_report_table_add_column (table, "forecast_attainment", _("Forecast Attainment"), CRM_VALUE_PERCENT);
  crm_report_table_set_chart (table, CRM_CHART_STACKED_BAR, 0, series);

  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, params->period.start);
  sqlite3_bind_int64 (stmt, 3, params->period.end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *drill = g_strdup_printf ("owner:%s", sqlite3_column_text (stmt, 0));
      gint64 quota = crm_forecast_prorate_quota (sqlite3_column_int64 (stmt, 2),
                                                 params->period.start, params->period.end);
      gint64 won = sqlite3_column_int64 (stmt, 3);
      gint64 weighted = sqlite3_column_int64 (stmt, 4);
      guint row = crm_report_table_add_row (table, drill);

      crm_report_table_set_text (table, row, 0, (const char *)sqlite3_column_text (stmt, 1));
      crm_report_table_set_value (table, row, 1, quota);
      crm_report_table_set_value (table, row, 2, won);
      crm_report_table_set_value (table, row, 3, weighted);
      crm_report_table_set_value (table, row, 4, won + weighted);
      if (quota > 0)
        {
          crm_report_table_set_value (table, row, 5, (won * 10000 + quota / 2) / quota);
          crm_report_table_set_value (table, row, 6, ((won + weighted) * 10000 + quota / 2) / quota);
        }
      else
        {
          crm_report_table_set_text (table, row, 5, "—");
          crm_report_table_set_text (table, row, 6, "—");
        }
    }
  sqlite3_reset (stmt);

  return finish (store, rc, error) ? g_steal_pointer (&table) : NULL;
}

CrmReportTable *
crm_sales_report_win_loss (CrmReportContext  *context,
                           GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, -1 };
  CrmDealFigures figures;
  sqlite3_stmt *stmt;
  guint row;
  int rc;

  if (!crm_sales_load_deal_figures (context, FALSE, &figures, error))
    return NULL;

  stmt = crm_store_prepare (store,
                            "SELECT s.kind, coalesce (d.close_reason, ''), count (*),"
                            " sum (CASE WHEN d.currency = ?3 THEN d.amount ELSE 0 END)"
                            " FROM deals d INDEXED BY deals_closed JOIN pipeline_stages s ON s.id = d.stage_id"
                            " WHERE d.deleted = 0 AND d.closed_at >= ?1 AND d.closed_at < ?2 AND d.closed_at > 0"
                            " AND s.kind IN ('won', 'lost')"
                            " GROUP BY 1, 2 ORDER BY 1 DESC, 3 DESC, 2",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "win-loss");
  crm_report_table_add_column (table, "reason", _("Reason"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "outcome", _("Outcome"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "deals", _("Deals"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "amount", _("Amount"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "share", _("Share of Closed Deals"), CRM_VALUE_PERCENT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  sqlite3_bind_text (stmt, 3, params->currency, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *)sqlite3_column_text (stmt, 0);
      const char *reason = (const char *)sqlite3_column_text (stmt, 1);
      gboolean won = g_strcmp0 (kind, "won") == 0;
      guint closed = figures.n_won + figures.n_lost;
      gint64 n = sqlite3_column_int64 (stmt, 2);
      g_autofree char *drill = g_strdup_printf ("reason:%s:%s", kind, reason);

      row = crm_report_table_add_row (table, drill);
      {
        /* TRANSLATORS: a bar of the wins and losses chart: "Won · Fast delivery" */
        g_autofree char *label = g_strdup_printf (_("%s · %s"), won ? _("Won") : _("Lost"),
                                                  *reason != '\0' ? reason : _("No reason given"));

        crm_report_table_set_text (table, row, 0, label);
      }
      crm_report_table_set_text (table, row, 1, won ? _("Won") : _("Lost"));
      crm_report_table_set_value (table, row, 2, n);
      crm_report_table_set_value (table, row, 3, sqlite3_column_int64 (stmt, 3));
      crm_report_table_set_value (table, row, 4, closed > 0 ? (n * 10000 + closed / 2) / closed : 0);
    }
  sqlite3_reset (stmt);
  if (!finish (store, rc, error))
    return NULL;

  /* The win rate is the one figure everyone asks for first. */
  {
    g_autofree char *note = g_strdup_printf (_("Win rate %.1f %% (%u won, %u lost)."),
                                             figures.win_rate / 100.0, figures.n_won, figures.n_lost);

    crm_report_table_set_note (table, note);
  }

  return g_steal_pointer (&table);
}

CrmReportTable *
crm_sales_report_quotes_by_product (CrmReportContext  *context,
                                    GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  static const int series[] = { 2, -1 };
  sqlite3_stmt *stmt;
  guint shown = 0;
  int rc;

  stmt = crm_store_prepare (store,
                            "SELECT p.id, p.name, g.quantity, g.amount, g.quotes, g.accepted FROM"
                            " (SELECT l.product_id AS product_id, sum (l.quantity) AS quantity,"
                            "  sum (" LINE_TOTAL_SQL ") AS amount, count (DISTINCT q.id) AS quotes,"
                            "  count (DISTINCT CASE WHEN q.status = 'accepted' THEN q.id END) AS accepted"
                            "  FROM quotes q INDEXED BY quotes_issued_at"
                            "  JOIN quote_lines l ON l.quote_id = q.id AND l.deleted = 0"
                            "  WHERE q.deleted = 0 AND q.issued_at >= ?1 AND q.issued_at < ?2 AND q.currency = ?3"
                            "  GROUP BY l.product_id) g"
                            " JOIN products p ON p.id = g.product_id"
                            " ORDER BY g.amount DESC, p.name",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_context_new_table (context, "quotes-by-product");
  crm_report_table_add_column (table, "product", _("Product"), CRM_VALUE_TEXT);
  crm_report_table_add_column (table, "quantity", _("Quoted"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "amount", _("Amount"), CRM_VALUE_MONEY);
  crm_report_table_add_column (table, "quotes", _("Quotes"), CRM_VALUE_COUNT);
  crm_report_table_add_column (table, "accepted", _("Accepted"), CRM_VALUE_PERCENT);
  crm_report_table_set_chart (table, CRM_CHART_BAR, 0, series);

  sqlite3_bind_int64 (stmt, 1, params->period.start);
  sqlite3_bind_int64 (stmt, 2, params->period.end);
  sqlite3_bind_text (stmt, 3, params->currency, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *drill = NULL;
      gint64 quotes = sqlite3_column_int64 (stmt, 4);
      guint row;

      /* The top 15 on the dashboard; the rest would not read as a chart. */
      if (shown++ >= 15)
        continue;
      drill = g_strdup_printf ("quoted:%s", sqlite3_column_text (stmt, 0));
      row = crm_report_table_add_row (table, drill);
      crm_report_table_set_text (table, row, 0, (const char *)sqlite3_column_text (stmt, 1));
      crm_report_table_set_value (table, row, 1, sqlite3_column_int64 (stmt, 2));
      crm_report_table_set_value (table, row, 2, sqlite3_column_int64 (stmt, 3));
      crm_report_table_set_value (table, row, 3, quotes);
      crm_report_table_set_value (table, row, 4,
                                  quotes > 0 ? (sqlite3_column_int64 (stmt, 5) * 10000 + quotes / 2) / quotes : 0);
    }
  sqlite3_reset (stmt);

  return finish (store, rc, error) ? g_steal_pointer (&table) : NULL;
}

/* --- the records behind the figures --- */

static CrmReportTable *
drill_orders (CrmReportContext  *context,
              const char        *title,
              const char        *product_id,
              gint64             start,
              gint64             end,
              GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *stmt;

  /* The customers who bought, with what they bought in the range. */
  stmt = crm_store_prepare (store,
                            "SELECT 'customer', c.id, c.name,"
                            " printf ('%d', count (DISTINCT f.order_pk)), max (f.ordered_at), sum (f.revenue)"
                            " FROM sales_facts f JOIN customers c ON c.pk = f.customer_pk"
                            " WHERE f.currency = ?1 AND f.ordered_at >= ?2 AND f.ordered_at < ?3"
                            " AND (?4 IS NULL OR f.product_pk = (SELECT pk FROM products WHERE id = ?4))"
                            " GROUP BY c.pk ORDER BY 6 DESC, c.name",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "orders", title, _("Orders"), _("Last Order"), _("Revenue"));
  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, start);
  sqlite3_bind_int64 (stmt, 3, end);
  sqlite3_bind_text (stmt, 4, product_id, -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}

CrmReportTable *
crm_sales_drill_product (CrmReportContext  *context,
                         const char        *argument,
                         GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);

  return drill_orders (context, _("Customers Who Bought the Product"), argument,
                       params->period.start, params->period.end, error);
}

CrmReportTable *
crm_sales_drill_bucket (CrmReportContext  *context,
                        const char        *argument,
                        GError           **error)
{
  gint64 start, end;
  char *rest;

  start = g_ascii_strtoll (argument, &rest, 10);
  if (*rest != ':' || (end = g_ascii_strtoll (rest + 1, &rest, 10)) <= start || *rest != '\0')
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Unknown report link “bucket:%s”."), argument);
      return NULL;
    }

  return drill_orders (context, _("Customers Who Ordered"), NULL, start, end, error);
}

static CrmReportTable *
drill_deals (CrmReportContext  *context,
             const char        *title,
             const char        *sql,
             const char        *argument,
             const char        *argument2,
             GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *stmt = crm_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "deals", title, _("Customer"), _("Date"), _("Amount"));
  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, params->period.start);
  sqlite3_bind_int64 (stmt, 3, params->period.end);
  sqlite3_bind_text (stmt, 4, argument, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, argument2, -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}

#define DEAL_DRILL_COLUMNS \
  "SELECT 'deal', d.id, coalesce (d.title, ''), coalesce (c.name, ''), "
#define DEAL_DRILL_FROM \
  " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id LEFT JOIN customers c ON c.id = d.customer_id" \
  " WHERE d.deleted = 0 AND d.currency = ?1"

CrmReportTable *
crm_sales_drill_stage (CrmReportContext  *context,
                       const char        *argument,
                       GError           **error)
{
  return drill_deals (context, _("Open Deals in the Stage"),
                      DEAL_DRILL_COLUMNS "d.expected_close_at, d.amount" DEAL_DRILL_FROM
                      " AND d.closed_at = 0 AND d.stage_id = ?4 AND ?2 + ?3 IS NOT NULL AND ?5 IS NULL"
                      " ORDER BY d.amount DESC",
                      argument, NULL, error);
}

CrmReportTable *
crm_sales_drill_owner (CrmReportContext  *context,
                       const char        *argument,
                       GError           **error)
{
  return drill_deals (context, _("Deals Won and Expected"),
                      DEAL_DRILL_COLUMNS "CASE WHEN d.closed_at > 0 THEN d.closed_at ELSE d.expected_close_at END,"
                      " d.amount" DEAL_DRILL_FROM " AND d.owner_id = ?4 AND ?5 IS NULL"
                      " AND ((d.closed_at >= ?2 AND d.closed_at < ?3 AND s.kind = 'won')"
                      "  OR (d.closed_at = 0 AND s.kind = 'open' AND d.expected_close_at >= ?2"
                      "      AND d.expected_close_at < ?3))"
                      " ORDER BY d.closed_at = 0, d.amount DESC",
                      argument, NULL, error);
}

CrmReportTable *
crm_sales_drill_reason (CrmReportContext  *context,
                        const char        *argument,
                        GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (argument, ":", 2);

  if (g_strv_length (parts) != 2 || (g_strcmp0 (parts[0], "won") != 0 && g_strcmp0 (parts[0], "lost") != 0))
    {
      g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                   _("Unknown report link “reason:%s”."), argument);
      return NULL;
    }

  /* Every currency: the reason is about the deals, not their amounts. */
  return drill_deals (context, g_strcmp0 (parts[0], "won") == 0 ? _("Deals Won") : _("Deals Lost"),
                      DEAL_DRILL_COLUMNS "d.closed_at, CASE WHEN d.currency = ?1 THEN d.amount ELSE 0 END"
                      " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                      " LEFT JOIN customers c ON c.id = d.customer_id"
                      " WHERE d.deleted = 0 AND d.closed_at >= ?2 AND d.closed_at < ?3 AND d.closed_at > 0"
                      " AND s.kind = ?4 AND coalesce (d.close_reason, '') = ?5"
                      " ORDER BY d.closed_at DESC",
                      parts[0], parts[1], error);
}

CrmReportTable *
crm_sales_drill_quoted_product (CrmReportContext  *context,
                                const char        *argument,
                                GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);
  CrmStore *store = crm_report_context_get_store (context);
  g_autoptr(CrmReportTable) table = NULL;
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (store,
                            "SELECT 'quote', q.id, coalesce (q.number, ''), coalesce (c.name, '') || ' · ' || q.status,"
                            " q.issued_at,"
                            " sum (" LINE_TOTAL_SQL ")"
                            " FROM quotes q JOIN quote_lines l ON l.quote_id = q.id AND l.deleted = 0"
                            " LEFT JOIN customers c ON c.id = q.customer_id"
                            " WHERE q.deleted = 0 AND q.issued_at >= ?2 AND q.issued_at < ?3 AND q.currency = ?1"
                            " AND l.product_id = ?4"
                            " GROUP BY q.id ORDER BY q.issued_at DESC",
                            error);
  if (stmt == NULL)
    return NULL;

  table = crm_report_drill_table_new (context, "quotes", _("Quotes with the Product"), _("Customer"),
                                      _("Issued"), _("Amount"));
  sqlite3_bind_text (stmt, 1, params->currency, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, params->period.start);
  sqlite3_bind_int64 (stmt, 3, params->period.end);
  sqlite3_bind_text (stmt, 4, argument, -1, SQLITE_STATIC);

  return crm_report_drill_table_fill (table, store, stmt, error) ? g_steal_pointer (&table) : NULL;
}

CrmReportTable *
crm_sales_drill_figure (CrmReportContext  *context,
                        const char        *argument,
                        GError           **error)
{
  const CrmReportParams *params = crm_report_context_get_params (context);

  if (g_strcmp0 (argument, "revenue") == 0)
    return drill_orders (context, _("Customers Who Ordered"), NULL, params->period.start, params->period.end, error);

  if (g_strcmp0 (argument, "deals-won") == 0)
    return drill_deals (context, _("Deals Won"),
                        DEAL_DRILL_COLUMNS "d.closed_at, CASE WHEN d.currency = ?1 THEN d.amount ELSE 0 END"
                        " FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                        " LEFT JOIN customers c ON c.id = d.customer_id"
                        " WHERE d.deleted = 0 AND d.closed_at >= ?2 AND d.closed_at < ?3 AND d.closed_at > 0"
                        " AND s.kind = 'won' AND ?4 IS NULL AND ?5 IS NULL ORDER BY d.closed_at DESC",
                        NULL, NULL, error);

  if (g_strcmp0 (argument, "pipeline") == 0)
    return drill_deals (context, _("Open Deals"),
                        DEAL_DRILL_COLUMNS "d.expected_close_at, d.amount" DEAL_DRILL_FROM
                        " AND d.closed_at = 0 AND s.kind = 'open' AND ?2 + ?3 IS NOT NULL"
                        " AND ?4 IS NULL AND ?5 IS NULL ORDER BY d.amount DESC",
                        NULL, NULL, error);

  g_set_error (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
               _("Unknown report link “figure:%s”."), argument);
  return NULL;
}
