/* crm-sync-credentials.h: the sync password, in the system keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void      crm_sync_credentials_store         (const char           *url,
                                              const char           *user,
                                              const char           *password,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean  crm_sync_credentials_store_finish  (GAsyncResult         *result,
                                              GError              **error);
void      crm_sync_credentials_lookup        (const char           *url,
                                              const char           *user,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
char     *crm_sync_credentials_lookup_finish (GAsyncResult         *result,
                                              GError              **error);
char     *crm_sync_credentials_lookup_sync   (const char           *url,
                                              const char           *user,
                                              GCancellable         *cancellable,
                                              GError              **error);
void      crm_sync_credentials_forget        (const char           *url,
                                              const char           *user,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean  crm_sync_credentials_forget_finish (GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
