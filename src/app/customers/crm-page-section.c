/* crm-page-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-page-section.h"

/* A customer may have hundreds of activities or orders: the section builds
 * rows for a page of them and more on request, never for all at once. */
#define PAGE_SIZE 50

struct _CrmPageSection
{
  AdwBin               parent_instance;

  GListModel          *model;
  GtkSliceListModel   *slice;

  AdwPreferencesGroup *group;
  GtkListBox          *list_box;
  GtkLabel            *placeholder;
  GtkButton           *more_button;
};

G_DEFINE_FINAL_TYPE (CrmPageSection, crm_page_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_PLACEHOLDER_TEXT,
  PROP_HEADER_SUFFIX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_more_button (CrmPageSection *self)
{
  guint total = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  guint shown = gtk_slice_list_model_get_size (self->slice);

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), total > shown);
}

/**
 * crm_page_section_bind_model:
 * @model: (nullable): the items, or %NULL to empty the section
 *
 * Shows a row from @create_row for each of the first items of @model, a page
 * at a time.
 */
void
crm_page_section_bind_model (CrmPageSection             *self,
                             GListModel                 *model,
                             GtkListBoxCreateWidgetFunc  create_row,
                             gpointer                    user_data)
{
  g_return_if_fail (CRM_IS_PAGE_SECTION (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_more_button, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_more_button),
                             self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  gtk_slice_list_model_set_model (self->slice, model);
  gtk_list_box_bind_model (self->list_box, model != NULL ? G_LIST_MODEL (self->slice) : NULL,
                           create_row, user_data, NULL);
  update_more_button (self);
}

/* Back to the first page, for another customer. */
void
crm_page_section_reset (CrmPageSection *self)
{
  g_return_if_fail (CRM_IS_PAGE_SECTION (self));

  gtk_slice_list_model_set_size (self->slice, PAGE_SIZE);
  update_more_button (self);
}

void
crm_page_section_show_more (CrmPageSection *self)
{
  g_return_if_fail (CRM_IS_PAGE_SECTION (self));

  gtk_slice_list_model_set_size (self->slice, gtk_slice_list_model_get_size (self->slice) + PAGE_SIZE);
  update_more_button (self);
}

/* How many rows the section shows now. */
guint
crm_page_section_get_n_shown (CrmPageSection *self)
{
  g_return_val_if_fail (CRM_IS_PAGE_SECTION (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->slice));
}

GtkListBox *
crm_page_section_get_list_box (CrmPageSection *self)
{
  g_return_val_if_fail (CRM_IS_PAGE_SECTION (self), NULL);

  return self->list_box;
}

static void
crm_page_section_dispose (GObject *object)
{
  CrmPageSection *self = CRM_PAGE_SECTION (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  /* AdwBin keeps its own pointer to its child: the template must not
   * unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_PAGE_SECTION);

  G_OBJECT_CLASS (crm_page_section_parent_class)->dispose (object);
}

static void
crm_page_section_finalize (GObject *object)
{
  CrmPageSection *self = CRM_PAGE_SECTION (object);

  g_clear_object (&self->model);
  g_clear_object (&self->slice);

  G_OBJECT_CLASS (crm_page_section_parent_class)->finalize (object);
}

static void
crm_page_section_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrmPageSection *self = CRM_PAGE_SECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_preferences_group_get_description (self->group));
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, gtk_label_get_label (self->placeholder));
      break;

    case PROP_HEADER_SUFFIX:
      g_value_set_object (value, adw_preferences_group_get_header_suffix (self->group));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_page_section_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrmPageSection *self = CRM_PAGE_SECTION (object);
  g_auto(GValue) old = G_VALUE_INIT;

  g_value_init (&old, pspec->value_type);
  crm_page_section_get_property (object, prop_id, &old, pspec);
  if (g_param_values_cmp (pspec, &old, value) == 0)
    return;

  switch (prop_id)
    {
    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (self->group, g_value_get_string (value));
      break;

    case PROP_PLACEHOLDER_TEXT:
      gtk_label_set_label (self->placeholder, g_value_get_string (value));
      break;

    case PROP_HEADER_SUFFIX:
      adw_preferences_group_set_header_suffix (self->group, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_object_notify_by_pspec (object, pspec);
}

static void
crm_page_section_class_init (CrmPageSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_page_section_dispose;
  object_class->finalize = crm_page_section_finalize;
  object_class->get_property = crm_page_section_get_property;
  object_class->set_property = crm_page_section_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HEADER_SUFFIX] =
    g_param_spec_object ("header-suffix", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-page-section.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPageSection, group);
  gtk_widget_class_bind_template_child (widget_class, CrmPageSection, list_box);
  gtk_widget_class_bind_template_child (widget_class, CrmPageSection, placeholder);
  gtk_widget_class_bind_template_child (widget_class, CrmPageSection, more_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "show_more_cb",
                                                G_CALLBACK (crm_page_section_show_more));
}

static void
crm_page_section_init (CrmPageSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->slice = gtk_slice_list_model_new (NULL, 0, PAGE_SIZE);
}
