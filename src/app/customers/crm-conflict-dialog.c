/* crm-conflict-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-conflict-dialog.h"
#include "crm-field.h"
#include "crm-field-labels.h"
#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-store-sync.h"

/* One field whose versions differ: a button per distinct value. */
typedef struct
{
  GParamSpec *pspec;
  GPtrArray  *buttons;    /* GtkToggleButton */
  GArray     *versions;   /* guint: the version each button's value comes from */
} Field;

static void
field_free (gpointer data)
{
  Field *field = data;

  g_ptr_array_unref (field->buttons);
  g_array_unref (field->versions);
  g_free (field);
}

struct _CrmConflictDialog
{
  AdwWindow        parent_instance;

  CrmStore        *store;
  GType            type;
  char            *record_id;
  GPtrArray       *versions;   /* CrmRecord: the one shown first, then the losing ones */
  GPtrArray       *fields;     /* Field */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkLabel        *intro_label;
  GtkListBox      *fields_list;
};

G_DEFINE_FINAL_TYPE (CrmConflictDialog, crm_conflict_dialog, ADW_TYPE_WINDOW)

/* Bookkeeping, not something a person chose. */
static gboolean
is_choosable (GParamSpec *pspec)
{
  static const char * const hidden[] = { "id", "rev", "deleted", "created-at", "updated-at", NULL };

  return !g_strv_contains (hidden, pspec->name);
}

/* The name of the record a reference points at, or the id when it is gone. */
static char *
format_reference (CrmConflictDialog *self,
                  GParamSpec        *pspec,
                  const char        *id)
{
  GType target = crm_models_reference_type (pspec);
  g_autoptr(CrmRecord) record = NULL;
  g_autofree char *name = NULL;

  if (id == NULL || *id == '\0')
    return NULL;
  if (target != G_TYPE_INVALID && (record = crm_store_lookup (self->store, target, id, NULL)) != NULL &&
      g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name") != NULL)
    g_object_get (record, "name", &name, NULL);

  return name != NULL && *name != '\0' ? g_steal_pointer (&name) : g_strdup (id);
}

static char *
format_enum (GType type,
             int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (type == CRM_TYPE_CUSTOMER_KIND)
    return g_strdup (value == CRM_CUSTOMER_KIND_PERSON ? _("Person") : _("Company"));
  if (type == CRM_TYPE_ACTIVITY_KIND)
    return g_strdup (crm_page_activity_kind_label (value));
  if (type == CRM_TYPE_QUOTE_STATUS)
    return g_strdup (crm_page_quote_status_label (value));
  if (type == CRM_TYPE_ORDER_STATUS)
    return g_strdup (crm_page_order_status_label (value));
  if (type == CRM_TYPE_TICKET_STATUS)
    return g_strdup (crm_page_ticket_status_label (value));
  if (type == CRM_TYPE_TICKET_PRIORITY)
    return g_strdup (crm_page_ticket_priority_label (value));

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value (klass, value);
  return g_strdup (enum_value != NULL ? enum_value->value_nick : "");
}

/* A value as the customer page writes it; %NULL when it is empty. */
static char *
format_value (CrmConflictDialog *self,
              CrmRecord         *record,
              GParamSpec        *pspec)
{
  const GValue *value = crm_record_peek_value (record, pspec);

  if (pspec->flags & CRM_PARAM_REFERENCE)
    return format_reference (self, pspec, g_value_get_string (value));

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      {
        const char *text = g_value_get_string (value);

        return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
      }

    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("Yes") : _("No"));

    case G_TYPE_ENUM:
      return format_enum (pspec->value_type, g_value_get_enum (value));

    case G_TYPE_INT64:
      if (pspec->flags & CRM_PARAM_TIMESTAMP)
        return crm_page_format_date_time (g_value_get_int64 (value));
      if (pspec->flags & CRM_PARAM_MONEY)
        {
          g_autofree char *currency = NULL;

          if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "currency") != NULL)
            g_object_get (record, "currency", &currency, NULL);
          return crm_page_format_money (g_value_get_int64 (value), currency);
        }
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));

    default:
      return crm_field_to_text (record, pspec);
    }
}

