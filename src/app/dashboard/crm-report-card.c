/* crm-report-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "crm-chart.h"
#include "crm-report-card.h"
#include "crm-window.h"

/* A dashboard stays light: long tables show this many rows until asked. */
#define ROWS_SHOWN_FIRST 25

struct _CrmReportCard {
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkWidget      *view_toggles;
  GtkToggleButton *chart_button;
  GtkToggleButton *table_button;
  GtkStack       *stack;
  GtkDrawingArea *chart_area;
  GtkListBox     *table_list;
  GtkButton      *show_all_button;
  GtkLabel       *note_label;
  GtkSpinner     *spinner;

  CrmReportTable *table;
  gboolean        show_table;
  gboolean        show_all;
  gboolean        updating;
  int             highlight;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CrmReportCard, crm_report_card, GTK_TYPE_WIDGET)

enum {
  DRILL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_drill (CrmReportCard *self,
            int            row)
{
  const char *drill;

  if (self->table == NULL || row < 0 || (guint)row >= crm_report_table_get_n_rows (self->table))
    return;
  if ((drill = crm_report_table_get_drill (self->table, row)) != NULL)
    g_signal_emit (self, signals[DRILL], 0, drill);
}

static void
style_for (GtkWidget     *widget,
           CrmChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GdkRGBA color;

  crm_chart_style_init (style, adw_style_manager_get_dark (manager), adw_style_manager_get_high_contrast (manager));
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = (CrmChartColor) { color.red, color.green, color.blue, color.alpha };
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  CrmReportCard *self = user_data;
  CrmChartStyle style;

  if (self->table == NULL)
    return;

  style_for (GTK_WIDGET (area), &style);
  crm_chart_draw_highlighted (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)), self->table, &style,
                              width, height, self->highlight);
}

static int
row_at (CrmReportCard *self,
        double         x,
        double         y)
{
  GtkWidget *area = GTK_WIDGET (self->chart_area);

  if (self->table == NULL)
    return -1;
  return crm_chart_row_at (self->table, gtk_widget_get_width (area), gtk_widget_get_height (area), x, y);
}

static void
set_highlight (CrmReportCard *self,
               int            row)
{
  if (self->highlight == row)
    return;
  self->highlight = row;
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

static void
chart_pressed (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               CrmReportCard   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->chart_area));
  emit_drill (self, row_at (self, x, y));
}

static void
chart_motion (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              CrmReportCard            *self)
{
  set_highlight (self, row_at (self, x, y));
}

static void
chart_leave (GtkEventControllerMotion *controller,
             CrmReportCard            *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self->chart_area)))
    set_highlight (self, -1);
}

/* The row's label and every value, for tooltips and accessible labels. */
static char *
describe_row (CrmReportTable *table,
              guint           row)
{
  GString *text = g_string_new (NULL);

  for (guint column = 0; column < crm_report_table_get_n_columns (table); column++)
    {
      g_autofree char *cell = crm_report_table_format_cell (table, row, column);

      if (column > 0)
        g_string_append (text, column == 1 ? ": " : ", ");
      if (column > 0)
        g_string_append_printf (text, "%s %s", crm_report_table_get_column_title (table, column), cell);
      else
        g_string_append (text, cell);
    }
  return g_string_free (text, FALSE);
}

static gboolean
chart_query_tooltip (GtkWidget     *widget,
                     int            x,
                     int            y,
                     gboolean       keyboard,
                     GtkTooltip    *tooltip,
                     CrmReportCard *self)
{
  int row = keyboard ? self->highlight : row_at (self, x, y);
  g_autofree char *text = NULL;

  if (row < 0 || self->table == NULL)
    return FALSE;
  text = describe_row (self->table, row);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
chart_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CrmReportCard         *self)
{
  int n_rows = self->table != NULL ? (int)crm_report_table_get_n_rows (self->table) : 0;

  if (n_rows == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      set_highlight (self, MIN (self->highlight + 1, n_rows - 1));
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      set_highlight (self, MAX (self->highlight - 1, 0));
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      emit_drill (self, self->highlight);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
table_row_activated (GtkListBox    *list,
                     GtkListBoxRow *row,
                     CrmReportCard *self)
{
  emit_drill (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "report-row")));
}

static GtkWidget *
cell_label (const char   *text,
            int           width_chars,
            gboolean      numeric,
            GtkSizeGroup *column)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX (width_chars, 8));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  /* Every row's cell of a column as wide as the widest: the columns line up. */
  gtk_size_group_add_widget (column, label);
  return label;
}

