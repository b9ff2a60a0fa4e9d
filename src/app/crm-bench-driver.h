/* crm-bench-driver.h: the window's part of crm-tool bench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void crm_bench_driver_attach (GtkWindow *window);

G_END_DECLS
