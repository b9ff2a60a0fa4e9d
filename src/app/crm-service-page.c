/* crm-service-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-enums.h"
#include "crm-service-message.h"
#include "crm-service-page.h"
#include "crm-service.h"
#include "service/crm-message-dialog.h"

/* Built in code: most rows come from loops over priorities and statuses.
 * A template the user leaves as the built-in text is not stored, so that a
 * later translation or wording fix reaches them. */

#define N_PRIORITIES 4
#define N_STATUSES 6

struct _CrmServicePage
{
  AdwPreferencesPage  parent_instance;

  GSettings          *settings;
  GtkSpinButton      *sla[N_PRIORITIES];
  GtkTextBuffer      *templates[N_STATUSES];
  GtkTextBuffer      *survey;
  gboolean            loading;
};

G_DEFINE_FINAL_TYPE (CrmServicePage, crm_service_page, ADW_TYPE_PREFERENCES_PAGE)

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
sla_changed_cb (CrmServicePage *self)
{
  GVariantBuilder builder;

  if (self->loading)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ai"));
  for (int i = 0; i < N_PRIORITIES; i++)
    g_variant_builder_add (&builder, "i", gtk_spin_button_get_value_as_int (self->sla[i]));
  g_settings_set_value (self->settings, "sla-hours", g_variant_builder_end (&builder));
}

static void
templates_changed_cb (CrmServicePage *self)
{
  GVariantBuilder builder;
  g_autofree char *survey = NULL;

  if (self->loading)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (int i = 0; i < N_STATUSES; i++)
    {
      g_autofree char *text = buffer_text (self->templates[i]);

      if (g_strcmp0 (text, crm_service_message_default_template (i)) != 0)
        g_variant_builder_add (&builder, "{ss}", crm_enum_to_nick (CRM_TYPE_TICKET_STATUS, i), text);
    }
  g_settings_set_value (self->settings, "status-message-templates", g_variant_builder_end (&builder));

  survey = buffer_text (self->survey);
  g_settings_set_string (self->settings, "survey-message-template",
                         g_strcmp0 (survey, crm_service_message_default_survey ()) != 0 ? survey : "");
}

static GtkTextBuffer *
add_template_row (CrmServicePage      *self,
                  AdwPreferencesGroup *group,
                  const char          *title,
                  const char          *text)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkWidget *child = gtk_list_box_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_text_buffer_set_text (buffer, text, -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (templates_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (child), view);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  adw_preferences_group_add (group, row);

  return buffer;
}

static void
build (CrmServicePage *self)
{
  static const char * const priorities[N_PRIORITIES] = {
    N_("Low Priority"), N_("Normal Priority"), N_("High Priority"), N_("Urgent"),
  };
  static const char * const orders[] = { "arrival", "importance" };
  const char *order_names[] = { _("Oldest First"), _("Key Accounts First"), NULL };
  AdwPreferencesGroup *queue, *sla, *messages;
  g_autoptr(GVariant) hours = g_settings_get_value (self->settings, "sla-hours");
  g_autofree char *order = g_settings_get_string (self->settings, "service-queue-order");
  g_autofree char *survey = crm_message_template_survey (self->settings);
  GtkWidget *order_row;
  CrmServiceSla defaults;

  crm_service_sla_init_default (&defaults);
  self->loading = TRUE;

  queue = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (queue, _("Queue"));
  order_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (order_row), _("_Order"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (order_row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (order_row), G_LIST_MODEL (gtk_string_list_new (order_names)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (order_row), g_strcmp0 (order, "importance") == 0 ? 1 : 0);
  g_object_set_data (G_OBJECT (order_row), "crm-orders", (gpointer) orders);
  adw_preferences_group_add (queue, order_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), queue);
  g_object_set_data (G_OBJECT (self), "crm-order-row", order_row);

  sla = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (sla, _("Service Levels"));
  adw_preferences_group_set_description (sla, _("Hours from a ticket’s arrival until it is due"));
  for (int i = 0; i < N_PRIORITIES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      int value = i < (int) g_variant_n_children (hours) ? 0 : defaults.hours[i];

      if (i < (int) g_variant_n_children (hours))
        g_variant_get_child (hours, i, "i", &value);
      self->sla[i] = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 24 * 365, 1));
      gtk_spin_button_set_value (self->sla[i], value);
      gtk_widget_set_valign (GTK_WIDGET (self->sla[i]), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->sla[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(priorities[i]), -1);
      g_signal_connect_object (self->sla[i], "value-changed", G_CALLBACK (sla_changed_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(priorities[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Hours"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->sla[i]));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->sla[i]));
      adw_preferences_group_add (sla, row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), sla);

  messages = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (messages, _("Messages to Customers"));
  adw_preferences_group_set_description (messages,
    _("Offered by “Tell Customer” for each status. {customer}, {product}, {ticket}, {title}, {status}, "
      "{serial} and {business} are filled in; write {{ and }} for a brace."));
  for (int i = 0; i < N_STATUSES; i++)
    {
      g_autofree char *text = crm_message_template_for_status (self->settings, i);

      self->templates[i] = add_template_row (self, messages, crm_service_message_status_name (i), text);
    }
  self->survey = add_template_row (self, messages, _("Satisfaction Survey"), survey);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), messages);

  self->loading = FALSE;
}

static void
order_changed_cb (CrmServicePage *self,
                  GParamSpec     *pspec,
                  AdwComboRow    *row)
{
  const char * const *orders = g_object_get_data (G_OBJECT (row), "crm-orders");
  guint selected = adw_combo_row_get_selected (row);

  if (!self->loading && selected < 2)
    g_settings_set_string (self->settings, "service-queue-order", orders[selected]);
}

static void
crm_service_page_finalize (GObject *object)
{
  CrmServicePage *self = CRM_SERVICE_PAGE (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (crm_service_page_parent_class)->finalize (object);
}

static void
crm_service_page_class_init (CrmServicePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_service_page_finalize;
}

static void
crm_service_page_init (CrmServicePage *self)
{
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "service");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Service"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "crm-service-symbolic");

  self->settings = g_settings_new (APPLICATION_ID);
  build (self);
  g_signal_connect_object (g_object_get_data (G_OBJECT (self), "crm-order-row"), "notify::selected",
                           G_CALLBACK (order_changed_cb), self, G_CONNECT_SWAPPED);
}

CrmServicePage *
crm_service_page_new (void)
{
  return g_object_new (CRM_TYPE_SERVICE_PAGE, NULL);
}
