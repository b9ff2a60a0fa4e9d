/* crm-ticket-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-ticket-list"

#include "config.h"

#include <string.h>

#include "crm-models.h"
#include "crm-row-keys-private.h"
#include "crm-store-private.h"
#include "crm-ticket-list.h"

struct _CrmTicketList
{
  GObject          parent_instance;

  CrmStore        *store;
  CrmTicketOrder   order;
  CrmTicketFilter  filter;        /* owns its strings */
  CrmRowKeys       keys;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmTicketList, crm_ticket_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
crm_ticket_filter_init (CrmTicketFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  filter->status = -1;
  filter->priority = -1;
}

/* NULL and -1 bind as NULL, which the SQL reads as "any". ?1 status,
 * ?2 priority, ?3 product, ?4 fault category, ?5 region, ?6 technician
 * ("" for unassigned), ?7 overdue only, ?8 now. */
#define FILTER_SQL \
  " AND (?1 IS NULL OR t.status = ?1)" \
  " AND (?2 IS NULL OR t.priority = ?2)" \
  " AND (?3 IS NULL OR t.product_id = ?3)" \
  " AND (?4 IS NULL OR t.fault_category = ?4)" \
  " AND (?5 IS NULL OR t.region = ?5)" \
  " AND (?6 IS NULL OR (?6 = '' AND t.technician_id IS NULL) OR t.technician_id = ?6)" \
  " AND (NOT ?7 OR (t.due_at > 0 AND t.due_at < ?8))"

/* Open tickets come from the partial index tickets_open (migration 0007),
 * already in arrival order. */
#define OPEN_SQL " AND t.closed_at = 0"
#define ARRIVAL_ORDER_SQL " ORDER BY t.received_at, t.number, t.pk"
#define IMPORTANCE_ORDER_SQL " ORDER BY coalesce (c.importance, 0) DESC, t.received_at, t.number, t.pk"
#define ARRIVAL_SQL "SELECT t.pk FROM tickets t WHERE t.deleted = 0"
/* Joins only important customers, through their small index
 * customers_important (migration 0007); the rest count as normal. */
#define IMPORTANCE_SQL \
  "SELECT t.pk FROM tickets t LEFT JOIN customers c" \
  " ON c.id = t.customer_id AND c.importance > 0 AND c.deleted = 0" \
  " WHERE t.deleted = 0"

static const char *
enum_nick (GType type,
           int   value)
{
  return value >= 0 ? crm_enum_to_nick (type, value) : NULL;
}

