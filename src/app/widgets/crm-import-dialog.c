/* crm-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-import-dialog.h"
#include "crm-import-preview-page.h"
#include "crm-import-report-page.h"
#include "crm-import.h"
#include "crm-models.h"

/* Importing a file from the window: the file is read through GFile, since a
 * portal may hand out a path of its own; its first rows are shown with the
 * field each column fills; the import runs on a thread with a connection of
 * its own, so the window stays responsive, and reports back through the main
 * context; at the end the window's store tells every view to refresh. */

struct _CrmImportDialog
{
  AdwWindow             parent_instance;

  CrmStore             *store;
  GFile                *file;
  char                 *file_name;
  GBytes               *bytes;
  GCancellable         *cancellable;
  gboolean              importing;

  AdwWindowTitle       *window_title;
  GtkWidget            *import_button;
  GtkWidget            *cancel_button;
  GtkWidget            *done_button;
  GtkStack             *stack;
  CrmImportPreviewPage *preview_page;
  AdwStatusPage        *progress_page;
  GtkProgressBar       *progress_bar;
  CrmImportReportPage  *report_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (CrmImportDialog, crm_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Which page is shown decides the buttons: Cancel and Import before and
 * during the import, Done after it. */
static void
show_page (CrmImportDialog *self,
           const char      *name)
{
  gboolean finished = g_str_equal (name, "report") || g_str_equal (name, "error");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", TRUE);
  gtk_widget_set_visible (self->cancel_button, !finished);
  gtk_widget_set_visible (self->import_button, !finished);
  gtk_widget_set_visible (self->done_button, finished);
  gtk_button_set_label (GTK_BUTTON (self->done_button),
                        g_str_equal (name, "error") ? _("_Close") : _("_Done"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start",
                                 g_str_equal (name, "preview") &&
                                 crm_import_preview_page_get_can_import (self->preview_page));

  if (finished)
    gtk_widget_grab_focus (self->done_button);
}

static void
show_error (CrmImportDialog *self,
            const char      *title,
            const char      *message)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, message);
  show_page (self, "error");
}

static void
can_import_changed_cb (CrmImportDialog *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "preview") == 0)
    show_page (self, "preview");
}

/* ---------------------------------------------------------------------- */
/* Reading the file                                                       */
/* ---------------------------------------------------------------------- */

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrmImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("“%s” cannot be read: %s"), self->file_name, error->message);
      show_error (self, _("The File Cannot Be Read"), message);
      return;
    }

  self->bytes = g_bytes_new_take (contents, length);
  crm_import_preview_page_set_bytes (self->preview_page, self->bytes);
  show_page (self, "preview");
}

/* ---------------------------------------------------------------------- */
/* Importing, on a thread                                                 */
/* ---------------------------------------------------------------------- */

/* What the thread needs, and the progress it hands to the main context:
 * shared by both, so reference counted. */
typedef struct
{
  char         *path;
  GType         type;
  GBytes       *bytes;
  char         *file_name;
  GStrv         mappings;
  GMainContext *context;
  GWeakRef      dialog;

  GMutex        mutex;
  gsize         done;
  gsize         total;
  guint         rows;
  gboolean      update_pending;
} ImportJob;

static void
import_job_clear (gpointer data)
{
  ImportJob *job = data;

  g_free (job->path);
  g_bytes_unref (job->bytes);
  g_free (job->file_name);
  g_strfreev (job->mappings);
  g_main_context_unref (job->context);
  g_weak_ref_clear (&job->dialog);
  g_mutex_clear (&job->mutex);
}

static void
import_job_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, import_job_clear);
}

static void
show_progress (CrmImportDialog *self,
               gsize            done,
               gsize            total,
               guint            rows)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u row", "%u rows", rows), rows);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double)done / total : 0.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* In the main context. */
static gboolean
update_progress_cb (gpointer data)
{
  ImportJob *job = data;
  g_autoptr(CrmImportDialog) self = g_weak_ref_get (&job->dialog);
  gsize done, total;
  guint rows;

  g_mutex_lock (&job->mutex);
  done = job->done;
  total = job->total;
  rows = job->rows;
  job->update_pending = FALSE;
  g_mutex_unlock (&job->mutex);

  if (self != NULL && self->importing)
    show_progress (self, done, total, rows);

  return G_SOURCE_REMOVE;
}

