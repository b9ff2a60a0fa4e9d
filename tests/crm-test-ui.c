/* crm-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "crm-demo.h"
#include "crm-test-ui.h"

/* How long a window gets to draw its first frame. */
#define FRAME_WAIT_SECONDS 10

/* A temporary database with the demo data the UI tests look at: the same
 * customers on every run (fixed seed and "now"). */
CrmTestDb *
crm_test_ui_db_new (void)
{
  CrmTestDb *db = crm_test_db_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (crm_demo_generate (db->store, 300, 7, 1790000000, NULL, NULL, &error));
  g_assert_no_error (error);

  return db;
}

/* Hidden first: GTK 4.8 fires a tooltip timer set up under the pointer on the
 * surface of a window destroyed meanwhile (gdk_surface_get_device_position:
 * assertion 'GDK_IS_SURFACE (surface)' failed); hiding cancels it. */
void
crm_test_close_window (GtkWindow *window)
{
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  crm_test_run_for (50);
  gtk_window_destroy (window);
  crm_test_run_for (50);
}

/* Saves what a window shows into the build folder, for people to look at
 * (not compared). */
void
crm_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat ("screenshot-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width = 0;
  int height = 0;

  /* The paintable is empty until the window has drawn a frame. */
  for (guint attempt = 0; node == NULL && attempt < FRAME_WAIT_SECONDS * 10; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      crm_test_run_for (100);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s (%d×%d)", path, width, height);
}

gboolean
crm_test_ui_init (void)
{
  g_autoptr(GtkCssProvider) style = NULL;

  if (!gtk_init_check ())
    {
      if (g_getenv ("CI") != NULL && *g_getenv ("CI") != '\0')
        g_error ("No display for the UI tests.");
      g_test_skip ("No display: the UI tests need one (build-aux/run-tests runs them under Xvfb).");
      return FALSE;
    }
  adw_init ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/Crm/icons");
  style = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (style, "/org/example/Crm/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return TRUE;
}
