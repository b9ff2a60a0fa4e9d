/* crm-page-details.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-page-details.h"
#include "crm-page-format.h"
#include "crm-staff.h"
#include "crm-window.h"

typedef struct
{
  CrmPageDetails *details;
  const char     *property;
  AdwEntryRow    *row;
  /* What the store held when the row was last filled, "" for nothing: text
   * that differs from it was typed and not saved yet. */
  char           *shown;
} Field;

enum {
  FIELD_NAME,
  FIELD_COMPANY,
  FIELD_EMAIL,
  FIELD_PHONE,
  FIELD_WEBSITE,
  FIELD_SEGMENT,
  FIELD_ADDRESS,
  FIELD_POSTAL_CODE,
  FIELD_CITY,
  FIELD_REGION,
  FIELD_COUNTRY,
  FIELD_NOTES,
  N_FIELDS
};

static const char * const field_properties[N_FIELDS] = {
  [FIELD_NAME]        = "name",
  [FIELD_COMPANY]     = "company",
  [FIELD_EMAIL]       = "email",
  [FIELD_PHONE]       = "phone",
  [FIELD_WEBSITE]     = "website",
  [FIELD_SEGMENT]     = "segment",
  [FIELD_ADDRESS]     = "address",
  [FIELD_POSTAL_CODE] = "postal-code",
  [FIELD_CITY]        = "city",
  [FIELD_REGION]      = "region",
  [FIELD_COUNTRY]     = "country",
  [FIELD_NOTES]       = "notes",
};

struct _CrmPageDetails
{
  AdwPreferencesGroup  parent_instance;

  CrmStore            *store;
  char                *customer_id;
  GPtrArray           *staff;       /* what the owner list was built from */
  GPtrArray           *owner_ids;   /* staff ids in owner_row, after "Nobody" */
  gboolean             updating;
  Field                fields[N_FIELDS];

  AdwComboRow         *kind_row;
  AdwComboRow         *owner_row;
  AdwComboRow         *importance_row;
  AdwExpanderRow      *address_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *company_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *website_row;
  AdwEntryRow         *segment_row;
  AdwEntryRow         *street_row;
  AdwEntryRow         *postal_code_row;
  AdwEntryRow         *city_row;
  AdwEntryRow         *region_row;
  AdwEntryRow         *country_row;
  AdwEntryRow         *notes_row;
};

G_DEFINE_FINAL_TYPE (CrmPageDetails, crm_page_details, ADW_TYPE_PREFERENCES_GROUP)

/* Text from the store is not an edit: turning the apply button off and on
 * again tells the row so, and it stops offering to apply it. */
static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  adw_entry_row_set_show_apply_button (row, FALSE);
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
show_error (CrmPageDetails *self,
            const GError   *error)
{
  crm_widget_add_toast (GTK_WIDGET (self), crm_page_new_toast (error->message));
}

/* Saves one property into the customer as the store has it now, so that
 * changes made elsewhere to other fields are kept. */
static gboolean
save_value (CrmPageDetails *self,
            const char     *property,
            const GValue   *value)
{
  g_autoptr(CrmCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->customer_id == NULL)
    return FALSE;

  customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, self->customer_id, &error);
  if (customer != NULL)
    {
      g_object_set_property (G_OBJECT (customer), property, value);
      if (crm_store_save (self->store, CRM_RECORD (customer), &error))
        return TRUE;
    }

  show_error (self, error);
  return FALSE;
}

static gboolean
save_field (Field *field)
{
  CrmPageDetails *self = field->details;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field->row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || self->customer_id == NULL || g_str_equal (stripped, field->shown))
    return TRUE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, *stripped != '\0' ? stripped : NULL);

  /* On failure the typed text stays for the user to correct. */
  if (!save_value (self, field->property, &value))
    return FALSE;

  g_free (field->shown);
  field->shown = g_strdup (stripped);
  set_row_text (field->row, stripped);

  return TRUE;
}

