/* crm-bench-driver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "crm-bench-driver.h"
#include "crm-process-memory.h"

/* crm --bench, run by crm-tool bench: reports when the window has drawn its
 * first frame, then scrolls the customer list from top to bottom, a frame
 * per step, and reports the memory that took; last, switches to the
 * Pipeline and reports how long its board took to its first frame (it loads
 * when first shown). The figures go to stdout as "name value unit" lines,
 * like crm-tool bench's own. */

#define SCROLL_STEPS 1000

/* A measurement that has not finished by then never will. */
#define GIVE_UP_SECONDS 300

typedef struct
{
  GtkWindow     *window;
  GtkAdjustment *adjustment;
  guint          step;
} Scroll;

/* The list's scrolled window: the first one on screen in @widget whose child
 * is a list view (drop-downs hide list views in their popovers). */
static GtkScrolledWindow *
find_list_scroller (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_SCROLLED_WINDOW (widget) &&
      GTK_IS_LIST_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget))))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_list_scroller (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWindow *window;
  gint64     start;
} Board;

static gboolean surface_rendering (GSignalInvocationHint *hint,
                                   guint                  n_values,
                                   const GValue          *values,
                                   gpointer               user_data);

static void
board_frame (GdkFrameClock *clock,
             Board         *board)
{
  if (!g_object_get_data (G_OBJECT (board->window), "crm-bench-rendered"))
    return;

  g_signal_handlers_disconnect_by_func (clock, board_frame, board);
  g_print ("pipeline_first_render %.3f ms\n", (g_get_monotonic_time () - board->start) / 1000.0);
  fflush (stdout);
  gtk_window_destroy (board->window);
  g_free (board);
}

static void
measure_board (GtkWindow *window)
{
  Board *board = g_new0 (Board, 1);

  board->window = window;
  /* The next render is the board's: the switch builds it in this frame. */
  g_object_set_data (G_OBJECT (window), "crm-bench-rendered", GINT_TO_POINTER (FALSE));
  /* The first frame's hook removed itself; this one does the same. */
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              surface_rendering, window, NULL);
  board->start = g_get_monotonic_time ();
  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pipeline"))
    {
      g_free (board);
      gtk_window_destroy (window);
      return;
    }

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (board_frame), board);
}

static gboolean
scroll_step (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Scroll *scroll = user_data;
  double bottom = gtk_adjustment_get_upper (scroll->adjustment) - gtk_adjustment_get_page_size (scroll->adjustment);

  if (scroll->step <= SCROLL_STEPS)
    {
      gtk_adjustment_set_value (scroll->adjustment, bottom * scroll->step / SCROLL_STEPS);
      scroll->step++;
      return G_SOURCE_CONTINUE;
    }

  g_print ("scrolled_rss %.3f MB\n", crm_process_memory_megabytes ("VmRSS:"));
  g_print ("scrolled_peak_rss %.3f MB\n", crm_process_memory_megabytes ("VmHWM:"));
  fflush (stdout);
  measure_board (scroll->window);

  return G_SOURCE_REMOVE;
}

static void
first_frame (GdkFrameClock *clock,
             GtkWindow     *window)
{
  GtkScrolledWindow *scroller;
  Scroll *scroll;

  /* Frames before the surface is mapped paint nothing. */
  if (!g_object_get_data (G_OBJECT (window), "crm-bench-rendered"))
    return;

  scroller = find_list_scroller (GTK_WIDGET (window));
  g_signal_handlers_disconnect_by_func (clock, first_frame, window);
  g_print ("first_frame_at %" G_GINT64_FORMAT " us\n", g_get_monotonic_time ());
  fflush (stdout);

  if (scroller == NULL)
    {
      g_printerr ("crm: the bench found no customer list to scroll\n");
      gtk_window_destroy (window);
      return;
    }

  scroll = g_new0 (Scroll, 1);
  scroll->window = window;
  scroll->adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_widget_add_tick_callback (GTK_WIDGET (scroller), scroll_step, scroll, g_free);
}

static gboolean
give_up (gpointer data)
{
  g_printerr ("crm: the bench did not finish in %d s\n", GIVE_UP_SECONDS);
  exit (EXIT_FAILURE);
}

/* GTK's own render handler stops the emission, so a hook sees it first. */
static gboolean
surface_rendering (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               user_data)
{
  GtkWindow *window = user_data;

  if (g_value_get_object (&values[0]) != gtk_native_get_surface (GTK_NATIVE (window)))
    return TRUE;

  g_object_set_data (G_OBJECT (window), "crm-bench-rendered", GINT_TO_POINTER (TRUE));
  return FALSE;
}

static void
window_realized (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  /* The first frame is the first after-paint that followed a render. */
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              surface_rendering, window, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame), window);
}

/**
 * crm_bench_driver_attach:
 * @window: a window about to be shown
 *
 * Measures @window as described above; destroys it when done.
 */
void
crm_bench_driver_attach (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));

  g_signal_connect (window, "realize", G_CALLBACK (window_realized), NULL);
  g_timeout_add_seconds (GIVE_UP_SECONDS, give_up, NULL);
}
