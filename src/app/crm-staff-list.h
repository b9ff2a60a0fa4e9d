/* crm-staff-list.h: the staff, as the views show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"

G_BEGIN_DECLS

GPtrArray *crm_staff_list_load (CrmStore *store);

G_END_DECLS
