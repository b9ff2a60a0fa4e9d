/* crm-test-ui.h: what the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-test-utils.h"

G_BEGIN_DECLS

/* Opens the display, with the app's style and icons as AdwApplication gives
 * them to the app. FALSE (the tests marked skipped) without a display,
 * which under CI=true is an error: the test command provides one (Xvfb). */
gboolean   crm_test_ui_init     (void);
CrmTestDb *crm_test_ui_db_new   (void);
void crm_test_close_window    (GtkWindow  *window);
void crm_test_save_screenshot (GtkWidget  *widget,
                               const char *name);

G_END_DECLS
