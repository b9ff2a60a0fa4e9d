/* crm-ticket-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-drawn-text.h"
#include "crm-page-format.h"
#include "crm-ticket-format.h"
#include "crm-ticket-row.h"

/* A ticket in three drawn lines, like the customer list's rows (see
 * crm-customer-row.c for why they are drawn): the problem and the due time,
 * then number, customer and product, then status, priority and technician.
 * Thousands of open tickets scroll past; a row is one widget. */

#define MARGIN        6
#define LINE_SPACING  2
#define COLUMN_GAP    12

typedef enum
{
  TEXT_TITLE,
  TEXT_DUE,
  TEXT_DETAIL,
  TEXT_STATE,
  N_TEXTS
} Text;

struct _CrmTicketRow
{
  GtkWidget    parent_instance;

  char        *texts[N_TEXTS];
  PangoLayout *layouts[N_TEXTS];
  gboolean     overdue;
  gboolean     urgent;
};

G_DEFINE_FINAL_TYPE (CrmTicketRow, crm_ticket_row, GTK_TYPE_WIDGET)

static const CrmDrawnTextStyle styles[N_TEXTS] = {
  [TEXT_TITLE] = CRM_DRAWN_TEXT_HEADING,
  [TEXT_DUE] = CRM_DRAWN_TEXT_CAPTION,
  [TEXT_DETAIL] = CRM_DRAWN_TEXT_BODY,
  [TEXT_STATE] = CRM_DRAWN_TEXT_CAPTION,
};

CrmTicketRow *
crm_ticket_row_new (void)
{
  return g_object_new (CRM_TYPE_TICKET_ROW, NULL);
}

static gboolean
has_text (CrmTicketRow *self,
          Text          text)
{
  return self->texts[text] != NULL && *self->texts[text] != '\0';
}

static PangoLayout *
get_layout (CrmTicketRow *self,
            Text          text)
{
  if (self->layouts[text] == NULL)
    self->layouts[text] = crm_drawn_text_layout_new (GTK_WIDGET (self), self->texts[text], styles[text]);

  return self->layouts[text];
}

static int
line_height (CrmTicketRow *self,
             Text          text)
{
  return crm_drawn_text_line_height (GTK_WIDGET (self), styles[text]);
}

static void
drop_layouts (CrmTicketRow *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_object (&self->layouts[i]);
}

static int
first_line_height (CrmTicketRow *self)
{
  return MAX (line_height (self, TEXT_TITLE), line_height (self, TEXT_DUE));
}

static void
crm_ticket_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CrmTicketRow *self = CRM_TICKET_ROW (widget);

  /* The texts ellipsize to the list's width. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 2 * MARGIN;
      return;
    }

  *minimum = *natural = 2 * MARGIN + first_line_height (self) +
                        LINE_SPACING + line_height (self, TEXT_DETAIL) +
                        LINE_SPACING + line_height (self, TEXT_STATE);
}

static void
draw_text (CrmTicketRow   *self,
           GtkSnapshot    *snapshot,
           Text            text,
           int             x,
           int             y,
           int             width,
           gboolean        dim,
           const GdkRGBA  *color)
{
  if (has_text (self, text) && width > 0)
    crm_drawn_text_draw (GTK_WIDGET (self), snapshot, get_layout (self, text), x, y, width,
                         dim ? CRM_DRAWN_TEXT_DIM_OPACITY : 1, color);
}

static void
crm_ticket_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  CrmTicketRow *self = CRM_TICKET_ROW (widget);
  int width = gtk_widget_get_width (widget) - 2 * MARGIN;
  int y = MARGIN;
  int due_width = 0;
  GdkRGBA color, error_color, warning_color;

  crm_drawn_text_get_color (widget, NULL, &color);
  crm_drawn_text_get_color (widget, "error_color", &error_color);
  crm_drawn_text_get_color (widget, "warning_color", &warning_color);

  /* The due time keeps its width; the problem gives way. */
  if (has_text (self, TEXT_DUE))
    {
      due_width = MIN (crm_drawn_text_width (get_layout (self, TEXT_DUE)), width);
      draw_text (self, snapshot, TEXT_DUE, MARGIN + width - due_width,
                 y + (first_line_height (self) - line_height (self, TEXT_DUE)) / 2,
                 due_width, !self->overdue, self->overdue ? &error_color : &color);
    }
  draw_text (self, snapshot, TEXT_TITLE, MARGIN, y + (first_line_height (self) - line_height (self, TEXT_TITLE)) / 2,
             width - (due_width > 0 ? due_width + COLUMN_GAP : 0), FALSE, &color);
  y += first_line_height (self) + LINE_SPACING;

  draw_text (self, snapshot, TEXT_DETAIL, MARGIN, y, width, TRUE, &color);
  y += line_height (self, TEXT_DETAIL) + LINE_SPACING;

  draw_text (self, snapshot, TEXT_STATE, MARGIN, y, width, !self->urgent,
             self->urgent ? &warning_color : &color);
}

