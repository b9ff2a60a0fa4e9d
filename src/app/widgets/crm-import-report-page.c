/* crm-import-report-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "crm-csv.h"
#include "crm-import-report-page.h"

/* The same account as crm-tool import gives: how many rows were added,
 * updated and rejected, the columns that were not imported, and each rejected
 * row with its line and reason, which can be saved to fix the file. */

struct _CrmImportReportPage
{
  AdwBin                parent_instance;

  CrmImportReport      *report;
  char                 *file_name;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  GtkLabel             *title_label;
  GtkLabel             *added_label;
  GtkLabel             *updated_label;
  GtkLabel             *rejected_label;
  GtkLabel             *ignored_label;
  GtkWidget            *rejected_box;
  GtkListView          *rejected_list;
};

G_DEFINE_FINAL_TYPE (CrmImportReportPage, crm_import_report_page, ADW_TYPE_BIN)

static void
show_toast (CrmImportReportPage *self,
            const char          *message)
{
  /* The page's child, not bound: disposing the template would unparent it
   * before AdwBin lets go of it. */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))),
                               adw_toast_new (message));
}

/* ---------------------------------------------------------------------- */
/* The list of rejected rows                                              */
/* ---------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *line = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (line), 0);
  gtk_label_set_yalign (GTK_LABEL (line), 0);
  gtk_label_set_width_chars (GTK_LABEL (line), 9);
  gtk_widget_add_css_class (line, "dim-label");
  gtk_widget_add_css_class (line, "numeric");

  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (reason, TRUE);

  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

/* The model holds the reasons; the line is the problem's at the same place. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CrmImportReportPage      *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *line = gtk_widget_get_first_child (box);
  GtkWidget *reason = gtk_widget_get_last_child (box);
  guint position = gtk_list_item_get_position (item);
  CrmImportProblem *problem;
  g_autofree char *text = NULL;

  if (self->report == NULL || position >= self->report->problems->len)
    return;

  problem = g_ptr_array_index (self->report->problems, position);
  text = g_strdup_printf (_("Line %u"), problem->line);
  gtk_label_set_label (GTK_LABEL (line), text);
  gtk_label_set_label (GTK_LABEL (reason),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* ---------------------------------------------------------------------- */
/* Saving them                                                            */
/* ---------------------------------------------------------------------- */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(CrmImportReportPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("The rejected rows could not be saved: %s"), error->message);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (G_FILE (object));
      g_autofree char *name = g_filename_display_name (basename);

      message = g_strdup_printf (_("Rejected rows saved to “%s”"), name);
    }

  show_toast (self, message);
}

/* A file a spreadsheet opens next to the original: line, reason. */
static GBytes *
rejected_rows_csv (CrmImportReport *report)
{
  GString *csv = g_string_new (NULL);
  const char *header[] = { "line", "reason" };

  crm_csv_append_row (csv, header, G_N_ELEMENTS (header), ',');
  for (guint i = 0; i < report->problems->len; i++)
    {
      CrmImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *line = g_strdup_printf ("%u", problem->line);
      const char *row[] = { line, problem->message };

      crm_csv_append_row (csv, row, G_N_ELEMENTS (row), ',');
    }

  return g_string_free_to_bytes (csv);
}

static void
save_response_cb (CrmImportReportPage *self,
                  int                  response,
                  GtkNativeDialog     *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      self->report != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      bytes = rejected_rows_csv (self->report);
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           self->cancellable, saved_cb, g_object_ref (self));
    }

  g_clear_object (&self->chooser);
}

static void
save_clicked_cb (CrmImportReportPage *self)
{
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  char *dot;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Rejected Rows"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  /* "customers.csv" suggests "customers-rejected.csv". */
  stem = g_strdup (self->file_name != NULL ? self->file_name : _("import"));
  if ((dot = strrchr (stem, '.')) != NULL && dot != stem)
    *dot = '\0';
  suggested = g_strdup_printf (_("%s-rejected.csv"), stem);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------------------------------------------------------------------- */
/* The report                                                             */
/* ---------------------------------------------------------------------- */

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

static char *
ignored_columns_text (CrmImportReport *report)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < report->ignored_columns->len; i++)
    {
      const char *name = g_ptr_array_index (report->ignored_columns, i);

      if (names->len > 0)
        g_string_append (names, _(", "));
      if (*name != '\0')
        g_string_append_printf (names, _("“%s”"), name);
      else
        g_string_append (names, _("a column without a name"));
    }

  return g_strdup_printf (ngettext ("The column %s was not imported: it matches no field.",
                                    "The columns %s were not imported: they match no field.",
                                    report->ignored_columns->len),
                          names->str);
}

/**
 * crm_import_report_page_set_report:
 * @report: (transfer full): what crm_import_bytes() did
 * @file_name: (nullable): the name of the file, to name the saved rejected rows
 *
 * Shows @report.
 */
void
crm_import_report_page_set_report (CrmImportReportPage *self,
                                   CrmImportReport     *report,
                                   const char          *file_name)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (CRM_IS_IMPORT_REPORT_PAGE (self));
  g_return_if_fail (report != NULL);

  g_clear_pointer (&self->report, crm_import_report_free);
  self->report = report;
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);

  gtk_label_set_label (self->title_label, report->rejected == 0 ? _("Every Row Was Imported")
                                                                : _("Import Finished"));
  set_count (self->added_label, report->added);
  set_count (self->updated_label, report->updated);
  set_count (self->rejected_label, report->rejected);

  gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), report->ignored_columns->len > 0);
  if (report->ignored_columns->len > 0)
    {
      g_autofree char *text = ignored_columns_text (report);

      gtk_label_set_label (self->ignored_label, text);
    }

  for (guint i = 0; i < report->problems->len; i++)
    gtk_string_list_append (reasons, ((CrmImportProblem *)g_ptr_array_index (report->problems, i))->message);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&reasons)));
  gtk_list_view_set_model (self->rejected_list, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_visible (self->rejected_box, report->problems->len > 0);
}

static void
crm_import_report_page_dispose (GObject *object)
{
  CrmImportReportPage *self = CRM_IMPORT_REPORT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_IMPORT_REPORT_PAGE);

  G_OBJECT_CLASS (crm_import_report_page_parent_class)->dispose (object);
}

static void
crm_import_report_page_finalize (GObject *object)
{
  CrmImportReportPage *self = CRM_IMPORT_REPORT_PAGE (object);

  g_clear_pointer (&self->report, crm_import_report_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (crm_import_report_page_parent_class)->finalize (object);
}

static void
crm_import_report_page_class_init (CrmImportReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_import_report_page_dispose;
  object_class->finalize = crm_import_report_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-import-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, added_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, updated_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, rejected_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, ignored_label);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, rejected_box);
  gtk_widget_class_bind_template_child (widget_class, CrmImportReportPage, rejected_list);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
crm_import_report_page_init (CrmImportReportPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->rejected_list, factory);
}
