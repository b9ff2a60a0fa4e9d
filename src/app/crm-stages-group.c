/* crm-stages-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-pipeline.h"
#include "crm-stages-group.h"

/* One expander row per stage, in board order: its header moves it up or
 * down, its content renames it, sets its probability and kind, or removes
 * it. Every change is written at once; the rows are rebuilt when stages
 * change elsewhere (a sync), and only then, so that a spin button being
 * held is not replaced under the pointer. */

struct _CrmStagesGroup
{
  AdwPreferencesGroup  parent_instance;

  CrmStore            *store;
  GPtrArray           *stages;      /* CrmPipelineStage, by position */
  GPtrArray           *rows;        /* the rows added, to remove them again */
  guint                writing;     /* our own saves: their changes are shown already */
};

G_DEFINE_FINAL_TYPE (CrmStagesGroup, crm_stages_group, ADW_TYPE_PREFERENCES_GROUP)

static void rebuild (CrmStagesGroup *self);

static void
toast (CrmStagesGroup *self,
       const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static const char *
kind_label (CrmStageKind kind)
{
  switch (kind)
    {
    case CRM_STAGE_KIND_WON:
      return _("Won");
    case CRM_STAGE_KIND_LOST:
      return _("Lost");
    case CRM_STAGE_KIND_OPEN:
    default:
      return _("Open");
    }
}

static char *
stage_subtitle (CrmPipelineStage *stage)
{
  /* Translators: a stage's kind and its deals' chance of being won, e.g. "Open · 40 %" */
  return g_strdup_printf (_("%s · %d %%"), kind_label (crm_pipeline_stage_get_kind (stage)),
                          crm_pipeline_stage_get_probability (stage));
}

static CrmPipelineStage *
stage_of (GObject *object)
{
  return g_object_get_data (object, "crm-stage");
}

static AdwExpanderRow *
expander_of (GObject *object)
{
  return g_object_get_data (object, "crm-expander");
}

static gboolean
save_stage (CrmStagesGroup   *self,
            CrmPipelineStage *stage)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->writing++;
  ok = crm_store_save (self->store, CRM_RECORD (stage), &error);
  self->writing--;

  if (!ok)
    toast (self, error->message);

  return ok;
}

static void
update_header (GObject *widget)
{
  CrmPipelineStage *stage = stage_of (widget);
  AdwExpanderRow *expander = expander_of (widget);
  g_autofree char *subtitle = stage_subtitle (stage);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), crm_pipeline_stage_get_name (stage));
  adw_expander_row_set_subtitle (expander, subtitle);
}

static void
name_applied_cb (AdwEntryRow    *row,
                 CrmStagesGroup *self)
{
  CrmPipelineStage *stage = stage_of (G_OBJECT (row));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *old = g_strdup (crm_pipeline_stage_get_name (stage));

  if (*name == '\0')
    {
      toast (self, _("A stage needs a name."));
      gtk_editable_set_text (GTK_EDITABLE (row), old);
      return;
    }

  crm_pipeline_stage_set_name (stage, name);
  if (!save_stage (self, stage))
    {
      crm_pipeline_stage_set_name (stage, old);
      gtk_editable_set_text (GTK_EDITABLE (row), old);
    }
  update_header (G_OBJECT (row));
}

static void
probability_changed_cb (GtkSpinButton  *spin,
                        CrmStagesGroup *self)
{
  CrmPipelineStage *stage = stage_of (G_OBJECT (spin));
  int value = gtk_spin_button_get_value_as_int (spin);

  if (value == crm_pipeline_stage_get_probability (stage))
    return;

  crm_pipeline_stage_set_probability (stage, value);
  save_stage (self, stage);
  update_header (G_OBJECT (spin));
}

static void
kind_changed_cb (AdwComboRow    *row,
                 GParamSpec     *pspec,
                 CrmStagesGroup *self)
{
  CrmPipelineStage *stage = stage_of (G_OBJECT (row));
  CrmStageKind kind = (CrmStageKind)adw_combo_row_get_selected (row);

  guint n_open = 0;

  if (kind == crm_pipeline_stage_get_kind (stage))
    return;

  /* The board needs an open stage; the core refuses to remove the last
   * one, and turning it into won or lost is refused alike. */
  for (guint i = 0; i < self->stages->len; i++)
    if (crm_pipeline_stage_get_kind (self->stages->pdata[i]) == CRM_STAGE_KIND_OPEN)
      n_open++;
  if (crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN && n_open <= 1)
    {
      toast (self, _("The pipeline needs at least one open stage."));
      adw_combo_row_set_selected (row, CRM_STAGE_KIND_OPEN);
      return;
    }

  crm_pipeline_stage_set_kind (stage, kind);
  if (!save_stage (self, stage))
    {
      rebuild (self);
      return;
    }
  update_header (G_OBJECT (row));
}

