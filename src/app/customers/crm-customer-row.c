/* crm-customer-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-customer-row.h"
#include "crm-drawn-text.h"
#include "crm-page-format.h"

/* A customer in three lines: the name (and a "Neglected" badge), the company
 * and city, the owner and the last contact.
 *
 * The lines are drawn, not labels: the list builds two hundred rows before
 * its first frame, and eight widgets each (labels in boxes) cost a fifth of
 * the window's start-up and much of its memory. Only the badge, which few
 * rows show, is a widget, made when first needed. Rows are recycled as the
 * list scrolls, so an update only sets texts: whatever needs the store was
 * looked up by the view before. */

#define MARGIN        6
#define LINE_SPACING  2
#define COLUMN_GAP    12
#define BADGE_GAP     6

typedef enum
{
  LINE_NAME,
  LINE_DETAIL,
  LINE_OWNER,
  LINE_LAST_CONTACT,
  N_TEXTS
} Text;

struct _CrmCustomerRow
{
  GtkWidget    parent_instance;

  char        *texts[N_TEXTS];
  PangoLayout *layouts[N_TEXTS];
  GtkWidget   *badge;
};

G_DEFINE_FINAL_TYPE (CrmCustomerRow, crm_customer_row, GTK_TYPE_WIDGET)

CrmCustomerRow *
crm_customer_row_new (void)
{
  return g_object_new (CRM_TYPE_CUSTOMER_ROW, NULL);
}

/* The local time zone, read once: a scroll updates hundreds of rows, and
 * reading it costs a file read each time. */
static GTimeZone *
local_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, g_time_zone_new_local ());

  return zone;
}

/* "Today", "3 days ago", or the date once it is a month back. */
static char *
format_last_contact (gint64 last_contact_at)
{
  GTimeZone *zone = local_zone ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) then = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) day = NULL;
  gint64 days;

  if (last_contact_at <= 0 || (utc = g_date_time_new_from_unix_utc (last_contact_at)) == NULL)
    return g_strdup (_("Never contacted"));
  then = g_date_time_to_timezone (utc, zone);

  /* Calendar days, so that last night is "Yesterday" this morning. */
  today = g_date_time_new (zone, g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now), 0, 0, 0);
  day = g_date_time_new (zone, g_date_time_get_year (then), g_date_time_get_month (then),
                         g_date_time_get_day_of_month (then), 0, 0, 0);
  days = g_date_time_difference (today, day) / G_TIME_SPAN_DAY;

  if (days <= 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days < 31)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), (int)days);

  return crm_page_format_date (last_contact_at);
}

static gboolean
has_text (CrmCustomerRow *self,
          Text            text)
{
  return self->texts[text] != NULL && *self->texts[text] != '\0';
}

static const CrmDrawnTextStyle styles[N_TEXTS] = {
  [LINE_NAME] = CRM_DRAWN_TEXT_HEADING,
  [LINE_DETAIL] = CRM_DRAWN_TEXT_BODY,
  [LINE_OWNER] = CRM_DRAWN_TEXT_CAPTION,
  [LINE_LAST_CONTACT] = CRM_DRAWN_TEXT_CAPTION,
};

/* The layout of one text, made when first drawn and dropped when the text or
 * the widget's font changes. */
static PangoLayout *
get_layout (CrmCustomerRow *self,
            Text            text)
{
  if (self->layouts[text] == NULL)
    self->layouts[text] = crm_drawn_text_layout_new (GTK_WIDGET (self), self->texts[text], styles[text]);

  return self->layouts[text];
}

static int
line_height (CrmCustomerRow *self,
             Text            text)
{
  return crm_drawn_text_line_height (GTK_WIDGET (self), styles[text]);
}

static void
drop_layouts (CrmCustomerRow *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_object (&self->layouts[i]);
}

static int
text_width (CrmCustomerRow *self,
            Text            text)
{
  return crm_drawn_text_width (get_layout (self, text));
}

static gboolean
badge_shown (CrmCustomerRow *self)
{
  return self->badge != NULL && gtk_widget_get_visible (self->badge);
}

