/* crm-demo-data.h: the names, places, products and phrases of the demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "crm-enums.h"

G_BEGIN_DECLS

/* The lengths of the tables are part of their declarations, so that
 * G_N_ELEMENTS works on them in the generator, and the compiler checks them
 * against the definitions in crm-demo-data.c. */

/* ---------------------------------------------------------------------- */
/* Countries                                                              */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  /* The same in Latin letters, where the name has none (Chinese). */
  const char *latin;
  /* For a city, its postal code pattern. */
  const char *code;
} Place;

typedef struct
{
  const char         *name;
  const char         *region;
  const char         *currency;
  /* Local minor units per 1 000 euro cents: prices are kept in euros and
   * converted, so margins are the same everywhere. */
  int                 rate;
  int                 tax_rate;
  guint               weight;
  gboolean            two_surnames;
  const char * const *first_names;
  const char * const *first_names_latin;
  guint               n_first_names;
  const char * const *last_names;
  const char * const *last_names_latin;
  guint               n_last_names;
  const char * const *brands;
  const char * const *brands_latin;
  guint               n_brands;
  const Place        *cities;
  guint               n_cities;
  const Place        *streets;
  guint               n_streets;
  /* Company names: "{}" stands for a family name or a brand. */
  const char * const *forms;
  guint               n_forms;
  const char * const *legal_forms;
  guint               n_legal_forms;
  /* Company names written in Latin letters, where the forms have none. */
  const char * const *latin_forms;
  guint               n_latin_forms;
  const char * const *latin_legal_forms;
  guint               n_latin_legal_forms;
  /* Phone patterns: # is a digit, @ a capital letter. */
  const char         *mobile;
  const char         *landline;
  /* Company names start with their city ("深圳华美电器有限公司"). */
  gboolean            city_first;
} Country;

#define CRM_DEMO_N_COUNTRIES 7

extern const Country      crm_demo_countries[CRM_DEMO_N_COUNTRIES];
extern const char * const crm_demo_email_domains[3];

/* ---------------------------------------------------------------------- */
/* Products                                                               */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  /* Starts SKUs and serial numbers. */
  const char *prefix;
  const char *category;
  /* Whole euros. */
  int         min_price;
  int         max_price;
  int         repurchase_days;
  /* Serviced in the field: tickets and maintenance contracts are about it. */
  gboolean    device;
  const char *description;
} ProductKind;

extern const ProductKind  crm_demo_product_kinds[15];
extern const char * const crm_demo_device_variants[8];
extern const char * const crm_demo_supply_variants[6];
extern const char * const crm_demo_service_variants[4];

/* ---------------------------------------------------------------------- */
/* Everything else                                                        */
/* ---------------------------------------------------------------------- */

typedef struct
{
  const char   *name;
  int           probability;
  CrmStageKind  kind;
  /* Share of deals, percent. */
  guint         weight;
} StageInfo;

/* The stages, in the order of crm_demo_stages. */
enum
{
  CRM_DEMO_STAGE_LEAD,
  CRM_DEMO_STAGE_QUALIFIED,
  CRM_DEMO_STAGE_PROPOSAL,
  CRM_DEMO_STAGE_NEGOTIATION,
  CRM_DEMO_STAGE_WON,
  CRM_DEMO_STAGE_LOST,
  CRM_DEMO_N_STAGES
};

extern const StageInfo    crm_demo_stages[CRM_DEMO_N_STAGES];
extern const char * const crm_demo_lost_reasons[5];
extern const char * const crm_demo_won_reasons[4];
extern const char * const crm_demo_deal_needs[8];
extern const char * const crm_demo_deal_notes[6];

extern const char * const crm_demo_staff_roles[10];

/* Customer segments, and how often companies and private persons are in each. */
#define CRM_DEMO_N_SEGMENTS 4

extern const char * const crm_demo_segments[CRM_DEMO_N_SEGMENTS];
extern const guint        crm_demo_company_segment_weights[CRM_DEMO_N_SEGMENTS];
extern const guint        crm_demo_person_segment_weights[CRM_DEMO_N_SEGMENTS];

extern const char * const crm_demo_customer_notes[8];
extern const char * const crm_demo_contact_titles[10];
extern const char * const crm_demo_campaign_themes[12];
extern const char * const crm_demo_campaign_channels[7];

/* A fault, its description and its repair share an index. */
#define CRM_DEMO_N_FAULTS 8

extern const char * const crm_demo_faults[CRM_DEMO_N_FAULTS];
extern const char * const crm_demo_fault_descriptions[CRM_DEMO_N_FAULTS];
extern const char * const crm_demo_fault_resolutions[CRM_DEMO_N_FAULTS];
/* By satisfaction, 1 … 5; none for 0. */
extern const char * const crm_demo_satisfaction_comments[6];

/* Activities: what was said or done, by kind. */
typedef struct
{
  const char *subject;
  const char *body;
} Phrase;

typedef struct
{
  const Phrase *phrases;
  guint         n_phrases;
  /* Share of activities, percent. */
  guint         weight;
} ActivityKindInfo;

extern const Phrase           crm_demo_deal_phrases[5];
extern const Phrase           crm_demo_ticket_phrases[5];
/* By CrmActivityKind. */
extern const ActivityKindInfo crm_demo_activity_kinds[CRM_ACTIVITY_KIND_TASK + 1];

G_END_DECLS
