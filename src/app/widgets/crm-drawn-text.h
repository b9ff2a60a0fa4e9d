/* crm-drawn-text.h: single lines of text drawn by list rows themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The Adwaita style classes a drawn line stands in for, relative to the
 * widget's font: Adwaita's 11 pt .heading and 9 pt .caption, at GNOME's
 * 11 pt default, are its size in bold and 82 % of it. */
typedef enum
{
  CRM_DRAWN_TEXT_BODY,
  CRM_DRAWN_TEXT_HEADING,   /* .heading */
  CRM_DRAWN_TEXT_CAPTION,   /* .caption */
  CRM_DRAWN_TEXT_NUMERIC,   /* .numeric */
  CRM_DRAWN_TEXT_N_STYLES
} CrmDrawnTextStyle;

#define CRM_DRAWN_TEXT_DIM_OPACITY 0.55  /* Adwaita's .dim-label */

PangoLayout *crm_drawn_text_layout_new  (GtkWidget         *widget,
                                         const char        *text,
                                         CrmDrawnTextStyle  style);
int          crm_drawn_text_line_height (GtkWidget         *widget,
                                         CrmDrawnTextStyle  style);
int          crm_drawn_text_width       (PangoLayout       *layout);
int          crm_drawn_text_from_start  (GtkWidget         *widget,
                                         int                x,
                                         int                width);
void         crm_drawn_text_draw        (GtkWidget         *widget,
                                         GtkSnapshot       *snapshot,
                                         PangoLayout       *layout,
                                         int                x,
                                         int                y,
                                         int                width,
                                         double             opacity,
                                         const GdkRGBA     *color);
void         crm_drawn_text_get_color   (GtkWidget         *widget,
                                         const char        *name,
                                         GdkRGBA           *color);

G_END_DECLS
