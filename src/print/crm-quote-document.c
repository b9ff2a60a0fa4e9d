/* crm-quote-document.c: a quote laid out on paper, for PDF files and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-print"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "crm-customer.h"
#include "crm-field.h"
#include "crm-quote-document.h"
#include "crm-quote-line.h"
#include "crm-quote-totals.h"
#include "crm-quote.h"

/* All lengths in points. */
#define MARGIN        48.0
#define LOGO_MAX_W    160.0
#define LOGO_MAX_H    64.0
#define GAP           18.0
#define CELL_PAD      5.0
#define FOOTER_H      24.0
#define COL_QTY_W     48.0
#define COL_PRICE_W   88.0
#define COL_DISC_W    60.0
#define COL_TOTAL_W   96.0
#define BASE_FONT     "Sans 9.5"

typedef struct {
  char   *description;
  char   *quantity;
  char   *unit_price;
  char   *discount;
  char   *total;
} Row;

/* Which rows a page shows; the last page shows the totals too. */
typedef struct {
  guint first;
  guint end;
} PageRange;

struct _CrmQuoteDocument
{
  GObject parent_instance;

  char            *title;
  char            *business_name;
  char            *business_address;
  cairo_surface_t *logo;
  double           logo_w;
  double           logo_h;

  char            *customer_block;
  char            *number;
  char            *issued;
  char            *valid_until;
  char            *notes;

  GArray          *rows;
  char            *subtotal;
  char            *tax_label;
  char            *tax;
  char            *total_label;
  char            *total;

  PangoContext    *pango;

  /* The pagination for the last page size asked about. */
  GArray          *pages;
  double           paged_width;
  double           paged_height;
};

G_DEFINE_FINAL_TYPE (CrmQuoteDocument, crm_quote_document, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->description);
  g_free (row->quantity);
  g_free (row->unit_price);
  g_free (row->discount);
  g_free (row->total);
}

static void
crm_quote_document_finalize (GObject *object)
{
  CrmQuoteDocument *self = CRM_QUOTE_DOCUMENT (object);

  g_free (self->title);
  g_free (self->business_name);
  g_free (self->business_address);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self->customer_block);
  g_free (self->number);
  g_free (self->issued);
  g_free (self->valid_until);
  g_free (self->notes);
  g_clear_pointer (&self->rows, g_array_unref);
  g_free (self->subtotal);
  g_free (self->tax_label);
  g_free (self->tax);
  g_free (self->total_label);
  g_free (self->total);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (crm_quote_document_parent_class)->finalize (object);
}

static void
crm_quote_document_class_init (CrmQuoteDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = crm_quote_document_finalize;
}

static void
crm_quote_document_init (CrmQuoteDocument *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->pages = g_array_new (FALSE, FALSE, sizeof (PageRange));

  /* One context measures and draws at 72 dpi, so a point is a unit on any
   * surface, and without hinted metrics, so a printer and a PDF break the
   * pages at the same lines. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
}

static char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static char *
format_date (gint64 unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);

  if (unix_seconds <= 0 || utc == NULL)
    return g_strdup ("—");

  /* TRANSLATORS: a date on a printed quote; see g_date_time_format() */
  return g_date_time_format (utc, C_("quote date", "%-d %B %Y"));
}

/* 1250 basis points as "12.5 %". */
static char *
format_rate (int basis_points)
{
  g_autofree char *number = NULL;
  char *dot;

  number = g_strdup_printf ("%d.%02d", basis_points / 100, ABS (basis_points % 100));
  dot = strchr (number, '.');
  if (g_str_equal (dot, ".00"))
    *dot = '\0';
  else if (dot[2] == '0')
    dot[2] = '\0';

  /* TRANSLATORS: a percentage, e.g. a discount of "12.5 %" */
  return g_strdup_printf (_("%s %%"), number);
}

