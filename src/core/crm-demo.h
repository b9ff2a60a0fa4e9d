/* crm-demo.h: a realistic, reproducible demo data set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

/**
 * CrmDemoProgress:
 * @stage: what is being created, a translated sentence fragment ("Creating orders")
 * @done: steps of @stage done so far
 * @total: steps in @stage
 *
 * Called at the start and end of each stage and at most once every 1 000 steps
 * in between. A step is one record, or one customer in the stages that create
 * several records per customer (orders with their lines, activities).
 */
typedef void (*CrmDemoProgress) (const char *stage,
                                 guint64     done,
                                 guint64     total,
                                 gpointer    user_data);

gboolean crm_demo_generate (CrmStore         *store,
                            guint             n_customers,
                            guint32           seed,
                            gint64            now,
                            CrmDemoProgress   progress,
                            gpointer          user_data,
                            GError          **error);

G_END_DECLS
