/* crm-sync-replicator.h: the CouchDB replication protocol, both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-store.h"
#include "crm-sync-client.h"

G_BEGIN_DECLS

typedef struct
{
  guint pulled;     /* documents taken in from the server */
  guint pushed;     /* documents sent to it */
  guint conflicts;  /* pulled documents kept as the losing side of a conflict */
} CrmSyncResult;

/**
 * CrmSyncProgress:
 * @pushing: whether the documents are being sent (else received)
 * @done: documents handled so far in this direction
 * @total: all there are to handle, as far as known (0 if not)
 *
 * Called from the thread that runs the sync.
 */
typedef void (*CrmSyncProgress) (gboolean  pushing,
                                 guint     done,
                                 guint     total,
                                 gpointer  user_data);

gboolean crm_sync_pull (CrmStore         *store,
                        CrmSyncClient    *client,
                        CrmSyncProgress   progress,
                        gpointer          user_data,
                        GCancellable     *cancellable,
                        CrmSyncResult    *result,
                        GError          **error);
gboolean crm_sync_push (CrmStore         *store,
                        CrmSyncClient    *client,
                        CrmSyncProgress   progress,
                        gpointer          user_data,
                        GCancellable     *cancellable,
                        CrmSyncResult    *result,
                        GError          **error);
gboolean crm_sync_run  (CrmStore         *store,
                        CrmSyncClient    *client,
                        CrmSyncProgress   progress,
                        gpointer          user_data,
                        GCancellable     *cancellable,
                        CrmSyncResult    *result,
                        GError          **error);

G_END_DECLS