static void
set_text (CrmTicketRow *self,
          Text          text,
          const char   *value)
{
  if (g_strcmp0 (self->texts[text], value) == 0)
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_clear_object (&self->layouts[text]);
}

/* Screen readers read the row as its lines. */
static void
texts_changed (CrmTicketRow *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < N_TEXTS; i++)
    if (has_text (self, i))
      g_string_append_printf (description, "%s%s", description->len > 0 ? ", " : "", self->texts[i]);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description->str, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * crm_ticket_row_update:
 * @customer_name: (nullable): the customer's name
 * @product_name: (nullable): the product's name
 * @technician_name: (nullable): the technician's name; %NULL for unassigned
 * @now: unix seconds the due time is counted from
 */
void
crm_ticket_row_update (CrmTicketRow *self,
                       CrmTicket    *ticket,
                       const char   *customer_name,
                       const char   *product_name,
                       const char   *technician_name,
                       gint64        now)
{
  g_autofree char *due = NULL;
  g_autofree char *product = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *state = NULL;
  CrmTicketPriority priority;
  const char *title;

  g_return_if_fail (CRM_IS_TICKET_ROW (self));
  g_return_if_fail (CRM_IS_TICKET (ticket));

  priority = crm_ticket_get_priority (ticket);
  title = crm_ticket_get_title (ticket);
  due = crm_ticket_format_due (ticket, now, &self->overdue);
  product = CRM_PAGE_JOIN (product_name, crm_ticket_get_serial_number (ticket));
  detail = CRM_PAGE_JOIN (crm_ticket_get_number (ticket), customer_name, product);
  state = CRM_PAGE_JOIN (crm_page_ticket_status_label (crm_ticket_get_status (ticket)),
                         crm_page_ticket_priority_label (priority),
                         technician_name != NULL ? technician_name : _("Unassigned"));
  self->urgent = priority >= CRM_TICKET_PRIORITY_HIGH && crm_ticket_get_status (ticket) != CRM_TICKET_STATUS_CLOSED;

  set_text (self, TEXT_TITLE, title != NULL && *title != '\0' ? title : _("Untitled Ticket"));
  set_text (self, TEXT_DUE, due);
  set_text (self, TEXT_DETAIL, detail);
  set_text (self, TEXT_STATE, state);
  texts_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
crm_ticket_row_clear (CrmTicketRow *self)
{
  g_return_if_fail (CRM_IS_TICKET_ROW (self));

  for (guint i = 0; i < N_TEXTS; i++)
    set_text (self, i, NULL);
  self->overdue = self->urgent = FALSE;
  texts_changed (self);
}

gboolean
crm_ticket_row_get_overdue (CrmTicketRow *self)
{
  g_return_val_if_fail (CRM_IS_TICKET_ROW (self), FALSE);

  return self->overdue;
}

/* For the tests: 0 the problem, 1 the due time, 2 number · customer ·
 * product, 3 status · priority · technician. */
const char *
crm_ticket_row_get_text (CrmTicketRow *self,
                         guint         line)
{
  g_return_val_if_fail (CRM_IS_TICKET_ROW (self), NULL);
  g_return_val_if_fail (line < N_TEXTS, NULL);

  return self->texts[line];
}

static void
crm_ticket_row_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  drop_layouts (CRM_TICKET_ROW (widget));
  GTK_WIDGET_CLASS (crm_ticket_row_parent_class)->css_changed (widget, change);
}

static void
crm_ticket_row_dispose (GObject *object)
{
  drop_layouts (CRM_TICKET_ROW (object));

  G_OBJECT_CLASS (crm_ticket_row_parent_class)->dispose (object);
}

static void
crm_ticket_row_finalize (GObject *object)
{
  CrmTicketRow *self = CRM_TICKET_ROW (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (crm_ticket_row_parent_class)->finalize (object);
}

static void
crm_ticket_row_class_init (CrmTicketRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_ticket_row_dispose;
  object_class->finalize = crm_ticket_row_finalize;

  widget_class->measure = crm_ticket_row_measure;
  widget_class->snapshot = crm_ticket_row_snapshot;
  widget_class->css_changed = crm_ticket_row_css_changed;
}

static void
crm_ticket_row_init (CrmTicketRow *self)
{
}
