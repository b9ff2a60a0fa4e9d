/* crm-contract-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-contract-actions.h"
#include "crm-contract-editor.h"
#include "crm-page-format.h"
#include "crm-window.h"

typedef struct
{
  GtkWidget *window;   /* not a reference: the window holds the group */
  CrmStore  *store;
} ContractActions;

static void
contract_actions_free (ContractActions *actions)
{
  g_clear_object (&actions->store);
  g_free (actions);
}

static void
open_editor (ContractActions *actions,
             const char      *contract_id,
             const char      *customer_id)
{
  g_autoptr(GError) error = NULL;
  CrmContractEditor *editor;

  editor = crm_contract_editor_new (GTK_IS_WINDOW (actions->window) ? GTK_WINDOW (actions->window) : NULL,
                                    actions->store, contract_id, customer_id, &error);
  if (editor == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s %s", _("The contract could not be opened."), error->message);

      crm_widget_add_toast (actions->window, crm_page_new_toast (message));
      return;
    }

  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  const char *customer_id = g_variant_get_string (parameter, NULL);

  /* A contract always belongs to a customer: the button is on their page. */
  if (*customer_id == '\0')
    return;

  open_editor (user_data, NULL, customer_id);
}

static void
open_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  open_editor (user_data, g_variant_get_string (parameter, NULL), NULL);
}

/**
 * crm_contract_actions_install:
 *
 * Inserts the action group "contract" on @window: contract.new (a
 * customer's id) opens the editor for a new contract, saved only on Save;
 * contract.open (a contract's id) opens one.
 */
void
crm_contract_actions_install (GtkWidget *window,
                              CrmStore  *store)
{
  static const GActionEntry entries[] = {
    { "new", new_cb, "s" },
    { "open", open_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = NULL;
  ContractActions *actions;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (CRM_IS_STORE (store));

  actions = g_new0 (ContractActions, 1);
  actions->window = window;
  actions->store = g_object_ref (store);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (group), "crm-contract-actions", actions, (GDestroyNotify) contract_actions_free);
  gtk_widget_insert_action_group (window, "contract", G_ACTION_GROUP (group));
}
