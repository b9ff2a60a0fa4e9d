/* test-ui-pipeline.c: the Pipeline board, driven as a salesperson would, on a
 * display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-deal.h"
#include "crm-deal-list.h"
#include "crm-pipeline-reason.h"
#include "crm-pipeline-view.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-window.h"

typedef struct
{
  CrmTestDb       *db;
  CrmWindow       *window;
  CrmPipelineView *view;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
open_window (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = crm_window_new (NULL, fixture->db->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  crm_test_wait_until (window_is_mapped, fixture->window, "the window to appear");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "pipeline"));
  fixture->view = crm_window_get_pipeline_view (fixture->window);
  g_assert_true (CRM_IS_PIPELINE_VIEW (fixture->view));
  crm_test_wait_until (window_is_mapped, fixture->view, "the board to appear");
  crm_test_run_for (200);
}

static void
close_window (Fixture *fixture)
{
  crm_test_close_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  fixture->view = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = crm_test_ui_db_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  crm_test_db_free (fixture->db);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static CrmDeal *
load_deal (Fixture    *fixture,
           const char *id)
{
  g_autoptr(GError) error = NULL;
  CrmDeal *deal = crm_store_load (fixture->db->store, CRM_TYPE_DEAL, id, &error);

  g_assert_no_error (error);
  return deal;
}

/* The id of the first card of the @index-th column. */
static char *
first_deal_id (Fixture *fixture,
               guint    index)
{
  CrmStageColumn *column = crm_pipeline_view_get_column (fixture->view, index);
  g_autoptr(CrmDeal) deal = NULL;

  g_assert_nonnull (column);
  deal = g_list_model_get_item (G_LIST_MODEL (crm_stage_column_get_list (column)), 0);
  g_assert_nonnull (deal);

  return g_strdup (crm_record_get_id (CRM_RECORD (deal)));
}

typedef struct
{
  CrmPipelineView *view;
  const char      *id;
} FocusCheck;

static gboolean
deal_has_focus (gpointer data)
{
  FocusCheck *check = data;
  CrmDeal *deal = crm_pipeline_view_get_focused_deal (check->view);

  return deal != NULL && g_strcmp0 (crm_record_get_id (CRM_RECORD (deal)), check->id) == 0;
}

static void
focus_deal (Fixture    *fixture,
            const char *id)
{
  FocusCheck check = { fixture->view, id };

  crm_pipeline_view_focus_deal (fixture->view, id);
  crm_test_wait_until (deal_has_focus, &check, "the card to take the focus");
}

static void
assert_stage (Fixture    *fixture,
              const char *deal_id,
              guint       column_index)
{
  g_autoptr(CrmDeal) deal = load_deal (fixture, deal_id);
  CrmStageColumn *column = crm_pipeline_view_get_column (fixture->view, column_index);

  g_assert_cmpstr (crm_deal_get_stage_id (deal), ==, crm_stage_column_get_stage_id (column));
  g_assert_cmpuint (crm_deal_list_find (crm_stage_column_get_list (column), deal_id), !=, G_MAXUINT);
}

static void
undo_last_move (Fixture *fixture)
{
  AdwToast *toast = crm_pipeline_view_get_last_toast (fixture->view);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), !=, NULL);
  g_signal_emit_by_name (toast, "button-clicked");
}

static void
test_keyboard_move (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = NULL;
  FocusCheck check;

  open_window (fixture, 1280, 800);
  g_assert_cmpuint (crm_pipeline_view_get_n_columns (fixture->view), >=, 3);
  id = first_deal_id (fixture, 0);
  focus_deal (fixture, id);

  /* Ctrl+Shift+Right's action: the next stage, saved at once, focus follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pipeline.move-next", NULL));
  assert_stage (fixture, id, 1);
  check = (FocusCheck) { fixture->view, id };
  crm_test_wait_until (deal_has_focus, &check, "the moved card to keep the focus");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pipeline.move-next", NULL));
  assert_stage (fixture, id, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pipeline.move-previous", NULL));
  assert_stage (fixture, id, 1);

  /* Undo puts it back where the last move took it from. */
  undo_last_move (fixture);
  assert_stage (fixture, id, 2);
  crm_test_wait_until (deal_has_focus, &check, "the card to take the focus after the undo");
}