/* The logo as a cairo surface, scaled down to fit its box at 4 pixels a
 * point: sharp on paper, small in the file. */
static void
load_logo (CrmQuoteDocument *self,
           const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  int width, height, stride, channels;
  const guint8 *pixels;
  guint8 *data;

  if (path == NULL || *path == '\0')
    return;

  pixbuf = gdk_pixbuf_new_from_file_at_scale (path, (int) (LOGO_MAX_W * 4), (int) (LOGO_MAX_H * 4), TRUE, &error);
  if (pixbuf == NULL)
    {
      /* A quote without its logo is still a quote. */
      g_debug ("Leaving the logo out: %s", error->message);
      return;
    }

  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  self->logo = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  stride = cairo_image_surface_get_stride (self->logo);
  cairo_surface_flush (self->logo);
  data = cairo_image_surface_get_data (self->logo);

  for (int y = 0; y < height; y++)
    {
      const guint8 *in = pixels + y * gdk_pixbuf_get_rowstride (pixbuf);
      guint32 *out = (guint32 *) (gpointer) (data + y * stride);

      for (int x = 0; x < width; x++, in += channels)
        {
          guint a = channels == 4 ? in[3] : 255;

          out[x] = (a << 24) | ((in[0] * a / 255) << 16) | ((in[1] * a / 255) << 8) | (in[2] * a / 255);
        }
    }
  cairo_surface_mark_dirty (self->logo);

  /* Fitted into the box in points, keeping the shape. */
  self->logo_w = LOGO_MAX_W;
  self->logo_h = LOGO_MAX_W * height / width;
  if (self->logo_h > LOGO_MAX_H)
    {
      self->logo_h = LOGO_MAX_H;
      self->logo_w = LOGO_MAX_H * width / height;
    }
}

/* Pango markup: the name in bold, then company and address as plain text. */
static char *
customer_block (CrmCustomer *customer)
{
  const char *name = crm_customer_get_name (customer);
  const char *company = crm_customer_get_company (customer);
  const char *address = crm_customer_get_address (customer);
  const char *postal_code = crm_customer_get_postal_code (customer);
  const char *city = crm_customer_get_city (customer);
  const char *country = crm_customer_get_country (customer);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autofree char *place = NULL;
  g_autofree char *bold = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *escaped = NULL;
  g_auto(GStrv) strv = NULL;

  if (company != NULL && *company != '\0' && g_strcmp0 (company, name) != 0)
    g_strv_builder_add (lines, company);
  if (address != NULL && *address != '\0')
    g_strv_builder_add (lines, address);
  place = g_strjoin (" ", postal_code != NULL ? postal_code : "", city != NULL ? city : "", NULL);
  g_strstrip (place);
  if (*place != '\0')
    g_strv_builder_add (lines, place);
  if (country != NULL && *country != '\0')
    g_strv_builder_add (lines, country);

  strv = g_strv_builder_end (lines);
  rest = g_strjoinv ("\n", strv);
  escaped = g_markup_escape_text (rest, -1);
  bold = g_markup_printf_escaped ("<b>%s</b>", name != NULL ? name : "");

  return *escaped != '\0' ? g_strconcat (bold, "\n", escaped, NULL) : g_steal_pointer (&bold);
}

/**
 * crm_quote_document_new:
 * @business: (nullable): who the quote is from
 *
 * Reads everything the quote shows, so that drawing needs no database.
 *
 * Returns: (transfer full): the document, or %NULL with @error set when
 *   there is no such quote
 */