static int
badge_size (CrmCustomerRow *self,
            GtkOrientation  orientation)
{
  int natural = 0;

  if (badge_shown (self))
    gtk_widget_measure (self->badge, orientation, -1, NULL, &natural, NULL, NULL);

  return natural;
}

static int
first_line_height (CrmCustomerRow *self)
{
  return MAX (line_height (self, LINE_NAME), badge_size (self, GTK_ORIENTATION_VERTICAL));
}

static void
crm_customer_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  CrmCustomerRow *self = CRM_CUSTOMER_ROW (widget);

  /* The texts ellipsize to the list's width, which never follows them: as
   * narrow as the badge allows. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 2 * MARGIN + badge_size (self, GTK_ORIENTATION_HORIZONTAL);
      return;
    }

  *minimum = *natural = 2 * MARGIN + first_line_height (self) +
                        (has_text (self, LINE_DETAIL) ? LINE_SPACING + line_height (self, LINE_DETAIL) : 0) +
                        LINE_SPACING + MAX (line_height (self, LINE_OWNER), line_height (self, LINE_LAST_CONTACT));
}

static void
crm_customer_row_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CrmCustomerRow *self = CRM_CUSTOMER_ROW (widget);
  int badge_width, badge_height;

  if (!badge_shown (self))
    return;

  badge_width = badge_size (self, GTK_ORIENTATION_HORIZONTAL);
  badge_height = badge_size (self, GTK_ORIENTATION_VERTICAL);
  gtk_widget_size_allocate (self->badge,
                            &(GtkAllocation) {
                              crm_drawn_text_from_start (widget, width - MARGIN - badge_width, badge_width),
                              MARGIN + (first_line_height (self) - badge_height) / 2,
                              badge_width, badge_height },
                            -1);
}

/* Draws a text ellipsized to @width at (@x, @y) from the start edge. */
static void
draw_text (CrmCustomerRow *self,
           GtkSnapshot    *snapshot,
           Text            text,
           int             x,
           int             y,
           int             width,
           gboolean        dim,
           const GdkRGBA  *color)
{
  if (has_text (self, text))
    crm_drawn_text_draw (GTK_WIDGET (self), snapshot, get_layout (self, text), x, y, width,
                         dim ? CRM_DRAWN_TEXT_DIM_OPACITY : 1, color);
}

static void
crm_customer_row_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CrmCustomerRow *self = CRM_CUSTOMER_ROW (widget);
  int width = gtk_widget_get_width (widget) - 2 * MARGIN;
  int badge_width = badge_size (self, GTK_ORIENTATION_HORIZONTAL);
  int y = MARGIN;
  int owner_width, last_contact_width;
  GdkRGBA color;

  crm_drawn_text_get_color (widget, NULL, &color);

  draw_text (self, snapshot, LINE_NAME, MARGIN, y + (first_line_height (self) - line_height (self, LINE_NAME)) / 2,
             width - (badge_width > 0 ? badge_width + BADGE_GAP : 0), FALSE, &color);
  if (badge_shown (self))
    gtk_widget_snapshot_child (widget, self->badge, snapshot);
  y += first_line_height (self) + LINE_SPACING;

  if (has_text (self, LINE_DETAIL))
    {
      draw_text (self, snapshot, LINE_DETAIL, MARGIN, y, width, TRUE, &color);
      y += line_height (self, LINE_DETAIL) + LINE_SPACING;
    }

  /* The last contact keeps its width; the owner's name gives way. */
  last_contact_width = MIN (text_width (self, LINE_LAST_CONTACT), width);
  owner_width = width - last_contact_width - COLUMN_GAP;
  draw_text (self, snapshot, LINE_OWNER, MARGIN, y, owner_width, TRUE, &color);
  draw_text (self, snapshot, LINE_LAST_CONTACT, MARGIN + width - last_contact_width, y,
             last_contact_width, TRUE, &color);
}

static void
set_text (CrmCustomerRow *self,
          Text            text,
          const char     *value)
{
  if (g_strcmp0 (self->texts[text], value) == 0)
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_clear_object (&self->layouts[text]);
}

