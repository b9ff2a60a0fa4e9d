/* crm-pipeline-reason.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-pipeline-reason.h"

/* The reasons come from Preferences (won-reasons, lost-reasons), with an
 * "Other reason" choice that takes free text; a database made before those
 * settings existed gets a short list of common ones. */

#define RESPONSE_CLOSE "close"

typedef struct
{
  GtkDropDown *choices;
  GtkEditable *other;
  guint        n_reasons;
} Reason;

GStrv
crm_pipeline_reasons_load (gboolean won)
{
  const char *key = won ? "won-reasons" : "lost-reasons";
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL &&
      (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) != NULL &&
      g_settings_schema_has_key (schema, key))
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

      return g_settings_get_strv (settings, key);
    }

  if (won)
    {
      const char *defaults[] = { _("Best price"), _("Best product fit"), _("Relationship"), NULL };

      return g_strdupv ((char **) defaults);
    }
  else
    {
      const char *defaults[] = { _("Price too high"), _("Chose a competitor"), _("No budget"),
                                 _("No decision"), NULL };

      return g_strdupv ((char **) defaults);
    }
}

static gboolean
is_other (Reason *reason)
{
  return gtk_drop_down_get_selected (reason->choices) >= reason->n_reasons;
}

char *
crm_pipeline_reason_dialog_get_reason (AdwMessageDialog *dialog)
{
  Reason *reason;
  g_autofree char *text = NULL;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), NULL);

  reason = g_object_get_data (G_OBJECT (dialog), "crm-reason");
  if (!is_other (reason))
    {
      GtkStringObject *item = gtk_drop_down_get_selected_item (reason->choices);

      return item != NULL ? g_strdup (gtk_string_object_get_string (item)) : NULL;
    }

  text = g_strstrip (g_strdup (gtk_editable_get_text (reason->other)));
  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

/* Picks @reason from the list, or types it as another reason. */
void
crm_pipeline_reason_dialog_set_reason (AdwMessageDialog *dialog,
                                       const char       *reason_text)
{
  Reason *reason;
  GListModel *model;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (reason_text != NULL);

  reason = g_object_get_data (G_OBJECT (dialog), "crm-reason");
  model = gtk_drop_down_get_model (reason->choices);
  for (guint i = 0; i < reason->n_reasons; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), reason_text) == 0)
        {
          gtk_drop_down_set_selected (reason->choices, i);
          return;
        }
    }

  gtk_drop_down_set_selected (reason->choices, reason->n_reasons);
  gtk_editable_set_text (reason->other, reason_text);
}

static void
update_cb (AdwMessageDialog *dialog)
{
  Reason *reason = g_object_get_data (G_OBJECT (dialog), "crm-reason");
  g_autofree char *text = crm_pipeline_reason_dialog_get_reason (dialog);

  gtk_widget_set_visible (GTK_WIDGET (reason->other), is_other (reason));
  adw_message_dialog_set_response_enabled (dialog, RESPONSE_CLOSE, text != NULL);
}

/**
 * crm_pipeline_reason_dialog_new:
 *
 * Returns: (transfer none): a modal dialog, owned by GTK until it closes, whose "close" response means the
 *   reason (crm_pipeline_reason_dialog_get_reason()) was given
 */
AdwMessageDialog *
crm_pipeline_reason_dialog_new (GtkWindow  *parent,
                                gboolean    won,
                                const char *deal_title)
{
  g_auto(GStrv) reasons = crm_pipeline_reasons_load (won);
  g_autoptr(GtkStringList) choices = gtk_string_list_new ((const char * const *) reasons);
  AdwMessageDialog *dialog;
  GtkWidget *box;
  Reason *reason = g_new0 (Reason, 1);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  reason->n_reasons = g_strv_length (reasons);
  gtk_string_list_append (choices, _("Other reason"));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, won ? _("Mark the Deal as Won?") : _("Mark the Deal as Lost?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, won ? _("Why was “%s” won? The deal leaves the board and stays on the customer’s page.")
                                              : _("Why was “%s” lost? The deal leaves the board and stays on the customer’s page."),
                                  deal_title != NULL ? deal_title : "");
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    RESPONSE_CLOSE, won ? _("Mark as _Won") : _("Mark as _Lost"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, RESPONSE_CLOSE,
                                              won ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, RESPONSE_CLOSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  reason->choices = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason->choices), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  reason->other = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason->other), _("Another reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason->other), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason->other), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Another reason"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (reason->choices));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (reason->other));
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data_full (G_OBJECT (dialog), "crm-reason", reason, g_free);

  /* No reasons configured: straight to the free text. */
  if (reason->n_reasons == 0)
    gtk_widget_set_visible (GTK_WIDGET (reason->choices), FALSE);

  g_signal_connect_object (reason->choices, "notify::selected", G_CALLBACK (update_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (reason->other, "changed", G_CALLBACK (update_cb), dialog, G_CONNECT_SWAPPED);
  update_cb (dialog);

  return dialog;
}
