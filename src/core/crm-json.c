/* crm-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-core"

#include "config.h"

#include "crm-json.h"

/* Documents from a server or a file may hold anything where a string or an
 * object is expected. json-glib's own getters warn (a critical, fatal in
 * tests) on the wrong kind; these read a member only if it has the expected
 * kind, and return NULL or FALSE otherwise. Any argument may be NULL. */

JsonObject *
crm_json_as_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonNode *
crm_json_member_value (JsonObject *object,
                       const char *name,
                       GType       value_type)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != value_type)
    return NULL;

  return node;
}

const char *
crm_json_member_string (JsonObject *object,
                        const char *name)
{
  JsonNode *node = crm_json_member_value (object, name, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

gboolean
crm_json_member_true (JsonObject *object,
                      const char *name)
{
  JsonNode *node = crm_json_member_value (object, name, G_TYPE_BOOLEAN);

  return node != NULL && json_node_get_boolean (node);
}

JsonObject *
crm_json_member_object (JsonObject *object,
                        const char *name)
{
  return crm_json_as_object (object != NULL ? json_object_get_member (object, name) : NULL);
}

JsonArray *
crm_json_member_array (JsonObject *object,
                       const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

const char *
crm_json_element_string (JsonArray *array,
                         guint      index)
{
  JsonNode *node = array != NULL && index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}