CrmQuoteDocument *
crm_quote_document_new (CrmStore                *store,
                        const char              *quote_id,
                        const CrmQuoteBusiness  *business,
                        GError                 **error)
{
  g_autoptr(CrmQuoteDocument) self = NULL;
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *rate = NULL;
  CrmQuoteTotals totals;
  const char *currency;

  g_return_val_if_fail (CRM_IS_STORE (store), NULL);
  g_return_val_if_fail (quote_id != NULL, NULL);

  if ((quote = crm_store_load (store, CRM_TYPE_QUOTE, quote_id, error)) == NULL)
    return NULL;
  if (!crm_quote_load_totals (store, quote_id, &totals, error))
    return NULL;
  if ((lines = crm_quote_list_lines (store, quote_id, error)) == NULL)
    return NULL;
  if (crm_quote_get_customer_id (quote) != NULL)
    customer = crm_store_lookup (store, CRM_TYPE_CUSTOMER, crm_quote_get_customer_id (quote), NULL);

  self = g_object_new (CRM_TYPE_QUOTE_DOCUMENT, NULL);
  currency = crm_quote_get_currency (quote);

  if (business != NULL)
    {
      self->business_name = empty_to_null (business->name);
      self->business_address = empty_to_null (business->address);
      load_logo (self, business->logo_path);
    }

  self->number = g_strdup (crm_quote_get_number (quote) != NULL ? crm_quote_get_number (quote) : quote_id);
  self->title = g_strdup_printf (_("Quote %s"), self->number);
  self->customer_block = customer != NULL ? customer_block (customer) : NULL;
  self->issued = format_date (crm_quote_get_issued_at (quote));
  self->valid_until = format_date (crm_quote_get_valid_until (quote));
  self->notes = empty_to_null (crm_quote_get_notes (quote));

  for (guint i = 0; i < lines->len; i++)
    {
      CrmQuoteLine *line = g_ptr_array_index (lines, i);
      Row row = {
        .description = g_strdup (crm_quote_line_get_description (line) != NULL
                                 ? crm_quote_line_get_description (line) : ""),
        .quantity = g_strdup_printf ("%" G_GINT64_FORMAT, crm_quote_line_get_quantity (line)),
        .unit_price = crm_money_format (crm_quote_line_get_unit_price (line), currency),
        .discount = crm_quote_line_get_discount (line) != 0
                    ? format_rate (crm_quote_line_get_discount (line)) : g_strdup (""),
        .total = crm_money_format (crm_money_line_total (crm_quote_line_get_quantity (line),
                                                         crm_quote_line_get_unit_price (line),
                                                         crm_quote_line_get_discount (line)),
                                   currency),
      };

      g_array_append_val (self->rows, row);
    }

  rate = format_rate (totals.tax_rate);
  self->subtotal = crm_money_format (totals.subtotal, currency);
  /* TRANSLATORS: the tax line of a quote, e.g. "Tax (20 %)" */
  self->tax_label = g_strdup_printf (_("Tax (%s)"), rate);
  self->tax = crm_money_format (totals.tax, currency);
  self->total = crm_money_format (totals.total, currency);
  /* TRANSLATORS: the last line of a quote, with its currency: "Total (EUR)" */
  self->total_label = currency != NULL ? g_strdup_printf (_("Total (%s)"), currency) : g_strdup (_("Total"));

  return g_steal_pointer (&self);
}

/**
 * crm_quote_document_get_title:
 *
 * Returns: "Quote Q-2026-0042": for a print job's name or a file's name
 */
const char *
crm_quote_document_get_title (CrmQuoteDocument *self)
{
  g_return_val_if_fail (CRM_IS_QUOTE_DOCUMENT (self), NULL);

  return self->title;
}

/* Layouts. Every one is made from the document's own context, both to
 * measure and to draw, so the two agree. */
static PangoLayout *
make_layout (CrmQuoteDocument *self,
             const char       *text,
             const char       *font,
             double            width,
             PangoAlignment    alignment,
             gboolean          markup)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Draws @text at (@x, @y) when @cr is not NULL; returns its height. */
static double
text_at (CrmQuoteDocument *self,
         cairo_t          *cr,
         const char       *text,
         const char       *font,
         double            x,
         double            y,
         double            width,
         PangoAlignment    alignment,
         gboolean          markup)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, font, width, alignment, markup);

  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  return layout_height (layout);
}

