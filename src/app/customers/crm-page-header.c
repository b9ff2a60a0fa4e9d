/* crm-page-header.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-models.h"
#include "crm-page-format.h"
#include "crm-page-header.h"

enum {
  FIGURE_REVENUE,
  FIGURE_PROFIT,
  FIGURE_ORDERS,
  FIGURE_FREQUENCY,
  FIGURE_NEXT_PURCHASE,
  FIGURE_LAST_CONTACT,
  FIGURE_LOYALTY_POINTS,
  FIGURE_OPEN_DEALS,
  N_FIGURES
};

static const char * const figure_labels[N_FIGURES] = {
  [FIGURE_REVENUE]        = N_("Revenue"),
  [FIGURE_PROFIT]         = N_("Profit"),
  [FIGURE_ORDERS]         = N_("Orders"),
  [FIGURE_FREQUENCY]      = N_("Purchase Frequency"),
  [FIGURE_NEXT_PURCHASE]  = N_("Next Purchase"),
  [FIGURE_LAST_CONTACT]   = N_("Last Contact"),
  [FIGURE_LOYALTY_POINTS] = N_("Loyalty Points"),
  [FIGURE_OPEN_DEALS]     = N_("Open Deals"),
};

struct _CrmPageHeader
{
  AdwBin         parent_instance;

  AdwAvatar     *avatar;
  GtkLabel      *name_label;
  GtkLabel      *summary_label;
  GtkLabel      *neglected_badge;
  GtkMenuButton *log_button;
  GtkBox        *log_box;
  GtkFlowBox    *figures_box;
  GtkLabel      *figure_values[N_FIGURES];
};

G_DEFINE_FINAL_TYPE (CrmPageHeader, crm_page_header, ADW_TYPE_BIN)

/* The business's currency is that of the customer's orders. */
static const char *
data_currency (const CrmCustomer360 *data)
{
  return data->orders->len > 0 ? crm_order_get_currency (g_ptr_array_index (data->orders, 0)) : NULL;
}

static void
set_figure (CrmPageHeader *self,
            guint          figure,
            const char    *text)
{
  gtk_label_set_text (self->figure_values[figure], text != NULL ? text : "—");
}

static void
show_title (CrmPageHeader        *self,
            const CrmCustomer360 *data,
            CrmPageContext       *context,
            guint                 neglected_days)
{
  CrmCustomer *customer = data->customer;
  const char *name = crm_customer_get_name (customer);
  const char *company = crm_customer_get_company (customer);
  const char *owner = crm_page_context_staff_name (context, crm_customer_get_owner_id (customer));
  g_autofree char *owned_by = owner != NULL ? g_strdup_printf (_("owned by %s"), owner) : NULL;
  g_autofree char *summary = NULL;
  gboolean neglected = crm_customer_figures_is_neglected (&data->figures, context->now, neglected_days);

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);

  summary = CRM_PAGE_JOIN (crm_customer_get_kind (customer) == CRM_CUSTOMER_KIND_PERSON ? _("Person") : _("Company"),
                           g_strcmp0 (company, name) != 0 ? company : NULL,
                           crm_customer_get_segment (customer), crm_customer_get_city (customer), owned_by);
  gtk_label_set_text (self->summary_label, summary);

  if (neglected)
    {
      g_autofree char *tooltip =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "No call, visit, email or other contact for more than %u day",
                                      "No call, visit, email or other contact for more than %u days",
                                      neglected_days),
                         neglected_days);

      crm_page_set_tooltip (GTK_WIDGET (self->neglected_badge), tooltip);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->neglected_badge), neglected);
}

