/* crm-process-memory.h: this process's memory, for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double crm_process_memory_megabytes (const char *field);

G_END_DECLS
