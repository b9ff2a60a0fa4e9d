/* crm-test-utils.h: what the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "crm-models.h"
#include "crm-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *folder;
  char     *path;
  CrmStore *store;
} CrmTestDb;

CrmTestDb   *crm_test_db_new       (void);
void         crm_test_db_free      (CrmTestDb   *db);
char        *crm_test_write_file   (CrmTestDb   *db,
                                    const char  *name,
                                    const char  *contents,
                                    gssize       length);
gpointer     crm_test_save         (CrmStore    *store,
                                    GType        type,
                                    const char  *first_property,
                                    ...) G_GNUC_NULL_TERMINATED;
CrmCustomer *crm_test_add_customer (CrmStore    *store,
                                    const char  *name,
                                    const char  *email,
                                    const char  *city);
char        *crm_test_add_conflict (CrmStore    *store,
                                    CrmRecord   *record,
                                    const char  *property,
                                    const char  *value);

GStrv        crm_test_list_names   (GListModel  *model);
gint64       crm_test_query_int    (sqlite3     *db,
                                    const char  *sql);

int          crm_test_run_tool     (char       **out,
                                    char       **err,
                                    const char  *first,
                                    ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrmTestDb, crm_test_db_free)

typedef gboolean (*CrmTestCondition) (gpointer data);

void         crm_test_wait_until   (CrmTestCondition  condition,
                                    gpointer          data,
                                    const char       *what);
void         crm_test_run_for      (guint             milliseconds);

G_END_DECLS
