/* crm-import-private.h: what the import shares with its preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

GParamSpec *crm_import_field_for_name (GType       type,
                                       const char *name);
gboolean    crm_import_looks_like_json (GBytes     *bytes);

G_END_DECLS
