/* crm-export.h: records out to CSV and JSON files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-store.h"

G_BEGIN_DECLS

typedef enum {
  CRM_EXPORT_CSV,
  CRM_EXPORT_JSON,
} CrmExportFormat;

gboolean crm_export (CrmStore         *store,
                     GType             type,
                     CrmExportFormat   format,
                     GOutputStream    *output,
                     guint64          *n_exported,
                     GCancellable     *cancellable,
                     GError          **error);

G_END_DECLS