static void
show_figures (CrmPageHeader        *self,
              const CrmCustomer360 *data,
              CrmPageContext       *context)
{
  const CrmCustomerFigures *figures = &data->figures;
  const char *currency = data_currency (data);
  g_autofree char *revenue = crm_page_format_money (figures->revenue, currency);
  g_autofree char *profit = crm_page_format_money (figures->profit, currency);
  g_autofree char *orders = g_strdup_printf ("%u", figures->order_count);
  g_autofree char *frequency = NULL;
  g_autofree char *next_purchase = crm_page_format_date (figures->next_purchase_at);
  g_autofree char *last_contact = crm_page_format_date (figures->last_contact_at);
  g_autofree char *points = g_strdup_printf ("%" G_GINT64_FORMAT, crm_customer_get_loyalty_points (data->customer));
  g_autofree char *open_deals = NULL;
  guint n_open = 0;

  if (figures->purchase_interval_days > 0)
    {
      guint days = MAX (1, (guint) (figures->purchase_interval_days + 0.5));

      frequency = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %u day", "every %u days", days), days);
    }

  for (guint i = 0; i < data->deals->len; i++)
    {
      CrmPipelineStage *stage = crm_page_context_stage (context,
                                                        crm_deal_get_stage_id (g_ptr_array_index (data->deals, i)));

      if (stage == NULL || crm_pipeline_stage_get_kind (stage) == CRM_STAGE_KIND_OPEN)
        n_open++;
    }
  open_deals = g_strdup_printf ("%u", n_open);

  set_figure (self, FIGURE_REVENUE, revenue);
  set_figure (self, FIGURE_PROFIT, profit);
  set_figure (self, FIGURE_ORDERS, orders);
  set_figure (self, FIGURE_FREQUENCY, frequency);
  set_figure (self, FIGURE_NEXT_PURCHASE, next_purchase);
  set_figure (self, FIGURE_LAST_CONTACT, last_contact != NULL ? last_contact : _("Never"));
  set_figure (self, FIGURE_LOYALTY_POINTS, points);
  set_figure (self, FIGURE_OPEN_DEALS, open_deals);
}

/**
 * crm_page_header_show:
 * @context: names of the owner and the deals' stages, and the time now
 * @neglected_days: after how long without contact a customer is neglected
 */
void
crm_page_header_show (CrmPageHeader        *self,
                      const CrmCustomer360 *data,
                      CrmPageContext       *context,
                      guint                 neglected_days)
{
  g_return_if_fail (CRM_IS_PAGE_HEADER (self));
  g_return_if_fail (data != NULL);

  show_title (self, data, context, neglected_days);
  show_figures (self, data, context);
}

/* Offers the kinds of activity to log (Ctrl+L). */
void
crm_page_header_popup_log (CrmPageHeader *self)
{
  g_return_if_fail (CRM_IS_PAGE_HEADER (self));

  gtk_menu_button_popup (self->log_button);
}

void
crm_page_header_popdown_log (CrmPageHeader *self)
{
  g_return_if_fail (CRM_IS_PAGE_HEADER (self));

  gtk_menu_button_popdown (self->log_button);
}

/* Figures go in pairs, so that they line up four or two to a row and never
 * leave one alone at the end. */
static void
build_figures (CrmPageHeader *self)
{
  GtkWidget *pair = NULL;

  for (guint i = 0; i < N_FIGURES; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *value = gtk_label_new ("—");
      GtkWidget *label = gtk_label_new (_(figure_labels[i]));

      if (i % 2 == 0)
        {
          pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
          gtk_flow_box_append (self->figures_box, pair);
          gtk_widget_set_focusable (gtk_widget_get_parent (pair), FALSE);
        }

      gtk_widget_add_css_class (card, "card");
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (value, "figure-value");
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_set_margin_top (value, 12);
      gtk_widget_set_margin_start (value, 12);
      gtk_widget_set_margin_end (value, 12);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "figure-label");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_box_append (GTK_BOX (card), value);
      gtk_box_append (GTK_BOX (card), label);
      gtk_box_append (GTK_BOX (pair), card);

      self->figure_values[i] = GTK_LABEL (value);
    }
}

static void
build_log_menu (CrmPageHeader *self)
{
  guint n_kinds;
  const CrmActivityKind *kinds = crm_page_log_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      CrmActivityKind kind = kinds[i];
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (crm_page_activity_kind_label (kind));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (crm_page_activity_kind_icon (kind)));
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "customer-page.log");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        crm_enum_to_nick (CRM_TYPE_ACTIVITY_KIND, kind));
      gtk_box_append (self->log_box, button);
    }
}

static void
crm_page_header_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_PAGE_HEADER);

  G_OBJECT_CLASS (crm_page_header_parent_class)->dispose (object);
}

static void
crm_page_header_class_init (CrmPageHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_page_header_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-page-header.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, avatar);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, name_label);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, neglected_badge);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, log_button);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, log_box);
  gtk_widget_class_bind_template_child (widget_class, CrmPageHeader, figures_box);
}

static void
crm_page_header_init (CrmPageHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_figures (self);
  build_log_menu (self);
}
