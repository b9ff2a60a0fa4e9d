/* crm-revision.h: CouchDB revision ids ("N-<32 lowercase hex>")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *crm_revision_new        (guint        generation);
char     *crm_revision_next       (const char  *revision);
guint     crm_revision_generation (const char  *revision);
gboolean  crm_revision_is_valid   (const char  *revision);
int       crm_revision_compare    (const char  *revision_a,
                                   gboolean     deleted_a,
                                   const char  *revision_b,
                                   gboolean     deleted_b);

G_END_DECLS