static void
move (CrmStagesGroup *self,
      guint           from,
      guint           to)
{
  g_autoptr(GError) error = NULL;
  gpointer stage;

  if (to >= self->stages->len)
    return;

  stage = self->stages->pdata[from];
  self->stages->pdata[from] = self->stages->pdata[to];
  self->stages->pdata[to] = stage;

  self->writing++;
  if (!crm_pipeline_reorder_stages (self->store, self->stages, &error))
    toast (self, error->message);
  self->writing--;

  rebuild (self);
}

static guint
index_of (CrmStagesGroup   *self,
          CrmPipelineStage *stage)
{
  guint index = 0;

  g_ptr_array_find (self->stages, stage, &index);
  return index;
}

static void
up_clicked_cb (GtkButton      *button,
               CrmStagesGroup *self)
{
  guint index = index_of (self, stage_of (G_OBJECT (button)));

  if (index > 0)
    move (self, index, index - 1);
}

static void
down_clicked_cb (GtkButton      *button,
                 CrmStagesGroup *self)
{
  guint index = index_of (self, stage_of (G_OBJECT (button)));

  move (self, index, index + 1);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CrmStagesGroup   *self)
{
  CrmPipelineStage *stage = stage_of (G_OBJECT (dialog));
  GtkDropDown *target = g_object_get_data (G_OBJECT (dialog), "crm-target");
  GPtrArray *others = g_object_get_data (G_OBJECT (dialog), "crm-others");
  guint position = gtk_drop_down_get_selected (target);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "remove") || position >= others->len || self->store == NULL)
    return;

  self->writing++;
  ok = crm_pipeline_remove_stage (self->store, crm_record_get_id (CRM_RECORD (stage)),
                                  crm_record_get_id (g_ptr_array_index (others, position)), &error);
  self->writing--;

  if (!ok)
    toast (self, error->message);
  rebuild (self);
}

static void
remove_clicked_cb (GtkButton      *button,
                   CrmStagesGroup *self)
{
  CrmPipelineStage *stage = stage_of (G_OBJECT (button));
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog, *target;
  guint before = 0;

  /* Deals keep their kind: an open deal in a Won stage would be neither on
   * the board nor won (the core refuses it too). */
  for (guint i = 0; i < self->stages->len; i++)
    {
      CrmPipelineStage *other = self->stages->pdata[i];

      if (other == stage)
        {
          before = others->len;
          continue;
        }
      if (crm_pipeline_stage_get_kind (other) != crm_pipeline_stage_get_kind (stage))
        continue;
      g_ptr_array_add (others, g_object_ref (other));
      gtk_string_list_append (names, crm_pipeline_stage_get_name (other));
    }

  if (others->len == 0)
    {
      toast (self, _("This is the only stage of its kind; change another stage’s kind first."));
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Remove “%s”?"),
                                     crm_pipeline_stage_get_name (stage));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its deals, open and closed, move to the stage chosen here."));
  target = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  /* Deals most likely belong one step back. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (target), before > 0 ? before - 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stage the deals move to"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), target);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "crm-stage", g_object_ref (stage), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "crm-target", target);
  g_object_set_data_full (G_OBJECT (dialog), "crm-others", g_steal_pointer (&others),
                          (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_applied_cb (AdwEntryRow    *row,
                CrmStagesGroup *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(CrmPipelineStage) stage = NULL;
  g_autoptr(GError) error = NULL;
  guint insert_at = self->stages->len;
  gboolean ok;

  if (*name == '\0')
    {
      toast (self, _("A stage needs a name."));
      return;
    }

  /* A new stage is open, so it goes after the open ones, before won and lost. */
  for (guint i = 0; i < self->stages->len; i++)
    if (crm_pipeline_stage_get_kind (self->stages->pdata[i]) != CRM_STAGE_KIND_OPEN)
      {
        insert_at = i;
        break;
      }

  stage = crm_pipeline_stage_new ();
  crm_pipeline_stage_set_name (stage, name);
  crm_pipeline_stage_set_kind (stage, CRM_STAGE_KIND_OPEN);
  crm_pipeline_stage_set_probability (stage, 50);
  g_ptr_array_insert (self->stages, insert_at, g_object_ref (stage));

  self->writing++;
  ok = crm_store_begin (self->store, &error) &&
       crm_store_save (self->store, CRM_RECORD (stage), &error) &&
       crm_pipeline_reorder_stages (self->store, self->stages, &error) &&
       crm_store_commit (self->store, &error);
  if (!ok)
    crm_store_rollback (self->store);
  self->writing--;

  if (!ok)
    toast (self, error->message);
  rebuild (self);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return button;
}

