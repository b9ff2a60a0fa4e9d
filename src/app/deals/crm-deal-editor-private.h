/* crm-deal-editor-private.h: what the deal editor's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-customer-list.h"
#include "crm-deal-editor.h"
#include "crm-deal.h"

G_BEGIN_DECLS

struct _CrmDealEditor
{
  AdwWindow            parent_instance;

  CrmStore            *store;
  char                *deal_id;         /* NULL until a new deal is created */
  CrmDeal             *deal;            /* as the store had it last */
  char                *customer_id;
  GPtrArray           *stages;          /* CrmPipelineStage: the stage row's choices */
  GPtrArray           *staff;           /* CrmStaff: the owner row's choices after "Nobody" */
  GPtrArray           *contacts;        /* CrmContact: the contact row's choices after "Nobody" */
  CrmCustomerList     *customers;       /* the search for a new deal's customer */
  guint                save_source;
  gboolean             updating;
  AdwMessageDialog    *reason_dialog;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkWidget           *create_button;
  GtkLabel            *state_label;
  AdwPreferencesGroup *customer_group;
  AdwActionRow        *customer_row;
  GtkWidget           *change_customer_button;
  AdwEntryRow         *customer_search_row;
  GtkListBox          *customer_list;
  AdwEntryRow         *title_row;
  AdwComboRow         *contact_row;
  AdwEntryRow         *amount_row;
  AdwEntryRow         *currency_row;
  AdwEntryRow         *close_row;
  GtkPopover          *close_popover;
  GtkCalendar         *close_calendar;
  AdwComboRow         *owner_row;
  AdwComboRow         *stage_row;
  GtkTextView         *notes_view;
  GtkWidget           *cost_group;
  GtkLabel            *cost_label;
  GtkLabel            *time_label;
  GtkLabel            *margin_label;
  GtkListBox          *activities_list;
  GtkWidget           *quotes_group;
  GtkListBox          *quotes_list;
};

void crm_deal_editor_show_error   (CrmDealEditor *self,
                                   const char    *what,
                                   const GError  *error);
void crm_deal_editor_fill_lists   (CrmDealEditor *self);
void crm_deal_editor_search_customers (CrmDealEditor *self,
                                   const char    *text);

G_END_DECLS