static void
set_neglected (CrmCustomerRow *self,
               gboolean        neglected)
{
  if (neglected && self->badge == NULL)
    {
      self->badge = gtk_label_new (_("Neglected"));
      gtk_widget_add_css_class (self->badge, "neglected-badge");
      gtk_widget_set_parent (self->badge, GTK_WIDGET (self));
    }

  if (self->badge != NULL)
    gtk_widget_set_visible (self->badge, neglected);
}

/* Screen readers read the row as the labels would have been read. */
static void
texts_changed (CrmCustomerRow *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < N_TEXTS; i++)
    if (has_text (self, i))
      g_string_append_printf (description, "%s%s", description->len > 0 ? ", " : "", self->texts[i]);
  if (badge_shown (self))
    g_string_append_printf (description, ", %s", _("Neglected"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description->str, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * crm_customer_row_update:
 * @owner_name: (nullable): the name of the customer's owner, if any
 * @last_contact_at: unix seconds of the last contact; 0 if there was none
 * @neglected: whether to show the "Neglected" marker
 */
void
crm_customer_row_update (CrmCustomerRow *self,
                         CrmCustomer    *customer,
                         const char     *owner_name,
                         gint64          last_contact_at,
                         gboolean        neglected)
{
  const char *name, *company, *city;
  g_autofree char *last_contact = NULL;
  g_autofree char *detail = NULL;

  g_return_if_fail (CRM_IS_CUSTOMER_ROW (self));
  g_return_if_fail (CRM_IS_CUSTOMER (customer));

  name = crm_customer_get_name (customer);
  company = crm_customer_get_company (customer);
  city = crm_customer_get_city (customer);

  /* A company's own name is not repeated as its company. */
  if (company != NULL && (*company == '\0' || g_strcmp0 (company, name) == 0))
    company = NULL;
  if (city != NULL && *city == '\0')
    city = NULL;

  if (company != NULL && city != NULL)
    /* TRANSLATORS: a customer's company and city in the customer list */
    detail = g_strdup_printf (C_("customer row", "%s · %s"), company, city);
  else if (company != NULL || city != NULL)
    detail = g_strdup (company != NULL ? company : city);
  else
    detail = g_strdup (crm_customer_get_email (customer));

  last_contact = format_last_contact (last_contact_at);

  set_text (self, LINE_NAME, name != NULL && *name != '\0' ? name : _("Unnamed Customer"));
  set_text (self, LINE_DETAIL, detail);
  set_text (self, LINE_OWNER, owner_name);
  set_text (self, LINE_LAST_CONTACT, last_contact);
  set_neglected (self, neglected);
  texts_changed (self);
}

/* Empties a row whose item went away, so no stale name shows on reuse. */
void
crm_customer_row_clear (CrmCustomerRow *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_ROW (self));

  for (guint i = 0; i < N_TEXTS; i++)
    set_text (self, i, NULL);
  set_neglected (self, FALSE);
  texts_changed (self);
}

static void
crm_customer_row_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  /* A new font or text scale: the layouts are made again when next used. */
  drop_layouts (CRM_CUSTOMER_ROW (widget));
  GTK_WIDGET_CLASS (crm_customer_row_parent_class)->css_changed (widget, change);
}

static void
crm_customer_row_dispose (GObject *object)
{
  CrmCustomerRow *self = CRM_CUSTOMER_ROW (object);

  g_clear_pointer (&self->badge, gtk_widget_unparent);
  drop_layouts (self);

  G_OBJECT_CLASS (crm_customer_row_parent_class)->dispose (object);
}

static void
crm_customer_row_finalize (GObject *object)
{
  CrmCustomerRow *self = CRM_CUSTOMER_ROW (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (crm_customer_row_parent_class)->finalize (object);
}

static void
crm_customer_row_class_init (CrmCustomerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_customer_row_dispose;
  object_class->finalize = crm_customer_row_finalize;

  widget_class->measure = crm_customer_row_measure;
  widget_class->size_allocate = crm_customer_row_size_allocate;
  widget_class->snapshot = crm_customer_row_snapshot;
  widget_class->css_changed = crm_customer_row_css_changed;
}

static void
crm_customer_row_init (CrmCustomerRow *self)
{
}
