/* crm-pipeline-moves.c: the board's moves, by drop, keyboard and dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-pipeline-reason.h"
#include "crm-pipeline-view-private.h"
#include "crm-window.h"

/* ---------------------------------------------------------------------- */
/* Toasts and moves                                                       */
/* ---------------------------------------------------------------------- */

typedef struct
{
  CrmStore        *store;
  char            *deal_id;
  CrmDealPlacement placement;
} Undo;

static void
undo_free (Undo *undo)
{
  g_clear_object (&undo->store);
  g_free (undo->deal_id);
  crm_deal_placement_clear (&undo->placement);
  g_free (undo);
}

static void
show_toast (CrmPipelineView *self,
            AdwToast        *toast)
{
  g_set_weak_pointer (&self->last_toast, toast);
  crm_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
show_error (CrmPipelineView *self,
            const char      *message)
{
  show_toast (self, crm_page_new_toast (message));
}

static CrmStageColumn *
find_column (CrmPipelineView *self,
             const char      *stage_id,
             guint           *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      CrmStageColumn *column = g_ptr_array_index (self->columns, i);

      if (g_strcmp0 (crm_stage_column_get_stage_id (column), stage_id) == 0)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }

  return NULL;
}

static void
undo_clicked_cb (AdwToast        *toast,
                 CrmPipelineView *self)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "crm-undo");
  g_autoptr(GError) error = NULL;
  CrmStageColumn *column;

  if (undo == NULL)
    return;

  if (!crm_pipeline_place_deal (undo->store, undo->deal_id, &undo->placement, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The move could not be undone: %s"), error->message);

      show_error (self, message);
      return;
    }

  if ((column = find_column (self, undo->placement.stage_id, NULL)) != NULL)
    crm_stage_column_focus_deal (column, undo->deal_id);
}

static const char *
stage_name (CrmPipelineView *self,
            const char      *stage_id,
            gboolean         won,
            gboolean         lost)
{
  CrmStageColumn *column;

  if (won)
    return _("Won");
  if (lost)
    return _("Lost");
  if ((column = find_column (self, stage_id, NULL)) != NULL)
    return crm_stage_column_get_name (column);
  return "";
}

/**
 * crm_pipeline_view_move_deal:
 * @reason: (nullable): why, for a move to Won or Lost
 *
 * Moves a deal as a drop or a shortcut does: saved at once, with a toast
 * that can undo it, and the focus on the card where it went (or, for a
 * closed deal, on its neighbour).
 *
 * Returns: whether the deal moved; if not, a toast said why
 */
gboolean
crm_pipeline_view_move_deal (CrmPipelineView *self,
                             const char      *deal_id,
                             const char      *stage_id,
                             const char      *reason)
{
  g_autoptr(CrmDeal) deal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *from_stage = NULL;
  Undo *undo;
  AdwToast *toast;
  CrmStageColumn *from, *to;
  guint from_position = G_MAXUINT;
  gboolean won, lost;

  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), FALSE);
  g_return_val_if_fail (deal_id != NULL && stage_id != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  if ((deal = crm_store_load (self->store, CRM_TYPE_DEAL, deal_id, &error)) == NULL)
    {
      message = g_strdup_printf (_("The deal could not be moved: %s"), error->message);
      show_error (self, message);
      return FALSE;
    }

  from_stage = g_strdup (crm_deal_get_stage_id (deal));
  if (g_strcmp0 (from_stage, stage_id) == 0)
    return FALSE;
  if ((from = find_column (self, from_stage, NULL)) != NULL)
    from_position = crm_deal_list_find (crm_stage_column_get_list (from), deal_id);

  undo = g_new0 (Undo, 1);
  if (!crm_pipeline_move_deal (self->store, deal, stage_id, reason, &undo->placement, &error))
    {
      undo_free (undo);
      message = g_strdup_printf (_("The deal could not be moved: %s"), error->message);
      show_error (self, message);
      return FALSE;
    }

  undo->store = g_object_ref (self->store);
  undo->deal_id = g_strdup (deal_id);

  won = g_strcmp0 (stage_id, self->won_stage_id) == 0;
  lost = g_strcmp0 (stage_id, self->lost_stage_id) == 0;
  /* Translators: a deal's title, then the stage it went to. */
  message = g_strdup_printf (_("“%s” moved to %s"), crm_deal_get_title (deal), stage_name (self, stage_id, won, lost));
  toast = crm_page_new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "crm-undo", undo, (GDestroyNotify) undo_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  show_toast (self, toast);

  if ((to = find_column (self, stage_id, NULL)) != NULL)
    crm_stage_column_focus_deal (to, deal_id);
  else if (from != NULL && from_position != G_MAXUINT)
    crm_stage_column_focus_position (from, from_position);

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Keyboard                                                               */
/* ---------------------------------------------------------------------- */

/* The column whose card has the focus, and that card's deal. */
static CrmStageColumn *
focused_column (CrmPipelineView *self,
                CrmDeal        **deal,
                guint           *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      CrmStageColumn *column = g_ptr_array_index (self->columns, i);
      CrmDeal *focused = crm_stage_column_get_focused_deal (column);

      if (focused != NULL)
        {
          *deal = focused;
          *index = i;
          return column;
        }
    }

  return NULL;
}

