/* crm-dashboard-pdf.h: a whole dashboard as a PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "crm-report-table.h"

G_BEGIN_DECLS

/* Writes @tables (CrmReportTable) under @title and @subtitle (the period)
 * to @file as A4 pages: each table's chart, then its rows. Fails with the
 * GIO error when the file cannot be written (a full disk: nothing is left
 * half written under that name). */
gboolean crm_dashboard_pdf_write (GFile       *file,
                                  const char  *title,
                                  const char  *subtitle,
                                  GPtrArray   *tables,
                                  GError     **error);

G_END_DECLS
