/* crm-page-context.h: what the customer page's rows need besides their record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-customer-360.h"
#include "crm-pipeline-stage.h"
#include "crm-store.h"

G_BEGIN_DECLS

/* Names of what records point at, loaded once and kept until staff or
 * stages change, and the figures of the orders shown. */
typedef struct
{
  CrmStore   *store;
  GPtrArray  *staff;          /* CrmStaff by name; NULL until needed */
  GHashTable *staff_names;    /* staff id → name */
  GHashTable *stages;         /* pipeline stage id → CrmPipelineStage */
  gboolean    stages_loaded;
  GHashTable *order_totals;   /* order id → gint64 *, minor units, into the data shown */
  gint64      now;
  GSettings  *settings;       /* NULL until needed, or without the schema */
} CrmPageContext;

void              crm_page_context_init         (CrmPageContext       *context);
void              crm_page_context_clear        (CrmPageContext       *context);
void              crm_page_context_set_store    (CrmPageContext       *context,
                                                 CrmStore             *store);
void              crm_page_context_forget_names (CrmPageContext       *context);
void              crm_page_context_load_names   (CrmPageContext       *context);
void              crm_page_context_set_data     (CrmPageContext       *context,
                                                 const CrmCustomer360 *data);
const char       *crm_page_context_staff_name   (CrmPageContext       *context,
                                                 const char           *staff_id);
CrmPipelineStage *crm_page_context_stage        (CrmPageContext       *context,
                                                 const char           *stage_id);
const char       *crm_page_context_current_staff_id (CrmPageContext   *context);

G_END_DECLS