static GArray *
query_pks (CrmTicketList  *self,
           GError        **error)
{
  static const char * const queries[2][2] = {
    { ARRIVAL_SQL OPEN_SQL FILTER_SQL ARRIVAL_ORDER_SQL, ARRIVAL_SQL FILTER_SQL ARRIVAL_ORDER_SQL },
    { IMPORTANCE_SQL OPEN_SQL FILTER_SQL IMPORTANCE_ORDER_SQL, IMPORTANCE_SQL FILTER_SQL IMPORTANCE_ORDER_SQL },
  };
  const CrmTicketFilter *filter = &self->filter;
  sqlite3_stmt *stmt;

  stmt = crm_store_prepare (self->store,
                            queries[self->order == CRM_TICKET_ORDER_IMPORTANCE][filter->include_closed != FALSE],
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, enum_nick (CRM_TYPE_TICKET_STATUS, filter->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, enum_nick (CRM_TYPE_TICKET_PRIORITY, filter->priority), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, filter->product_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, filter->fault_category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, filter->region, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, filter->technician_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, filter->overdue_only != FALSE);
  sqlite3_bind_int64 (stmt, 8, g_get_real_time () / G_USEC_PER_SEC);

  return crm_row_keys_collect (self->store, stmt, error);
}

static void
refresh (CrmTicketList *self,
         gint64         changed_pk)
{
  g_autoptr(GError) error = NULL;
  GArray *pks = query_pks (self, &error);

  if (pks == NULL)
    {
      g_warning ("Cannot list tickets: %s", error->message);
      return;
    }

  if (crm_row_keys_replace (&self->keys, pks, G_LIST_MODEL (self), changed_pk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_store_changed (CrmTicketList *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind,
                  CrmStore      *store)
{
  if (type == CRM_TYPE_TICKET)
    refresh (self, crm_row_keys_lookup_pk (self->store, CRM_TYPE_TICKET, id));
  /* Only the order by importance reads customers. */
  else if (type == CRM_TYPE_CUSTOMER && self->order == CRM_TICKET_ORDER_IMPORTANCE)
    refresh (self, 0);
}

static GType
crm_ticket_list_get_item_type (GListModel *model)
{
  return CRM_TYPE_TICKET;
}

static guint
crm_ticket_list_get_n_items (GListModel *model)
{
  CrmTicketList *self = CRM_TICKET_LIST (model);

  return self->keys.pks->len;
}

static gpointer
crm_ticket_list_get_item (GListModel *model,
                          guint       position)
{
  CrmTicketList *self = CRM_TICKET_LIST (model);

  return crm_row_keys_get_item (&self->keys, self->store, CRM_TYPE_TICKET, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_ticket_list_get_item_type;
  iface->get_n_items = crm_ticket_list_get_n_items;
  iface->get_item = crm_ticket_list_get_item;
}

static void
clear_filter (CrmTicketFilter *filter)
{
  g_free ((char *)filter->product_id);
  g_free ((char *)filter->fault_category);
  g_free ((char *)filter->region);
  g_free ((char *)filter->technician_id);
  crm_ticket_filter_init (filter);
}

static char *
dup_criterion (const char *value)
{
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static void
copy_filter (CrmTicketList         *self,
             const CrmTicketFilter *filter)
{
  clear_filter (&self->filter);
  if (filter == NULL)
    return;

  self->filter = *filter;
  self->filter.product_id = dup_criterion (filter->product_id);
  self->filter.fault_category = dup_criterion (filter->fault_category);
  self->filter.region = dup_criterion (filter->region);
  /* "" is a criterion of its own here: unassigned tickets only. */
  self->filter.technician_id = g_strdup (filter->technician_id);
}

static void
crm_ticket_list_dispose (GObject *object)
{
  CrmTicketList *self = (CrmTicketList *)object;

  crm_row_keys_drop_cache (&self->keys);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_ticket_list_parent_class)->dispose (object);
}

static void
crm_ticket_list_finalize (GObject *object)
{
  CrmTicketList *self = (CrmTicketList *)object;

  crm_row_keys_clear (&self->keys);
  clear_filter (&self->filter);

  G_OBJECT_CLASS (crm_ticket_list_parent_class)->finalize (object);
}

static void
crm_ticket_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrmTicketList *self = CRM_TICKET_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys.pks->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_ticket_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrmTicketList *self = CRM_TICKET_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_ticket_list_class_init (CrmTicketListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_ticket_list_dispose;
  object_class->finalize = crm_ticket_list_finalize;
  object_class->get_property = crm_ticket_list_get_property;
  object_class->set_property = crm_ticket_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_ticket_list_init (CrmTicketList *self)
{
  crm_row_keys_init (&self->keys);
  crm_ticket_filter_init (&self->filter);
}

/**
 * crm_ticket_list_new:
 * @filter: (nullable): which tickets, copied; %NULL for every open one
 */
CrmTicketList *
crm_ticket_list_new (CrmStore              *store,
                     CrmTicketOrder         order,
                     const CrmTicketFilter *filter)
{
  CrmTicketList *self;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  self = g_object_new (CRM_TYPE_TICKET_LIST, "store", store, NULL);
  self->order = order;
  copy_filter (self, filter);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  refresh (self, 0);

  return self;
}

void
crm_ticket_list_set_order (CrmTicketList  *self,
                           CrmTicketOrder  order)
{
  g_return_if_fail (CRM_IS_TICKET_LIST (self));

  if (self->order == order)
    return;

  self->order = order;
  refresh (self, 0);
}

/**
 * crm_ticket_list_set_filter:
 * @filter: (nullable): copied; also re-reads "overdue" against the clock
 */
void
crm_ticket_list_set_filter (CrmTicketList         *self,
                            const CrmTicketFilter *filter)
{
  g_return_if_fail (CRM_IS_TICKET_LIST (self));

  copy_filter (self, filter);
  refresh (self, 0);
}

guint
crm_ticket_list_find (CrmTicketList *self,
                      const char    *ticket_id)
{
  gint64 pk;

  g_return_val_if_fail (CRM_IS_TICKET_LIST (self), G_MAXUINT);

  if ((pk = crm_row_keys_lookup_pk (self->store, CRM_TYPE_TICKET, ticket_id)) == 0)
    return G_MAXUINT;

  return crm_row_keys_find (&self->keys, pk);
}

static char **
distinct_values (CrmStore    *store,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = crm_store_prepare (store, sql, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      crm_store_set_error (store, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/**
 * crm_ticket_list_fault_categories:
 *
 * Returns: (transfer full): the fault categories of live tickets, sorted
 */
char **
crm_ticket_list_fault_categories (CrmStore  *store,
                                  GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return distinct_values (store,
                          "SELECT DISTINCT fault_category FROM tickets"
                          " WHERE deleted = 0 AND fault_category IS NOT NULL AND fault_category != ''"
                          " ORDER BY fault_category COLLATE crm_fold",
                          error);
}

/**
 * crm_ticket_list_regions:
 *
 * Returns: (transfer full): the regions of live tickets, sorted
 */
char **
crm_ticket_list_regions (CrmStore  *store,
                         GError   **error)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return distinct_values (store,
                          "SELECT DISTINCT region FROM tickets"
                          " WHERE deleted = 0 AND region IS NOT NULL AND region != ''"
                          " ORDER BY region COLLATE crm_fold",
                          error);
}
