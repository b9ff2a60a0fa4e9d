/* crm-customer-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-activity-dialog.h"
#include "crm-conflict-dialog.h"
#include "crm-contact-dialog.h"
#include "crm-customer-page.h"
#include "crm-models.h"
#include "crm-page-details.h"
#include "crm-page-edits.h"
#include "crm-page-format.h"
#include "crm-page-header.h"
#include "crm-page-rows.h"
#include "crm-page-section.h"
#include "crm-page-watch.h"
#include "crm-timeline-section.h"
#include "crm-window.h"

struct _CrmCustomerPage
{
  AdwBin              parent_instance;

  CrmStore           *store;
  char               *customer_id;
  guint               neglected_days;
  CrmCustomer360     *data;
  CrmPageContext      context;
  CrmPageWatch       *watch;
  CrmRecord          *undo_record;     /* what the last delete removed */
  GSimpleActionGroup *root_actions;

  GListStore         *contacts;
  GListStore         *deals;
  GListStore         *quotes;
  GListStore         *orders;
  GListStore         *tickets;
  GListStore         *contracts;

  GtkStack           *stack;
  AdwStatusPage      *error_page;
  CrmConflictBanner  *conflict_banner;
  GtkScrolledWindow  *scroller;
  CrmPageHeader      *header;
  CrmPageDetails     *details;
  CrmPageSection     *contacts_section;
  CrmTimelineSection *timeline_section;
  CrmPageSection     *deals_section;
  CrmPageSection     *quotes_section;
  GtkWidget          *new_quote_button;
  GtkWidget          *new_deal_button;
  GtkWidget          *new_contract_button;
  GtkWidget          *new_ticket_button;
  CrmPageSection     *orders_section;
  CrmPageSection     *tickets_section;
  CrmPageSection     *contracts_section;
};

G_DEFINE_FINAL_TYPE (CrmCustomerPage, crm_customer_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CUSTOMER_ID,
  PROP_NEGLECTED_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (CrmCustomerPage *self,
              const char      *message)
{
  crm_widget_add_toast (GTK_WIDGET (self), crm_page_new_toast (message));
}

/**
 * crm_customer_page_get_current_staff_name:
 *
 * Returns: (nullable): the name of whoever activities logged here are
 *   signed by, or %NULL when nobody was chosen in Preferences
 */
const char *
crm_customer_page_get_current_staff_name (CrmCustomerPage *self)
{
  const char *id;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  if (self->store == NULL || (id = crm_page_context_current_staff_id (&self->context)) == NULL)
    return NULL;

  return crm_page_context_staff_name (&self->context, id);
}

/* ---------------------------------------------------------------------- */
/* Showing the customer                                                   */
/* ---------------------------------------------------------------------- */

static void
fill_store (GListStore *store,
            GPtrArray  *records)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       records != NULL ? records->pdata : NULL, records != NULL ? records->len : 0);
}

static void
show_sections (CrmCustomerPage *self)
{
  const CrmCustomer360 *data = self->data;

  crm_page_context_set_data (&self->context, data);

  fill_store (self->contacts, data != NULL ? data->contacts : NULL);
  crm_timeline_section_set_activities (self->timeline_section, data != NULL ? data->activities : NULL);
  fill_store (self->deals, data != NULL ? data->deals : NULL);
  fill_store (self->quotes, data != NULL ? data->quotes : NULL);
  fill_store (self->orders, data != NULL ? data->orders : NULL);
  fill_store (self->tickets, data != NULL ? data->tickets : NULL);
  fill_store (self->contracts, data != NULL ? data->contracts : NULL);
}

/* Nothing to show: why, on a status page. */
static void
show_status (CrmCustomerPage *self,
             const GError    *error)
{
  g_autoptr(CrmCustomer) customer = NULL;

  if (error != NULL && g_error_matches (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND) &&
      (customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, self->customer_id, NULL)) != NULL &&
      crm_record_get_deleted (CRM_RECORD (customer)))
    {
      gtk_stack_set_visible_child_name (self->stack, "deleted");
    }
  else if (error != NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, description);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

