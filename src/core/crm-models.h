/* crm-models.h: every kind of record Crm keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-activity.h"
#include "crm-campaign-member.h"
#include "crm-campaign.h"
#include "crm-contact.h"
#include "crm-contract.h"
#include "crm-custom-field-value.h"
#include "crm-customer.h"
#include "crm-deal.h"
#include "crm-enums.h"
#include "crm-order-line.h"
#include "crm-order.h"
#include "crm-pipeline-stage.h"
#include "crm-product.h"
#include "crm-quote-line.h"
#include "crm-quote.h"
#include "crm-staff.h"
#include "crm-ticket-event.h"
#include "crm-ticket-part.h"
#include "crm-ticket-work.h"
#include "crm-ticket.h"

G_BEGIN_DECLS

const GType *crm_models_list_types       (guint       *n_types);
GType        crm_models_type_from_entity (const char  *entity);
guint        crm_models_entity_code      (GType        type);
GType        crm_models_reference_type   (GParamSpec  *pspec);

G_END_DECLS