/**
 * crm_pipeline_view_get_focused_deal:
 *
 * Returns: (transfer none) (nullable): the deal whose card has the focus
 */
CrmDeal *
crm_pipeline_view_get_focused_deal (CrmPipelineView *self)
{
  CrmDeal *deal = NULL;
  guint index;

  g_return_val_if_fail (CRM_IS_PIPELINE_VIEW (self), NULL);

  focused_column (self, &deal, &index);
  return deal;
}

static gboolean
move_focused (CrmPipelineView *self,
              int              step)
{
  CrmDeal *deal = NULL;
  CrmStageColumn *to;
  guint index;

  if (focused_column (self, &deal, &index) == NULL)
    return FALSE;

  if ((step < 0 && index == 0) || index + step >= self->columns->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  to = g_ptr_array_index (self->columns, index + step);
  crm_pipeline_view_move_deal (self, crm_record_get_id (CRM_RECORD (deal)),
                               crm_stage_column_get_stage_id (to), NULL);
  return TRUE;
}

static gboolean
focus_across (CrmPipelineView *self,
              int              step)
{
  CrmDeal *deal = NULL;
  CrmStageColumn *from;
  guint index, position;

  if ((from = focused_column (self, &deal, &index)) == NULL)
    return FALSE;

  position = crm_deal_list_find (crm_stage_column_get_list (from), crm_record_get_id (CRM_RECORD (deal)));
  /* Empty stages have no card to focus: skip to the next one that has. */
  for (int i = (int) index + step; i >= 0 && i < (int) self->columns->len; i += step)
    {
      CrmStageColumn *to = g_ptr_array_index (self->columns, i);

      if (g_list_model_get_n_items (G_LIST_MODEL (crm_stage_column_get_list (to))) > 0)
        {
          crm_stage_column_focus_position (to, position);
          return TRUE;
        }
    }

  /* Right of the last column are the Won and Lost buttons. */
  if (step > 0)
    return gtk_widget_grab_focus (self->won_button);

  gtk_widget_error_bell (GTK_WIDGET (self));
  return TRUE;
}

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    CrmPipelineView  *self)
{
  g_autofree char *reason = NULL;
  const char *deal_id = g_object_get_data (G_OBJECT (dialog), "crm-deal-id");
  const char *stage_id = g_object_get_data (G_OBJECT (dialog), "crm-stage-id");

  if (g_strcmp0 (response, "close") != 0)
    return;

  if ((reason = crm_pipeline_reason_dialog_get_reason (dialog)) != NULL)
    crm_pipeline_view_move_deal (self, deal_id, stage_id, reason);
}

