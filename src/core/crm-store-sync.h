/* crm-store-sync.h: what the sync engine reads from and writes to the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "crm-store.h"

G_BEGIN_DECLS

/* A record that changed since a point in the change log. */
typedef struct
{
  GType  type;
  char  *id;
} CrmSyncChange;

void        crm_sync_change_free             (gpointer      change);

/* The losing side of a conflict. */
typedef struct
{
  GType  type;
  char  *id;
  char  *revision;
} CrmSyncConflict;

void        crm_sync_conflict_free           (gpointer      conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmSyncChange, crm_sync_change_free)

/* What crm_store_sync_apply() did with a batch of documents. */
typedef struct
{
  guint  written;      /* became the record's current version */
  guint  conflicts;    /* kept as the losing side of a conflict */
  guint  known;        /* this database had them already */
  guint  skipped;      /* of a type this version does not know */
} CrmSyncApplied;

/* Revisions of local edits (crm-store.c) */
gboolean    crm_store_sync_next_revision     (CrmStore        *self,
                                              CrmRecord       *record,
                                              char           **stored_revision,
                                              GError         **error);
gboolean    crm_store_sync_add_ancestor      (CrmStore        *self,
                                              const char      *doc_id,
                                              const char      *ancestor,
                                              GError         **error);

/* Values the replicator keeps: the database's id, checkpoints */
char       *crm_store_sync_get_value         (CrmStore        *self,
                                              const char      *key,
                                              GError         **error);
gboolean    crm_store_sync_set_value         (CrmStore        *self,
                                              const char      *key,
                                              const char      *value,
                                              GError         **error);
char       *crm_store_sync_get_database_id   (CrmStore        *self,
                                              GError         **error);

/* Pushing */
gint64      crm_store_sync_last_change       (CrmStore        *self,
                                              GError         **error);
GPtrArray  *crm_store_sync_changes_since     (CrmStore        *self,
                                              gint64           since,
                                              guint            limit,
                                              gint64          *through,
                                              GError         **error);
GPtrArray  *crm_store_sync_leaf_revisions    (CrmStore        *self,
                                              const CrmSyncChange *change,
                                              GError         **error);
JsonObject *crm_store_sync_read_document     (CrmStore        *self,
                                              GType            type,
                                              const char      *doc_id,
                                              const char      *revision,
                                              GError         **error);

/* Conflicts */
GPtrArray  *crm_store_sync_list_conflicts    (CrmStore        *self,
                                              GError         **error);
gboolean    crm_store_sync_resolve           (CrmStore        *self,
                                              CrmRecord       *record,
                                              GError         **error);
GPtrArray  *crm_store_sync_list_record_conflicts (CrmStore    *self,
                                                  GType        type,
                                                  const char  *doc_id,
                                                  GError     **error);
CrmRecord  *crm_store_sync_record_from_document  (GType        type,
                                                  JsonObject  *document,
                                                  JsonObject  *unknown);

/* Pulling */
JsonObject *crm_store_sync_revisions_object  (const char         *revision,
                                              const char * const *ancestors);
JsonObject *crm_store_sync_revs_diff         (CrmStore        *self,
                                              JsonObject      *revisions,
                                              GError         **error);
gboolean    crm_store_sync_apply             (CrmStore        *self,
                                              JsonArray       *documents,
                                              CrmSyncApplied  *applied,
                                              GError         **error);

G_END_DECLS
