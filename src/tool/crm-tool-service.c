/* crm-tool-service.c: crm-tool tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "crm-field.h"
#include "crm-models.h"
#include "crm-service.h"
#include "crm-ticket-list.h"
#include "crm-tool-private.h"

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static JsonNode *
ticket_to_json (CrmStore   *store,
                GHashTable *names,
                CrmTicket  *ticket,
                gint64      now)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  const char *customer_id = crm_ticket_get_customer_id (ticket);
  const char *product_id = crm_ticket_get_product_id (ticket);
  const char *technician_id = crm_ticket_get_technician_id (ticket);
  gint64 received_at = crm_ticket_get_received_at (ticket);
  gint64 due_at = crm_ticket_get_due_at (ticket);
  gint64 closed_at = crm_ticket_get_closed_at (ticket);
  g_autofree char *received = received_at != 0 ? crm_time_format (received_at) : NULL;
  g_autofree char *due = due_at != 0 ? crm_time_format (due_at) : NULL;
  g_autofree char *closed = closed_at != 0 ? crm_time_format (closed_at) : NULL;

  json_object_set_string_member (object, "number", crm_ticket_get_number (ticket));
  json_object_set_string_member (object, "id", crm_record_get_id (CRM_RECORD (ticket)));
  json_object_set_string_member (object, "title", crm_ticket_get_title (ticket));
  json_object_set_string_member (object, "customer-id", customer_id);
  json_object_set_string_member (object, "customer-name",
                                 crm_tool_name_of (store, names, CRM_TYPE_CUSTOMER, customer_id));
  json_object_set_string_member (object, "product-id", product_id);
  json_object_set_string_member (object, "product-name",
                                 crm_tool_name_of (store, names, CRM_TYPE_PRODUCT, product_id));
  json_object_set_string_member (object, "status",
                                 crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, crm_ticket_get_status (ticket)));
  json_object_set_string_member (object, "priority",
                                 crm_enum_to_nick (CRM_TYPE_TICKET_PRIORITY, crm_ticket_get_priority (ticket)));
  json_object_set_string_member (object, "technician-id", technician_id);
  json_object_set_string_member (object, "technician-name",
                                 crm_tool_name_of (store, names, CRM_TYPE_STAFF, technician_id));
  json_object_set_string_member (object, "received-at", received);
  json_object_set_string_member (object, "due-at", due);
  json_object_set_string_member (object, "closed-at", closed);
  json_object_set_boolean_member (object, "overdue", crm_ticket_is_overdue (ticket, now));

  json_node_take_object (node, object);
  return node;
}

static void
print_ticket (CrmStore   *store,
              GHashTable *names,
              CrmTicket  *ticket,
              gint64      now)
{
  g_autofree char *received = crm_tool_date_text (crm_ticket_get_received_at (ticket));
  g_autofree char *due = crm_tool_date_text (crm_ticket_get_due_at (ticket));

  g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
           or_empty (crm_ticket_get_number (ticket)),
           crm_record_get_id (CRM_RECORD (ticket)),
           or_empty (crm_ticket_get_customer_id (ticket)),
           or_empty (crm_tool_name_of (store, names, CRM_TYPE_CUSTOMER, crm_ticket_get_customer_id (ticket))),
           or_empty (crm_tool_name_of (store, names, CRM_TYPE_PRODUCT, crm_ticket_get_product_id (ticket))),
           or_empty (crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, crm_ticket_get_status (ticket))),
           or_empty (crm_enum_to_nick (CRM_TYPE_TICKET_PRIORITY, crm_ticket_get_priority (ticket))),
           or_empty (crm_tool_name_of (store, names, CRM_TYPE_STAFF, crm_ticket_get_technician_id (ticket))),
           received,
           due,
           crm_ticket_is_overdue (ticket, now) ? _("overdue") : "");
}

/**
 * crm_tool_tickets:
 *
 * The service queue as the app shows it, in arrival order: open tickets
 * with --open, all live ones otherwise.
 */
int
crm_tool_tickets (const char  *db_path,
                  int          argc,
                  char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmTicketList) list = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  CrmTicketFilter filter;
  gboolean json = FALSE, open_only = FALSE;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_items;
  int status = 0;
  GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only tickets still open"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    return crm_tool_usage_error (_("tickets takes no arguments besides --open and --json."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  crm_ticket_filter_init (&filter);
  filter.include_closed = !open_only;
  list = crm_ticket_list_new (store, CRM_TICKET_ORDER_ARRIVAL, &filter);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_sized_new (n_items);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(CrmTicket) ticket = g_list_model_get_item (G_LIST_MODEL (list), i);

          json_array_add_element (array, ticket_to_json (store, names, ticket, now));
        }
      json_node_take_array (node, array);
      crm_tool_print_json (node);
      return 0;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CrmTicket) ticket = g_list_model_get_item (G_LIST_MODEL (list), i);

      print_ticket (store, names, ticket, now);
    }

  return 0;
}