/* Loads the customer again and shows it, keeping the scroll position, the
 * rows already shown and whatever is being typed. */
static void
reload (CrmCustomerPage *self)
{
  g_autoptr(GError) error = NULL;
  CrmCustomer360 *data = NULL;

  crm_page_watch_cancel (self->watch);

  if (self->store != NULL && self->customer_id != NULL)
    {
      crm_page_context_load_names (&self->context);
      data = crm_customer_360_load (self->store, self->customer_id, &error);
    }

  /* The rows point into the old data until the new is shown. */
  g_clear_pointer (&self->data, crm_customer_360_free);
  self->data = data;
  show_sections (self);
  crm_page_watch_set_customer (self->watch, self->customer_id, data);
  crm_conflict_banner_update (self->conflict_banner, self->store, data);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer-page.delete-customer", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer-page.new-contact", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer-page.log", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer-page.resolve-conflict",
                                 crm_conflict_banner_get_record (self->conflict_banner, NULL) != NULL);

  if (data == NULL)
    {
      crm_page_details_set_customer (self->details, NULL, NULL);
      show_status (self, error);
      return;
    }

  crm_page_header_show (self->header, data, &self->context, self->neglected_days);
  crm_page_details_set_customer (self->details, data->customer, self->context.staff);
  gtk_stack_set_visible_child_name (self->stack, "customer");
}

static void
forget_names_cb (CrmCustomerPage *self)
{
  crm_page_context_forget_names (&self->context);
}

/* ---------------------------------------------------------------------- */
/* Deleting with undo                                                     */
/* ---------------------------------------------------------------------- */

static void
offer_undo (CrmCustomerPage *self,
            CrmRecord       *record,
            const char      *name)
{
  g_autofree char *title = g_markup_printf_escaped (_("“%s” deleted"), name != NULL ? name : "");
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->undo_record, record);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "customer-page.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  crm_widget_add_toast (GTK_WIDGET (self), toast);
}

static gboolean
delete_record (CrmCustomerPage *self,
               CrmRecord       *record,
               const char      *name)
{
  g_autoptr(GError) error = NULL;

  if (!crm_store_delete (self->store, record, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  offer_undo (self, record, name);
  reload (self);
  return TRUE;
}

static void
restore_record (CrmCustomerPage *self,
                CrmRecord       *record)
{
  g_autoptr(GError) error = NULL;

  if (!crm_store_restore (self->store, record, &error))
    show_message (self, error->message);

  reload (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);
  g_autoptr(CrmRecord) record = g_steal_pointer (&self->undo_record);

  if (record != NULL && self->store != NULL)
    restore_record (self, record);
}

/* The toast lives in the window's overlay, outside the page: the window
 * passes its Undo on to the page. */
static void
root_undo_cb (CrmCustomerPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "customer-page.undo", NULL);
}

static void
restore_customer_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);
  g_autoptr(CrmRecord) customer = NULL;

  if (self->store != NULL && self->customer_id != NULL &&
      (customer = crm_store_load (self->store, CRM_TYPE_CUSTOMER, self->customer_id, NULL)) != NULL)
    restore_record (self, customer);
}

/**
 * crm_customer_page_delete_customer:
 *
 * Deletes the customer shown; a toast offers to undo it.
 */
void
crm_customer_page_delete_customer (CrmCustomerPage *self)
{
  g_autoptr(CrmCustomer) customer = NULL;

  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));

  if (self->data == NULL)
    return;

  crm_page_details_save (self->details);
  customer = g_object_ref (self->data->customer);
  delete_record (self, CRM_RECORD (customer), crm_customer_get_name (customer));
}

