/* crm-pipeline-view-private.h: the board's state, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-pipeline-view.h"

G_BEGIN_DECLS

typedef enum
{
  REFRESH_SUMS     = 1 << 0,
  REFRESH_STAGES   = 1 << 1,
  REFRESH_NAMES    = 1 << 2,
  REFRESH_OWNERS   = 1 << 3,
} Refresh;

struct _CrmPipelineView
{
  GtkWidget         parent_instance;

  CrmStore         *store;
  CrmPipelineNames *names;
  GPtrArray        *columns;      /* CrmStageColumn, in stage order */
  char             *won_stage_id;
  char             *lost_stage_id;
  char             *owner_id;
  GPtrArray        *owner_ids;    /* parallel to the owner drop-down, after "Everyone" */
  char              currency[4];  /* of the forecast and the minimum amount */
  char              staff_currency[4]; /* the staff's most common, if any */
  CrmDealFilter     filter;
  Refresh           pending;
  gboolean          loaded;       /* once first shown */
  guint             refresh_idle;
  guint             filter_timeout;
  AdwMessageDialog *reason_dialog;
  AdwToast         *last_toast;
  char             *forecast_text;

  GtkWidget        *forecast_bar;
  GtkLabel         *forecast_label;
  GtkLevelBar      *attainment_bar;
  GtkMenuButton    *filter_button;
  GtkDropDown      *owner_dropdown;
  GtkDropDown      *period_dropdown;
  GtkEntry         *minimum_entry;
  GtkStack         *stack;
  GtkScrolledWindow *board_scroller;
  GtkBox           *columns_box;
  GtkWidget        *close_box;
  GtkWidget        *won_button;
  GtkWidget        *lost_button;
  AdwStatusPage    *empty_page;
  GtkWidget        *empty_new_deal_button;
};

/* crm-pipeline-moves.c: moving cards by drop, keyboard and dialog. */
void crm_pipeline_view_install_actions (GtkWidgetClass  *widget_class);
void crm_pipeline_view_add_shortcuts   (CrmPipelineView *self);
void crm_pipeline_view_add_close_drops (CrmPipelineView *self);
void crm_pipeline_view_watch_column    (CrmPipelineView *self,
                                        CrmStageColumn  *column);

G_END_DECLS
