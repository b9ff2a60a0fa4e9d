/* crm-staff-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-staff.h"
#include "crm-staff-list.h"

/**
 * crm_staff_list_load:
 * @store: (nullable): the database, if one is open
 *
 * Owners and "who" are shown by name wherever they appear; a database that
 * cannot list its staff leaves the names out rather than the view.
 *
 * Returns: (transfer container) (element-type CrmStaff): every staff member
 *   in the store's order; empty, with a warning in the log, when they cannot
 *   be read
 */
GPtrArray *
crm_staff_list_load (CrmStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *staff;

  g_return_val_if_fail (store == NULL || CRM_IS_STORE (store), NULL);

  if (store != NULL && (staff = crm_store_list (store, CRM_TYPE_STAFF, NULL, NULL, &error)) != NULL)
    return staff;

  if (error != NULL)
    g_warning ("Cannot list the staff: %s", error->message);

  return g_ptr_array_new_with_free_func (g_object_unref);
}