/* Ties a widget to its stage and its expander row for the callbacks. */
static void
tie (GtkWidget        *widget,
     CrmPipelineStage *stage,
     GtkWidget        *expander)
{
  g_object_set_data_full (G_OBJECT (widget), "crm-stage", g_object_ref (stage), g_object_unref);
  g_object_set_data (G_OBJECT (widget), "crm-expander", expander);
}

static GtkWidget *
stage_row (CrmStagesGroup   *self,
           CrmPipelineStage *stage,
           guint             index)
{
  g_autofree char *subtitle = stage_subtitle (stage);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *arrows, *up, *down, *name, *probability_row, *spin, *kind, *remove_row, *remove;
  const char *kinds[] = { _("Open"), _("Won"), _("Lost"), NULL };
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (kinds);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), crm_pipeline_stage_get_name (stage));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  /* Framed and joined, so that they do not read as the expander's arrow. */
  arrows = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (arrows, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (arrows, "linked");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), arrows);

  up = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (up, index > 0);
  tie (up, stage, expander);
  g_signal_connect (up, "clicked", G_CALLBACK (up_clicked_cb), self);
  gtk_box_append (GTK_BOX (arrows), up);

  down = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (down, index + 1 < self->stages->len);
  tie (down, stage, expander);
  g_signal_connect (down, "clicked", G_CALLBACK (down_clicked_cb), self);
  gtk_box_append (GTK_BOX (arrows), down);

  name = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), crm_pipeline_stage_get_name (stage));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  tie (name, stage, expander);
  g_signal_connect (name, "apply", G_CALLBACK (name_applied_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);

  probability_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (probability_row), _("Win Probability (%)"));
  spin = gtk_spin_button_new_with_range (0, 100, 5);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), crm_pipeline_stage_get_probability (stage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Win probability in percent"), -1);
  tie (spin, stage, expander);
  g_signal_connect (spin, "value-changed", G_CALLBACK (probability_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (probability_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (probability_row), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), probability_row);

  kind = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kind_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), crm_pipeline_stage_get_kind (stage));
  tie (kind, stage, expander);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove This Stage"));
  remove = gtk_button_new_with_mnemonic (_("_Remove…"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  tie (remove, stage, expander);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);

  g_object_set_data_full (G_OBJECT (expander), "crm-stage-id",
                          g_strdup (crm_record_get_id (CRM_RECORD (stage))), g_free);

  return expander;
}

static void
rebuild (CrmStagesGroup *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *add;

  /* Rows open before stay open. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      const char *id = g_object_get_data (G_OBJECT (row), "crm-stage-id");

      if (id != NULL && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (expanded, g_strdup (id));
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->stages, g_ptr_array_unref);

  if (self->store == NULL)
    return;

  if ((self->stages = crm_pipeline_list_stages (self->store, &error)) == NULL)
    {
      self->stages = g_ptr_array_new_with_free_func (g_object_unref);
      toast (self, error->message);
    }

  for (guint i = 0; i < self->stages->len; i++)
    {
      CrmPipelineStage *stage = g_ptr_array_index (self->stages, i);
      GtkWidget *row = stage_row (self, stage, i);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                     g_hash_table_contains (expanded, crm_record_get_id (CRM_RECORD (stage))));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  add = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a Stage"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  g_signal_connect (add, "apply", G_CALLBACK (add_applied_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), add);
  g_ptr_array_add (self->rows, add);
}

static void
store_changed_cb (CrmStagesGroup *self,
                  GType           type,
                  const char     *id,
                  CrmChangeKind   kind)
{
  if (type == CRM_TYPE_PIPELINE_STAGE && self->writing == 0)
    rebuild (self);
}

void
crm_stages_group_set_store (CrmStagesGroup *self,
                            CrmStore       *store)
{
  g_return_if_fail (CRM_IS_STAGES_GROUP (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
crm_stages_group_dispose (GObject *object)
{
  CrmStagesGroup *self = CRM_STAGES_GROUP (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->stages, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_stages_group_parent_class)->dispose (object);
}

static void
crm_stages_group_finalize (GObject *object)
{
  CrmStagesGroup *self = CRM_STAGES_GROUP (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (crm_stages_group_parent_class)->finalize (object);
}

static void
crm_stages_group_class_init (CrmStagesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = crm_stages_group_dispose;
  object_class->finalize = crm_stages_group_finalize;
}

static void
crm_stages_group_init (CrmStagesGroup *self)
{
  self->rows = g_ptr_array_new ();
}
