/* crm-record-private.h: what the store knows of a record beyond its properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-record.h"

G_BEGIN_DECLS

gint64 crm_record_get_pk (CrmRecord *self);
void   crm_record_set_pk (CrmRecord *self,
                          gint64     pk);

void   crm_record_set_times (CrmRecord *self,
                             gint64     created_at,
                             gint64     updated_at);

G_END_DECLS