static CrmContact *
find_contact (CrmCustomerPage *self,
              const char      *contact_id)
{
  for (guint i = 0; self->data != NULL && i < self->data->contacts->len; i++)
    {
      CrmContact *contact = g_ptr_array_index (self->data->contacts, i);

      if (g_strcmp0 (crm_record_get_id (CRM_RECORD (contact)), contact_id) == 0)
        return contact;
    }

  return NULL;
}

/**
 * crm_customer_page_delete_contact:
 * @contact_id: one of the contacts shown
 *
 * Deletes the contact; a toast offers to undo it.
 */
void
crm_customer_page_delete_contact (CrmCustomerPage *self,
                                  const char      *contact_id)
{
  g_autoptr(CrmContact) contact = NULL;
  CrmContact *shown;

  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (contact_id != NULL);

  if ((shown = find_contact (self, contact_id)) == NULL)
    return;

  /* The reload after the delete lets go of what was shown. */
  contact = g_object_ref (shown);
  delete_record (self, CRM_RECORD (contact), crm_contact_get_name (contact));
}

static void
delete_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  crm_customer_page_delete_contact (CRM_CUSTOMER_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
delete_customer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  crm_customer_page_delete_customer (CRM_CUSTOMER_PAGE (widget));
}

/* ---------------------------------------------------------------------- */
/* Contacts and activities                                                */
/* ---------------------------------------------------------------------- */

static gboolean
check_shown (CrmCustomerPage  *self,
             GError          **error)
{
  if (self->data != NULL)
    return TRUE;

  g_set_error_literal (error, CRM_STORE_ERROR, CRM_STORE_ERROR_NOT_FOUND,
                       _("No customer is shown; choose one first."));
  return FALSE;
}

/**
 * crm_customer_page_add_activity:
 * @subject: (nullable): what it was about
 * @body: (nullable): what was said or done
 * @due_at: when a task is due (unix seconds), or 0
 *
 * Logs an activity of the customer shown, done now by the staff member
 * chosen in Preferences.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
crm_customer_page_add_activity (CrmCustomerPage  *self,
                                CrmActivityKind   kind,
                                const char       *subject,
                                const char       *body,
                                gint64            due_at,
                                GError          **error)
{
  g_autoptr(CrmActivity) activity = NULL;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_shown (self, error))
    return FALSE;

  activity = crm_page_edits_log_activity (self->store, self->customer_id,
                                          crm_page_context_current_staff_id (&self->context),
                                          kind, subject, body, due_at, error);
  if (activity == NULL)
    return FALSE;

  reload (self);
  return TRUE;
}

/**
 * crm_customer_page_save_contact:
 * @contact: a new contact, or one of the customer's loaded from the store
 *
 * Saves @contact as one of the shown customer's. A primary contact becomes
 * the only one.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
crm_customer_page_save_contact (CrmCustomerPage  *self,
                                CrmContact       *contact,
                                GError          **error)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), FALSE);
  g_return_val_if_fail (CRM_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_shown (self, error) ||
      !crm_page_edits_save_contact (self->store, self->customer_id, self->data->contacts, contact, error))
    return FALSE;

  reload (self);
  return TRUE;
}

/**
 * crm_customer_page_new_contact:
 *
 * Opens the dialog that adds a contact to the customer shown.
 */
void
crm_customer_page_new_contact (CrmCustomerPage *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));

  if (self->data != NULL)
    gtk_window_present (GTK_WINDOW (crm_contact_dialog_new (self, NULL)));
}

static void
new_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  crm_customer_page_new_contact (CRM_CUSTOMER_PAGE (widget));
}

static void
edit_contact_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);
  CrmContact *contact = find_contact (self, g_variant_get_string (parameter, NULL));

  if (contact != NULL)
    gtk_window_present (GTK_WINDOW (crm_contact_dialog_new (self, contact)));
}

/**
 * crm_customer_page_log_activity:
 *
 * Offers the kinds of activity to log; choosing one opens its dialog. A page
 * out of sight (a narrow window showing the list) opens the dialog at once.
 */
