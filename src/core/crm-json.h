/* crm-json.h: reading JSON that may hold anything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonObject *crm_json_as_object      (JsonNode    *node);
JsonNode   *crm_json_member_value   (JsonObject  *object,
                                     const char  *name,
                                     GType        value_type);
const char *crm_json_member_string  (JsonObject  *object,
                                     const char  *name);
gboolean    crm_json_member_true    (JsonObject  *object,
                                     const char  *name);
JsonObject *crm_json_member_object  (JsonObject  *object,
                                     const char  *name);
JsonArray  *crm_json_member_array   (JsonObject  *object,
                                     const char  *name);
const char *crm_json_element_string (JsonArray   *array,
                                     guint        index);

G_END_DECLS
