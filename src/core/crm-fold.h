/* crm-fold.h: text folding for search and sorting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char     *crm_fold          (const char  *text);
void      crm_fold_append   (GString     *out,
                             const char  *text,
                             gssize       length);
gboolean  crm_fold_register (sqlite3     *db,
                             GError     **error);

G_END_DECLS
