/* crm-customer-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-customer-list"

#include "config.h"

#include "crm-customer-list.h"
#include "crm-fold.h"
#include "crm-models.h"
#include "crm-record-private.h"
#include "crm-row-keys-private.h"
#include "crm-store-private.h"

/* The list holds only the integer keys of the rows one query returned, and
 * builds a CrmCustomer when a view asks for its position: 100 000 customers
 * cost 800 KB plus the few hundred items on screen, kept in a small cache. */
#define DEFAULT_SEARCH_LIMIT 500
/* How many full-text matches a search looks at before its filters (segment,
 * region …) apply; a keystroke must stay cheap when a term is as common as "a". */
#define FTS_CANDIDATES 1000

struct _CrmCustomerList
{
  GObject          parent_instance;

  CrmStore        *store;
  CrmRowKeys       keys;

  char            *search;
  CrmCustomerSort  sort;
  char            *segment;
  char            *region;
  char            *owner_id;
  guint            neglected_days;
  guint            search_limit;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrmCustomerList, crm_customer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_ENUM_TYPE (CrmCustomerSort, crm_customer_sort,
  G_DEFINE_ENUM_VALUE (CRM_CUSTOMER_SORT_NAME, "name"),
  G_DEFINE_ENUM_VALUE (CRM_CUSTOMER_SORT_REVENUE, "revenue"),
  G_DEFINE_ENUM_VALUE (CRM_CUSTOMER_SORT_LAST_CONTACT, "last-contact"))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_SORT,
  PROP_SEGMENT,
  PROP_REGION,
  PROP_OWNER_ID,
  PROP_NEGLECTED_DAYS,
  PROP_SEARCH_LIMIT,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Filters as fixed SQL fragments; their values are bound as ?3 … ?6. */
static void
append_filters (CrmCustomerList *self,
                GString         *sql)
{
  if (self->segment != NULL)
    g_string_append (sql, " AND c.segment = ?3");
  if (self->region != NULL)
    g_string_append (sql, " AND c.region = ?4");
  if (self->owner_id != NULL)
    g_string_append (sql, " AND c.owner_id = ?5");
  if (self->neglected_days > 0)
    g_string_append (sql, " AND coalesce (nullif (s.last_contact_at, 0), c.created_at) < ?6");
}

static void
bind_filters (CrmCustomerList *self,
              sqlite3_stmt    *stmt)
{
  sqlite3_bind_text (stmt, 3, self->segment, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->region, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->owner_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC - (gint64)self->neglected_days * 86400);
}

/* Appends the keys a statement returns, skipping those already there. */
static gboolean
collect_pks (CrmCustomerList  *self,
             const char       *sql,
             const char       *param1,
             const char       *param2,
             guint             limit,
             GArray           *pks,
             GHashTable       *seen,
             GError          **error)
{
  sqlite3_stmt *stmt = crm_store_prepare (self->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, param1, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, param2, -1, SQLITE_STATIC);
  bind_filters (self, stmt);
  sqlite3_bind_int (stmt, 7, limit);

  while (pks->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);

      if (seen == NULL || g_hash_table_add (seen, GSIZE_TO_POINTER (pk)))
        g_array_append_val (pks, pk);
    }
  if (pks->len >= limit)
    rc = SQLITE_DONE;
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || crm_store_set_error (self->store, rc, error);
}

/* "ayşe yıl" becomes the FTS5 query "ayşe"* "yıl"*, each word a quoted
 * prefix, so that nothing a user types is read as query syntax; @columns, if
 * given, restricts every word to those columns ("{name company} : "). */
static char *
fts_query_for (const char *search,
               const char *columns)
{
  g_auto(GStrv) words = g_strsplit_set (search, " \t\r\n", -1);
  GString *query = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean has_text = FALSE;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        has_text |= g_unichar_isalnum (g_utf8_get_char (p));
      if (!has_text)
        continue;

      if (columns != NULL)
        g_string_append (query, columns);
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append (query, "\"* ");
    }

  if (query->len == 0)
    return g_string_free (query, TRUE), NULL;

  g_string_truncate (query, query->len - 1);
  return g_string_free (query, FALSE);
}