static void
fill_table (CrmReportCard *self)
{
  CrmReportTable *table = self->table;
  guint n_columns, n_rows, shown;
  g_autofree int *widths = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
  const char *action_label = NULL;
  const char *action = NULL;
  GtkWidget *child, *header;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_list))) != NULL)
    gtk_list_box_remove (self->table_list, child);

  if (table == NULL)
    return;

  n_columns = crm_report_table_get_n_columns (table);
  n_rows = crm_report_table_get_n_rows (table);
  shown = self->show_all ? n_rows : MIN (n_rows, ROWS_SHOWN_FIRST);
  action = crm_report_table_get_row_action (table, &action_label);

  /* Columns line up: each as wide as its widest cell (in characters). */
  widths = g_new0 (int, n_columns);
  for (guint column = 0; column < n_columns; column++)
    widths[column] = MIN (g_utf8_strlen (crm_report_table_get_column_title (table, column), -1), 28);
  for (guint row = 0; row < shown; row++)
    for (guint column = 0; column < n_columns; column++)
      {
        g_autofree char *cell = crm_report_table_format_cell (table, row, column);

        widths[column] = MAX (widths[column], MIN (g_utf8_strlen (cell, -1), 28));
      }

  for (guint column = 0; column <= n_columns; column++)
    g_ptr_array_add (columns, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  for (guint column = 0; column < n_columns; column++)
    gtk_box_append (GTK_BOX (header),
                    cell_label (crm_report_table_get_column_title (table, column), widths[column],
                                crm_report_table_get_column_kind (table, column) != CRM_VALUE_TEXT,
                                g_ptr_array_index (columns, column)));
  if (action != NULL)
    gtk_box_append (GTK_BOX (header), cell_label ("", 0, FALSE, g_ptr_array_index (columns, n_columns)));
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_list_box_append (self->table_list, header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (header)), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (header)), FALSE);

  for (guint row = 0; row < shown; row++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *list_row = gtk_list_box_row_new ();
      g_autofree char *description = describe_row (table, row);
      const char *drill = crm_report_table_get_drill (table, row);

      for (guint column = 0; column < n_columns; column++)
        {
          g_autofree char *cell = crm_report_table_format_cell (table, row, column);

          gtk_box_append (GTK_BOX (box), cell_label (cell, widths[column],
                                                     crm_report_table_get_column_kind (table, column) != CRM_VALUE_TEXT,
                                                     g_ptr_array_index (columns, column)));
        }
      if (action != NULL && drill != NULL)
        {
          GtkWidget *button = gtk_button_new_with_label (action_label);

          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", drill);
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          gtk_size_group_add_widget (g_ptr_array_index (columns, n_columns), button);
          gtk_box_append (GTK_BOX (box), button);
        }

      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 3);
      gtk_widget_set_margin_bottom (box, 3);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), drill != NULL);
      g_object_set_data (G_OBJECT (list_row), "report-row", GUINT_TO_POINTER (row));
      gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      gtk_list_box_append (self->table_list, list_row);
    }

  if (shown < n_rows)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Row", "Show All %u Rows",
                                                             n_rows), n_rows);

      gtk_button_set_label (self->show_all_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), shown < n_rows && self->show_table);
}

static void
update_view (CrmReportCard *self)
{
  gboolean has_chart = self->table != NULL && crm_report_table_get_chart (self->table, NULL, NULL) != CRM_CHART_NONE;
  gboolean table_shown = self->show_table || !has_chart;
  const char *note = self->table != NULL ? crm_report_table_get_note (self->table) : NULL;

  /* Showing the choice is not making it. */
  self->updating = TRUE;
  gtk_widget_set_visible (self->view_toggles, has_chart);
  gtk_toggle_button_set_active (self->table_button, table_shown);
  gtk_toggle_button_set_active (self->chart_button, !table_shown);
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->stack, self->table == NULL ? "busy" : table_shown ? "table" : "chart");
  gtk_spinner_set_spinning (self->spinner, self->table == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button),
                          table_shown && self->table != NULL && !self->show_all &&
                          crm_report_table_get_n_rows (self->table) > ROWS_SHOWN_FIRST);
  gtk_label_set_label (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);

  if (self->table != NULL)
    {
      double height = crm_chart_preferred_height (self->table, MAX (gtk_widget_get_width (GTK_WIDGET (self)), 300));

      gtk_widget_set_size_request (GTK_WIDGET (self->chart_area), -1, (int)height);
    }
}