typedef struct {
  double x;
  double width;
  PangoAlignment alignment;
} Column;

/* Description, quantity, unit price, discount, line total. */
static void
columns_for (double  width,
             Column  columns[5])
{
  double right = width - MARGIN;
  double x = right - COL_TOTAL_W;

  columns[4] = (Column) { x, COL_TOTAL_W, PANGO_ALIGN_RIGHT };
  x -= COL_DISC_W;
  columns[3] = (Column) { x, COL_DISC_W, PANGO_ALIGN_RIGHT };
  x -= COL_PRICE_W;
  columns[2] = (Column) { x, COL_PRICE_W, PANGO_ALIGN_RIGHT };
  x -= COL_QTY_W;
  columns[1] = (Column) { x, COL_QTY_W, PANGO_ALIGN_RIGHT };
  columns[0] = (Column) { MARGIN, MAX (x - MARGIN, 60.0), PANGO_ALIGN_LEFT };
}

/* One table row, cells padded; returns its height. */
static double
draw_row (CrmQuoteDocument *self,
          cairo_t          *cr,
          const char       *cells[5],
          const char       *font,
          double            width,
          double            y)
{
  Column columns[5];
  double height = 0;

  columns_for (width, columns);
  for (guint i = 0; i < 5; i++)
    height = MAX (height, text_at (self, cr, cells[i], font,
                                   columns[i].x + CELL_PAD, y + CELL_PAD,
                                   columns[i].width - 2 * CELL_PAD, columns[i].alignment, FALSE));

  return height + 2 * CELL_PAD;
}

