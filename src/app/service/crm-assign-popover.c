/* crm-assign-popover.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-assign-popover.h"
#include "crm-staff-list.h"
#include "crm-staff.h"
#include "crm-ticket-actions.h"

/* A team is a few dozen people: a list box, filled when the popover opens,
 * filtered as the user types. Built in code: a search entry over a list. */

#define MAX_LIST_HEIGHT 320

struct _CrmAssignPopover
{
  GtkPopover  parent_instance;

  CrmStore   *store;
  char       *ticket_id;
  GtkWidget  *search_entry;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (CrmAssignPopover, crm_assign_popover, GTK_TYPE_POPOVER)

CrmAssignPopover *
crm_assign_popover_new (void)
{
  return g_object_new (CRM_TYPE_ASSIGN_POPOVER, NULL);
}

void
crm_assign_popover_set_store (CrmAssignPopover *self,
                              CrmStore         *store)
{
  g_return_if_fail (CRM_IS_ASSIGN_POPOVER (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
crm_assign_popover_set_ticket_id (CrmAssignPopover *self,
                                  const char       *ticket_id)
{
  g_return_if_fail (CRM_IS_ASSIGN_POPOVER (self));

  g_free (self->ticket_id);
  self->ticket_id = g_strdup (ticket_id);
}

GtkEditable *
crm_assign_popover_get_search (CrmAssignPopover *self)
{
  g_return_val_if_fail (CRM_IS_ASSIGN_POPOVER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/* Rows carry the technician's id ("" to unassign) and folded name. */
static GtkWidget *
new_row (const char *id,
         const char *name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "technician-id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), "folded-name", g_utf8_casefold (name, -1), g_free);

  return row;
}

static void
fill (CrmAssignPopover *self)
{
  g_autoptr(GPtrArray) staff = crm_staff_list_load (self->store);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  gtk_list_box_append (self->list, new_row ("", _("Unassigned")));
  for (guint i = 0; i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);

      gtk_list_box_append (self->list, new_row (crm_record_get_id (CRM_RECORD (member)),
                                                crm_staff_get_name (member)));
    }
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  CrmAssignPopover *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = NULL;

  if (*text == '\0')
    return TRUE;

  folded = g_utf8_casefold (text, -1);
  return strstr (g_object_get_data (G_OBJECT (row), "folded-name"), folded) != NULL;
}

static GtkListBoxRow *
first_shown (CrmAssignPopover *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      return GTK_LIST_BOX_ROW (row);

  return NULL;
}

static void
on_search_changed (CrmAssignPopover *self)
{
  GtkListBoxRow *first;

  gtk_list_box_invalidate_filter (self->list);
  /* Enter takes the first match, and the list shows which one that is. */
  if ((first = first_shown (self)) != NULL)
    gtk_list_box_select_row (self->list, first);
}

static void
assign (CrmAssignPopover *self,
        GtkListBoxRow    *row)
{
  const char *technician_id = g_object_get_data (G_OBJECT (row), "technician-id");
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  gtk_popover_popdown (GTK_POPOVER (self));
  if (self->store == NULL || self->ticket_id == NULL)
    return;

  crm_ticket_actions_assign (parent != NULL ? parent : GTK_WIDGET (self), self->store, self->ticket_id,
                             technician_id != NULL && *technician_id != '\0' ? technician_id : NULL);
}

static void
on_search_activate (CrmAssignPopover *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || !filter_row (row, self))
    row = first_shown (self);
  if (row != NULL)
    assign (self, row);
}

static void
on_row_activated (CrmAssignPopover *self,
                  GtkListBoxRow    *row)
{
  assign (self, row);
}

/* Down from the search moves into the list; typing stays in the search. */
static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               CrmAssignPopover      *self)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    row = first_shown (self);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));

  return row != NULL;
}

static void
crm_assign_popover_show (GtkWidget *widget)
{
  CrmAssignPopover *self = CRM_ASSIGN_POPOVER (widget);

  fill (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);
  GTK_WIDGET_CLASS (crm_assign_popover_parent_class)->show (widget);
  gtk_widget_grab_focus (self->search_entry);
}

static void
crm_assign_popover_dispose (GObject *object)
{
  CrmAssignPopover *self = CRM_ASSIGN_POPOVER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (crm_assign_popover_parent_class)->dispose (object);
}

static void
crm_assign_popover_finalize (GObject *object)
{
  CrmAssignPopover *self = CRM_ASSIGN_POPOVER (object);

  g_free (self->ticket_id);

  G_OBJECT_CLASS (crm_assign_popover_parent_class)->finalize (object);
}

static void
crm_assign_popover_class_init (CrmAssignPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_assign_popover_dispose;
  object_class->finalize = crm_assign_popover_finalize;
  widget_class->show = crm_assign_popover_show;
}

static void
crm_assign_popover_init (CrmAssignPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Assign to…"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Assign to"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key), self);
  gtk_widget_add_controller (self->search_entry, keys);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Technicians"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), MAX_LIST_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (box), self->search_entry);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_widget_set_size_request (box, 240, -1);
  gtk_popover_set_child (GTK_POPOVER (self), box);
}
