/* crm-page-section.h: one titled list on the customer page, shown a page of rows at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CRM_TYPE_PAGE_SECTION (crm_page_section_get_type ())

G_DECLARE_FINAL_TYPE (CrmPageSection, crm_page_section, CRM, PAGE_SECTION, AdwBin)

void        crm_page_section_bind_model     (CrmPageSection             *self,
                                             GListModel                 *model,
                                             GtkListBoxCreateWidgetFunc  create_row,
                                             gpointer                    user_data);
void        crm_page_section_reset          (CrmPageSection             *self);
void        crm_page_section_show_more      (CrmPageSection             *self);
guint       crm_page_section_get_n_shown    (CrmPageSection             *self);
GtkListBox *crm_page_section_get_list_box   (CrmPageSection             *self);

G_END_DECLS