static void
test_drop_move (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean handled = FALSE;

  open_window (fixture, 1280, 800);
  id = first_deal_id (fixture, 0);

  /* What a drop of a card carries: its deal's id. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, id);
  target = crm_stage_column_get_drop_target (crm_pipeline_view_get_column (fixture->view, 2));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);
  g_assert_true (handled);
  assert_stage (fixture, id, 2);

  undo_last_move (fixture);
  assert_stage (fixture, id, 0);
}

static gboolean
dialog_is_gone (gpointer data)
{
  return crm_pipeline_view_get_reason_dialog (CRM_PIPELINE_VIEW (data)) == NULL;
}

static void
close_with_reason (Fixture    *fixture,
                   const char *action,
                   const char *reason,
                   CrmStageKind kind)
{
  g_autofree char *id = first_deal_id (fixture, 1);
  g_autoptr(CrmDeal) deal = NULL;
  g_autoptr(CrmPipelineStage) stage = NULL;
  AdwMessageDialog *dialog;

  focus_deal (fixture, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
  dialog = crm_pipeline_view_get_reason_dialog (fixture->view);
  g_assert_nonnull (dialog);
  crm_pipeline_reason_dialog_set_reason (dialog, reason);
  /* What the button does: the response, then the dialog goes. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  crm_test_wait_until (dialog_is_gone, fixture->view, "the dialog to close");

  deal = load_deal (fixture, id);
  stage = crm_store_load (fixture->db->store, CRM_TYPE_PIPELINE_STAGE, crm_deal_get_stage_id (deal), NULL);
  g_assert_nonnull (stage);
  g_assert_cmpint (crm_pipeline_stage_get_kind (stage), ==, kind);
  g_assert_cmpstr (crm_deal_get_close_reason (deal), ==, reason);
  g_assert_cmpint (crm_deal_get_closed_at (deal), >, 0);

  /* Closed deals leave the board. */
  for (guint i = 0; i < crm_pipeline_view_get_n_columns (fixture->view); i++)
    g_assert_cmpuint (crm_deal_list_find (crm_stage_column_get_list (crm_pipeline_view_get_column (fixture->view, i)), id),
                      ==, G_MAXUINT);
}

static void
test_won_and_lost (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(GStrv) reasons = crm_pipeline_reasons_load (TRUE);

  open_window (fixture, 1280, 800);
  g_assert_nonnull (reasons[0]);
  close_with_reason (fixture, "pipeline.won", reasons[0], CRM_STAGE_KIND_WON);
  /* Free text, not one of the list. */
  close_with_reason (fixture, "pipeline.lost", "Went with the cheaper quote", CRM_STAGE_KIND_LOST);
}

/* What the window's "deal" actions were asked, in place of the deal editor. */
typedef struct
{
  char *opened;
  char *created_for;
} DealCalls;

static void
deal_call_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  DealCalls *calls = data;
  char **slot = g_str_equal (g_action_get_name (G_ACTION (action)), "open") ? &calls->opened : &calls->created_for;

  g_free (*slot);
  *slot = g_variant_dup_string (parameter, NULL);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Enter (or a double click) on a card opens its deal; the New Deal button
 * asks for a deal whose customer is still to be chosen. */
static void
test_open_and_new (Fixture       *fixture,
                   gconstpointer  data)
{
  static const GActionEntry entries[] = {
    { "open", deal_call_cb, "s" },
    { "new", deal_call_cb, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  DealCalls calls = { NULL, NULL };
  g_autofree char *id = NULL;
  GtkWidget *row;
  GtkWidget *button;

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), &calls);
  open_window (fixture, 1280, 800);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "deal", G_ACTION_GROUP (group));

  id = first_deal_id (fixture, 1);
  focus_deal (fixture, id);
  row = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (row);
  /* What Enter on the focused row does. */
  g_assert_true (gtk_widget_activate_action (row, "list.activate-item", "u", 0));
  g_assert_cmpstr (calls.opened, ==, id);

  button = find_action_button (GTK_WIDGET (fixture->view), "deal.new");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (calls.created_for, ==, "");

  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "deal", NULL);
  g_free (calls.opened);
  g_free (calls.created_for);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *name;
    int         width;
    int         height;
    gboolean    dark;
  } shots[] = {
    { "pipeline-wide-light", 1280, 800, FALSE },
    { "pipeline-wide-dark", 1280, 800, TRUE },
    { "pipeline-narrow-light", 360, 720, FALSE },
    { "pipeline-narrow-dark", 360, 720, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      open_window (fixture, shots[i].width, shots[i].height);
      g_assert_cmpuint (crm_pipeline_view_get_n_columns (fixture->view), >, 0);
      crm_test_save_screenshot (GTK_WIDGET (fixture->window), shots[i].name);
      close_window (fixture);
    }
}

/* No deals: the board says so instead of showing empty columns. */
static void
test_empty (void)
{
  g_autoptr(CrmTestDb) db = crm_test_db_new ();
  Fixture fixture = { db, NULL, NULL };

  open_window (&fixture, 1280, 800);
  crm_test_save_screenshot (GTK_WIDGET (fixture.window), "pipeline-empty");
  close_window (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui-pipeline/keyboard-move", Fixture, NULL, fixture_set_up, test_keyboard_move, fixture_tear_down);
  g_test_add ("/ui-pipeline/drop-move", Fixture, NULL, fixture_set_up, test_drop_move, fixture_tear_down);
  g_test_add ("/ui-pipeline/won-and-lost", Fixture, NULL, fixture_set_up, test_won_and_lost, fixture_tear_down);
  g_test_add ("/ui-pipeline/open-and-new", Fixture, NULL, fixture_set_up, test_open_and_new, fixture_tear_down);
  g_test_add ("/ui-pipeline/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add_func ("/ui-pipeline/empty", test_empty);

  return g_test_run ();
}
