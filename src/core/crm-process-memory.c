/* crm-process-memory.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include <string.h>

#include "crm-process-memory.h"

/**
 * crm_process_memory_megabytes:
 * @field: a line of /proc/self/status, "VmRSS:" (resident now) or "VmHWM:"
 *   (the peak)
 *
 * Read from /proc, not getrusage(): on Linux a process started by another
 * inherits its ru_maxrss across exec.
 *
 * Returns: the figure in MiB, or 0 where /proc has none
 */
double
crm_process_memory_megabytes (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  g_return_val_if_fail (field != NULL, 0.0);

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0.0;

  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}
