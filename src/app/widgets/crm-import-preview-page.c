/* crm-import-preview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field-labels.h"
#include "crm-import-preview-page.h"
#include "crm-import.h"
#include "crm-models.h"

/* The page shows the file as the import will read it: the core's preview
 * gives the header, the first rows and the field each column fills by its
 * name, so what the dropdowns start with is what crm-tool would do. Only the
 * choices that differ from that become mappings, so columns left unmatched
 * are still reported as ignored. */

#define PREVIEW_ROWS 8
#define CELL_MAX_CHARS 28

/* Grid rows: the column names, the dropdowns, then the sample rows. */
#define GRID_ROW_NAME     0
#define GRID_ROW_DROPDOWN 1
#define GRID_ROW_FIRST    2

struct _CrmImportPreviewPage
{
  AdwBin             parent_instance;

  GBytes            *bytes;
  CrmImportPreview  *preview;
  char              *preview_error;
  GStrv              fields;      /* what a column can fill, for the current type */
  GPtrArray         *dropdowns;   /* GtkDropDown per column */
  gboolean           can_import;
  gboolean           syncing;

  AdwComboRow       *type_row;
  GtkWidget         *problem_box;
  GtkLabel          *problem_label;
  GtkWidget         *table_box;
  GtkGrid           *grid;
  GtkLabel          *rows_label;
};

G_DEFINE_FINAL_TYPE (CrmImportPreviewPage, crm_import_preview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CAN_IMPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the "Import As" row's items. */
static GType
type_at (guint position)
{
  const GType types[] = { CRM_TYPE_CUSTOMER, CRM_TYPE_CONTACT, CRM_TYPE_PRODUCT };

  return types[MIN (position, G_N_ELEMENTS (types) - 1)];
}

/* Chooses the "Import As" item of @type, for an import started where only
 * one kind of record makes sense (the Products window). */
void
crm_import_preview_page_set_record_type (CrmImportPreviewPage *self,
                                         GType                 type)
{
  g_return_if_fail (CRM_IS_IMPORT_PREVIEW_PAGE (self));

  for (guint position = 0; position < 3; position++)
    if (type_at (position) == type)
      {
        adw_combo_row_set_selected (self->type_row, position);
        return;
      }

  g_return_if_reached ();
}

GType
crm_import_preview_page_get_record_type (CrmImportPreviewPage *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_PREVIEW_PAGE (self), G_TYPE_INVALID);

  return type_at (adw_combo_row_get_selected (self->type_row));
}

gboolean
crm_import_preview_page_get_can_import (CrmImportPreviewPage *self)
{
  g_return_val_if_fail (CRM_IS_IMPORT_PREVIEW_PAGE (self), FALSE);

  return self->can_import;
}

/* The field a column's dropdown names, NULL for Skip. */
static const char *
chosen_field (CrmImportPreviewPage *self,
              guint                 column)
{
  guint selected = gtk_drop_down_get_selected (g_ptr_array_index (self->dropdowns, column));

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return self->fields[selected - 1];
}

/**
 * crm_import_preview_page_dup_mappings:
 *
 * Returns: (transfer full): "COLUMN=field" and "COLUMN=-" for the columns
 *   whose field the user changed, for crm_import_bytes()
 */
GStrv
crm_import_preview_page_dup_mappings (CrmImportPreviewPage *self)
{
  g_autoptr(GStrvBuilder) mappings = g_strv_builder_new ();

  g_return_val_if_fail (CRM_IS_IMPORT_PREVIEW_PAGE (self), NULL);

  for (guint i = 0; self->preview != NULL && i < self->preview->n_columns; i++)
    {
      const char *field = chosen_field (self, i);
      g_autofree char *mapping = NULL;

      if (g_strcmp0 (field, self->preview->fields[i]) == 0)
        continue;

      mapping = g_strdup_printf ("%s=%s", self->preview->header[i], field != NULL ? field : "-");
      g_strv_builder_add (mappings, mapping);
    }

  return g_strv_builder_end (mappings);
}

static void
set_can_import (CrmImportPreviewPage *self,
                gboolean              can_import)
{
  if (self->can_import == can_import)
    return;

  self->can_import = can_import;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_IMPORT]);
}

