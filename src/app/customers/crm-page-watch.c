/* crm-page-watch.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-models.h"
#include "crm-page-watch.h"

struct _CrmPageWatch
{
  GObject               parent_instance;

  CrmStore             *store;
  char                 *customer_id;
  const CrmCustomer360 *shown;        /* owned by the page, replaced with each load */
  guint                 idle_id;
};

G_DEFINE_FINAL_TYPE (CrmPageWatch, crm_page_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  NAMES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
changed_idle_cb (gpointer user_data)
{
  CrmPageWatch *self = user_data;

  self->idle_id = 0;
  g_signal_emit (self, signals[CHANGED], 0);

  return G_SOURCE_REMOVE;
}

/* Many changes in a row (an import, a sync) cost the page one reload, done
 * before the next frame is drawn: at a lower priority, a page busy drawing
 * could wait long for it. */
static void
queue_changed (CrmPageWatch *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, changed_idle_cb, self, NULL);
}

static gboolean
shows_record (GPtrArray  *records,
              const char *id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (crm_record_get_id (g_ptr_array_index (records, i)), id) == 0)
      return TRUE;

  return FALSE;
}

/* Whether a record of @type belongs to the customer, now or before the
 * change (it may have moved to another customer). */
static gboolean
concerns_customer (CrmPageWatch *self,
                   GType         type,
                   const char   *id,
                   GPtrArray    *shown)
{
  g_autoptr(CrmRecord) record = NULL;
  g_autofree char *customer_id = NULL;

  if (shows_record (shown, id))
    return TRUE;

  if ((record = crm_store_load (self->store, type, id, NULL)) == NULL)
    return FALSE;

  g_object_get (record, "customer-id", &customer_id, NULL);
  return g_strcmp0 (customer_id, self->customer_id) == 0;
}

static GPtrArray *
shown_of_type (const CrmCustomer360 *shown,
               GType                 type)
{
  if (shown == NULL)
    return NULL;
  if (type == CRM_TYPE_CONTACT)
    return shown->contacts;
  if (type == CRM_TYPE_ACTIVITY)
    return shown->activities;
  if (type == CRM_TYPE_DEAL)
    return shown->deals;
  if (type == CRM_TYPE_QUOTE)
    return shown->quotes;
  if (type == CRM_TYPE_ORDER)
    return shown->orders;
  if (type == CRM_TYPE_TICKET)
    return shown->tickets;
  if (type == CRM_TYPE_CONTRACT)
    return shown->contracts;

  return NULL;
}

static gboolean
is_related (GType type)
{
  return type == CRM_TYPE_CONTACT || type == CRM_TYPE_ACTIVITY || type == CRM_TYPE_DEAL ||
         type == CRM_TYPE_QUOTE || type == CRM_TYPE_ORDER || type == CRM_TYPE_TICKET ||
         type == CRM_TYPE_CONTRACT;
}

static gboolean
concerns_page (CrmPageWatch  *self,
               GType          type,
               const char    *id,
               CrmChangeKind  kind)
{
  if (kind == CRM_CHANGE_MANY || id == NULL || type == CRM_TYPE_STAFF || type == CRM_TYPE_PIPELINE_STAGE)
    return TRUE;

  if (type == CRM_TYPE_CUSTOMER)
    return g_strcmp0 (id, self->customer_id) == 0;

  /* Contracts show their product's name. */
  if (type == CRM_TYPE_PRODUCT)
    return self->shown != NULL && self->shown->contracts->len > 0;

  /* Lines change an order's total and the customer's figures. */
  if (type == CRM_TYPE_ORDER_LINE)
    {
      g_autoptr(CrmOrderLine) line = crm_store_load (self->store, type, id, NULL);

      return line != NULL && concerns_customer (self, CRM_TYPE_ORDER, crm_order_line_get_order_id (line),
                                                shown_of_type (self->shown, CRM_TYPE_ORDER));
    }

  return is_related (type) && concerns_customer (self, type, id, shown_of_type (self->shown, type));
}

static void
store_changed_cb (CrmPageWatch  *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind,
                  CrmStore      *store)
{
  if (type == CRM_TYPE_STAFF || type == CRM_TYPE_PIPELINE_STAGE)
    g_signal_emit (self, signals[NAMES_CHANGED], 0);

  if (self->customer_id != NULL && self->idle_id == 0 && concerns_page (self, type, id, kind))
    queue_changed (self);
}

CrmPageWatch *
crm_page_watch_new (void)
{
  return g_object_new (CRM_TYPE_PAGE_WATCH, NULL);
}

void
crm_page_watch_set_store (CrmPageWatch *self,
                          CrmStore     *store)
{
  g_return_if_fail (CRM_IS_PAGE_WATCH (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  crm_page_watch_cancel (self);
}

/**
 * crm_page_watch_set_customer:
 * @customer_id: (nullable): the customer shown
 * @shown: (nullable): what the page shows of it; it must stay valid until
 *   the next call
 */
void
crm_page_watch_set_customer (CrmPageWatch         *self,
                             const char           *customer_id,
                             const CrmCustomer360 *shown)
{
  g_return_if_fail (CRM_IS_PAGE_WATCH (self));

  if (g_strcmp0 (self->customer_id, customer_id) != 0)
    {
      g_free (self->customer_id);
      self->customer_id = g_strdup (customer_id);
    }
  self->shown = shown;
}

/* The page has just loaded everything again. */
void
crm_page_watch_cancel (CrmPageWatch *self)
{
  g_return_if_fail (CRM_IS_PAGE_WATCH (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
}

static void
crm_page_watch_dispose (GObject *object)
{
  CrmPageWatch *self = CRM_PAGE_WATCH (object);

  crm_page_watch_set_store (self, NULL);

  G_OBJECT_CLASS (crm_page_watch_parent_class)->dispose (object);
}

static void
crm_page_watch_finalize (GObject *object)
{
  CrmPageWatch *self = CRM_PAGE_WATCH (object);

  g_free (self->customer_id);

  G_OBJECT_CLASS (crm_page_watch_parent_class)->finalize (object);
}

static void
crm_page_watch_class_init (CrmPageWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_page_watch_dispose;
  object_class->finalize = crm_page_watch_finalize;

  /**
   * CrmPageWatch::changed:
   *
   * Something the page shows changed; emitted once for many changes.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CrmPageWatch::names-changed:
   *
   * Staff or pipeline stages changed, at once: names looked up before are
   * out of date.
   */
  signals[NAMES_CHANGED] =
    g_signal_new ("names-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
crm_page_watch_init (CrmPageWatch *self)
{
}