/* In the import thread: at most one update waits in the main context. */
static void
import_progress_cb (gsize    done,
                    gsize    total,
                    guint    rows,
                    gpointer user_data)
{
  ImportJob *job = user_data;
  gboolean schedule;

  g_mutex_lock (&job->mutex);
  job->done = done;
  job->total = total;
  job->rows = rows;
  schedule = !job->update_pending;
  job->update_pending = TRUE;
  g_mutex_unlock (&job->mutex);

  if (schedule)
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, update_progress_cb,
                                g_atomic_rc_box_acquire (job), import_job_unref);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(CrmStore) store = NULL;
  CrmImportReport *report;
  GError *error = NULL;

  /* A connection of its own: the window's belongs to the main thread. */
  if ((store = crm_store_open (job->path, &error)) == NULL)
    {
      g_prefix_error (&error, _("Nothing was imported: "));
      g_task_return_error (task, error);
      return;
    }

  report = crm_import_bytes (store, job->type, job->bytes, job->file_name,
                             (const char * const *)job->mappings,
                             import_progress_cb, job, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify)crm_import_report_free);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(CrmImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  self->importing = FALSE;

  /* Disposed while importing: with its window. */
  if (self->store == NULL)
    return;

  if (report == NULL)
    {
      /* A cancelled import changed nothing; there is nothing more to say. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_window_destroy (GTK_WINDOW (self));
      else
        show_error (self, _("Nothing Was Imported"), error->message);
      return;
    }

  crm_store_announce_outside_changes (self->store, job->type);
  crm_import_report_page_set_report (self->report_page, g_steal_pointer (&report), self->file_name);
  show_page (self, "report");
}

static const char *
importing_title (GType type)
{
  if (type == CRM_TYPE_CONTACT)
    return _("Importing Contacts…");
  if (type == CRM_TYPE_PRODUCT)
    return _("Importing Products…");
  return _("Importing Customers…");
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  if (self->importing || self->bytes == NULL ||
      !crm_import_preview_page_get_can_import (self->preview_page))
    return;

  job = g_atomic_rc_box_new0 (ImportJob);
  job->path = g_strdup (crm_store_get_path (self->store));
  job->type = crm_import_preview_page_get_record_type (self->preview_page);
  job->bytes = g_bytes_ref (self->bytes);
  job->file_name = g_strdup (self->file_name);
  job->mappings = crm_import_preview_page_dup_mappings (self->preview_page);
  job->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->dialog, self);
  g_mutex_init (&job->mutex);

  self->importing = TRUE;
  adw_status_page_set_title (self->progress_page, importing_title (job->type));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Starting…"));
  show_page (self, "progress");
  gtk_widget_grab_focus (self->cancel_button);

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, start_action);
  g_task_set_task_data (task, job, import_job_unref);
  g_task_run_in_thread (task, import_thread);
}

static void
cancel_import (CrmImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  gtk_progress_bar_set_text (self->progress_bar, _("Cancelling…"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", FALSE);
}

/* Cancel stops an import under way (which then changes nothing, and the
 * dialog goes); otherwise it closes the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (widget);

  if (self->importing)
    cancel_import (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* ---------------------------------------------------------------------- */
/* Public                                                                 */
/* ---------------------------------------------------------------------- */

/**
 * crm_import_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store to import into
 * @file: the CSV file to import
 *
 * Returns: (transfer none): a new dialog, to be presented
 */
CrmImportDialog *
crm_import_dialog_new (GtkWindow *parent,
                       CrmStore  *store,
                       GFile     *file)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (CRM_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "file", file,
                       NULL);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                CrmStore        *store)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);

      GType type = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "crm-record-type"));

      if (file != NULL)
        {
          CrmImportDialog *dialog = crm_import_dialog_new (parent, store, file);

          if (type != G_TYPE_INVALID)
            crm_import_preview_page_set_record_type (dialog->preview_page, type);
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_object_unref (chooser);
}

/**
 * crm_import_dialog_choose_file:
 * @parent: (nullable): the window that asks
 * @store: the store to import into
 *
 * Asks for a CSV file (through the portal when there is one) and opens an
 * import dialog for it (win.import).
 */
void
crm_import_dialog_choose_file (GtkWindow *parent,
                               CrmStore  *store)
{
  crm_import_dialog_choose_file_for_type (parent, store, G_TYPE_INVALID);
}

/**
 * crm_import_dialog_choose_file_for_type:
 * @type: the record type the dialog starts with, or %G_TYPE_INVALID for
 *   the usual (customers)
 *
 * Like crm_import_dialog_choose_file(), for a window that imports one kind
 * of record (the Products window).
 */
void
crm_import_dialog_choose_file_for_type (GtkWindow *parent,
                                        CrmStore  *store,
                                        GType      type)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (CRM_IS_STORE (store));

  chooser = gtk_file_chooser_native_new (_("Import a CSV File"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);

  g_object_set_data (G_OBJECT (chooser), "crm-record-type", GSIZE_TO_POINTER (type));
  /* The chooser holds the store until it answers, then goes. */
  g_signal_connect_data (chooser, "response", G_CALLBACK (file_chosen_cb),
                         g_object_ref (store), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

static void
crm_import_dialog_constructed (GObject *object)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (crm_import_dialog_parent_class)->constructed (object);

  g_assert (self->store != NULL && self->file != NULL);

  self->file_name = file_display_name (self->file);
  adw_window_title_set_subtitle (self->window_title, self->file_name);
  show_page (self, "loading");

  g_file_load_contents_async (self->file, self->cancellable, file_loaded_cb, g_object_ref (self));
}

/* Closing the window while importing cancels the import; the window goes
 * once the thread has let go of the database. */
static gboolean
crm_import_dialog_close_request (GtkWindow *window)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (window);

  if (self->importing)
    {
      cancel_import (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (crm_import_dialog_parent_class)->close_request (window);
}

static void
crm_import_dialog_dispose (GObject *object)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (crm_import_dialog_parent_class)->dispose (object);
}

static void
crm_import_dialog_finalize (GObject *object)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (crm_import_dialog_parent_class)->finalize (object);
}

static void
crm_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmImportDialog *self = CRM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_import_dialog_class_init (CrmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = crm_import_dialog_constructed;
  object_class->dispose = crm_import_dialog_dispose;
  object_class->finalize = crm_import_dialog_finalize;
  object_class->get_property = crm_import_dialog_get_property;
  object_class->set_property = crm_import_dialog_set_property;
  window_class->close_request = crm_import_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CRM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, preview_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, report_page);
  gtk_widget_class_bind_template_child (widget_class, CrmImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, can_import_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
crm_import_dialog_init (CrmImportDialog *self)
{
  g_type_ensure (CRM_TYPE_IMPORT_PREVIEW_PAGE);
  g_type_ensure (CRM_TYPE_IMPORT_REPORT_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}
