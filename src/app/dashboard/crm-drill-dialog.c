/* crm-drill-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-drill-dialog.h"
#include "crm-report-card.h"
#include "crm-window.h"

struct _CrmDrillDialog {
  AdwWindow        parent_instance;

  CrmReportCard   *card;
  GtkLabel        *error_label;
  GCancellable    *cancellable;
  CrmReportTable  *table;
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (CrmDrillDialog, crm_drill_dialog, ADW_TYPE_WINDOW)

typedef struct {
  CrmStore        *store;
  char            *drill;
  CrmReportParams  params;
} DrillJob;

static void
drill_job_free (DrillJob *job)
{
  g_object_unref (job->store);
  g_free (job->drill);
  g_free (job);
}

static void
run_drill (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  DrillJob *job = task_data;
  g_autoptr(CrmStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  CrmReportTable *table;

  if ((reader = crm_store_open_reader (job->store, &error)) == NULL ||
      (table = crm_report_drill (reader, job->drill, &job->params, &error)) == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, table, (GDestroyNotify)crm_report_table_unref);
}

static void
drill_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CrmDrillDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  CrmReportTable *table = g_task_propagate_pointer (G_TASK (result), &error);

  self->busy = FALSE;
  if (table == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("The records could not be listed: %s"), error->message);

          gtk_label_set_label (self->error_label, message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
        }
      return;
    }

  self->table = table;
  crm_report_card_set_table (self->card, table);
}

gboolean
crm_dashboard_open_record (GtkWidget  *widget,
                           const char *drill)
{
  static const struct {
    const char *entity;
    const char *action;
  } actions[] = {
    { "customer", NULL },
    { "deal", "deal.open" },
    { "ticket", "ticket.open" },
    { "quote", "quote.open" },
    { "contract", "contract.open" },
  };
  g_autofree char *entity = NULL;
  const char *id = NULL;

  if (!crm_report_drill_is_record (drill, &entity, &id))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (entity, actions[i].entity))
      {
        GtkWindow *window = NULL;
        GtkRoot *root = gtk_widget_get_root (widget);

        /* From a dialog, open it in the main window and bring that forward. */
        if (CRM_IS_DRILL_DIALOG (root))
          window = gtk_window_get_transient_for (GTK_WINDOW (root));
        if (window == NULL)
          window = GTK_WINDOW (root);
        if (actions[i].action == NULL && CRM_IS_WINDOW (window))
          crm_window_show_customer (CRM_WINDOW (window), id);
        else if (actions[i].action != NULL)
          gtk_widget_activate_action (GTK_WIDGET (window), actions[i].action, "s", id);
        gtk_window_present (window);
        return TRUE;
      }

  return FALSE;
}

static void
card_drill (CrmReportCard  *card,
            const char     *drill,
            CrmDrillDialog *self)
{
  crm_dashboard_open_record (GTK_WIDGET (self), drill);
}

static void
crm_drill_dialog_dispose (GObject *object)
{
  CrmDrillDialog *self = CRM_DRILL_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->table, crm_report_table_unref);

  G_OBJECT_CLASS (crm_drill_dialog_parent_class)->dispose (object);
}

static void
crm_drill_dialog_class_init (CrmDrillDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_drill_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
crm_drill_dialog_init (CrmDrillDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->cancellable = g_cancellable_new ();
  self->card = CRM_REPORT_CARD (crm_report_card_new ());
  crm_report_card_set_show_table (self->card, TRUE);
  g_signal_connect (self->card, "drill", G_CALLBACK (card_drill), self);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->card));
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

CrmDrillDialog *
crm_drill_dialog_new (GtkWindow             *parent,
                      CrmStore              *store,
                      const char            *title,
                      const char            *drill,
                      const CrmReportParams *params)
{
  CrmDrillDialog *self;
  g_autoptr(GTask) task = NULL;
  DrillJob *job;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (drill != NULL && params != NULL, NULL);

  self = g_object_new (CRM_TYPE_DRILL_DIALOG, "transient-for", parent, "title", title, NULL);

  job = g_new0 (DrillJob, 1);
  job->store = g_object_ref (store);
  job->drill = g_strdup (drill);
  job->params = *params;

  self->busy = TRUE;
  task = g_task_new (NULL, self->cancellable, drill_done, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify)drill_job_free);
  g_task_run_in_thread (task, run_drill);

  return self;
}

gboolean
crm_drill_dialog_is_busy (CrmDrillDialog *self)
{
  g_return_val_if_fail (CRM_IS_DRILL_DIALOG (self), FALSE);
  return self->busy;
}

CrmReportTable *
crm_drill_dialog_get_table (CrmDrillDialog *self)
{
  g_return_val_if_fail (CRM_IS_DRILL_DIALOG (self), NULL);
  return self->table;
}