static void
field_apply_cb (AdwEntryRow *row,
                Field       *field)
{
  save_field (field);
}

static void
field_leave_cb (GtkEventControllerFocus *controller,
                Field                   *field)
{
  save_field (field);
}

/**
 * crm_page_details_save:
 *
 * Saves what was typed and not saved yet.
 *
 * Returns: %FALSE if something could not be saved (the user was told why)
 */
gboolean
crm_page_details_save (CrmPageDetails *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (CRM_IS_PAGE_DETAILS (self), FALSE);

  for (guint i = 0; i < N_FIELDS; i++)
    ok &= save_field (&self->fields[i]);

  return ok;
}

static void
kind_selected_cb (CrmPageDetails *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, CRM_TYPE_CUSTOMER_KIND);
  g_value_set_enum (&value, selected == 1 ? CRM_CUSTOMER_KIND_PERSON : CRM_CUSTOMER_KIND_COMPANY);
  save_value (self, "kind", &value);
}

static void
owner_selected_cb (CrmPageDetails *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (self->owner_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || self->owner_ids == NULL)
    return;

  g_value_init (&value, G_TYPE_STRING);
  if (selected > 0 && selected <= self->owner_ids->len)
    g_value_set_string (&value, g_ptr_array_index (self->owner_ids, selected - 1));
  save_value (self, "owner-id", &value);
}

/* 0 normal, 1 important, 2 key account: the rows' order. */
static void
importance_selected_cb (CrmPageDetails *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (self->importance_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, (int) selected);
  save_value (self, "importance", &value);
}

static guint
owner_position (CrmPageDetails *self,
                const char     *owner_id)
{
  guint index;

  if (owner_id == NULL)
    return 0;
  if (self->owner_ids != NULL &&
      g_ptr_array_find_with_equal_func (self->owner_ids, owner_id, g_str_equal, &index))
    return index + 1;

  return GTK_INVALID_LIST_POSITION;
}

/* Active staff can be chosen; someone who left stays listed while they own
 * the customer. */
static void
fill_owners (CrmPageDetails *self,
             GPtrArray      *staff,
             const char     *owner_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, _("Nobody"));

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      CrmStaff *member = g_ptr_array_index (staff, i);
      const char *id = crm_record_get_id (CRM_RECORD (member));

      if (!crm_staff_get_active (member) && g_strcmp0 (id, owner_id) != 0)
        continue;

      g_ptr_array_add (self->owner_ids, g_strdup (id));
      gtk_string_list_append (names, crm_staff_get_name (member));
    }

  if (self->staff != staff)
    {
      g_clear_pointer (&self->staff, g_ptr_array_unref);
      self->staff = staff != NULL ? g_ptr_array_ref (staff) : NULL;
    }
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (names));
}

/**
 * crm_page_details_set_customer:
 * @customer: (nullable): the customer as the store has it now
 * @staff: (nullable) (element-type CrmStaff): everyone who can own it
 *
 * Shows @customer's fields; a field the user is editing keeps its text.
 */