/* The one sentence that keeps the file from being imported as it is, if any. */
static char *
find_problem (CrmImportPreviewPage *self)
{
  CrmImportPreview *preview = self->preview;
  gboolean any = FALSE;

  if (preview == NULL)
    return g_strdup (self->preview_error);

  for (guint i = 0; i < preview->n_columns; i++)
    {
      const char *field = chosen_field (self, i);

      if (field == NULL)
        continue;
      any = TRUE;

      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (chosen_field (self, j), field) == 0)
          return g_strdup_printf (_("The columns “%s” and “%s” both fill the field “%s”; choose Skip for one of them."),
                                  preview->header[j], preview->header[i],
                                  crm_field_label (crm_import_preview_page_get_record_type (self), field));
    }

  if (!any)
    return g_strdup (_("No column matches a field; choose a field for at least one column, or import the rows as something else."));

  if (preview->rows->len == 0 && preview->first_problem != NULL)
    return g_strdup_printf (_("None of the first rows of the file can be read: %s"), preview->first_problem);

  if (preview->rows->len == 0)
    return g_strdup (_("The file has a header row but no rows to import."));

  return NULL;
}

static void
update (CrmImportPreviewPage *self)
{
  g_autofree char *problem = find_problem (self);

  gtk_label_set_label (self->problem_label, problem);
  gtk_widget_set_visible (self->problem_box, problem != NULL);
  set_can_import (self, problem == NULL);

  /* Columns that are not imported are shown dimmed. */
  for (guint i = 0; self->preview != NULL && i < self->preview->n_columns; i++)
    {
      gboolean skipped = chosen_field (self, i) == NULL;

      for (guint row = GRID_ROW_NAME; row < GRID_ROW_FIRST + self->preview->rows->len; row++)
        {
          GtkWidget *child = gtk_grid_get_child_at (self->grid, i, row);

          if (row == GRID_ROW_DROPDOWN || child == NULL)
            continue;
          if (skipped)
            gtk_widget_add_css_class (child, "dim-label");
          else
            gtk_widget_remove_css_class (child, "dim-label");
        }
    }
}

/* A mapping names a column, so columns with the same name share a choice. */
static void
field_chosen_cb (CrmImportPreviewPage *self,
                 GParamSpec           *pspec,
                 GtkDropDown          *dropdown)
{
  guint column;

  if (self->syncing)
    return;

  if (g_ptr_array_find (self->dropdowns, dropdown, &column))
    {
      self->syncing = TRUE;
      for (guint i = 0; i < self->preview->n_columns; i++)
        if (i != column && g_str_equal (self->preview->header[i], self->preview->header[column]))
          gtk_drop_down_set_selected (g_ptr_array_index (self->dropdowns, i),
                                      gtk_drop_down_get_selected (dropdown));
      self->syncing = FALSE;
    }

  update (self);
}

/* Shortened by hand rather than ellipsized: in a scrolled window a label
 * gets its minimum width, which for an ellipsized one is a few letters. */
static GtkWidget *
cell_label (const char *text)
{
  g_autofree char *shown = NULL;
  GtkWidget *label;

  if (g_utf8_strlen (text, -1) > CELL_MAX_CHARS)
    {
      g_autofree char *start = g_utf8_substring (text, 0, CELL_MAX_CHARS - 1);

      shown = g_strconcat (start, "…", NULL);
    }
  else
    {
      shown = g_strdup (text);
    }
  label = gtk_label_new (g_strdelimit (shown, "\r\n\t", ' '));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* What was cut short or put on one line is a hover away. */
  if (!g_str_equal (shown, text))
    gtk_widget_set_tooltip_text (label, text);

  return label;
}

static GtkWidget *
field_dropdown (CrmImportPreviewPage *self,
                guint                 column)
{
  const char *header = self->preview->header[column];
  const char *field = self->preview->fields[column];
  GType record_type = crm_import_preview_page_get_record_type (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *label = NULL;
  GtkWidget *dropdown;

  g_strv_builder_add (builder, _("Skip"));
  for (guint i = 0; self->fields[i] != NULL; i++)
    g_strv_builder_add (builder, crm_field_label (record_type, self->fields[i]));
  choices = g_strv_builder_end (builder);

  dropdown = gtk_drop_down_new_from_strings ((const char * const *)choices);
  for (guint i = 0; field != NULL && self->fields[i] != NULL; i++)
    if (g_str_equal (self->fields[i], field))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i + 1);

  if (*header == '\0')
    {
      /* A mapping cannot name it. */
      gtk_widget_set_sensitive (dropdown, FALSE);
      gtk_widget_set_tooltip_text (dropdown, _("A column without a name cannot be imported"));
      label = g_strdup_printf (_("Field for column %u, which has no name"), column + 1);
    }
  else
    {
      label = g_strdup_printf (_("Field for column “%s”"), header);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (field_chosen_cb), self, G_CONNECT_SWAPPED);

  return dropdown;
}

