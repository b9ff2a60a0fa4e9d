/* crm-message-dialog.h: telling a customer about a ticket, by email or as
 * text for a text message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-store.h"
#include "crm-ticket.h"

G_BEGIN_DECLS

typedef enum {
  CRM_MESSAGE_STATUS,   /* the template of the ticket's current status */
  CRM_MESSAGE_SURVEY,   /* the satisfaction survey */
} CrmMessagePurpose;

/* The template the user set for @status (status-message-templates), or the
 * built-in one. */
char             *crm_message_template_for_status (GSettings        *settings,
                                                   CrmTicketStatus   status);
char             *crm_message_template_survey     (GSettings        *settings);

/* A dialog filled from the template, not yet shown; NULL with @error when
 * the ticket cannot be loaded. Responses: "cancel", "sms" (copies the text
 * to the clipboard), "email" (opens the mail client). Both of the last log
 * the message on the customer's timeline and close with a toast. */
AdwMessageDialog *crm_message_dialog_new          (GtkWindow        *parent,
                                                   CrmStore         *store,
                                                   const char       *ticket_id,
                                                   CrmMessagePurpose purpose,
                                                   GError          **error);
char             *crm_message_dialog_dup_subject  (AdwMessageDialog *dialog);
char             *crm_message_dialog_dup_body     (AdwMessageDialog *dialog);

/* "mailto:a@b.c?subject=…&body=…", percent-encoded, lines as CRLF. */
char             *crm_message_mailto_uri          (const char       *address,
                                                   const char       *subject,
                                                   const char       *body);

G_END_DECLS
