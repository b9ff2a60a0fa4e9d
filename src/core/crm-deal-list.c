/* crm-deal-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-deal-list"

#include "config.h"

#include "crm-deal-list.h"
#include "crm-pipeline-private.h"
#include "crm-row-keys-private.h"
#include "crm-store-private.h"

struct _CrmDealList
{
  GObject        parent_instance;

  CrmStore      *store;
  char          *stage_id;
  CrmDealFilter  filter;        /* owns filter.owner_id */
  CrmRowKeys     keys;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmDealList, crm_deal_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAGE_ID,
  PROP_FILTER,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void copy_filter (CrmDealList         *self,
                         const CrmDealFilter *filter);

/* Deals without an expected close date go last: they are the least pressing. */
static GArray *
query_pks (CrmDealList  *self,
           GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (self->store,
                            "SELECT d.pk FROM deals d INDEXED BY deals_open"
                            " WHERE d.stage_id = ?5 AND d.deleted = 0 AND d.closed_at = 0"
                            CRM_PIPELINE_FILTER_SQL
                            " ORDER BY d.expected_close_at = 0, d.expected_close_at, d.pk",
                            error);
  if (stmt == NULL)
    return NULL;

  crm_pipeline_bind_filter (stmt, &self->filter);
  sqlite3_bind_text (stmt, 5, self->stage_id, -1, SQLITE_STATIC);

  return crm_row_keys_collect (self->store, stmt, error);
}

static void
refresh (CrmDealList *self,
         gint64       changed_pk)
{
  g_autoptr(GError) error = NULL;
  GArray *pks = query_pks (self, &error);

  if (pks == NULL)
    {
      g_warning ("Cannot list deals: %s", error->message);
      return;
    }

  if (crm_row_keys_replace (&self->keys, pks, G_LIST_MODEL (self), changed_pk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_store_changed (CrmDealList   *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind,
                  CrmStore      *store)
{
  if (type != CRM_TYPE_DEAL)
    return;

  refresh (self, crm_row_keys_lookup_pk (self->store, CRM_TYPE_DEAL, id));
}

static GType
crm_deal_list_get_item_type (GListModel *model)
{
  return CRM_TYPE_DEAL;
}

static guint
crm_deal_list_get_n_items (GListModel *model)
{
  CrmDealList *self = CRM_DEAL_LIST (model);

  return self->keys.pks->len;
}

static gpointer
crm_deal_list_get_item (GListModel *model,
                        guint       position)
{
  CrmDealList *self = CRM_DEAL_LIST (model);

  return crm_row_keys_get_item (&self->keys, self->store, CRM_TYPE_DEAL, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_deal_list_get_item_type;
  iface->get_n_items = crm_deal_list_get_n_items;
  iface->get_item = crm_deal_list_get_item;
}

static void
crm_deal_list_constructed (GObject *object)
{
  CrmDealList *self = (CrmDealList *)object;

  G_OBJECT_CLASS (crm_deal_list_parent_class)->constructed (object);

  g_assert (CRM_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  refresh (self, 0);
}

static void
crm_deal_list_dispose (GObject *object)
{
  CrmDealList *self = (CrmDealList *)object;

  crm_row_keys_drop_cache (&self->keys);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_deal_list_parent_class)->dispose (object);
}

static void
crm_deal_list_finalize (GObject *object)
{
  CrmDealList *self = (CrmDealList *)object;

  crm_row_keys_clear (&self->keys);
  g_free (self->stage_id);
  g_free ((char *)self->filter.owner_id);

  G_OBJECT_CLASS (crm_deal_list_parent_class)->finalize (object);
}

static void
crm_deal_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrmDealList *self = CRM_DEAL_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAGE_ID:
      g_value_set_string (value, self->stage_id);
      break;
    case PROP_FILTER:
      g_value_set_pointer (value, &self->filter);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys.pks->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_deal_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrmDealList *self = CRM_DEAL_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STAGE_ID:
      self->stage_id = g_value_dup_string (value);
      break;
    case PROP_FILTER:
      copy_filter (self, g_value_get_pointer (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_deal_list_class_init (CrmDealListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = crm_deal_list_constructed;
  object_class->dispose = crm_deal_list_dispose;
  object_class->finalize = crm_deal_list_finalize;
  object_class->get_property = crm_deal_list_get_property;
  object_class->set_property = crm_deal_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGE_ID] =
    g_param_spec_string ("stage-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A CrmDealFilter, copied; set at construction so the first query uses it. */
  properties[PROP_FILTER] =
    g_param_spec_pointer ("filter", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_deal_list_init (CrmDealList *self)
{
  crm_row_keys_init (&self->keys);
}

static void
copy_filter (CrmDealList         *self,
             const CrmDealFilter *filter)
{
  g_free ((char *)self->filter.owner_id);
  memset (&self->filter, 0, sizeof self->filter);

  if (filter == NULL)
    return;

  self->filter = *filter;
  self->filter.owner_id = filter->owner_id != NULL && *filter->owner_id != '\0'
                            ? g_strdup (filter->owner_id) : NULL;
}

/**
 * crm_deal_list_new:
 * @stage_id: the stage whose open deals the list shows
 * @filter: (nullable): which of them, copied
 */
CrmDealList *
crm_deal_list_new (CrmStore            *store,
                   const char          *stage_id,
                   const CrmDealFilter *filter)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (stage_id != NULL, NULL);

  return g_object_new (CRM_TYPE_DEAL_LIST,
                       "store", store,
                       "stage-id", stage_id,
                       "filter", filter,
                       NULL);
}

void
crm_deal_list_set_filter (CrmDealList         *self,
                          const CrmDealFilter *filter)
{
  g_return_if_fail (CRM_IS_DEAL_LIST (self));

  copy_filter (self, filter);
  refresh (self, 0);
}

const char *
crm_deal_list_get_stage_id (CrmDealList *self)
{
  g_return_val_if_fail (CRM_IS_DEAL_LIST (self), NULL);

  return self->stage_id;
}

guint
crm_deal_list_find (CrmDealList *self,
                    const char  *deal_id)
{
  gint64 pk;

  g_return_val_if_fail (CRM_IS_DEAL_LIST (self), G_MAXUINT);

  if ((pk = crm_row_keys_lookup_pk (self->store, CRM_TYPE_DEAL, deal_id)) == 0)
    return G_MAXUINT;

  return crm_row_keys_find (&self->keys, pk);
}
