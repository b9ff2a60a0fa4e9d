/* crm-drawn-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include "crm-drawn-text.h"

/* Long lists build a couple of hundred rows before their first frame; rows
 * that draw their lines themselves, instead of holding a label for each,
 * cost a fraction of the time and memory. These are the pieces such rows
 * share: a line in the look of an Adwaita style class, its height, and
 * drawing it ellipsized from the start edge in either text direction. */

#define CAPTION_SCALE 0.82  /* Adwaita's .caption */

static void
set_style (PangoLayout       *layout,
           CrmDrawnTextStyle  style)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  if (style == CRM_DRAWN_TEXT_HEADING)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  else if (style == CRM_DRAWN_TEXT_CAPTION)
    pango_attr_list_insert (attributes, pango_attr_scale_new (CAPTION_SCALE));
  else if (style == CRM_DRAWN_TEXT_NUMERIC)
    pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

/**
 * crm_drawn_text_layout_new:
 *
 * Returns: (transfer full): a layout of @text in @widget's font and @style,
 *   ellipsized at its end
 */
PangoLayout *
crm_drawn_text_layout_new (GtkWidget         *widget,
                           const char        *text,
                           CrmDrawnTextStyle  style)
{
  PangoLayout *layout;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (style < CRM_DRAWN_TEXT_N_STYLES, NULL);

  layout = gtk_widget_create_pango_layout (widget, text);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_style (layout, style);

  return layout;
}

/**
 * crm_drawn_text_line_height:
 *
 * The height of a line in @style: the same in every row, so found once per
 * font, from an empty line. Measuring each row by its own texts shaped the
 * texts of every row a list builds, though it only draws the dozen on screen.
 */
int
crm_drawn_text_line_height (GtkWidget         *widget,
                            CrmDrawnTextStyle  style)
{
  static PangoFontDescription *measured_font;
  static double measured_resolution;
  static int heights[CRM_DRAWN_TEXT_N_STYLES];
  PangoContext *context;
  const PangoFontDescription *font;
  double resolution;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (style < CRM_DRAWN_TEXT_N_STYLES, 0);

  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  resolution = pango_cairo_context_get_resolution (context);

  if (measured_font == NULL || resolution != measured_resolution ||
      !pango_font_description_equal (font, measured_font))
    {
      g_clear_pointer (&measured_font, pango_font_description_free);
      measured_font = pango_font_description_copy (font);
      measured_resolution = resolution;

      for (guint i = 0; i < CRM_DRAWN_TEXT_N_STYLES; i++)
        {
          g_autoptr(PangoLayout) layout = pango_layout_new (context);

          set_style (layout, i);
          pango_layout_get_pixel_size (layout, NULL, &heights[i]);
        }
    }

  return heights[style];
}

/* The width @layout takes unconstrained. */
int
crm_drawn_text_width (PangoLayout *layout)
{
  int width;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

/* The x of a box of @width at @x from the start edge, in either direction. */
int
crm_drawn_text_from_start (GtkWidget *widget,
                           int        x,
                           int        width)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), x);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    return gtk_widget_get_width (widget) - x - width;

  return x;
}

/**
 * crm_drawn_text_draw:
 * @opacity: 1, or less for dimmed text
 *
 * Draws @layout ellipsized to @width at (@x, @y) from the start edge.
 */
void
crm_drawn_text_draw (GtkWidget     *widget,
                     GtkSnapshot   *snapshot,
                     PangoLayout   *layout,
                     int            x,
                     int            y,
                     int            width,
                     double         opacity,
                     const GdkRGBA *color)
{
  int text_width;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  if (width <= 0)
    return;

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &text_width, NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (crm_drawn_text_from_start (widget, x, text_width), y));
  if (opacity < 1)
    gtk_snapshot_push_opacity (snapshot, opacity);
  /* Positioned by its ink width, so it must not align inside its box too. */
  pango_layout_set_width (layout, -1);
  if (text_width >= width)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  gtk_snapshot_append_layout (snapshot, layout, color);
  if (opacity < 1)
    gtk_snapshot_pop (snapshot);
  gtk_snapshot_restore (snapshot);
}

/**
 * crm_drawn_text_get_color:
 * @name: (nullable): a named colour of the style, such as "error_color";
 *   %NULL for the text colour
 *
 * The colour to draw in, following the light or dark style; the text colour
 * when the style has no colour of that name.
 */
void
crm_drawn_text_get_color (GtkWidget  *widget,
                          const char *name,
                          GdkRGBA    *color)
{
  GtkStyleContext *style;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (color != NULL);

  style = gtk_widget_get_style_context (widget);
  if (name == NULL || !gtk_style_context_lookup_color (style, name, color))
    gtk_style_context_get_color (style, color);
}
