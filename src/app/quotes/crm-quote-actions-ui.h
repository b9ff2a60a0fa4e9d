/* crm-quote-actions-ui.h: the window's "quote" actions, so that any view
 * can make or open a quote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "crm-store.h"

G_BEGIN_DECLS

void crm_quote_actions_install (GtkWidget *window,
                                CrmStore  *store);

G_END_DECLS
