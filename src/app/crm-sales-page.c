/* crm-sales-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-reasons-group.h"
#include "crm-sales-page.h"
#include "crm-stages-group.h"
#include "crm-team-group.h"

/* The business details belong to the quote printer; a schema without its
 * keys (an older build) leaves the group out instead of failing. */

struct _CrmSalesPage
{
  AdwPreferencesPage  parent_instance;

  GSettings          *settings;

  CrmTeamGroup       *team_group;
  CrmStagesGroup     *stages_group;
  CrmReasonsGroup    *won_group;
  CrmReasonsGroup    *lost_group;
  GtkWidget          *business_group;
  AdwEntryRow        *business_name_row;
  AdwActionRow       *logo_row;
  GtkWidget          *logo_clear_button;
  GtkTextView        *address_view;
};

G_DEFINE_FINAL_TYPE (CrmSalesPage, crm_sales_page, ADW_TYPE_PREFERENCES_PAGE)

static gboolean
has_business_keys (CrmSalesPage *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (self->settings, "settings-schema", &schema, NULL);

  return g_settings_schema_has_key (schema, "business-name") &&
         g_settings_schema_has_key (schema, "business-address") &&
         g_settings_schema_has_key (schema, "business-logo");
}

static void
show_logo (CrmSalesPage *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "business-logo");
  g_autofree char *name = NULL;

  if (*path == '\0')
    {
      adw_action_row_set_subtitle (self->logo_row, _("None"));
      gtk_widget_set_sensitive (self->logo_clear_button, FALSE);
      return;
    }

  name = g_filename_display_basename (path);
  adw_action_row_set_subtitle (self->logo_row, name);
  gtk_widget_set_sensitive (self->logo_clear_button, TRUE);
}

static void
logo_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                CrmSalesPage    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    return;

  /* The printer opens the file by its path when it prints. */
  if ((path = g_file_get_path (file)) == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root),
                                          adw_toast_new (_("Choose a logo file on this computer.")));
      return;
    }

  g_settings_set_string (self->settings, "business-logo", path);
}

static void
logo_choose_clicked_cb (CrmSalesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (images, _("PNG and SVG Images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/svg+xml");
  gtk_file_filter_add_suffix (images, "png");
  gtk_file_filter_add_suffix (images, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), images);

  g_signal_connect_object (chooser, "response", G_CALLBACK (logo_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
logo_clear_clicked_cb (CrmSalesPage *self)
{
  g_settings_set_string (self->settings, "business-logo", "");
}

static void
address_changed_cb (CrmSalesPage  *self,
                    GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_settings_set_string (self->settings, "business-address", text);
}

static void
setup_business (CrmSalesPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->address_view);
  g_autofree char *address = NULL;

  if (!has_business_keys (self))
    {
      gtk_widget_set_visible (self->business_group, FALSE);
      return;
    }

  g_settings_bind (self->settings, "business-name", self->business_name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);

  address = g_settings_get_string (self->settings, "business-address");
  gtk_text_buffer_set_text (buffer, address, -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (address_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->settings, "changed::business-logo", G_CALLBACK (show_logo),
                           self, G_CONNECT_SWAPPED);
  show_logo (self);
}

void
crm_sales_page_set_store (CrmSalesPage *self,
                          CrmStore     *store)
{
  g_return_if_fail (CRM_IS_SALES_PAGE (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  crm_team_group_set_store (self->team_group, store);
  gtk_widget_set_visible (GTK_WIDGET (self->team_group), store != NULL);
  crm_stages_group_set_store (self->stages_group, store);
  gtk_widget_set_visible (GTK_WIDGET (self->stages_group), store != NULL);
}

static void
crm_sales_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_SALES_PAGE);

  G_OBJECT_CLASS (crm_sales_page_parent_class)->dispose (object);
}

static void
crm_sales_page_finalize (GObject *object)
{
  CrmSalesPage *self = CRM_SALES_PAGE (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_sales_page_parent_class)->finalize (object);
}

static void
crm_sales_page_class_init (CrmSalesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_sales_page_dispose;
  object_class->finalize = crm_sales_page_finalize;

  g_type_ensure (CRM_TYPE_TEAM_GROUP);
  g_type_ensure (CRM_TYPE_STAGES_GROUP);
  g_type_ensure (CRM_TYPE_REASONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-sales-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, team_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, stages_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, won_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, lost_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, business_group);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, business_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, logo_row);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, logo_clear_button);
  gtk_widget_class_bind_template_child (widget_class, CrmSalesPage, address_view);
  gtk_widget_class_bind_template_callback (widget_class, logo_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, logo_clear_clicked_cb);
}

static void
crm_sales_page_init (CrmSalesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  crm_reasons_group_bind (self->won_group, self->settings, "won-reasons");
  crm_reasons_group_bind (self->lost_group, self->settings, "lost-reasons");
  setup_business (self);
}
