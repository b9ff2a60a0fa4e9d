/* crm-test-server.h: a CouchDB-compatible server for the sync tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs tests/server/server.js (express-pouchdb over an in-memory PouchDB,
 * Node.js) on 127.0.0.1 and a free port, one server per CrmTestServer. It
 * needs `node` on PATH and the packages of tests/server installed
 * (`npm ci` in tests/server; build-aux/run-tests does that). The server's
 * folder comes from the environment variable CRM_TEST_SERVER_DIR, which
 * tests/meson.build sets.
 *
 * A test usually starts with
 *
 *   g_autoptr(CrmTestServer) server = crm_test_server_require ();
 *
 *   if (server == NULL)
 *     return;
 *
 * which skips the test when Node.js or the packages are missing, except when
 * the environment variable CI is set (to anything but "", "0" or "false"):
 * there a missing server fails the test, so that CI cannot pass by skipping.
 *
 * crm_test_server_restart() brings the server back on the same port (same
 * URL), for "the server went down and came back" tests. It keeps everything in
 * memory, though: databases are gone after a restart, as if the server's disk
 * had been wiped. (Should another program take the port while the server is
 * down, which is unlikely since free ports are handed out at random, the
 * restart fails after about 5 s of retries.) Nothing
 * creates databases for you; crm_test_server_new_database_url() only names
 * one.
 *
 * With a user and password the server runs in express-pouchdb's 'fullCouchDB'
 * mode with that user as its one admin: Basic auth with a wrong password and
 * requests without credentials get 401, POST /_session gives an AuthSession
 * cookie. Without them (NULL) there is no authentication at all.
 *
 * The server also exits when the test program does, even when it crashes: it
 * stops when its stdin, a pipe from the test program, closes.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _CrmTestServer CrmTestServer;

const char    *crm_test_server_get_directory     (void);
gboolean       crm_test_server_available         (void);

CrmTestServer *crm_test_server_start             (const char     *user,
                                                  const char     *password,
                                                  GError        **error);
CrmTestServer *crm_test_server_require           (void);
CrmTestServer *crm_test_server_require_with_auth (const char     *user,
                                                  const char     *password);

const char    *crm_test_server_get_url           (CrmTestServer  *server);
guint16        crm_test_server_get_port          (CrmTestServer  *server);
const char    *crm_test_server_get_user          (CrmTestServer  *server);
const char    *crm_test_server_get_password      (CrmTestServer  *server);
char          *crm_test_server_new_database_url  (CrmTestServer  *server,
                                                  const char     *prefix);

gboolean       crm_test_server_restart           (CrmTestServer  *server,
                                                  GError        **error);
void           crm_test_server_stop              (CrmTestServer  *server);
gboolean       crm_test_server_is_running        (CrmTestServer  *server);
void           crm_test_server_free              (CrmTestServer  *server);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmTestServer, crm_test_server_free)

G_END_DECLS
