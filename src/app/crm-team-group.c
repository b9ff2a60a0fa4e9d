/* crm-team-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-format.h"
#include "crm-staff.h"
#include "crm-staff-dialog.h"
#include "crm-staff-list.h"
#include "crm-team-group.h"

/* One row per person, the active first; a row opens the person in a dialog,
 * which saves through the store, whose "changed" rebuilds the rows here as
 * it refreshes the board's owners and forecast. */

struct _CrmTeamGroup
{
  AdwPreferencesGroup  parent_instance;

  CrmStore            *store;
  GSettings           *settings;
  GPtrArray           *rows;        /* the rows added, to remove them again */
  char                *currency;    /* a new person's quota currency: the team's most common */

  GtkWidget           *add_button;
};

G_DEFINE_FINAL_TYPE (CrmTeamGroup, crm_team_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWindow *
parent_window (CrmTeamGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_clicked_cb (CrmTeamGroup *self)
{
  if (self->store != NULL)
    crm_staff_dialog_new (parent_window (self), self->store, NULL, self->currency);
}

static void
row_activated_cb (AdwActionRow *row,
                  CrmTeamGroup *self)
{
  CrmStaff *staff = g_object_get_data (G_OBJECT (row), "crm-staff");

  if (self->store != NULL)
    crm_staff_dialog_new (parent_window (self), self->store, staff, self->currency);
}

static int
compare_staff (gconstpointer a,
               gconstpointer b)
{
  CrmStaff *x = *(CrmStaff **)a;
  CrmStaff *y = *(CrmStaff **)b;

  if (crm_staff_get_active (x) != crm_staff_get_active (y))
    return crm_staff_get_active (x) ? -1 : 1;

  return g_utf8_collate (crm_staff_get_name (x) != NULL ? crm_staff_get_name (x) : "",
                         crm_staff_get_name (y) != NULL ? crm_staff_get_name (y) : "");
}

/* "Account Manager · DACH · 120000.00 EUR a year" */
static char *
staff_subtitle (CrmStaff *staff)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *role = crm_staff_get_role (staff);
  const char *region = crm_staff_get_region (staff);

  if (role != NULL && *role != '\0')
    g_ptr_array_add (parts, g_strdup (role));
  if (region != NULL && *region != '\0')
    g_ptr_array_add (parts, g_strdup (region));
  if (crm_staff_get_quota (staff) > 0)
    {
      g_autofree char *quota = crm_page_format_money (crm_staff_get_quota (staff), crm_staff_get_currency (staff));

      /* Translators: a yearly sales quota, e.g. "120000.00 EUR a year" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s a year"), quota));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_("No quota")));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of a person's description. */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

static GtkWidget *
tag_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");

  return label;
}

static GtkWidget *
staff_row (CrmTeamGroup *self,
           CrmStaff     *staff,
           const char   *current)
{
  g_autofree char *subtitle = staff_subtitle (staff);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow;

  /* Names are text, not markup: "Smith & Sons" must show as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), crm_staff_get_name (staff));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (g_strcmp0 (crm_record_get_id (CRM_RECORD (staff)), current) == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag_label (_("You")));
  if (!crm_staff_get_active (staff))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag_label (_("Inactive")));

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_object_set_data_full (G_OBJECT (row), "crm-staff", g_object_ref (staff), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

  return row;
}

/* The currency most of the team's quotas are in, else EUR. */
static char *
common_currency (GPtrArray *staff)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = "EUR";
  guint best_count = 0;

  for (guint i = 0; i < staff->len; i++)
    {
      const char *currency = crm_staff_get_currency (g_ptr_array_index (staff, i));
      guint count;

      if (currency == NULL || *currency == '\0')
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, currency)) + 1;
      g_hash_table_insert (counts, (gpointer)currency, GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = currency;
          best_count = count;
        }
    }

  return g_strdup (best);
}

static void
rebuild (CrmTeamGroup *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *current = g_settings_get_string (self->settings, "current-staff-id");

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store == NULL)
    return;

  staff = crm_staff_list_load (self->store);
  g_ptr_array_sort (staff, compare_staff);
  g_free (self->currency);
  self->currency = common_currency (staff);

  for (guint i = 0; i < staff->len; i++)
    {
      GtkWidget *row = staff_row (self, g_ptr_array_index (staff, i), current);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  if (staff->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add the people who own deals and log activities"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
store_changed_cb (CrmTeamGroup  *self,
                  GType          type,
                  const char    *id,
                  CrmChangeKind  kind)
{
  if (type == CRM_TYPE_STAFF)
    rebuild (self);
}

void
crm_team_group_set_store (CrmTeamGroup *self,
                          CrmStore     *store)
{
  g_return_if_fail (CRM_IS_TEAM_GROUP (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (self->add_button, store != NULL);
  rebuild (self);
}

static void
crm_team_group_dispose (GObject *object)
{
  CrmTeamGroup *self = CRM_TEAM_GROUP (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_TEAM_GROUP);

  G_OBJECT_CLASS (crm_team_group_parent_class)->dispose (object);
}

static void
crm_team_group_finalize (GObject *object)
{
  CrmTeamGroup *self = CRM_TEAM_GROUP (object);

  g_clear_object (&self->settings);
  g_ptr_array_unref (self->rows);
  g_free (self->currency);

  G_OBJECT_CLASS (crm_team_group_parent_class)->finalize (object);
}

static void
crm_team_group_class_init (CrmTeamGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_team_group_dispose;
  object_class->finalize = crm_team_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-team-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmTeamGroup, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
crm_team_group_init (CrmTeamGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->currency = g_strdup ("EUR");
  self->settings = g_settings_new (APPLICATION_ID);
  /* "You" follows the chooser on the General page. */
  g_signal_connect_object (self->settings, "changed::current-staff-id", G_CALLBACK (rebuild),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (self->add_button, FALSE);
}
