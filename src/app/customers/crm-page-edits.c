/* crm-page-edits.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-page-edits.h"

static const char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * crm_page_edits_new_activity:
 * @staff_id: (nullable): who did it
 * @subject: (nullable): what it was about
 * @body: (nullable): what was said or done
 * @due_at: when a task is due (unix seconds), or 0
 *
 * Returns: (transfer full): an activity of the customer done now, not saved
 *   yet, for the caller to add to (a deal, a duration, a cost)
 */
CrmActivity *
crm_page_edits_new_activity (const char       *customer_id,
                             const char       *staff_id,
                             CrmActivityKind   kind,
                             const char       *subject,
                             const char       *body,
                             gint64            due_at)
{
  CrmActivity *activity = crm_activity_new ();

  g_return_val_if_fail (customer_id != NULL, NULL);

  crm_activity_set_kind (activity, kind);
  crm_activity_set_customer_id (activity, customer_id);
  crm_activity_set_staff_id (activity, staff_id);
  crm_activity_set_subject (activity, empty_to_null (subject));
  crm_activity_set_body (activity, empty_to_null (body));
  crm_activity_set_at (activity, g_get_real_time () / G_USEC_PER_SEC);
  crm_activity_set_due_at (activity, due_at);

  return activity;
}

/**
 * crm_page_edits_log_activity:
 * @staff_id: (nullable): who did it
 * @subject: (nullable): what it was about
 * @body: (nullable): what was said or done
 * @due_at: when a task is due (unix seconds), or 0
 *
 * Saves an activity of the customer done now.
 *
 * Returns: (transfer full) (nullable): the activity, or %NULL with @error set
 */
CrmActivity *
crm_page_edits_log_activity (CrmStore         *store,
                             const char       *customer_id,
                             const char       *staff_id,
                             CrmActivityKind   kind,
                             const char       *subject,
                             const char       *body,
                             gint64            due_at,
                             GError          **error)
{
  g_autoptr(CrmActivity) activity = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (customer_id != NULL, NULL);

  activity = crm_page_edits_new_activity (customer_id, staff_id, kind, subject, body, due_at);
  if (!crm_store_save (store, CRM_RECORD (activity), error))
    return NULL;

  return g_steal_pointer (&activity);
}

/**
 * crm_page_edits_save_contact:
 * @contacts: (element-type CrmContact): the customer's contacts
 * @contact: a new contact, or one of @contacts as the store has it
 *
 * Saves @contact as one of the customer's. A primary contact becomes the
 * only one: all of it happens, or none.
 */
gboolean
crm_page_edits_save_contact (CrmStore    *store,
                             const char  *customer_id,
                             GPtrArray   *contacts,
                             CrmContact  *contact,
                             GError     **error)
{
  const char *id;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (customer_id != NULL, FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);

  if (crm_contact_get_customer_id (contact) == NULL)
    crm_contact_set_customer_id (contact, customer_id);
  id = crm_record_get_id (CRM_RECORD (contact));

  if (!crm_store_begin (store, error))
    return FALSE;

  for (guint i = 0; crm_contact_get_is_primary (contact) && contacts != NULL && i < contacts->len; i++)
    {
      CrmContact *other = g_ptr_array_index (contacts, i);
      g_autoptr(CrmContact) fresh = NULL;

      if (!crm_contact_get_is_primary (other) || g_strcmp0 (crm_record_get_id (CRM_RECORD (other)), id) == 0)
        continue;

      fresh = crm_store_load (store, CRM_TYPE_CONTACT, crm_record_get_id (CRM_RECORD (other)), error);
      if (fresh != NULL)
        crm_contact_set_is_primary (fresh, FALSE);
      if (fresh == NULL || !crm_store_save (store, CRM_RECORD (fresh), error))
        {
          crm_store_rollback (store);
          return FALSE;
        }
    }

  if (!crm_store_save (store, CRM_RECORD (contact), error))
    {
      crm_store_rollback (store);
      return FALSE;
    }

  return crm_store_commit (store, error);
}

gboolean
crm_page_edits_complete_task (CrmStore    *store,
                              const char  *activity_id,
                              GError     **error)
{
  g_autoptr(CrmActivity) task = NULL;

  g_return_val_if_fail (CRM_IS_STORE (store), FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);

  if ((task = crm_store_load (store, CRM_TYPE_ACTIVITY, activity_id, error)) == NULL)
    return FALSE;

  crm_activity_set_done (task, TRUE);
  return crm_store_save (store, CRM_RECORD (task), error);
}