/* Full-text matches in customers (contacts: FALSE) or in their contacts,
 * in index order: no score is computed, so a common term costs no more than
 * the rows it returns. */
static gboolean
collect_text_matches (CrmCustomerList  *self,
                      gboolean          contacts,
                      const char       *fts_query,
                      GArray           *pks,
                      GHashTable       *seen,
                      GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  gboolean needs_stats = self->neglected_days > 0;

  if (contacts)
    g_string_append_printf (sql,
                            "SELECT c.pk FROM (SELECT rowid FROM contacts_search"
                            " WHERE contacts_search MATCH ?1 LIMIT %d) m"
                            " JOIN contacts t ON t.pk = m.rowid JOIN customers c ON c.id = t.customer_id",
                            FTS_CANDIDATES);
  else
    g_string_append_printf (sql,
                            "SELECT c.pk FROM (SELECT rowid FROM customers_search"
                            " WHERE customers_search MATCH ?1 LIMIT %d) m"
                            " JOIN customers c ON c.pk = m.rowid",
                            FTS_CANDIDATES);
  if (needs_stats)
    g_string_append (sql, " LEFT JOIN customer_stats s ON s.customer_pk = c.pk");
  g_string_append (sql, " WHERE c.deleted = 0 AND ?2 IS NULL");
  append_filters (self, sql);
  g_string_append (sql, " LIMIT ?7");

  return collect_pks (self, sql->str, fts_query, NULL, self->search_limit, pks, seen, error);
}

/* Ranked in tiers, most telling first: names that start with the search (in
 * name order); then names and companies with a word that does (a surname);
 * then any match in email, phone or city, or in a contact. */
static GArray *
search_pks (CrmCustomerList  *self,
            GError          **error)
{
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) by_name = g_string_new (NULL);
  g_autofree char *stripped = g_utf8_make_valid (self->search, -1);
  g_autofree char *folded = crm_fold (stripped);
  g_autofree char *upper = g_strconcat (folded, "\xf4\x8f\xbf\xbf", NULL);
  g_autofree char *in_names = fts_query_for (stripped, "{name company} : ");
  g_autofree char *in_contact_names = fts_query_for (stripped, "{name} : ");
  g_autofree char *anywhere = fts_query_for (stripped, NULL);
  gboolean needs_stats = self->neglected_days > 0;

  g_string_append_printf (by_name,
                          "SELECT c.pk FROM customers c%s"
                          " WHERE c.deleted = 0 AND c.name >= ?1 COLLATE crm_fold AND c.name < ?2 COLLATE crm_fold",
                          needs_stats ? " LEFT JOIN customer_stats s ON s.customer_pk = c.pk" : "");
  append_filters (self, by_name);
  g_string_append (by_name, " ORDER BY c.name COLLATE crm_fold LIMIT ?7");

  if (!collect_pks (self, by_name->str, folded, upper, self->search_limit, pks, seen, error))
    return NULL;

  if (anywhere == NULL)
    return g_steal_pointer (&pks);

  if ((pks->len < self->search_limit && !collect_text_matches (self, FALSE, in_names, pks, seen, error)) ||
      (pks->len < self->search_limit && !collect_text_matches (self, TRUE, in_contact_names, pks, seen, error)) ||
      (pks->len < self->search_limit && !collect_text_matches (self, FALSE, anywhere, pks, seen, error)) ||
      (pks->len < self->search_limit && !collect_text_matches (self, TRUE, anywhere, pks, seen, error)))
    return NULL;

  return g_steal_pointer (&pks);
}

