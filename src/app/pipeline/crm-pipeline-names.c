/* crm-pipeline-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-customer.h"
#include "crm-pipeline-names.h"
#include "crm-staff.h"
#include "crm-staff-list.h"

/* Cards are bound as the columns scroll: a customer's name is looked up once
 * and kept, and the staff (a few dozen people) are read all at once, so a
 * bind never costs more than one small query. */

struct _CrmPipelineNames
{
  CrmStore   *store;
  GHashTable *customers;  /* id → name */
  GHashTable *staff;      /* id → name */
  GHashTable *initials;   /* id → initials */
};

static void
names_clear (CrmPipelineNames *self)
{
  g_clear_object (&self->store);
  g_clear_pointer (&self->customers, g_hash_table_unref);
  g_clear_pointer (&self->staff, g_hash_table_unref);
  g_clear_pointer (&self->initials, g_hash_table_unref);
}

CrmPipelineNames *
crm_pipeline_names_new (CrmStore *store)
{
  CrmPipelineNames *self = g_rc_box_new0 (CrmPipelineNames);

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->customers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

CrmPipelineNames *
crm_pipeline_names_ref (CrmPipelineNames *self)
{
  return g_rc_box_acquire (self);
}

void
crm_pipeline_names_unref (CrmPipelineNames *self)
{
  g_rc_box_release_full (self, (GDestroyNotify) names_clear);
}

/* "Ada Lovelace" → "AL"; one name gives one letter. */
static char *
make_initials (const char *name)
{
  GString *initials = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit (name != NULL ? name : "", " ", -1);
  guint n_words = g_strv_length (words);
  guint picked = 0;

  for (guint i = 0; i < n_words && picked < 2; i++)
    {
      /* First and last name, skipping the middle ones. */
      guint index = picked == 0 ? i : n_words - 1;

      if (words[index][0] == '\0')
        continue;
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[index])));
      picked++;
      if (index == n_words - 1)
        break;
    }

  return g_string_free (initials, FALSE);
}

static void
load_staff (CrmPipelineNames *self)
{
  g_autoptr(GPtrArray) staff = NULL;

  if (self->staff != NULL)
    return;

  self->staff = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  staff = crm_staff_list_load (self->store);
  for (guint i = 0; i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);
      const char *id = crm_record_get_id (CRM_RECORD (member));

      g_hash_table_insert (self->staff, g_strdup (id), g_strdup (crm_staff_get_name (member)));
      g_hash_table_insert (self->initials, g_strdup (id), make_initials (crm_staff_get_name (member)));
    }
}

const char *
crm_pipeline_names_customer (CrmPipelineNames *self,
                             const char       *customer_id)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  g_return_val_if_fail (self != NULL, NULL);

  if (customer_id == NULL || customer_id[0] == '\0')
    return NULL;
  if (g_hash_table_lookup_extended (self->customers, customer_id, NULL, (gpointer *) &name))
    return name;

  customer = crm_store_lookup (self->store, CRM_TYPE_CUSTOMER, customer_id, &error);
  if (error != NULL)
    g_warning ("Cannot read customer %s: %s", customer_id, error->message);
  name = customer != NULL ? crm_customer_get_name (customer) : NULL;
  g_hash_table_insert (self->customers, g_strdup (customer_id), g_strdup (name));

  return g_hash_table_lookup (self->customers, customer_id);
}

const char *
crm_pipeline_names_initials (CrmPipelineNames *self,
                             const char       *staff_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (staff_id == NULL)
    return NULL;
  load_staff (self);
  return g_hash_table_lookup (self->initials, staff_id);
}

const char *
crm_pipeline_names_staff (CrmPipelineNames *self,
                          const char       *staff_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (staff_id == NULL)
    return NULL;
  load_staff (self);
  return g_hash_table_lookup (self->staff, staff_id);
}

/* After customers or staff changed: the next binds read them again. */
void
crm_pipeline_names_forget (CrmPipelineNames *self)
{
  g_return_if_fail (self != NULL);

  g_hash_table_remove_all (self->customers);
  g_clear_pointer (&self->staff, g_hash_table_unref);
  g_clear_pointer (&self->initials, g_hash_table_unref);
}