void
crm_customer_page_log_activity (CrmCustomerPage *self)
{
  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));

  if (self->data == NULL)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    crm_page_header_popup_log (self->header);
  else
    gtk_window_present (GTK_WINDOW (crm_activity_dialog_new (self, CRM_ACTIVITY_KIND_CALL)));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);
  int kind;

  crm_page_header_popdown_log (self->header);

  if (self->data != NULL &&
      crm_enum_from_nick (CRM_TYPE_ACTIVITY_KIND, g_variant_get_string (parameter, NULL), &kind))
    gtk_window_present (GTK_WINDOW (crm_activity_dialog_new (self, kind)));
}

static void
complete_task_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!crm_page_edits_complete_task (self->store, g_variant_get_string (parameter, NULL), &error))
    show_message (self, error->message);
  else
    reload (self);
}

/* ---------------------------------------------------------------------- */
/* Conflicts                                                              */
/* ---------------------------------------------------------------------- */

/**
 * crm_customer_page_resolve_conflict:
 *
 * Opens the dialog that brings together the versions of the record the
 * conflict banner tells of.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when there is
 *   nothing to resolve or its versions cannot be read (the user was told why)
 */
GtkWindow *
crm_customer_page_resolve_conflict (CrmCustomerPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *record_id = NULL;
  CrmConflictDialog *dialog;
  GtkRoot *root;
  GType type;

  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  if (self->store == NULL ||
      (record_id = g_strdup (crm_conflict_banner_get_record (self->conflict_banner, &type))) == NULL)
    return NULL;

  /* What was typed becomes part of the version shown, to choose from
   * rather than to lose. */
  crm_page_details_save (self->details);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = crm_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, type,
                                    record_id, &error);
  if (dialog == NULL)
    {
      show_message (self, error->message);
      return NULL;
    }

  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
resolve_conflict_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  crm_customer_page_resolve_conflict (CRM_CUSTOMER_PAGE (widget));
}

/**
 * crm_customer_page_get_conflict_banner:
 *
 * Returns: (transfer none): the banner that tells of conflicting edits
 */
CrmConflictBanner *
crm_customer_page_get_conflict_banner (CrmCustomerPage *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  return self->conflict_banner;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

CrmCustomerPage *
crm_customer_page_new (void)
{
  return g_object_new (CRM_TYPE_CUSTOMER_PAGE, NULL);
}

void
crm_customer_page_set_store (CrmCustomerPage *self,
                             CrmStore        *store)
{
  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (store == NULL || CRM_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  g_clear_object (&self->undo_record);
  crm_page_context_set_store (&self->context, store);
  crm_page_watch_set_store (self->watch, store);
  crm_page_details_set_store (self->details, store);
  reload (self);
}

/**
 * crm_customer_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
CrmStore *
crm_customer_page_get_store (CrmCustomerPage *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  return self->store;
}

const char *
crm_customer_page_get_customer_id (CrmCustomerPage *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  return self->customer_id;
}

/**
 * crm_customer_page_set_customer_id:
 * @customer_id: (nullable): the customer to show, or %NULL for none
 */
void
crm_customer_page_set_customer_id (CrmCustomerPage *self,
                                   const char      *customer_id)
{
  CrmPageSection *sections[] = {
    self->contacts_section, self->deals_section, self->quotes_section,
    self->orders_section, self->tickets_section, self->contracts_section,
  };

  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));

  if (g_strcmp0 (self->customer_id, customer_id) == 0)
    return;

  /* What was typed for the customer before is saved, not dropped. */
  if (self->data != NULL)
    crm_page_details_save (self->details);

  g_free (self->customer_id);
  self->customer_id = g_strdup (customer_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->new_quote_button), "s",
                                    customer_id != NULL ? customer_id : "");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->new_deal_button), "s",
                                    customer_id != NULL ? customer_id : "");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->new_contract_button), "s",
                                    customer_id != NULL ? customer_id : "");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->new_ticket_button), "s",
                                    customer_id != NULL ? customer_id : "");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    crm_page_section_reset (sections[i]);
  crm_timeline_section_reset (self->timeline_section);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