static GArray *
list_pks (CrmCustomerList  *self,
          GError          **error)
{
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) sql = g_string_new ("SELECT c.pk FROM customers c");
  gboolean needs_stats = self->neglected_days > 0 || self->sort != CRM_CUSTOMER_SORT_NAME;

  if (needs_stats)
    g_string_append (sql, " LEFT JOIN customer_stats s ON s.customer_pk = c.pk");
  g_string_append (sql, " WHERE c.deleted = 0 AND ?1 IS NULL AND ?2 IS NULL");
  append_filters (self, sql);

  switch (self->sort)
    {
    case CRM_CUSTOMER_SORT_NAME:
      g_string_append (sql, " ORDER BY c.name COLLATE crm_fold");
      break;
    case CRM_CUSTOMER_SORT_REVENUE:
      g_string_append (sql, " ORDER BY coalesce (s.revenue, 0) DESC, c.name COLLATE crm_fold");
      break;
    case CRM_CUSTOMER_SORT_LAST_CONTACT:
      g_string_append (sql, " ORDER BY s.last_contact_at DESC NULLS LAST, c.name COLLATE crm_fold");
      break;
    default:
      g_assert_not_reached ();
    }
  g_string_append (sql, " LIMIT ?7");

  if (!collect_pks (self, sql->str, NULL, NULL, G_MAXINT, pks, NULL, error))
    return NULL;

  return g_steal_pointer (&pks);
}

/* Runs the query again and reports the difference as items-changed, so
 * views keep their scroll (see crm_row_keys_replace()). */
static gboolean
refresh (CrmCustomerList  *self,
         gint64            changed_pk,
         GError          **error)
{
  GArray *new_pks;

  new_pks = self->search != NULL ? search_pks (self, error) : list_pks (self, error);
  if (new_pks == NULL)
    return FALSE;

  if (crm_row_keys_replace (&self->keys, new_pks, G_LIST_MODEL (self), changed_pk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  return TRUE;
}

/**
 * crm_customer_list_refresh:
 *
 * Runs the list's query again. The list does this itself when the store
 * changes; this is for a caller that changed the database behind its back.
 */
gboolean
crm_customer_list_refresh (CrmCustomerList  *self,
                           GError          **error)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), FALSE);

  return refresh (self, 0, error);
}

/**
 * crm_customer_list_find:
 *
 * Where the customer is in the list, for a view that keeps its selection
 * across a refresh: one indexed lookup and a scan of the list's keys, with
 * no item built.
 *
 * Returns: the position, or %G_MAXUINT (GTK_INVALID_LIST_POSITION) when the
 *   customer is not in the list
 */
guint
crm_customer_list_find (CrmCustomerList *self,
                        const char      *customer_id)
{
  gint64 pk;

  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), G_MAXUINT);

  pk = crm_row_keys_lookup_pk (self->store, CRM_TYPE_CUSTOMER, customer_id);
  return pk != 0 ? crm_row_keys_find (&self->keys, pk) : G_MAXUINT;
}

/**
 * crm_customer_list_distinct_values:
 * @property: a text property of #CrmCustomer ("segment", "region" …)
 *
 * The values that @property takes among all live customers, whatever the
 * list's own search and filters, in name order: the choices a filter offers.
 *
 * Returns: (transfer full): the values, without empty ones, or %NULL on error
 */
