/* crm-conflict-banner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-conflict-banner.h"
#include "crm-models.h"
#include "crm-store-sync.h"

struct _CrmConflictBanner
{
  AdwBin       parent_instance;

  GType        record_type;
  char        *record_id;     /* the record the button resolves; NULL when hidden */

  GtkRevealer *revealer;
  GtkLabel    *title_label;
};

G_DEFINE_FINAL_TYPE (CrmConflictBanner, crm_conflict_banner, ADW_TYPE_BIN)

/* How many losing versions @record has; -1 if that cannot be read. */
static int
count_losing (CrmStore   *store,
              CrmRecord  *record,
              GError    **error)
{
  g_autoptr(GPtrArray) conflicts = crm_store_sync_list_record_conflicts (store, G_OBJECT_TYPE (record),
                                                                         crm_record_get_id (record), error);

  return conflicts != NULL ? (int)conflicts->len : -1;
}

static char *
describe (CrmRecord *record,
          int        n_losing)
{
  if (CRM_IS_CUSTOMER (record))
    return g_strdup (n_losing == 1
                     ? _("This customer was changed on two computers at the same time, and Crm kept both versions.")
                     : _("This customer was changed on several computers at the same time, and Crm kept every version."));

  return g_strdup_printf (n_losing == 1
                          ? _("Contact “%s” was changed on two computers at the same time, and Crm kept both versions.")
                          : _("Contact “%s” was changed on several computers at the same time, and Crm kept every version."),
                          crm_contact_get_name (CRM_CONTACT (record)) != NULL
                          ? crm_contact_get_name (CRM_CONTACT (record)) : "");
}

/**
 * crm_conflict_banner_update:
 * @store: (nullable): the store @data is from
 * @data: (nullable): the customer shown, or %NULL for none
 *
 * Shows the banner while the customer or one of its contacts has versions
 * to choose from, the customer's first; hides it otherwise.
 */
void
crm_conflict_banner_update (CrmConflictBanner    *self,
                            CrmStore             *store,
                            const CrmCustomer360 *data)
{
  g_autoptr(GError) error = NULL;
  CrmRecord *found = NULL;
  int n_losing = 0;

  g_return_if_fail (CRM_IS_CONFLICT_BANNER (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (store != NULL && data != NULL)
    {
      n_losing = count_losing (store, CRM_RECORD (data->customer), &error);
      if (n_losing > 0)
        found = CRM_RECORD (data->customer);

      for (guint i = 0; found == NULL && n_losing == 0 && i < data->contacts->len; i++)
        if ((n_losing = count_losing (store, g_ptr_array_index (data->contacts, i), &error)) > 0)
          found = g_ptr_array_index (data->contacts, i);
    }

  /* The page itself shows what keeps the store from being read. */
  if (error != NULL)
    g_warning ("Could not look for conflicts: %s", error->message);

  g_clear_pointer (&self->record_id, g_free);
  self->record_type = G_TYPE_INVALID;

  if (found != NULL)
    {
      g_autofree char *title = describe (found, n_losing);

      self->record_type = G_OBJECT_TYPE (found);
      self->record_id = g_strdup (crm_record_get_id (found));
      gtk_label_set_label (self->title_label, title);
    }

  gtk_revealer_set_reveal_child (self->revealer, found != NULL);
}

gboolean
crm_conflict_banner_get_revealed (CrmConflictBanner *self)
{
  g_return_val_if_fail (CRM_IS_CONFLICT_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
crm_conflict_banner_get_title (CrmConflictBanner *self)
{
  g_return_val_if_fail (CRM_IS_CONFLICT_BANNER (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/**
 * crm_conflict_banner_get_record:
 * @type: (out) (optional): the record's type
 *
 * Returns: (nullable): the id of the record whose versions the banner tells
 *   of, or %NULL while it is hidden
 */
const char *
crm_conflict_banner_get_record (CrmConflictBanner *self,
                                GType             *type)
{
  g_return_val_if_fail (CRM_IS_CONFLICT_BANNER (self), NULL);

  if (type != NULL)
    *type = self->record_type;
  return self->record_id;
}

static void
crm_conflict_banner_dispose (GObject *object)
{
  /* AdwBin keeps its own pointer to its child: the template must not
   * unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_CONFLICT_BANNER);

  G_OBJECT_CLASS (crm_conflict_banner_parent_class)->dispose (object);
}

static void
crm_conflict_banner_finalize (GObject *object)
{
  CrmConflictBanner *self = CRM_CONFLICT_BANNER (object);

  g_free (self->record_id);

  G_OBJECT_CLASS (crm_conflict_banner_parent_class)->finalize (object);
}

static void
crm_conflict_banner_class_init (CrmConflictBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_conflict_banner_dispose;
  object_class->finalize = crm_conflict_banner_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-conflict-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmConflictBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, CrmConflictBanner, title_label);
}

static void
crm_conflict_banner_init (CrmConflictBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