static const char *
record_name (CrmRecord *record)
{
  const char *name = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name") != NULL)
    name = crm_record_get_string (record, g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name"));

  return name != NULL ? name : "";
}

/* ---------------------------------------------------------------------- */
/* The choices                                                            */
/* ---------------------------------------------------------------------- */

static char *
version_caption (CrmConflictDialog *self,
                 guint              version)
{
  if (version == 0)
    return g_strdup (_("Shown now"));
  if (self->versions->len == 2)
    return g_strdup (_("Other version"));

  /* TRANSLATORS: one of several versions of a record edited on several computers */
  return g_strdup_printf (_("Other version %u"), version);
}

static GtkWidget *
new_choice (CrmConflictDialog *self,
            Field             *field,
            guint              version,
            GtkToggleButton   *group)
{
  CrmRecord *record = g_ptr_array_index (self->versions, version);
  g_autofree char *caption = version_caption (self, version);
  g_autofree char *text = format_value (self, record, field->pspec);
  g_autofree char *accessible = NULL;
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *value_label = gtk_label_new (text != NULL ? text : _("Empty"));

  gtk_widget_add_css_class (button, "conflict-choice");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);

  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_widget_set_hexpand (caption_label, TRUE);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (top), caption_label);

  /* Which one is kept shows in more than the button's shade. */
  g_object_bind_property (button, "active", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (top), check);
  gtk_box_append (GTK_BOX (box), top);

  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  if (text == NULL)
    gtk_widget_add_css_class (value_label, "dim-label");
  gtk_box_append (GTK_BOX (box), value_label);

  gtk_button_set_child (GTK_BUTTON (button), box);

  /* TRANSLATORS: what a screen reader says of a choice: the field, its value
   * and the version it is from, e.g. "City: Oslo, other version" */
  accessible = g_strdup_printf (_("%s: %s, %s"), crm_field_label (self->type, field->pspec->name),
                                text != NULL ? text : _("Empty"), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  g_ptr_array_add (field->buttons, button);
  g_array_append_val (field->versions, version);

  return button;
}

/* A row for a field whose versions differ: its title, and its values side by
 * side (one above the other when there are more than two). */
static GtkWidget *
new_field_row (CrmConflictDialog *self,
               Field             *field,
               GArray            *distinct)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (crm_field_label (self->type, field->pspec->name));
  GtkWidget *choices = gtk_box_new (distinct->len > 2 ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL, 6);
  GtkToggleButton *first = NULL;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  gtk_box_set_homogeneous (GTK_BOX (choices), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  for (guint i = 0; i < distinct->len; i++)
    {
      GtkWidget *choice = new_choice (self, field, g_array_index (distinct, guint, i), first);

      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (choice);
      gtk_box_append (GTK_BOX (choices), choice);
    }
  /* The version shown stays unless someone picks another. */
  gtk_toggle_button_set_active (first, TRUE);
  gtk_box_append (GTK_BOX (box), choices);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* The versions with a value of their own for @pspec, the shown one first. */
static GArray *
distinct_versions (CrmConflictDialog *self,
                   GParamSpec        *pspec)
{
  GArray *distinct = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify)json_node_unref);

  for (guint v = 0; v < self->versions->len; v++)
    {
      JsonNode *value = crm_field_to_json (g_ptr_array_index (self->versions, v), pspec);
      gboolean seen = FALSE;

      for (guint i = 0; i < values->len && !seen; i++)
        seen = json_node_equal (g_ptr_array_index (values, i), value);

      g_ptr_array_add (values, value);
      if (!seen)
        g_array_append_val (distinct, v);
    }

  return distinct;
}

static void
show_versions (CrmConflictDialog *self)
{
  CrmRecord *shown = g_ptr_array_index (self->versions, 0);
  g_autofree GParamSpec **columns = NULL;
  g_autofree char *intro = NULL;
  guint n_columns;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_list))) != NULL)
    gtk_list_box_remove (self->fields_list, child);
  g_ptr_array_set_size (self->fields, 0);

  columns = crm_record_class_list_columns (CRM_RECORD_GET_CLASS (shown), &n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GArray) distinct = NULL;
      Field *field;

      if (!is_choosable (columns[i]) || (distinct = distinct_versions (self, columns[i]))->len < 2)
        continue;

      field = g_new0 (Field, 1);
      field->pspec = columns[i];
      field->buttons = g_ptr_array_new ();
      field->versions = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (self->fields, field);
      gtk_list_box_append (self->fields_list, new_field_row (self, field, distinct));
    }

  adw_window_title_set_subtitle (self->window_title, record_name (shown));

  if (self->fields->len == 0)
    intro = g_strdup_printf (_("“%s” was changed on more than one computer at the same time, but every field you see is the same in all versions: keeping the one shown loses nothing."),
                             record_name (shown));
  else if (self->versions->len == 2)
    intro = g_strdup_printf (_("“%s” was changed on two computers at the same time. For each field, choose the value to keep."),
                             record_name (shown));
  else
    intro = g_strdup_printf (_("“%s” was changed on several computers at the same time. For each field, choose the value to keep."),
                             record_name (shown));
  gtk_label_set_label (self->intro_label, intro);
  gtk_widget_set_visible (GTK_WIDGET (self->fields_list), self->fields->len > 0);
}

/* ---------------------------------------------------------------------- */
/* Loading and keeping                                                    */
/* ---------------------------------------------------------------------- */

/* The record as the store has it, and each losing version. */
static GPtrArray *
load_versions (CrmConflictDialog  *self,
               GError            **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) conflicts = NULL;
  CrmRecord *shown;

  if ((shown = crm_store_load (self->store, self->type, self->record_id, error)) == NULL)
    return NULL;
  g_ptr_array_add (versions, shown);

  if ((conflicts = crm_store_sync_list_record_conflicts (self->store, self->type, self->record_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < conflicts->len; i++)
    {
      CrmSyncConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonObject) document = crm_store_sync_read_document (self->store, self->type, self->record_id,
                                                                     conflict->revision, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* Replaced by a newer edit since it was listed. */
      if (document == NULL)
        continue;

      g_ptr_array_add (versions, crm_store_sync_record_from_document (self->type, document, NULL));
    }

  if (versions->len < 2)
    {
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                           _("There is only one version left: nothing needs to be resolved."));
      return NULL;
    }

  return g_steal_pointer (&versions);
}

