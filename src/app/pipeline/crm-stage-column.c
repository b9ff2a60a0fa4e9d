/* crm-stage-column.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-pipeline-card.h"
#include "crm-stage-column.h"

/* A header with the stage's count and sums, and a list view over the
 * stage's deals: the list model holds row keys only and the view builds a
 * screenful of cards, so a stage of thousands opens as fast as one of ten.
 * Cards dropped here are handed to the board ("deal-dropped"), which knows
 * how to save and undo a move. */

/* A card asked to take focus may not exist yet: the list builds it on the
 * next layout after scrolling to it. */
#define FOCUS_ATTEMPTS 10

#define MAX_CURRENCIES 2

/* GTK 4.8's list view builds up to 200 rows whatever the window shows, so
 * five full columns would build a thousand cards before the first frame.
 * A column offers its list a slice that grows as the user scrolls (or moves
 * the focus) towards its end. */
#define CARDS_AT_FIRST 30
#define CARDS_MORE     60

struct _CrmStageColumn
{
  GtkWidget         parent_instance;

  CrmStore         *store;
  CrmPipelineNames *names;
  CrmDealList      *list;
  GtkSliceListModel *shown;       /* the first cards of list, growing */
  guint             grow_idle;
  GPtrArray        *cards;        /* bound cards, to refresh in place */
  GtkDropTarget    *drop_target;
  char             *focus_id;     /* a deal waiting to be focused */
  guint             focus_tick;
  guint             focus_attempts;

  GtkWidget        *header;
  GtkLabel         *name_label;
  GtkLabel         *count_label;
  GtkLabel         *total_label;
  GtkLabel         *weighted_label;
  GtkScrolledWindow *scroller;
  GtkListView      *list_view;
};

G_DEFINE_FINAL_TYPE (CrmStageColumn, crm_stage_column, GTK_TYPE_WIDGET)

enum {
  DEAL_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every currency's sum, largest first, or (@max_shown > 0) the largest
 * few and how many more there are. */
char *
crm_stage_column_format_sums (GArray   *sums,
                              gboolean  weighted,
                              guint     max_shown)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_sums = sums != NULL ? sums->len : 0;

  for (guint i = 0; i < n_sums && (max_shown == 0 || i < max_shown); i++)
    {
      const CrmPipelineSum *sum = &g_array_index (sums, CrmPipelineSum, i);

      g_ptr_array_add (parts, crm_page_format_money (weighted ? sum->weighted_total : sum->total, sum->currency));
    }

  if (parts->len == 0)
    g_ptr_array_add (parts, crm_page_format_money (0, NULL));
  if (max_shown > 0 && n_sums > max_shown)
    /* Translators: after a stage's totals in its first currencies. */
    g_ptr_array_add (parts, g_strdup_printf (_("+%u more"), n_sums - max_shown));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* ---------------------------------------------------------------------- */
/* Cards                                                                  */
/* ---------------------------------------------------------------------- */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          CrmStageColumn           *self)
{
  gtk_list_item_set_child (item, crm_pipeline_card_new (self->names));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CrmStageColumn           *self)
{
  CrmPipelineCard *card = CRM_PIPELINE_CARD (gtk_list_item_get_child (item));

  crm_pipeline_card_set_deal (card, gtk_list_item_get_item (item));
  g_ptr_array_add (self->cards, card);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CrmStageColumn           *self)
{
  CrmPipelineCard *card = CRM_PIPELINE_CARD (gtk_list_item_get_child (item));

  g_ptr_array_remove_fast (self->cards, card);
  crm_pipeline_card_set_deal (card, NULL);
}

/* Enter or a double click on a card opens its deal, in whichever editor the
 * window offers ("deal.open"). */
static void
activate_cb (GtkListView    *list_view,
             guint           position,
             CrmStageColumn *self)
{
  g_autoptr(CrmDeal) deal = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (deal != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "deal.open", "s", crm_record_get_id (CRM_RECORD (deal)));
}

/* After customers or staff changed: the same deals, new names. */
void
crm_stage_column_update_cards (CrmStageColumn *self)
{
  g_return_if_fail (CRM_IS_STAGE_COLUMN (self));

  for (guint i = 0; i < self->cards->len; i++)
    crm_pipeline_card_update (g_ptr_array_index (self->cards, i));
}

static gboolean
grow_idle_cb (gpointer user_data)
{
  CrmStageColumn *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->shown);

  self->grow_idle = 0;
  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    gtk_slice_list_model_set_size (self->shown, size + CARDS_MORE);

  return G_SOURCE_REMOVE;
}

