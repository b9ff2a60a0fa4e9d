/* crm-timeline-section.h: a customer's activities, newest first, of one kind or all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "crm-page-context.h"

G_BEGIN_DECLS

#define CRM_TYPE_TIMELINE_SECTION (crm_timeline_section_get_type ())

G_DECLARE_FINAL_TYPE (CrmTimelineSection, crm_timeline_section, CRM, TIMELINE_SECTION, AdwBin)

void crm_timeline_section_set_context    (CrmTimelineSection *self,
                                          CrmPageContext     *context);
void crm_timeline_section_set_activities (CrmTimelineSection *self,
                                          GPtrArray          *activities);
void crm_timeline_section_reset          (CrmTimelineSection *self);

G_END_DECLS