static gboolean
same_versions (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (crm_record_get_rev (g_ptr_array_index (a, i)), crm_record_get_rev (g_ptr_array_index (b, i))) != 0)
      return FALSE;

  return TRUE;
}

static void
show_error (CrmConflictDialog *self,
            const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, crm_page_new_toast (message));
}

/**
 * crm_conflict_dialog_keep:
 *
 * Saves the record with the value chosen for each field, as a new version
 * after all the others, which are then closed. If the record changed since
 * the dialog showed it, nothing is saved: the dialog shows the versions
 * again and says so.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
crm_conflict_dialog_keep (CrmConflictDialog  *self,
                          GError            **error)
{
  g_autoptr(GPtrArray) now = NULL;
  CrmRecord *merged;

  g_return_val_if_fail (CRM_IS_CONFLICT_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((now = load_versions (self, error)) == NULL)
    return FALSE;

  /* Someone's choice must not undo an edit they never saw. */
  if (!same_versions (now, self->versions))
    {
      g_ptr_array_unref (self->versions);
      self->versions = g_steal_pointer (&now);
      show_versions (self);
      g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_INVALID,
                           _("This record was changed again meanwhile; check your choices and keep them again."));
      return FALSE;
    }

  /* The copy just read from the store, so that a failure leaves the shown
   * version as it was. */
  merged = g_ptr_array_index (now, 0);
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      for (guint b = 0; b < field->buttons->len; b++)
        {
          guint version = g_array_index (field->versions, guint, b);

          if (version != 0 && gtk_toggle_button_get_active (g_ptr_array_index (field->buttons, b)))
            crm_record_set_value (merged, field->pspec,
                                  crm_record_peek_value (g_ptr_array_index (self->versions, version), field->pspec));
        }
    }

  return crm_store_sync_resolve (self->store, merged, error);
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrmConflictDialog *self = CRM_CONFLICT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  /* The dialog stays open with the choices made until they can be kept. */
  if (!crm_conflict_dialog_keep (self, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * crm_conflict_dialog_new:
 * @parent: (nullable): the window to stay over
 * @record_id: a record with versions to choose from
 *
 * Returns: (transfer none) (nullable): a dialog, not yet presented, or %NULL
 *   with @error when the versions cannot be read or there are none left
 */
CrmConflictDialog *
crm_conflict_dialog_new (GtkWindow   *parent,
                         CrmStore    *store,
                         GType        type,
                         const char  *record_id,
                         GError     **error)
{
  CrmConflictDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (type, CRM_TYPE_RECORD), NULL);
  g_return_val_if_fail (record_id != NULL, NULL);

  self = g_object_new (CRM_TYPE_CONFLICT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->type = type;
  self->record_id = g_strdup (record_id);

  if ((self->versions = load_versions (self, error)) == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  show_versions (self);

  return self;
}

/**
 * crm_conflict_dialog_get_n_fields:
 *
 * Returns: how many fields differ between the versions
 */
guint
crm_conflict_dialog_get_n_fields (CrmConflictDialog *self)
{
  g_return_val_if_fail (CRM_IS_CONFLICT_DIALOG (self), 0);

  return self->fields->len;
}

/**
 * crm_conflict_dialog_get_choice:
 * @property: a field that differs between the versions
 * @choice: which of its values: 0 for the one shown, 1 for the next
 *
 * Returns: (transfer none) (nullable): the button that chooses it
 */
GtkToggleButton *
crm_conflict_dialog_get_choice (CrmConflictDialog *self,
                                const char        *property,
                                guint              choice)
{
  g_return_val_if_fail (CRM_IS_CONFLICT_DIALOG (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (field->pspec->name, property))
        return choice < field->buttons->len ? g_ptr_array_index (field->buttons, choice) : NULL;
    }

  return NULL;
}

static void
crm_conflict_dialog_dispose (GObject *object)
{
  CrmConflictDialog *self = CRM_CONFLICT_DIALOG (object);

  /* The buttons go with the rows. */
  g_ptr_array_set_size (self->fields, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CONFLICT_DIALOG);

  G_OBJECT_CLASS (crm_conflict_dialog_parent_class)->dispose (object);
}

static void
crm_conflict_dialog_finalize (GObject *object)
{
  CrmConflictDialog *self = CRM_CONFLICT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self->record_id);

  G_OBJECT_CLASS (crm_conflict_dialog_parent_class)->finalize (object);
}

static void
crm_conflict_dialog_class_init (CrmConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_conflict_dialog_dispose;
  object_class->finalize = crm_conflict_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmConflictDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrmConflictDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmConflictDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CrmConflictDialog, fields_list);

  gtk_widget_class_install_action (widget_class, "conflict.keep", NULL, keep_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_conflict_dialog_init (CrmConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = g_ptr_array_new_with_free_func (field_free);
}