/* Within a screen of the last built card: show more, after this layout
 * (the adjustment changes while the list is being allocated). */
static void
scrolled_cb (CrmStageColumn *self,
             GtkAdjustment  *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  if (self->grow_idle == 0 &&
      value + 2 * page >= gtk_adjustment_get_upper (adjustment) &&
      gtk_slice_list_model_get_size (self->shown) < g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    self->grow_idle = g_idle_add (grow_idle_cb, self);
}

/* ---------------------------------------------------------------------- */
/* Focus                                                                  */
/* ---------------------------------------------------------------------- */

/* The list's row widget that shows @deal_id, if it is built. */
static GtkWidget *
find_row (CrmStageColumn *self,
          const char     *deal_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);
      CrmDeal *deal;

      if (!CRM_IS_PIPELINE_CARD (card) || !gtk_widget_get_visible (row))
        continue;
      deal = crm_pipeline_card_get_deal (CRM_PIPELINE_CARD (card));
      if (deal != NULL && g_strcmp0 (crm_record_get_id (CRM_RECORD (deal)), deal_id) == 0)
        return row;
    }

  return NULL;
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  CrmStageColumn *self = CRM_STAGE_COLUMN (widget);
  GtkWidget *row = find_row (self, self->focus_id);

  if (row != NULL)
    gtk_widget_grab_focus (row);

  if (row != NULL || ++self->focus_attempts >= FOCUS_ATTEMPTS)
    {
      g_clear_pointer (&self->focus_id, g_free);
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/**
 * crm_stage_column_focus_deal:
 *
 * Scrolls to the card of @deal_id and gives it the focus, now or once the
 * list has built it (a moved card's new column has not yet).
 */
void
crm_stage_column_focus_deal (CrmStageColumn *self,
                             const char     *deal_id)
{
  GtkWidget *row;
  guint position;

  g_return_if_fail (CRM_IS_STAGE_COLUMN (self));
  g_return_if_fail (deal_id != NULL);

  if ((row = find_row (self, deal_id)) != NULL && gtk_widget_grab_focus (row))
    return;

  position = crm_deal_list_find (self->list, deal_id);
  if (position != G_MAXUINT && position >= gtk_slice_list_model_get_size (self->shown))
    gtk_slice_list_model_set_size (self->shown, position + CARDS_MORE);
  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  g_free (self->focus_id);
  self->focus_id = g_strdup (deal_id);
  self->focus_attempts = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

void
crm_stage_column_focus_position (CrmStageColumn *self,
                                 guint           position)
{
  guint n_items;
  g_autoptr(CrmDeal) deal = NULL;

  g_return_if_fail (CRM_IS_STAGE_COLUMN (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (n_items == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }

  deal = g_list_model_get_item (G_LIST_MODEL (self->list), MIN (position, n_items - 1));
  crm_stage_column_focus_deal (self, crm_record_get_id (CRM_RECORD (deal)));
}

/**
 * crm_stage_column_get_focused_deal:
 *
 * Returns: (transfer none) (nullable): the deal whose card has the focus
 */
CrmDeal *
crm_stage_column_get_focused_deal (CrmStageColumn *self)
{
  GtkWidget *row;
  GtkWidget *card;

  g_return_val_if_fail (CRM_IS_STAGE_COLUMN (self), NULL);

  if ((row = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view))) == NULL ||
      !gtk_widget_has_focus (row))
    return NULL;

  card = gtk_widget_get_first_child (row);
  return CRM_IS_PIPELINE_CARD (card) ? crm_pipeline_card_get_deal (CRM_PIPELINE_CARD (card)) : NULL;
}

/* ---------------------------------------------------------------------- */
/* Drop                                                                   */
/* ---------------------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         CrmStageColumn *self)
{
  const char *deal_id = g_value_get_string (value);

  if (deal_id == NULL || *deal_id == '\0')
    return FALSE;

  g_signal_emit (self, signals[DEAL_DROPPED], 0, deal_id);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

CrmStageColumn *
crm_stage_column_new (CrmStore            *store,
                      CrmPipelineNames    *names,
                      const char          *stage_id,
                      const CrmDealFilter *filter)
{
  CrmStageColumn *self;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkAdjustment *adjustment;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (names != NULL, NULL);
  g_return_val_if_fail (stage_id != NULL, NULL);

  self = g_object_new (CRM_TYPE_STAGE_COLUMN, NULL);
  self->store = g_object_ref (store);
  self->names = crm_pipeline_names_ref (names);
  self->list = crm_deal_list_new (store, stage_id, filter);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->list)), 0, CARDS_AT_FIRST);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  return self;
}

const char *
crm_stage_column_get_stage_id (CrmStageColumn *self)
{
  g_return_val_if_fail (CRM_IS_STAGE_COLUMN (self), NULL);

  return crm_deal_list_get_stage_id (self->list);
}

const char *
crm_stage_column_get_name (CrmStageColumn *self)
{
  g_return_val_if_fail (CRM_IS_STAGE_COLUMN (self), NULL);

  return gtk_label_get_text (self->name_label);
}

/**
 * crm_stage_column_get_list:
 *
 * Returns: (transfer none): the stage's deals, as the column shows them
 */
CrmDealList *
crm_stage_column_get_list (CrmStageColumn *self)
{
  g_return_val_if_fail (CRM_IS_STAGE_COLUMN (self), NULL);

  return self->list;
}

/**
 * crm_stage_column_get_drop_target:
 *
 * Returns: (transfer none): where cards are dropped (for the tests)
 */
GtkDropTarget *
crm_stage_column_get_drop_target (CrmStageColumn *self)
{
  g_return_val_if_fail (CRM_IS_STAGE_COLUMN (self), NULL);

  return self->drop_target;
}

void
crm_stage_column_set_summary (CrmStageColumn          *self,
                              const CrmPipelineColumn *summary)
{
  g_autofree char *count = NULL;
  g_autofree char *total = NULL;
  g_autofree char *weighted = NULL;
  g_autofree char *weighted_text = NULL;
  g_autofree char *short_total = NULL;
  g_autofree char *short_weighted = NULL;
  g_autofree char *short_weighted_text = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;
  const char *name;

  g_return_if_fail (CRM_IS_STAGE_COLUMN (self));
  g_return_if_fail (summary != NULL);

  name = crm_pipeline_stage_get_name (summary->stage);
  count = g_strdup_printf ("%u", summary->n_deals);
  total = crm_stage_column_format_sums (summary->sums, FALSE, 0);
  weighted = crm_stage_column_format_sums (summary->sums, TRUE, 0);
  /* Translators: the probability-weighted total of a stage's deals. */
  weighted_text = g_strdup_printf (_("Weighted %s"), weighted);

  /* Two currencies fit a column; the tooltip has them all. */
  short_total = crm_stage_column_format_sums (summary->sums, FALSE, MAX_CURRENCIES);
  short_weighted = crm_stage_column_format_sums (summary->sums, TRUE, MAX_CURRENCIES);
  short_weighted_text = g_strdup_printf (_("Weighted %s"), short_weighted);
  tooltip = g_strconcat (total, "\n", weighted_text, NULL);

  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->total_label, short_total);
  gtk_label_set_text (self->weighted_label, short_weighted_text);
  gtk_widget_set_tooltip_text (self->header, tooltip);

  accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u deal, %s, %s", "%s, %u deals, %s, %s",
                                             summary->n_deals),
                                name, summary->n_deals, total, weighted_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
crm_stage_column_set_filter (CrmStageColumn      *self,
                             const CrmDealFilter *filter)
{
  g_return_if_fail (CRM_IS_STAGE_COLUMN (self));

  crm_deal_list_set_filter (self->list, filter);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
crm_stage_column_dispose (GObject *object)
{
  CrmStageColumn *self = CRM_STAGE_COLUMN (object);

  if (self->focus_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
      self->focus_tick = 0;
    }
  g_clear_handle_id (&self->grow_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_STAGE_COLUMN);
  g_clear_object (&self->shown);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (crm_stage_column_parent_class)->dispose (object);
}

static void
crm_stage_column_finalize (GObject *object)
{
  CrmStageColumn *self = CRM_STAGE_COLUMN (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->names, crm_pipeline_names_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->focus_id, g_free);

  G_OBJECT_CLASS (crm_stage_column_parent_class)->finalize (object);
}

static void
crm_stage_column_class_init (CrmStageColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_stage_column_dispose;
  object_class->finalize = crm_stage_column_finalize;

  /**
   * CrmStageColumn::deal-dropped:
   * @deal_id: the dropped card's deal
   */
  signals[DEAL_DROPPED] =
    g_signal_new ("deal-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-stage-column.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, header);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, name_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, total_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, weighted_label);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, CrmStageColumn, list_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stagecolumn");
}

static void
crm_stage_column_init (CrmStageColumn *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->cards = g_ptr_array_new ();
  self->drop_target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}
