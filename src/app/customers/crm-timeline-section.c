/* crm-timeline-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-activity.h"
#include "crm-page-format.h"
#include "crm-page-rows.h"
#include "crm-page-section.h"
#include "crm-timeline-section.h"

struct _CrmTimelineSection
{
  AdwBin           parent_instance;

  GListStore      *activities;
  GtkCustomFilter *kind_filter;

  CrmPageSection  *section;
  GtkDropDown     *kind_dropdown;
};

G_DEFINE_FINAL_TYPE (CrmTimelineSection, crm_timeline_section, ADW_TYPE_BIN)

/* Position 0 of the drop-down is all kinds, then one per kind in order. */
static gboolean
kind_filter_func (gpointer item,
                  gpointer user_data)
{
  CrmTimelineSection *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
         (guint) crm_activity_get_kind (item) == selected - 1;
}

static void
kind_selected_cb (CrmTimelineSection *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  g_object_set (self->section, "placeholder-text",
                selected == 0 ? _("No activities yet") : _("No activities of this kind"), NULL);
  crm_page_section_reset (self->section);
  if (self->kind_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->kind_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
row_activated_cb (CrmTimelineSection *self,
                  GtkListBoxRow      *row)
{
  crm_page_row_toggle_text (row);
}

/* @context must outlive the section. */
void
crm_timeline_section_set_context (CrmTimelineSection *self,
                                  CrmPageContext     *context)
{
  g_autoptr(GtkFilterListModel) timeline = NULL;

  g_return_if_fail (CRM_IS_TIMELINE_SECTION (self));

  timeline = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->activities)),
                                        GTK_FILTER (g_object_ref (self->kind_filter)));
  crm_page_section_bind_model (self->section, G_LIST_MODEL (timeline), crm_page_row_activity, context);
}

/**
 * crm_timeline_section_set_activities:
 * @activities: (nullable) (element-type CrmActivity): newest first
 */
void
crm_timeline_section_set_activities (CrmTimelineSection *self,
                                     GPtrArray          *activities)
{
  guint n = activities != NULL ? activities->len : 0;
  g_autofree char *count = NULL;

  g_return_if_fail (CRM_IS_TIMELINE_SECTION (self));

  g_list_store_splice (self->activities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->activities)),
                       activities != NULL ? activities->pdata : NULL, n);

  if (n > 0)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity, newest first",
                                          "%u activities, newest first", n),
                             n);
  g_object_set (self->section, "description", count, NULL);
}

/* Back to all kinds and the first page, for another customer. */
void
crm_timeline_section_reset (CrmTimelineSection *self)
{
  g_return_if_fail (CRM_IS_TIMELINE_SECTION (self));

  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  crm_page_section_reset (self->section);
}

static void
crm_timeline_section_dispose (GObject *object)
{
  /* AdwBin keeps its own pointer to its child: the template must not
   * unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_TIMELINE_SECTION);

  G_OBJECT_CLASS (crm_timeline_section_parent_class)->dispose (object);
}

static void
crm_timeline_section_finalize (GObject *object)
{
  CrmTimelineSection *self = CRM_TIMELINE_SECTION (object);

  g_clear_object (&self->activities);
  g_clear_object (&self->kind_filter);

  G_OBJECT_CLASS (crm_timeline_section_parent_class)->finalize (object);
}

static void
crm_timeline_section_class_init (CrmTimelineSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_timeline_section_dispose;
  object_class->finalize = crm_timeline_section_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-timeline-section.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmTimelineSection, section);
  gtk_widget_class_bind_template_child (widget_class, CrmTimelineSection, kind_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
}

static void
crm_timeline_section_init (CrmTimelineSection *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  g_type_ensure (CRM_TYPE_PAGE_SECTION);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->activities = g_list_store_new (CRM_TYPE_ACTIVITY);
  self->kind_filter = gtk_custom_filter_new (kind_filter_func, self, NULL);

  gtk_string_list_append (kinds, _("All Activities"));
  for (CrmActivityKind kind = CRM_ACTIVITY_KIND_CALL; kind <= CRM_ACTIVITY_KIND_TASK; kind++)
    gtk_string_list_append (kinds, crm_page_activity_kind_plural (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  g_signal_connect_object (crm_page_section_get_list_box (self->section), "row-activated",
                           G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
}
