/* crm-ticket-page-private.h: the ticket page's state, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-pipeline-names.h"
#include "crm-ticket-page.h"

G_BEGIN_DECLS

struct _CrmTicketPage
{
  AdwBin             parent_instance;

  CrmStore          *store;
  GSettings         *settings;
  CrmPipelineNames  *names;
  CrmTicket         *ticket;
  GPtrArray         *product_ids;   /* parallel to the product rows after "None" */
  guint              save_timeout;
  gboolean           loading;
  gboolean           switching;

  AdwPreferencesGroup *ticket_group;
  AdwEntryRow       *title_row;
  AdwActionRow      *customer_row;
  AdwComboRow       *status_row;
  AdwComboRow       *priority_row;
  AdwActionRow      *technician_row;
  GtkMenuButton     *assign_button;
  AdwComboRow       *product_row;
  AdwEntryRow       *serial_row;
  AdwEntryRow       *fault_row;
  AdwEntryRow       *region_row;
  AdwActionRow      *received_row;
  AdwActionRow      *due_row;
  GtkTextView       *description_view;
  AdwPreferencesGroup *history_group;
  GtkListBox        *history_list;
  AdwPreferencesGroup *work_group;
  GtkSpinButton     *work_minutes_spin;
  GtkEntry          *work_note_entry;
  GtkListBox        *work_list;
  AdwPreferencesGroup *parts_group;
  GtkDropDown       *part_product_dropdown;
  GtkEntry          *part_entry;
  GtkSpinButton     *part_quantity_spin;
  GtkEntry          *part_cost_entry;
  GtkListBox        *parts_list;
  GtkTextView       *resolution_view;
  AdwEntryRow       *appointment_date_row;
  AdwEntryRow       *appointment_time_row;
  AdwEntryRow       *address_row;
  GtkTextView       *work_report_view;
};

/* crm-ticket-page-logs.c: the history, the work log and the parts. */
void        crm_ticket_page_load_logs       (CrmTicketPage *self);
void        crm_ticket_page_logs_class_init (GtkWidgetClass *widget_class);
void        crm_ticket_page_error           (CrmTicketPage *self,
                                             const char    *what,
                                             GError        *error);

G_END_DECLS
