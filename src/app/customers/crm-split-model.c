/* crm-split-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-split-model.h"

/* GTK 4.8's list view and single selection, when rows they track (the one
 * at the top, the selected one) are replaced, look at every added item to
 * find them again: a search cleared over 100 000 customers would build them
 * all. Told "removed" and then "added" instead, they look at nothing, and
 * only the rows on screen are built. Small changes pass unchanged, so that
 * the view keeps its rows. */
#define SPLIT_THRESHOLD 200

struct _CrmSplitModel
{
  GObject     parent_instance;

  GListModel *model;
  /* Between the two steps the model already holds the new items; the
   * @gap_size of them from @gap_position on are not announced yet. */
  guint       gap_position;
  guint       gap_size;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmSplitModel, crm_split_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  SPLIT_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
crm_split_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (CRM_SPLIT_MODEL (list)->model);
}

static guint
crm_split_model_get_n_items (GListModel *list)
{
  CrmSplitModel *self = CRM_SPLIT_MODEL (list);

  return g_list_model_get_n_items (self->model) - self->gap_size;
}

static gpointer
crm_split_model_get_item (GListModel *list,
                          guint       position)
{
  CrmSplitModel *self = CRM_SPLIT_MODEL (list);

  if (self->gap_size > 0 && position >= self->gap_position)
    {
      if (position > G_MAXUINT - self->gap_size)
        return NULL;
      position += self->gap_size;
    }

  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_split_model_get_item_type;
  iface->get_n_items = crm_split_model_get_n_items;
  iface->get_item = crm_split_model_get_item;
}

static void
on_items_changed (CrmSplitModel *self,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GListModel    *model)
{
  if (removed == 0 || added < SPLIT_THRESHOLD)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  self->gap_position = position;
  self->gap_size = added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
  self->gap_size = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
  g_signal_emit (self, signals[SPLIT_DONE], 0, position);
}

static void
crm_split_model_dispose (GObject *object)
{
  CrmSplitModel *self = CRM_SPLIT_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (crm_split_model_parent_class)->dispose (object);
}

static void
crm_split_model_class_init (CrmSplitModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = crm_split_model_dispose;

  /**
   * CrmSplitModel::split-done:
   * @position: where the replaced items start
   *
   * A change was passed on in two steps: views lost track of the rows they
   * showed and may want to scroll somewhere sensible.
   */
  signals[SPLIT_DONE] =
    g_signal_new ("split-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
crm_split_model_init (CrmSplitModel *self)
{
}

CrmSplitModel *
crm_split_model_new (GListModel *model)
{
  CrmSplitModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (CRM_TYPE_SPLIT_MODEL, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);

  return self;
}

GListModel *
crm_split_model_get_model (CrmSplitModel *self)
{
  g_return_val_if_fail (CRM_IS_SPLIT_MODEL (self), NULL);

  return self->model;
}

/**
 * crm_split_model_is_settled:
 *
 * Returns: %FALSE between the two steps of a split change, when positions
 *   in the model and in this one differ
 */
gboolean
crm_split_model_is_settled (CrmSplitModel *self)
{
  g_return_val_if_fail (CRM_IS_SPLIT_MODEL (self), TRUE);

  return self->gap_size == 0;
}