static void
rebuild_table (CrmImportPreviewPage *self)
{
  CrmImportPreview *preview = self->preview;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->dropdowns, 0);

  gtk_widget_set_visible (self->table_box, preview != NULL);
  if (preview == NULL)
    return;

  for (guint i = 0; i < preview->n_columns; i++)
    {
      GtkWidget *name = cell_label (*preview->header[i] != '\0' ? preview->header[i] : _("(no name)"));
      GtkWidget *dropdown = field_dropdown (self, i);

      gtk_widget_add_css_class (name, "heading");
      gtk_grid_attach (self->grid, name, i, GRID_ROW_NAME, 1, 1);
      gtk_grid_attach (self->grid, dropdown, i, GRID_ROW_DROPDOWN, 1, 1);
      g_ptr_array_add (self->dropdowns, dropdown);

      for (guint r = 0; r < preview->rows->len; r++)
        {
          const char * const *row = g_ptr_array_index (preview->rows, r);

          gtk_grid_attach (self->grid, cell_label (row[i]), i, GRID_ROW_FIRST + r, 1, 1);
        }
    }

  if (preview->rows->len > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("The first row of the file.",
                                                         "The first %u rows of the file.",
                                                         preview->rows->len),
                                               preview->rows->len);

      gtk_label_set_label (self->rows_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rows_label), preview->rows->len > 0);
}

static void
reload (CrmImportPreviewPage *self)
{
  g_autoptr(GError) error = NULL;
  GType type = crm_import_preview_page_get_record_type (self);

  g_clear_pointer (&self->preview, crm_import_preview_free);
  g_clear_pointer (&self->preview_error, g_free);
  g_clear_pointer (&self->fields, g_strfreev);

  if (self->bytes == NULL)
    return;

  self->fields = crm_import_list_fields (type);
  self->preview = crm_import_preview (self->bytes, type, PREVIEW_ROWS, &error);
  if (self->preview == NULL)
    self->preview_error = g_strdup (error->message);

  rebuild_table (self);
  update (self);
}

static void
type_changed_cb (CrmImportPreviewPage *self)
{
  reload (self);
}

/**
 * crm_import_preview_page_set_bytes:
 * @bytes: the contents of the file
 *
 * Shows the start of the file, or why it cannot be imported.
 */
void
crm_import_preview_page_set_bytes (CrmImportPreviewPage *self,
                                   GBytes               *bytes)
{
  g_return_if_fail (CRM_IS_IMPORT_PREVIEW_PAGE (self));
  g_return_if_fail (bytes != NULL);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_bytes_ref (bytes);
  reload (self);
}

static void
crm_import_preview_page_dispose (GObject *object)
{
  CrmImportPreviewPage *self = CRM_IMPORT_PREVIEW_PAGE (object);

  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_IMPORT_PREVIEW_PAGE);

  G_OBJECT_CLASS (crm_import_preview_page_parent_class)->dispose (object);
}

static void
crm_import_preview_page_finalize (GObject *object)
{
  CrmImportPreviewPage *self = CRM_IMPORT_PREVIEW_PAGE (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->preview, crm_import_preview_free);
  g_clear_pointer (&self->preview_error, g_free);
  g_clear_pointer (&self->fields, g_strfreev);

  G_OBJECT_CLASS (crm_import_preview_page_parent_class)->finalize (object);
}

static void
crm_import_preview_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CrmImportPreviewPage *self = CRM_IMPORT_PREVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAN_IMPORT:
      g_value_set_boolean (value, self->can_import);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_preview_page_class_init (CrmImportPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_import_preview_page_dispose;
  object_class->finalize = crm_import_preview_page_finalize;
  object_class->get_property = crm_import_preview_page_get_property;

  /* Whether the file can be imported with the fields chosen. */
  properties[PROP_CAN_IMPORT] =
    g_param_spec_boolean ("can-import", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-import-preview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, problem_box);
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, table_box);
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, grid);
  gtk_widget_class_bind_template_child (widget_class, CrmImportPreviewPage, rows_label);
  gtk_widget_class_bind_template_callback (widget_class, type_changed_cb);
}

static void
crm_import_preview_page_init (CrmImportPreviewPage *self)
{
  self->dropdowns = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->table_box, FALSE);
}