static void
show_chart_toggled (GtkToggleButton *button,
                    CrmReportCard   *self)
{
  if (!self->updating && gtk_toggle_button_get_active (button))
    crm_report_card_set_show_table (self, FALSE);
}

static void
show_table_toggled (GtkToggleButton *button,
                    CrmReportCard   *self)
{
  if (!self->updating && gtk_toggle_button_get_active (button))
    crm_report_card_set_show_table (self, TRUE);
}

static void
show_all_clicked (GtkButton     *button,
                  CrmReportCard *self)
{
  self->show_all = TRUE;
  fill_table (self);
  update_view (self);
}

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 CrmReportCard   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->table != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      csv = crm_report_table_to_csv (self->table);
      if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not save the table: %s"), error->message);

          crm_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
        }
      else
        crm_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Table saved as CSV")));
    }

  g_clear_object (&self->chooser);
}

static void
export_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CrmReportCard *self = CRM_REPORT_CARD (widget);
  g_autofree char *today = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->table == NULL)
    return;

  today = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("%s-%s.csv", crm_report_table_get_name (self->table), today);
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Table"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
crm_report_card_dispose (GObject *object)
{
  CrmReportCard *self = CRM_REPORT_CARD (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_REPORT_CARD);
  g_clear_pointer (&self->table, crm_report_table_unref);

  G_OBJECT_CLASS (crm_report_card_parent_class)->dispose (object);
}

static void
crm_report_card_class_init (CrmReportCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_report_card_dispose;

  /**
   * CrmReportCard::drill:
   * @drill: the activated row's drill key (crm-reports.h)
   */
  signals[DRILL] = g_signal_new ("drill", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-report-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, box);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, view_toggles);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, chart_button);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, chart_area);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, table_list);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, CrmReportCard, spinner);
  gtk_widget_class_bind_template_callback (widget_class, show_chart_toggled);
  gtk_widget_class_bind_template_callback (widget_class, show_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, show_all_clicked);
  gtk_widget_class_bind_template_callback (widget_class, table_row_activated);

  gtk_widget_class_install_action (widget_class, "card.export-csv", NULL, export_csv);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reportcard");
}

static void
crm_report_card_init (CrmReportCard *self)
{
  GtkGesture *click;
  GtkEventController *motion, *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->highlight = -1;

  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (chart_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_area), GTK_EVENT_CONTROLLER (click));
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (chart_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (chart_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_area), motion);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (chart_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_area), keys);
  g_signal_connect (self->chart_area, "query-tooltip", G_CALLBACK (chart_query_tooltip), self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart_area, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart_area, G_CONNECT_SWAPPED);
  update_view (self);
}

GtkWidget *
crm_report_card_new (void)
{
  return g_object_new (CRM_TYPE_REPORT_CARD, NULL);
}

void
crm_report_card_set_table (CrmReportCard  *self,
                           CrmReportTable *table)
{
  g_return_if_fail (CRM_IS_REPORT_CARD (self));

  if (table != NULL)
    crm_report_table_ref (table);
  g_clear_pointer (&self->table, crm_report_table_unref);
  self->table = table;
  self->highlight = -1;

  if (table != NULL)
    {
      const char *description = crm_report_table_get_description (table);

      gtk_label_set_label (self->title_label, crm_report_table_get_title (table));
      gtk_label_set_label (self->description_label, description != NULL ? description : "");
      gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      crm_report_table_get_title (table), -1);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.export-csv", table != NULL);

  fill_table (self);
  update_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

CrmReportTable *
crm_report_card_get_table (CrmReportCard *self)
{
  g_return_val_if_fail (CRM_IS_REPORT_CARD (self), NULL);

  return self->table;
}

void
crm_report_card_set_show_table (CrmReportCard *self,
                                gboolean       show_table)
{
  g_return_if_fail (CRM_IS_REPORT_CARD (self));

  show_table = !!show_table;
  if (self->show_table == show_table)
    return;
  self->show_table = show_table;
  fill_table (self);
  update_view (self);
}

gboolean
crm_report_card_get_show_table (CrmReportCard *self)
{
  g_return_val_if_fail (CRM_IS_REPORT_CARD (self), FALSE);

  return self->show_table;
}
