/* crm-reasons-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-reasons-group.h"

/* Each reason is a row that renames it (Enter or the apply button) or
 * removes it; the last row adds one. The key is rewritten whole on every
 * change and the rows rebuilt from it, so what is shown is what is kept. */

struct _CrmReasonsGroup
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
  char                *key;
  GPtrArray           *rows;        /* the rows added, to remove them again */
};

G_DEFINE_FINAL_TYPE (CrmReasonsGroup, crm_reasons_group, ADW_TYPE_PREFERENCES_GROUP)

static void rebuild (CrmReasonsGroup *self);

static void
toast (CrmReasonsGroup *self,
       const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

/* Replaces reason @index with @text (appends when @index is past the end;
 * removes it when @text is NULL). Refuses an empty or repeated reason. */
static void
change_reason (CrmReasonsGroup *self,
               guint            index,
               const char      *text)
{
  g_auto(GStrv) reasons = g_settings_get_strv (self->settings, self->key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;
  g_auto(GStrv) changed = NULL;
  guint n = g_strv_length (reasons);

  if (stripped != NULL && *stripped == '\0')
    {
      toast (self, _("A reason cannot be empty; remove it instead."));
      rebuild (self);
      return;
    }

  for (guint i = 0; stripped != NULL && i < n; i++)
    if (i != index && g_utf8_collate (reasons[i], stripped) == 0)
      {
        g_autofree char *message = g_strdup_printf (_("“%s” is in the list already."), stripped);

        toast (self, message);
        rebuild (self);
        return;
      }

  for (guint i = 0; i < n; i++)
    {
      if (i != index)
        g_strv_builder_add (builder, reasons[i]);
      else if (stripped != NULL)
        g_strv_builder_add (builder, stripped);
    }
  if (index >= n && stripped != NULL)
    g_strv_builder_add (builder, stripped);

  changed = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, self->key, (const char * const *)changed);
}

static guint
row_index (GtkWidget *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "crm-index"));
}

static void
reason_applied_cb (AdwEntryRow     *row,
                   CrmReasonsGroup *self)
{
  change_reason (self, row_index (GTK_WIDGET (row)), gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
remove_clicked_cb (GtkButton       *button,
                   CrmReasonsGroup *self)
{
  change_reason (self, row_index (GTK_WIDGET (button)), NULL);
}

static void
add_applied_cb (AdwEntryRow     *row,
                CrmReasonsGroup *self)
{
  change_reason (self, G_MAXUINT, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
add_row (CrmReasonsGroup *self,
         GtkWidget       *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
rebuild (CrmReasonsGroup *self)
{
  g_auto(GStrv) reasons = g_settings_get_strv (self->settings, self->key);
  GtkWidget *add;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; reasons[i] != NULL; i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = g_strdup_printf (_("Remove “%s”"), reasons[i]);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reason"));
      gtk_editable_set_text (GTK_EDITABLE (row), reasons[i]);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "crm-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "apply", G_CALLBACK (reason_applied_cb), self);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (remove), "crm-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

      add_row (self, row);
    }

  add = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a Reason"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  g_signal_connect (add, "apply", G_CALLBACK (add_applied_cb), self);
  add_row (self, add);
}

static void
settings_changed_cb (CrmReasonsGroup *self)
{
  rebuild (self);
}

void
crm_reasons_group_bind (CrmReasonsGroup *self,
                        GSettings       *settings,
                        const char      *key)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (CRM_IS_REASONS_GROUP (self));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (key != NULL);
  g_return_if_fail (self->settings == NULL);

  self->settings = g_object_ref (settings);
  self->key = g_strdup (key);
  signal = g_strconcat ("changed::", key, NULL);
  g_signal_connect_object (settings, signal, G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
crm_reasons_group_dispose (GObject *object)
{
  CrmReasonsGroup *self = CRM_REASONS_GROUP (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_reasons_group_parent_class)->dispose (object);
}

static void
crm_reasons_group_finalize (GObject *object)
{
  CrmReasonsGroup *self = CRM_REASONS_GROUP (object);

  g_free (self->key);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (crm_reasons_group_parent_class)->finalize (object);
}

static void
crm_reasons_group_class_init (CrmReasonsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_reasons_group_dispose;
  object_class->finalize = crm_reasons_group_finalize;
}

static void
crm_reasons_group_init (CrmReasonsGroup *self)
{
  self->rows = g_ptr_array_new ();
}
