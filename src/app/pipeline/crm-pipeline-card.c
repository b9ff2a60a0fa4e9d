/* crm-pipeline-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-pipeline-card.h"

/* Four labels and no more: a column builds a screenful of cards before the
 * board's first frame, five columns at a time. The customer, the deal's
 * title, amount · owner, then close date · days in stage. An overdue close
 * date says so in words as well as in the error colour. */

#define SECONDS_PER_DAY (24 * 60 * 60)

struct _CrmPipelineCard
{
  GtkWidget         parent_instance;

  CrmPipelineNames *names;
  CrmDeal          *deal;
  gboolean          overdue;

  GtkLabel         *customer_label;
  GtkLabel         *title_label;
  GtkLabel         *amount_label;
  GtkLabel         *when_label;
};

G_DEFINE_FINAL_TYPE (CrmPipelineCard, crm_pipeline_card, GTK_TYPE_WIDGET)

GtkWidget *
crm_pipeline_card_new (CrmPipelineNames *names)
{
  CrmPipelineCard *self;

  g_return_val_if_fail (names != NULL, NULL);

  self = g_object_new (CRM_TYPE_PIPELINE_CARD, NULL);
  self->names = crm_pipeline_names_ref (names);
  return GTK_WIDGET (self);
}

static gint64
start_of_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);

  return g_date_time_to_unix (today);
}

void
crm_pipeline_card_update (CrmPipelineCard *self)
{
  g_autofree char *amount = NULL;
  g_autofree char *close_date = NULL;
  g_autofree char *close_text = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *money = NULL;
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;
  const char *customer;
  const char *initials;
  gint64 close_at, entered_at, now;

  g_return_if_fail (CRM_IS_PIPELINE_CARD (self));

  if (self->deal == NULL)
    return;

  now = g_get_real_time () / G_USEC_PER_SEC;
  customer = crm_pipeline_names_customer (self->names, crm_deal_get_customer_id (self->deal));
  initials = crm_pipeline_names_initials (self->names, crm_deal_get_owner_id (self->deal));
  amount = crm_page_format_money (crm_deal_get_amount (self->deal), crm_deal_get_currency (self->deal));

  close_at = crm_deal_get_expected_close_at (self->deal);
  self->overdue = close_at > 0 && close_at < start_of_today ();
  if (close_at > 0)
    {
      close_date = crm_page_format_date (close_at);
      /* Translators: the expected close date of a deal that has passed. */
      close_text = self->overdue ? g_strdup_printf (_("Overdue %s"), close_date) : g_strdup (close_date);
    }

  entered_at = crm_deal_get_stage_entered_at (self->deal);
  if (entered_at > 0)
    {
      gint64 days = MAX (0, (now - entered_at) / SECONDS_PER_DAY);

      days_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " day",
                                                "%" G_GINT64_FORMAT " days", days), days);
    }

  money = CRM_PAGE_JOIN (amount, initials);
  when = CRM_PAGE_JOIN (close_text, days_text);
  gtk_label_set_text (self->customer_label, customer != NULL ? customer : _("No customer"));
  gtk_label_set_text (self->title_label, crm_deal_get_title (self->deal));
  gtk_label_set_text (self->amount_label, money);
  gtk_label_set_text (self->when_label, when);
  if (self->overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->when_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->when_label), "error");

  accessible = CRM_PAGE_JOIN (customer, crm_deal_get_title (self->deal), amount, when,
                              crm_pipeline_names_staff (self->names, crm_deal_get_owner_id (self->deal)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
crm_pipeline_card_set_deal (CrmPipelineCard *self,
                            CrmDeal         *deal)
{
  g_return_if_fail (CRM_IS_PIPELINE_CARD (self));
  g_return_if_fail (deal == NULL || CRM_IS_DEAL (deal));

  g_set_object (&self->deal, deal);
  crm_pipeline_card_update (self);
}

CrmDeal *
crm_pipeline_card_get_deal (CrmPipelineCard *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_CARD (self), NULL);

  return self->deal;
}

gboolean
crm_pipeline_card_is_overdue (CrmPipelineCard *self)
{
  g_return_val_if_fail (CRM_IS_PIPELINE_CARD (self), FALSE);

  return self->overdue;
}

/* The deal's id travels: a drop reads the deal again from the store. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource   *source,
                 double           x,
                 double           y,
                 CrmPipelineCard *self)
{
  if (self->deal == NULL)
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_STRING, crm_record_get_id (CRM_RECORD (self->deal)));
}

static void
drag_begin_cb (GtkDragSource   *source,
               GdkDrag         *drag,
               CrmPipelineCard *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static GtkLabel *
add_label (CrmPipelineCard *self,
           const char      *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return GTK_LABEL (label);
}

static void
crm_pipeline_card_dispose (GObject *object)
{
  CrmPipelineCard *self = CRM_PIPELINE_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->deal);

  G_OBJECT_CLASS (crm_pipeline_card_parent_class)->dispose (object);
}

static void
crm_pipeline_card_finalize (GObject *object)
{
  CrmPipelineCard *self = CRM_PIPELINE_CARD (object);

  g_clear_pointer (&self->names, crm_pipeline_names_unref);

  G_OBJECT_CLASS (crm_pipeline_card_parent_class)->finalize (object);
}

static void
crm_pipeline_card_class_init (CrmPipelineCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_pipeline_card_dispose;
  object_class->finalize = crm_pipeline_card_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pipelinecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
crm_pipeline_card_init (CrmPipelineCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->customer_label = add_label (self, "heading");
  self->title_label = add_label (self, NULL);
  self->amount_label = add_label (self, "numeric");
  self->when_label = add_label (self, "caption");

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}