GStrv
crm_customer_list_distinct_values (CrmCustomerList  *self,
                                   const char       *property,
                                   GError          **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (CRM_TYPE_CUSTOMER);
  CrmRecordClass *klass = (CrmRecordClass *)type_class;
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autofree char *column = NULL;
  g_autofree char *sql = NULL;
  GParamSpec *pspec = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  /* Only a column the class declares reaches the SQL text. */
  for (guint i = 0; i < klass->n_fields && pspec == NULL; i++)
    if (g_str_equal (klass->fields[i]->name, property))
      pspec = klass->fields[i];
  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING, NULL);

  /* NOT INDEXED: walking the partial name index would look up every row in
   * the table as well, five times slower than one plain scan. */
  column = crm_record_column_name (pspec);
  sql = g_strdup_printf ("SELECT DISTINCT %s FROM customers NOT INDEXED WHERE deleted = 0 AND %s <> ''"
                         " ORDER BY %s COLLATE crm_fold, %s",
                         column, column, column, column);
  if ((stmt = crm_store_prepare (self->store, sql, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (values, (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return crm_store_set_error (self->store, rc, error), NULL;

  return g_strv_builder_end (values);
}

static void
refresh_or_warn (CrmCustomerList *self)
{
  g_autoptr(GError) error = NULL;

  if (!refresh (self, 0, &error))
    g_warning ("Cannot list customers: %s", error->message);
}

static void
on_store_changed (CrmCustomerList *self,
                  GType            type,
                  const char      *id,
                  CrmChangeKind    kind,
                  CrmStore        *store)
{
  /* Orders and activities move customers when sorting by revenue or last
   * contact, or filtering for neglected ones. */
  g_autoptr(GError) error = NULL;
  g_autoptr(CrmRecord) customer = NULL;

  if (type == CRM_TYPE_CUSTOMER && id != NULL)
    customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, id, NULL);

  if (type == CRM_TYPE_CUSTOMER || type == CRM_TYPE_CONTACT ||
      ((type == CRM_TYPE_ACTIVITY || type == CRM_TYPE_ORDER || type == CRM_TYPE_ORDER_LINE) &&
       (self->sort != CRM_CUSTOMER_SORT_NAME || self->neglected_days > 0)))
    {
      if (!refresh (self, customer != NULL ? crm_record_get_pk (customer) : 0, &error))
        g_warning ("Cannot list customers: %s", error->message);
    }
}

static GType
crm_customer_list_get_item_type (GListModel *model)
{
  return CRM_TYPE_CUSTOMER;
}

static guint
crm_customer_list_get_n_items (GListModel *model)
{
  CrmCustomerList *self = CRM_CUSTOMER_LIST (model);

  return self->keys.pks->len;
}

static gpointer
crm_customer_list_get_item (GListModel *model,
                            guint       position)
{
  CrmCustomerList *self = CRM_CUSTOMER_LIST (model);

  return crm_row_keys_get_item (&self->keys, self->store, CRM_TYPE_CUSTOMER, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = crm_customer_list_get_item_type;
  iface->get_n_items = crm_customer_list_get_n_items;
  iface->get_item = crm_customer_list_get_item;
}

static void
crm_customer_list_constructed (GObject *object)
{
  CrmCustomerList *self = (CrmCustomerList *)object;

  G_OBJECT_CLASS (crm_customer_list_parent_class)->constructed (object);

  g_assert (CRM_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  refresh_or_warn (self);
}

static void
crm_customer_list_dispose (GObject *object)
{
  CrmCustomerList *self = (CrmCustomerList *)object;

  crm_row_keys_drop_cache (&self->keys);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_customer_list_parent_class)->dispose (object);
}

static void
crm_customer_list_finalize (GObject *object)
{
  CrmCustomerList *self = (CrmCustomerList *)object;

  crm_row_keys_clear (&self->keys);
  g_free (self->search);
  g_free (self->segment);
  g_free (self->region);
  g_free (self->owner_id);

  G_OBJECT_CLASS (crm_customer_list_parent_class)->finalize (object);
}

static void
crm_customer_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmCustomerList *self = CRM_CUSTOMER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;
    case PROP_SEGMENT:
      g_value_set_string (value, self->segment);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_OWNER_ID:
      g_value_set_string (value, self->owner_id);
      break;
    case PROP_NEGLECTED_DAYS:
      g_value_set_uint (value, self->neglected_days);
      break;
    case PROP_SEARCH_LIMIT:
      g_value_set_uint (value, self->search_limit);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->keys.pks->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customer_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmCustomerList *self = CRM_CUSTOMER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      crm_customer_list_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      crm_customer_list_set_sort (self, g_value_get_enum (value));
      break;
    case PROP_SEGMENT:
      crm_customer_list_set_segment (self, g_value_get_string (value));
      break;
    case PROP_REGION:
      crm_customer_list_set_region (self, g_value_get_string (value));
      break;
    case PROP_OWNER_ID:
      crm_customer_list_set_owner_id (self, g_value_get_string (value));
      break;
    case PROP_NEGLECTED_DAYS:
      crm_customer_list_set_neglected_days (self, g_value_get_uint (value));
      break;
    case PROP_SEARCH_LIMIT:
      crm_customer_list_set_search_limit (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customer_list_class_init (CrmCustomerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = crm_customer_list_constructed;
  object_class->dispose = crm_customer_list_dispose;
  object_class->finalize = crm_customer_list_finalize;
  object_class->get_property = crm_customer_list_get_property;
  object_class->set_property = crm_customer_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CRM_TYPE_CUSTOMER_SORT, CRM_CUSTOMER_SORT_NAME,
                       CRM_PARAM_FLAGS);
  properties[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_NEGLECTED_DAYS] =
    g_param_spec_uint ("neglected-days", NULL, NULL, 0, 36500, 0, CRM_PARAM_FLAGS);
  properties[PROP_SEARCH_LIMIT] =
    g_param_spec_uint ("search-limit", NULL, NULL, 1, G_MAXINT, DEFAULT_SEARCH_LIMIT,
                       CRM_PARAM_FLAGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_customer_list_init (CrmCustomerList *self)
{
  crm_row_keys_init (&self->keys);
  self->search_limit = DEFAULT_SEARCH_LIMIT;
}

CrmCustomerList *
crm_customer_list_new (CrmStore *store)
{
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);

  return g_object_new (CRM_TYPE_CUSTOMER_LIST, "store", store, NULL);
}

CrmStore *
crm_customer_list_get_store (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);

  return self->store;
}

/* Sets a string criterion; %NULL and "" both mean "any". */
static void
set_criterion (CrmCustomerList  *self,
               char            **field,
               const char       *value,
               GParamSpec       *pspec)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      refresh_or_warn (self);
      g_object_notify_by_pspec (G_OBJECT (self), pspec);
    }
}

const char *
crm_customer_list_get_search (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);

  return self->search;
}

void
crm_customer_list_set_search (CrmCustomerList *self,
                              const char      *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  /* Only spaces is no search at all. */
  stripped = search != NULL ? g_strstrip (g_strdup (search)) : NULL;
  set_criterion (self, &self->search, stripped, properties[PROP_SEARCH]);
}

CrmCustomerSort
crm_customer_list_get_sort (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), 0);

  return self->sort;
}