static void
rule_from (cairo_t *cr,
           double   x,
           double   width,
           double   y,
           double   line_width,
           double   gray)
{
  if (cr == NULL)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, width - MARGIN, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
rule (cairo_t *cr,
      double   width,
      double   y,
      double   line_width,
      double   gray)
{
  rule_from (cr, MARGIN, width, y, line_width, gray);
}

static double
draw_table_header (CrmQuoteDocument *self,
                   cairo_t          *cr,
                   double            width,
                   double            y)
{
  const char *cells[5] = {
    _("Description"), _("Qty"), _("Unit price"), _("Discount"), _("Amount"),
  };
  double height = draw_row (self, cr, cells, "Sans Bold 9", width, y);

  rule (cr, width, y + height, 1.0, 0.2);
  return height + 1.0;
}

static double
draw_line_row (CrmQuoteDocument *self,
               cairo_t          *cr,
               guint             index,
               double            width,
               double            y)
{
  Row *row = &g_array_index (self->rows, Row, index);
  const char *cells[5] = { row->description, row->quantity, row->unit_price, row->discount, row->total };
  double height = draw_row (self, cr, cells, BASE_FONT, width, y);

  rule (cr, width, y + height, 0.5, 0.8);
  return height;
}

/* The header of the first page: business, the quote's number and dates, the
 * customer. Returns where the table starts. */
static double
draw_first_header (CrmQuoteDocument *self,
                   cairo_t          *cr,
                   double            width)
{
  double half = (width - 2 * MARGIN - GAP) / 2;
  double right_x = MARGIN + half + GAP;
  double left_y = MARGIN, right_y = MARGIN;
  g_autofree char *facts = NULL;

  if (self->logo != NULL)
    {
      if (cr != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, MARGIN, left_y);
          cairo_scale (cr, self->logo_w / cairo_image_surface_get_width (self->logo),
                       self->logo_h / cairo_image_surface_get_height (self->logo));
          cairo_set_source_surface (cr, self->logo, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      left_y += self->logo_h + 8;
    }
  if (self->business_name != NULL)
    left_y += text_at (self, cr, self->business_name, "Sans Bold 13", MARGIN, left_y, half, PANGO_ALIGN_LEFT, FALSE);
  if (self->business_address != NULL)
    left_y += text_at (self, cr, self->business_address, BASE_FONT, MARGIN, left_y, half, PANGO_ALIGN_LEFT, FALSE);

  right_y += text_at (self, cr, _("Quote"), "Sans Bold 22", right_x, right_y, half, PANGO_ALIGN_RIGHT, FALSE);
  facts = g_strdup_printf ("%s\n%s %s\n%s %s", self->number,
                           _("Date:"), self->issued, _("Valid until:"), self->valid_until);
  right_y += text_at (self, cr, facts, BASE_FONT, right_x, right_y + 4, half, PANGO_ALIGN_RIGHT, FALSE) + 4;

  left_y = MAX (left_y, right_y) + GAP;
  if (self->customer_block != NULL)
    {
      left_y += text_at (self, cr, _("Quote for"), "Sans Bold 8", MARGIN, left_y, half, PANGO_ALIGN_LEFT, FALSE) + 2;
      left_y += text_at (self, cr, self->customer_block, BASE_FONT, MARGIN, left_y, half, PANGO_ALIGN_LEFT, TRUE);
      left_y += GAP;
    }

  return left_y;
}

/* Later pages repeat only who and which quote. */
static double
draw_next_header (CrmQuoteDocument *self,
                  cairo_t          *cr,
                  double            width)
{
  g_autofree char *continued = g_strdup_printf (_("Quote %s (continued)"), self->number);
  double half = (width - 2 * MARGIN - GAP) / 2;
  double height = 0;

  if (self->business_name != NULL)
    height = text_at (self, cr, self->business_name, "Sans Bold 10", MARGIN, MARGIN, half, PANGO_ALIGN_LEFT, FALSE);
  height = MAX (height, text_at (self, cr, continued, "Sans 10", MARGIN + half + GAP, MARGIN, half,
                                 PANGO_ALIGN_RIGHT, FALSE));

  return MARGIN + height + GAP;
}

/* Subtotal, tax, total, validity and notes, under the last line. */
static double
draw_totals (CrmQuoteDocument *self,
             cairo_t          *cr,
             double            width,
             double            y)
{
  const char *labels[3] = { _("Subtotal"), self->tax_label, self->total_label };
  const char *amounts[3] = { self->subtotal, self->tax, self->total };
  double amount_x = width - MARGIN - COL_TOTAL_W;
  double label_w = 160.0;
  double start = y;
  g_autofree char *validity = g_strdup_printf (_("This quote is valid until %s."), self->valid_until);

  y += 8;
  for (guint i = 0; i < 3; i++)
    {
      const char *font = i == 2 ? "Sans Bold 11" : BASE_FONT;
      double height;

      if (i == 2)
        {
          rule_from (cr, amount_x - label_w, width, y, 1.0, 0.2);
          y += 4;
        }
      height = text_at (self, cr, labels[i], font, amount_x - label_w, y, label_w, PANGO_ALIGN_RIGHT, FALSE);
      height = MAX (height, text_at (self, cr, amounts[i], font, amount_x + CELL_PAD, y,
                                     COL_TOTAL_W - 2 * CELL_PAD, PANGO_ALIGN_RIGHT, FALSE));
      y += height + 3;
    }

  y += GAP;
  y += text_at (self, cr, validity, BASE_FONT, MARGIN, y, width - 2 * MARGIN, PANGO_ALIGN_LEFT, FALSE);
  if (self->notes != NULL)
    y += 6 + text_at (self, cr, self->notes, BASE_FONT, MARGIN, y + 6, width - 2 * MARGIN, PANGO_ALIGN_LEFT, FALSE);

  return y - start;
}

/* Rows go on a page while they fit above the footer; the totals go after
 * the last row, on a page of their own if they do not fit under it. A row
 * taller than a whole page still gets a page, cut at its bottom. */
static void
paginate (CrmQuoteDocument *self,
          double            width,
          double            height)
{
  double bottom = height - MARGIN - FOOTER_H;
  double totals = draw_totals (self, NULL, width, 0);
  PageRange page = { 0, 0 };
  double y;

  if (self->pages->len > 0 && self->paged_width == width && self->paged_height == height)
    return;

  g_array_set_size (self->pages, 0);
  self->paged_width = width;
  self->paged_height = height;

  y = draw_first_header (self, NULL, width) + draw_table_header (self, NULL, width, 0);
  for (guint i = 0; i < self->rows->len; i++)
    {
      double row = draw_line_row (self, NULL, i, width, y);

      if (y + row > bottom && page.end > page.first)
        {
          g_array_append_val (self->pages, page);
          page = (PageRange) { i, i };
          y = draw_next_header (self, NULL, width) + draw_table_header (self, NULL, width, 0);
        }
      y += row;
      page.end = i + 1;
    }

  g_array_append_val (self->pages, page);
  if (y + totals > bottom && self->rows->len > 0)
    {
      /* The totals alone on a last page. */
      page = (PageRange) { self->rows->len, self->rows->len };
      g_array_append_val (self->pages, page);
    }
}

/**
 * crm_quote_document_get_n_pages:
 * @width: the page's width in points
 * @height: the page's height in points
 *
 * Returns: how many pages the quote takes on paper of that size; for
 *   gtk_print_operation_set_n_pages() in #GtkPrintOperation::begin-print
 *   (with the operation's unit set to points).
 */
int
crm_quote_document_get_n_pages (CrmQuoteDocument *self,
                                double            width,
                                double            height)
{
  g_return_val_if_fail (CRM_IS_QUOTE_DOCUMENT (self), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  paginate (self, width, height);
  return (int) self->pages->len;
}

static void
draw_footer (CrmQuoteDocument *self,
             cairo_t          *cr,
             double            width,
             double            height,
             int               page)
{
  /* TRANSLATORS: the foot of a printed quote: "Quote Q-2026-0042 · Page 1 of 2" */
  g_autofree char *text = g_strdup_printf (_("%s · Page %d of %u"), self->title, page + 1, self->pages->len);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  text_at (self, cr, text, "Sans 8", MARGIN, height - MARGIN - FOOTER_H / 2,
           width - 2 * MARGIN, PANGO_ALIGN_CENTER, FALSE);
  cairo_restore (cr);
}

/**
 * crm_quote_document_draw_page:
 * @cr: where to draw, one unit a point, the page's top left at 0, 0
 * @width: the page's width in points
 * @height: the page's height in points
 * @page: from 0 to crm_quote_document_get_n_pages() - 1
 *
 * Draws one page: for #GtkPrintOperation::draw-page (with
 * gtk_print_context_get_cairo_context() and its width and height in points)
 * and for crm_quote_document_write_pdf().
 */
void
crm_quote_document_draw_page (CrmQuoteDocument *self,
                              cairo_t          *cr,
                              double            width,
                              double            height,
                              int               page)
{
  PageRange range;
  double y;

  g_return_if_fail (CRM_IS_QUOTE_DOCUMENT (self));
  g_return_if_fail (cr != NULL);

  paginate (self, width, height);
  g_return_if_fail (page >= 0 && (guint) page < self->pages->len);

  range = g_array_index (self->pages, PageRange, page);
  pango_cairo_update_context (cr, self->pango);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  y = page == 0 ? draw_first_header (self, cr, width) : draw_next_header (self, cr, width);
  if (range.end > range.first || (page == 0 && self->rows->len == 0))
    y += draw_table_header (self, cr, width, y);
  for (guint i = range.first; i < range.end; i++)
    y += draw_line_row (self, cr, i, width, y);
  if ((guint) page == self->pages->len - 1)
    draw_totals (self, cr, width, y);

  draw_footer (self, cr, width, height, page);
  cairo_restore (cr);
}
