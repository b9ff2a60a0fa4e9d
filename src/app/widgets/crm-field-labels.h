/* crm-field-labels.h: what a record's fields are called on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *crm_field_label (GType       type,
                             const char *property);

G_END_DECLS