void
crm_page_details_set_customer (CrmPageDetails *self,
                               CrmCustomer    *customer,
                               GPtrArray      *staff)
{
  const char *id = customer != NULL ? crm_record_get_id (CRM_RECORD (customer)) : NULL;
  gboolean other = g_strcmp0 (id, self->customer_id) != 0;
  const char *owner_id;
  g_autofree char *place = NULL;
  g_autofree char *address = NULL;

  g_return_if_fail (CRM_IS_PAGE_DETAILS (self));

  g_free (self->customer_id);
  self->customer_id = g_strdup (id);
  if (customer == NULL)
    return;

  self->updating = TRUE;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      g_autofree char *value = NULL;

      g_object_get (customer, field->property, &value, NULL);
      if (value == NULL)
        value = g_strdup ("");

      if (other || g_str_equal (gtk_editable_get_text (GTK_EDITABLE (field->row)), field->shown))
        set_row_text (field->row, value);
      g_free (field->shown);
      field->shown = g_steal_pointer (&value);
    }

  adw_combo_row_set_selected (self->kind_row, crm_customer_get_kind (customer) == CRM_CUSTOMER_KIND_PERSON);
  adw_combo_row_set_selected (self->importance_row, CLAMP (crm_customer_get_importance (customer), 0, 2));

  owner_id = crm_customer_get_owner_id (customer);
  if (staff != self->staff || owner_position (self, owner_id) == GTK_INVALID_LIST_POSITION)
    fill_owners (self, staff, owner_id);
  adw_combo_row_set_selected (self->owner_row, owner_position (self, owner_id));

  place = crm_page_join (" ", (const char * const[]) { crm_customer_get_postal_code (customer),
                                                       crm_customer_get_city (customer) }, 2);
  address = crm_page_join (", ", (const char * const[]) { crm_customer_get_address (customer), place,
                                                          crm_customer_get_country (customer) }, 3);
  adw_expander_row_set_subtitle (self->address_row, address);

  self->updating = FALSE;
}

void
crm_page_details_set_store (CrmPageDetails *self,
                            CrmStore       *store)
{
  g_return_if_fail (CRM_IS_PAGE_DETAILS (self));

  g_set_object (&self->store, store);
}

static void
crm_page_details_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CRM_TYPE_PAGE_DETAILS);

  G_OBJECT_CLASS (crm_page_details_parent_class)->dispose (object);
}

static void
crm_page_details_finalize (GObject *object)
{
  CrmPageDetails *self = CRM_PAGE_DETAILS (object);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->fields[i].shown);
  g_clear_object (&self->store);
  g_clear_pointer (&self->customer_id, g_free);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (crm_page_details_parent_class)->finalize (object);
}

static void
crm_page_details_class_init (CrmPageDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_page_details_dispose;
  object_class->finalize = crm_page_details_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-page-details.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, address_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, company_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, website_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, segment_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, importance_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, street_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, city_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, region_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, country_row);
  gtk_widget_class_bind_template_child (widget_class, CrmPageDetails, notes_row);
  gtk_widget_class_bind_template_callback_full (widget_class, "kind_selected_cb", G_CALLBACK (kind_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "owner_selected_cb", G_CALLBACK (owner_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "importance_selected_cb",
                                                G_CALLBACK (importance_selected_cb));
}

static void
crm_page_details_init (CrmPageDetails *self)
{
  AdwEntryRow *rows[N_FIELDS];

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;

  rows[FIELD_NAME] = self->name_row;
  rows[FIELD_COMPANY] = self->company_row;
  rows[FIELD_EMAIL] = self->email_row;
  rows[FIELD_PHONE] = self->phone_row;
  rows[FIELD_WEBSITE] = self->website_row;
  rows[FIELD_SEGMENT] = self->segment_row;
  rows[FIELD_ADDRESS] = self->street_row;
  rows[FIELD_POSTAL_CODE] = self->postal_code_row;
  rows[FIELD_CITY] = self->city_row;
  rows[FIELD_REGION] = self->region_row;
  rows[FIELD_COUNTRY] = self->country_row;
  rows[FIELD_NOTES] = self->notes_row;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      GtkEventController *focus = gtk_event_controller_focus_new ();

      field->details = self;
      field->property = field_properties[i];
      field->row = rows[i];
      field->shown = g_strdup ("");

      adw_entry_row_set_show_apply_button (field->row, TRUE);
      g_signal_connect (field->row, "apply", G_CALLBACK (field_apply_cb), field);
      g_signal_connect (focus, "leave", G_CALLBACK (field_leave_cb), field);
      gtk_widget_add_controller (GTK_WIDGET (field->row), focus);
    }
}
