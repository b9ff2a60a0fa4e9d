/* crm-tool-sync.c: crm-tool sync and crm-tool conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-tool"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <libsecret/secret.h>

#include "crm-store-sync.h"
#include "crm-sync-credentials.h"
#include "crm-sync-replicator.h"
#include "crm-tool-private.h"

static void
report_progress (gboolean  pushing,
                 guint     done,
                 guint     total,
                 gpointer  user_data)
{
  crm_tool_progress (pushing ? _("Sending") : _("Receiving"), done, total, user_data);
}

/* The password never comes from the command line, where other users of the
 * machine could read it: from the environment, for scripts, else from the
 * keyring, where Crm's Preferences keep it. */
static char *
find_password (const char  *url,
               const char  *user,
               GError     **error)
{
  const char *password = g_getenv ("CRM_SYNC_PASSWORD");
  g_autoptr(GError) local_error = NULL;
  char *stored;

  if (password != NULL)
    return g_strdup (password);

  stored = crm_sync_credentials_lookup_sync (url, user, NULL, &local_error);
  if (stored != NULL)
    {
      char *copy = g_strdup (stored);

      secret_password_free (stored);
      return copy;
    }

  if (local_error != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("No password for %s: the keyring cannot be read (%s); set the environment variable CRM_SYNC_PASSWORD."),
                 user, local_error->message);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("No password for %s: the keyring has none for this server; set up sync in Crm’s Preferences, or set the environment variable CRM_SYNC_PASSWORD."),
                 user);
  return NULL;
}

int
crm_tool_sync (const char  *db_path,
               int          argc,
               char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(CrmSyncClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  gboolean create = FALSE;
  CrmSyncResult result = { 0 };
  int status = 0;
  GOptionEntry entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user name on the server"), "NAME" },
    { "create", 0, 0, G_OPTION_ARG_NONE, &create, N_("Create the database on the server if it is missing"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options ("URL", entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return crm_tool_usage_error (_("sync needs the database’s address: “sync https://couch.example.com/crm”."));

  /* The keyring knows the account by the address as Crm writes it. */
  if ((client = crm_sync_client_new (argv[1], NULL, NULL, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);
  if (user != NULL)
    {
      if ((password = find_password (crm_sync_client_get_url (client), user, &error)) == NULL)
        return crm_tool_fail ("%s", error->message);
      g_clear_object (&client);
      client = crm_sync_client_new (argv[1], user, password, &error);
    }
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  if (!crm_sync_client_check (client, NULL, &error))
    {
      if (!create || !g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE))
        return crm_tool_fail ("%s%s", error->message,
                              g_error_matches (error, CRM_SYNC_ERROR, CRM_SYNC_ERROR_NO_DATABASE)
                              ? _(" Add --create to create it.") : "");
      g_clear_error (&error);
      if (!crm_sync_client_create_database (client, NULL, &error))
        return crm_tool_fail ("%s", error->message);
    }

  if (!crm_sync_run (store, client, report_progress, NULL, NULL, &result, &error))
    return crm_tool_fail ("%s", error->message);

  crm_tool_progress_done ();
  g_print (_("received %u\n"), result.pulled);
  g_print (_("sent %u\n"), result.pushed);
  g_print (_("conflicts %u\n"), result.conflicts);

  return 0;
}

static const char *
text_of (JsonNode *node,
         char    **to_free)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "—";
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  *to_free = json_to_string (node, FALSE);
  return *to_free;
}

/* The fields on which the two versions differ, one line each. */
static void
print_differences (JsonObject *current,
                   JsonObject *losing)
{
  g_autoptr(GList) names = json_object_get_members (current);
  g_autoptr(GList) losing_names = json_object_get_members (losing);

  for (GList *l = losing_names; l != NULL; l = l->next)
    if (!json_object_has_member (current, l->data))
      names = g_list_append (names, l->data);

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *a = json_object_get_member (current, name);
      JsonNode *b = json_object_get_member (losing, name);
      g_autofree char *free_a = NULL;
      g_autofree char *free_b = NULL;

      if (name[0] == '_' || (a != NULL && b != NULL && json_node_equal (a, b)))
        continue;

      /* TRANSLATORS: a field, its value in the shown version and in the other */
      g_print (_("  %s: %s | %s\n"), name, text_of (a, &free_a), text_of (b, &free_b));
    }
}

int
crm_tool_conflicts (const char  *db_path,
                    int          argc,
                    char       **argv)
{
  g_autoptr(CrmStore) store = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) listed = json_array_new ();
  gboolean json = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!crm_tool_parse_options (NULL, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return crm_tool_usage_error (_("conflicts takes no arguments."));
  if ((store = crm_tool_open_store (db_path, &status)) == NULL)
    return status;

  if ((conflicts = crm_store_sync_list_conflicts (store, &error)) == NULL)
    return crm_tool_fail ("%s", error->message);

  for (guint i = 0; i < conflicts->len; i++)
    {
      CrmSyncConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autoptr(JsonObject) current = NULL;
      g_autoptr(JsonObject) losing = NULL;

      current = crm_store_sync_read_document (store, conflict->type, conflict->id, NULL, &error);
      if (current != NULL)
        losing = crm_store_sync_read_document (store, conflict->type, conflict->id, conflict->revision, &error);
      if (error != NULL)
        return crm_tool_fail ("%s", error->message);
      if (current == NULL || losing == NULL)
        continue;

      if (json)
        {
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "id", conflict->id);
          json_object_set_string_member (entry, "type", json_object_get_string_member (current, "type"));
          json_object_set_object_member (entry, "current", json_object_ref (current));
          json_object_set_object_member (entry, "losing", json_object_ref (losing));
          json_array_add_object_element (listed, entry);
        }
      else
        {
          /* TRANSLATORS: a record, the revision shown and the one that lost */
          g_print (_("%s %s: shown %s, other %s\n"), json_object_get_string_member (current, "type"), conflict->id,
                   json_object_get_string_member (current, "_rev"), conflict->revision);
          print_differences (current, losing);
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), listed);
      g_autofree char *text = json_to_string (node, TRUE);

      g_print ("%s\n", text);
    }
  else if (conflicts->len == 0)
    {
      g_print (_("No conflicts.\n"));
    }

  return 0;
}