guint
crm_customer_page_get_neglected_days (CrmCustomerPage *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), 0);

  return self->neglected_days;
}

void
crm_customer_page_set_neglected_days (CrmCustomerPage *self,
                                      guint            neglected_days)
{
  g_return_if_fail (CRM_IS_CUSTOMER_PAGE (self));

  if (self->neglected_days == neglected_days)
    return;

  self->neglected_days = neglected_days;
  if (self->data != NULL)
    crm_page_header_show (self->header, self->data, &self->context, neglected_days);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEGLECTED_DAYS]);
}

/**
 * crm_customer_page_get_data:
 *
 * Returns: (transfer none) (nullable): what the page shows now, or %NULL
 *   when it shows no customer (none chosen, or deleted)
 */
const CrmCustomer360 *
crm_customer_page_get_data (CrmCustomerPage *self)
{
  g_return_val_if_fail (CRM_IS_CUSTOMER_PAGE (self), NULL);

  return self->data;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
build_sections (CrmCustomerPage *self)
{
  self->contacts = g_list_store_new (CRM_TYPE_CONTACT);
  self->deals = g_list_store_new (CRM_TYPE_DEAL);
  self->quotes = g_list_store_new (CRM_TYPE_QUOTE);
  self->orders = g_list_store_new (CRM_TYPE_ORDER);
  self->tickets = g_list_store_new (CRM_TYPE_TICKET);
  self->contracts = g_list_store_new (CRM_TYPE_CONTRACT);

  crm_page_section_bind_model (self->contacts_section, G_LIST_MODEL (self->contacts),
                               crm_page_row_contact, &self->context);
  crm_timeline_section_set_context (self->timeline_section, &self->context);
  crm_page_section_bind_model (self->deals_section, G_LIST_MODEL (self->deals),
                               crm_page_row_deal, &self->context);
  crm_page_section_bind_model (self->quotes_section, G_LIST_MODEL (self->quotes),
                               crm_page_row_quote, &self->context);
  crm_page_section_bind_model (self->orders_section, G_LIST_MODEL (self->orders),
                               crm_page_row_order, &self->context);
  crm_page_section_bind_model (self->tickets_section, G_LIST_MODEL (self->tickets),
                               crm_page_row_ticket, &self->context);
  crm_page_section_bind_model (self->contracts_section, G_LIST_MODEL (self->contracts),
                               crm_page_row_contract, &self->context);
}

static void
crm_customer_page_root (GtkWidget *widget)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (widget);

  GTK_WIDGET_CLASS (crm_customer_page_parent_class)->root (widget);

  gtk_widget_insert_action_group (GTK_WIDGET (gtk_widget_get_root (widget)), "customer-page",
                                  G_ACTION_GROUP (self->root_actions));
}

static void
crm_customer_page_unroot (GtkWidget *widget)
{
  gtk_widget_insert_action_group (GTK_WIDGET (gtk_widget_get_root (widget)), "customer-page", NULL);

  GTK_WIDGET_CLASS (crm_customer_page_parent_class)->unroot (widget);
}

