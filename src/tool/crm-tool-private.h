/* crm-tool-private.h: what crm-tool's commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "crm-store.h"

G_BEGIN_DECLS

/* Exit statuses: 0 success, 1 a user error (one sentence on stderr), 2 usage. */
#define CRM_TOOL_EXIT_FAILURE 1
#define CRM_TOOL_EXIT_USAGE   2

int  crm_tool_fail          (const char  *format,
                             ...) G_GNUC_PRINTF (1, 2);
int  crm_tool_usage_error   (const char  *format,
                             ...) G_GNUC_PRINTF (1, 2);
void crm_tool_progress      (const char  *stage,
                             guint64      done,
                             guint64      total,
                             gpointer     user_data);
void crm_tool_progress_done (void);

gboolean  crm_tool_parse_options (const char    *parameter,
                                  GOptionEntry  *entries,
                                  int           *argc,
                                  char        ***argv,
                                  int           *status);
CrmStore *crm_tool_open_store    (const char    *path,
                                  int           *status);
void      crm_tool_print_json    (JsonNode      *node);
/* A date as 2026-03-01 (UTC), or a dash when there is none. */
char     *crm_tool_date_text     (gint64         unix_seconds);
const char *crm_tool_name_of     (CrmStore      *store,
                                  GHashTable    *names,
                                  GType          type,
                                  const char    *id);

int  crm_tool_report        (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_sync          (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_conflicts     (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_quotes        (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_quote         (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_contracts     (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_deals         (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_tickets       (const char  *db_path,
                             int          argc,
                             char       **argv);
int  crm_tool_bench         (int          argc,
                             char       **argv);
int  crm_tool_bench_browse  (const char  *db_path);

G_END_DECLS
