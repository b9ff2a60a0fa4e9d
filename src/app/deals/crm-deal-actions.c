/* crm-deal-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-deal-actions.h"
#include "crm-deal-editor.h"

typedef struct
{
  GtkWidget *window;   /* not a reference: the window holds the group */
  CrmStore  *store;
} DealActions;

static void
deal_actions_free (DealActions *actions)
{
  g_clear_object (&actions->store);
  g_free (actions);
}

static GtkWindow *
parent_window (DealActions *actions)
{
  return GTK_IS_WINDOW (actions->window) ? GTK_WINDOW (actions->window) : NULL;
}

static void
new_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  DealActions *actions = user_data;

  crm_deal_editor_new_deal (parent_window (actions), actions->store, g_variant_get_string (parameter, NULL));
}

static void
open_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  DealActions *actions = user_data;

  crm_deal_editor_open (parent_window (actions), actions->store, g_variant_get_string (parameter, NULL));
}

/**
 * crm_deal_actions_install:
 *
 * Inserts the action group "deal" on @window: deal.new (a customer's id, or
 * "" to choose the customer in the editor) opens an editor for a new deal,
 * saved when the user creates it; deal.open (a deal's id) opens a deal. Each
 * deal has one editor.
 */
void
crm_deal_actions_install (GtkWidget *window,
                          CrmStore  *store)
{
  static const GActionEntry entries[] = {
    { "new", new_cb, "s" },
    { "open", open_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = NULL;
  DealActions *actions;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (CRM_IS_STORE (store));

  actions = g_new0 (DealActions, 1);
  actions->window = window;
  actions->store = g_object_ref (store);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (group), "crm-deal-actions", actions, (GDestroyNotify) deal_actions_free);
  gtk_widget_insert_action_group (window, "deal", G_ACTION_GROUP (group));
}