static void
crm_customer_page_dispose (GObject *object)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (object);

  if (self->watch != NULL)
    crm_page_watch_set_store (self->watch, NULL);
  /* AdwBin keeps its own pointer to its child: the template must not
   * unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CRM_TYPE_CUSTOMER_PAGE);

  G_OBJECT_CLASS (crm_customer_page_parent_class)->dispose (object);
}

static void
crm_customer_page_finalize (GObject *object)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (object);

  g_clear_pointer (&self->data, crm_customer_360_free);
  crm_page_context_clear (&self->context);
  g_clear_object (&self->watch);
  g_clear_object (&self->store);
  g_clear_object (&self->undo_record);
  g_clear_object (&self->root_actions);
  g_clear_object (&self->contacts);
  g_clear_object (&self->deals);
  g_clear_object (&self->quotes);
  g_clear_object (&self->orders);
  g_clear_object (&self->tickets);
  g_clear_object (&self->contracts);
  g_free (self->customer_id);

  G_OBJECT_CLASS (crm_customer_page_parent_class)->finalize (object);
}

static void
crm_customer_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CUSTOMER_ID:
      g_value_set_string (value, self->customer_id);
      break;

    case PROP_NEGLECTED_DAYS:
      g_value_set_uint (value, self->neglected_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customer_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrmCustomerPage *self = CRM_CUSTOMER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CUSTOMER_ID:
      crm_customer_page_set_customer_id (self, g_value_get_string (value));
      break;

    case PROP_NEGLECTED_DAYS:
      crm_customer_page_set_neglected_days (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
crm_customer_page_class_init (CrmCustomerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = crm_customer_page_dispose;
  object_class->finalize = crm_customer_page_finalize;
  object_class->get_property = crm_customer_page_get_property;
  object_class->set_property = crm_customer_page_set_property;
  widget_class->root = crm_customer_page_root;
  widget_class->unroot = crm_customer_page_unroot;

  properties[PROP_CUSTOMER_ID] =
    g_param_spec_string ("customer-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NEGLECTED_DAYS] =
    g_param_spec_uint ("neglected-days", NULL, NULL, 0, G_MAXUINT, 90,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Crm/crm-customer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, conflict_banner);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, header);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, details);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, contacts_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, timeline_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, deals_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, quotes_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, new_quote_button);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, new_deal_button);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, new_contract_button);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, new_ticket_button);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, orders_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, tickets_section);
  gtk_widget_class_bind_template_child (widget_class, CrmCustomerPage, contracts_section);

  gtk_widget_class_install_action (widget_class, "customer-page.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "customer-page.restore", NULL, restore_customer_action);
  gtk_widget_class_install_action (widget_class, "customer-page.log", "s", log_action);
  gtk_widget_class_install_action (widget_class, "customer-page.new-contact", NULL, new_contact_action);
  gtk_widget_class_install_action (widget_class, "customer-page.edit-contact", "s", edit_contact_action);
  gtk_widget_class_install_action (widget_class, "customer-page.delete-contact", "s", delete_contact_action);
  gtk_widget_class_install_action (widget_class, "customer-page.complete-task", "s", complete_task_action);
  gtk_widget_class_install_action (widget_class, "customer-page.delete-customer", NULL, delete_customer_action);
  gtk_widget_class_install_action (widget_class, "customer-page.resolve-conflict", NULL, resolve_conflict_action);
}

static void
crm_customer_page_init (CrmCustomerPage *self)
{
  g_autoptr(GSimpleAction) undo = g_simple_action_new ("undo", NULL);

  g_type_ensure (CRM_TYPE_CONFLICT_BANNER);
  g_type_ensure (CRM_TYPE_PAGE_DETAILS);
  g_type_ensure (CRM_TYPE_PAGE_HEADER);
  g_type_ensure (CRM_TYPE_PAGE_SECTION);
  g_type_ensure (CRM_TYPE_TIMELINE_SECTION);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->neglected_days = 90;
  crm_page_context_init (&self->context);

  self->watch = crm_page_watch_new ();
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->watch, "names-changed", G_CALLBACK (forget_names_cb), self, G_CONNECT_SWAPPED);

  self->root_actions = g_simple_action_group_new ();
  g_signal_connect_object (undo, "activate", G_CALLBACK (root_undo_cb), self, G_CONNECT_SWAPPED);
  g_action_map_add_action (G_ACTION_MAP (self->root_actions), G_ACTION (undo));

  build_sections (self);
  reload (self);
}
