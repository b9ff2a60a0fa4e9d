/* crm-pipeline-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-drawn-text.h"
#include "crm-page-format.h"
#include "crm-pipeline-card.h"

/* Four lines: the customer, the deal's title, amount · owner, then close
 * date · days in stage. An overdue close date says so in words as well as in
 * the error colour.
 *
 * The lines are drawn, not labels: each column builds a couple of hundred
 * cards before the board's first frame, and four labels a card made the
 * board take half a second to appear. Layouts are made when a card is first
 * drawn, so only the cards on screen shape their texts. */

#define SECONDS_PER_DAY (24 * 60 * 60)
#define LINE_SPACING    2

typedef enum
{
  LINE_CUSTOMER,
  LINE_TITLE,
  LINE_AMOUNT,
  LINE_WHEN,
  N_LINES
} Line;

static const CrmDrawnTextStyle styles[N_LINES] = {
  [LINE_CUSTOMER] = CRM_DRAWN_TEXT_HEADING,
  [LINE_TITLE] = CRM_DRAWN_TEXT_BODY,
  [LINE_AMOUNT] = CRM_DRAWN_TEXT_NUMERIC,
  [LINE_WHEN] = CRM_DRAWN_TEXT_CAPTION,
};

struct _CrmPipelineCard
{
  GtkWidget         parent_instance;

  CrmPipelineNames *names;
  CrmDeal          *deal;
  gboolean          overdue;

  char             *texts[N_LINES];
  PangoLayout      *layouts[N_LINES];
  char             *owner_name;  /* for the tooltip and screen readers */
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

/* Midnight today, found once a minute rather than once a card: reading the
 * clock and the time zone for each of a thousand cards shows at start-up. */
static gint64
start_of_today (gint64 now)
{
  static gint64 computed_at;
  static gint64 midnight;

  if (computed_at == 0 || now - computed_at >= 60 || now < computed_at)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (local),
                                                          g_date_time_get_month (local),
                                                          g_date_time_get_day_of_month (local), 0, 0, 0);

      midnight = g_date_time_to_unix (today);
      computed_at = now;
    }

  return midnight;
}

static void
set_text (CrmPipelineCard *self,
          Line             line,
          const char      *text)
{
  if (g_strcmp0 (self->texts[line], text) == 0)
    return;

  g_free (self->texts[line]);
  self->texts[line] = g_strdup (text);
  g_clear_object (&self->layouts[line]);
}

static void
drop_layouts (CrmPipelineCard *self)
{
  for (guint i = 0; i < N_LINES; i++)
    g_clear_object (&self->layouts[i]);
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
    {
      for (guint i = 0; i < N_LINES; i++)
        set_text (self, i, NULL);
      g_clear_pointer (&self->owner_name, g_free);
      self->overdue = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  now = g_get_real_time () / G_USEC_PER_SEC;
  customer = crm_pipeline_names_customer (self->names, crm_deal_get_customer_id (self->deal));
  initials = crm_pipeline_names_initials (self->names, crm_deal_get_owner_id (self->deal));
  amount = crm_page_format_money (crm_deal_get_amount (self->deal), crm_deal_get_currency (self->deal));

  close_at = crm_deal_get_expected_close_at (self->deal);
  self->overdue = close_at > 0 && close_at < start_of_today (now);
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
  set_text (self, LINE_CUSTOMER, customer != NULL ? customer : _("No customer"));
  set_text (self, LINE_TITLE, crm_deal_get_title (self->deal));
  set_text (self, LINE_AMOUNT, money);
  set_text (self, LINE_WHEN, when);
  g_free (self->owner_name);
  self->owner_name = g_strdup (crm_pipeline_names_staff (self->names, crm_deal_get_owner_id (self->deal)));

  accessible = CRM_PAGE_JOIN (customer, crm_deal_get_title (self->deal), amount, when, self->owner_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* Every card is as tall as any other: new texts need only a redraw. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

/* A card's text ellipsizes to its column's width, which never follows it. */
static void
crm_pipeline_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  int height = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  for (guint i = 0; i < N_LINES; i++)
    height += crm_drawn_text_line_height (widget, styles[i]);
  *minimum = *natural = height + (N_LINES - 1) * LINE_SPACING;
}

static void
crm_pipeline_card_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CrmPipelineCard *self = CRM_PIPELINE_CARD (widget);
  int width = gtk_widget_get_width (widget);
  int y = 0;
  GdkRGBA color, error_color;

  crm_drawn_text_get_color (widget, NULL, &color);
  if (self->overdue)
    crm_drawn_text_get_color (widget, "error_color", &error_color);

  for (guint i = 0; i < N_LINES; i++)
    {
      if (self->texts[i] != NULL && self->texts[i][0] != '\0')
        {
          if (self->layouts[i] == NULL)
            self->layouts[i] = crm_drawn_text_layout_new (widget, self->texts[i], styles[i]);
          crm_drawn_text_draw (widget, snapshot, self->layouts[i], 0, y, width, 1,
                               i == LINE_WHEN && self->overdue ? &error_color : &color);
        }
      y += crm_drawn_text_line_height (widget, styles[i]) + LINE_SPACING;
    }
}

/* The whole of every line, for when the column cuts them short; made when
 * asked, not for each card built. */
static gboolean
query_tooltip_cb (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  CrmPipelineCard *self)
{
  g_autoptr(GString) text = NULL;

  if (self->deal == NULL)
    return FALSE;

  text = g_string_new (NULL);
  for (guint i = 0; i < N_LINES; i++)
    if (self->texts[i] != NULL && self->texts[i][0] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->texts[i]);
  if (self->owner_name != NULL)
    g_string_append_printf (text, "\n%s", self->owner_name);
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
crm_pipeline_card_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  /* A new font or text scale: the layouts are made again when next drawn. */
  drop_layouts (CRM_PIPELINE_CARD (widget));
  GTK_WIDGET_CLASS (crm_pipeline_card_parent_class)->css_changed (widget, change);
}

static void
crm_pipeline_card_dispose (GObject *object)
{
  CrmPipelineCard *self = CRM_PIPELINE_CARD (object);

  drop_layouts (self);
  g_clear_object (&self->deal);

  G_OBJECT_CLASS (crm_pipeline_card_parent_class)->dispose (object);
}

static void
crm_pipeline_card_finalize (GObject *object)
{
  CrmPipelineCard *self = CRM_PIPELINE_CARD (object);

  for (guint i = 0; i < N_LINES; i++)
    g_free (self->texts[i]);
  g_free (self->owner_name);
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

  widget_class->measure = crm_pipeline_card_measure;
  widget_class->snapshot = crm_pipeline_card_snapshot;
  widget_class->css_changed = crm_pipeline_card_css_changed;

  gtk_widget_class_set_css_name (widget_class, "pipelinecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
crm_pipeline_card_init (CrmPipelineCard *self)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}