static void
ask_reason (CrmPipelineView *self,
            const char      *deal_id,
            gboolean         won)
{
  g_autoptr(CrmDeal) deal = NULL;
  const char *stage_id = won ? self->won_stage_id : self->lost_stage_id;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  if (stage_id == NULL)
    {
      show_error (self, won ? _("There is no Won stage: add one in Preferences.")
                            : _("There is no Lost stage: add one in Preferences."));
      return;
    }

  if ((deal = crm_store_load (self->store, CRM_TYPE_DEAL, deal_id, NULL)) == NULL)
    return;

  dialog = crm_pipeline_reason_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, won,
                                           crm_deal_get_title (deal));
  g_object_set_data_full (G_OBJECT (dialog), "crm-deal-id", g_strdup (deal_id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "crm-stage-id", g_strdup (stage_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  g_set_weak_pointer (&self->reason_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_focused (CrmPipelineView *self,
               gboolean         won)
{
  CrmDeal *deal = NULL;
  guint index;

  if (focused_column (self, &deal, &index) == NULL)
    {
      show_error (self, won ? _("Choose a card to mark as won, or drop it on Won.")
                            : _("Choose a card to mark as lost, or drop it on Lost."));
      return TRUE;
    }

  ask_reason (self, crm_record_get_id (CRM_RECORD (deal)), won);
  return TRUE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_focused (CRM_PIPELINE_VIEW (widget), g_str_equal (action_name, "pipeline.move-next") ? 1 : -1);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  close_focused (CRM_PIPELINE_VIEW (widget), g_str_equal (action_name, "pipeline.won"));
}

/* The shortcuts: they pass on when no card has the focus, so the arrows
 * still work in the filters' entry. */
static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  CrmPipelineView *self = CRM_PIPELINE_VIEW (widget);
  const char *what = g_variant_get_string (args, NULL);
  CrmDeal *deal = NULL;
  guint index;

  if (focused_column (self, &deal, &index) == NULL)
    return FALSE;

  if (g_str_equal (what, "left"))
    return focus_across (self, -1);
  if (g_str_equal (what, "right"))
    return focus_across (self, 1);
  if (g_str_equal (what, "next"))
    return move_focused (self, 1);
  if (g_str_equal (what, "previous"))
    return move_focused (self, -1);
  if (g_str_equal (what, "won"))
    return close_focused (self, TRUE);
  if (g_str_equal (what, "lost"))
    return close_focused (self, FALSE);

  return FALSE;
}

/* Ctrl+N on the board makes a deal, not a customer. Without a deal editor
 * in the window it passes on, to the window's New Customer. */
static gboolean
new_deal_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  return gtk_widget_activate_action (widget, "deal.new", "s", "");
}

void
crm_pipeline_view_add_shortcuts (CrmPipelineView *self)
{
  static const struct {
    guint           key;
    GdkModifierType modifiers;
    const char     *what;
  } keys[] = {
    { GDK_KEY_Left, 0, "left" },
    { GDK_KEY_Right, 0, "right" },
    { GDK_KEY_Right, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "next" },
    { GDK_KEY_Left, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "previous" },
    { GDK_KEY_w, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "won" },
    { GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "lost" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                                                gtk_callback_action_new (shortcut_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].what));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (new_deal_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* ---------------------------------------------------------------------- */
/* Drops                                                                  */
/* ---------------------------------------------------------------------- */

static void
deal_dropped_cb (CrmStageColumn  *column,
                 const char      *deal_id,
                 CrmPipelineView *self)
{
  crm_pipeline_view_move_deal (self, deal_id, crm_stage_column_get_stage_id (column), NULL);
}

static gboolean
close_drop_cb (GtkDropTarget   *target,
               const GValue    *value,
               double           x,
               double           y,
               CrmPipelineView *self)
{
  const char *deal_id = g_value_get_string (value);
  GtkWidget *zone = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (deal_id == NULL || *deal_id == '\0')
    return FALSE;

  ask_reason (self, deal_id, zone == self->won_button);
  return TRUE;
}

static void
add_close_drop (CrmPipelineView *self,
                GtkWidget       *zone)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_signal_connect_object (target, "drop", G_CALLBACK (close_drop_cb), self, 0);
  gtk_widget_add_controller (zone, GTK_EVENT_CONTROLLER (target));
}

void
crm_pipeline_view_add_close_drops (CrmPipelineView *self)
{
  add_close_drop (self, self->won_button);
  add_close_drop (self, self->lost_button);
}

void
crm_pipeline_view_watch_column (CrmPipelineView *self,
                                CrmStageColumn  *column)
{
  g_signal_connect_object (column, "deal-dropped", G_CALLBACK (deal_dropped_cb), self, 0);
}

void
crm_pipeline_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pipeline.move-next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "pipeline.won", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "pipeline.lost", NULL, close_action);
}