void
crm_customer_list_set_sort (CrmCustomerList *self,
                            CrmCustomerSort  sort)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  if (self->sort == sort)
    return;

  self->sort = sort;
  refresh_or_warn (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

const char *
crm_customer_list_get_segment (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);

  return self->segment;
}

void
crm_customer_list_set_segment (CrmCustomerList *self,
                               const char      *segment)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  set_criterion (self, &self->segment, segment, properties[PROP_SEGMENT]);
}

const char *
crm_customer_list_get_region (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);

  return self->region;
}

void
crm_customer_list_set_region (CrmCustomerList *self,
                              const char      *region)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  set_criterion (self, &self->region, region, properties[PROP_REGION]);
}

const char *
crm_customer_list_get_owner_id (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), NULL);

  return self->owner_id;
}

void
crm_customer_list_set_owner_id (CrmCustomerList *self,
                                const char      *owner_id)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  set_criterion (self, &self->owner_id, owner_id, properties[PROP_OWNER_ID]);
}

guint
crm_customer_list_get_neglected_days (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), 0);

  return self->neglected_days;
}

void
crm_customer_list_set_neglected_days (CrmCustomerList *self,
                                      guint            days)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));

  if (self->neglected_days == days)
    return;

  self->neglected_days = days;
  refresh_or_warn (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEGLECTED_DAYS]);
}

guint
crm_customer_list_get_search_limit (CrmCustomerList *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_LIST (self), 0);

  return self->search_limit;
}

void
crm_customer_list_set_search_limit (CrmCustomerList *self,
                                    guint            limit)
{
  g_return_if_fail (CRM_IS_CUSTOMER_LIST (self));
  g_return_if_fail (limit > 0);

  if (self->search_limit == limit)
    return;

  self->search_limit = limit;
  if (self->search != NULL)
    refresh_or_warn (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_LIMIT]);
}
