/* crm-quote-actions-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-quote-actions-ui.h"
#include "crm-quote-actions.h"
#include "crm-quote-editor.h"
#include "crm-window.h"

typedef struct
{
  GtkWidget *window;   /* not a reference: the window holds the group */
  CrmStore  *store;
} QuoteActions;

static void
quote_actions_free (QuoteActions *actions)
{
  g_clear_object (&actions->store);
  g_free (actions);
}

static GtkWindow *
parent_window (QuoteActions *actions)
{
  return GTK_IS_WINDOW (actions->window) ? GTK_WINDOW (actions->window) : NULL;
}

static void
report (QuoteActions *actions,
        const char   *what,
        const GError *error)
{
  g_autofree char *message = g_strdup_printf ("%s %s", what, error->message);

  crm_widget_add_toast (actions->window, crm_page_new_toast (message));
}

static void
open_quote (QuoteActions *actions,
            CrmQuote     *quote)
{
  crm_quote_editor_open (parent_window (actions), actions->store, crm_record_get_id (CRM_RECORD (quote)));
}

static void
new_for_customer_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  QuoteActions *actions = user_data;
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;

  quote = crm_quote_create (actions->store, g_variant_get_string (parameter, NULL), NULL, &error);
  if (quote == NULL)
    report (actions, _("The quote could not be made."), error);
  else
    open_quote (actions, quote);
}

static void
new_for_deal_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  QuoteActions *actions = user_data;
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;

  quote = crm_quote_create_from_deal (actions->store, g_variant_get_string (parameter, NULL), &error);
  if (quote == NULL)
    report (actions, _("The quote could not be made."), error);
  else
    open_quote (actions, quote);
}

static void
open_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  QuoteActions *actions = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(GError) error = NULL;

  if ((quote = crm_store_load (actions->store, CRM_TYPE_QUOTE, id, &error)) == NULL)
    report (actions, _("The quote could not be opened."), error);
  else
    open_quote (actions, quote);
}

/**
 * crm_quote_actions_install:
 *
 * Inserts the action group "quote" on @window: quote.new-for-customer and
 * quote.new-for-deal (a customer's or a deal's id) save a draft and open
 * it; quote.open (a quote's id) opens one. Each quote has one editor.
 */
void
crm_quote_actions_install (GtkWidget *window,
                           CrmStore  *store)
{
  static const GActionEntry entries[] = {
    { "new-for-customer", new_for_customer_cb, "s" },
    { "new-for-deal", new_for_deal_cb, "s" },
    { "open", open_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = NULL;
  QuoteActions *actions;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (CRM_IS_STORE (store));

  actions = g_new0 (QuoteActions, 1);
  actions->window = window;
  actions->store = g_object_ref (store);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (group), "crm-quote-actions", actions, (GDestroyNotify) quote_actions_free);
  gtk_widget_insert_action_group (window, "quote", G_ACTION_GROUP (group));
}
