/* crm-field-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-app"

#include "config.h"

#include <glib/gi18n.h>

#include "crm-field-labels.h"
#include "crm-models.h"

typedef struct
{
  const char *property;
  const char *label;
} FieldLabel;

/* The titles the customer page and the contact dialog give these fields. */
static const FieldLabel customer_labels[] = {
  { "kind", N_("Kind") },
  { "name", N_("Name") },
  { "company", N_("Company") },
  { "email", N_("Email") },
  { "phone", N_("Phone") },
  { "website", N_("Website") },
  { "owner-id", N_("Owner") },
  { "segment", N_("Segment") },
  { "address", N_("Street Address") },
  { "postal-code", N_("Postal Code") },
  { "city", N_("City") },
  { "region", N_("Region") },
  { "country", N_("Country") },
  { "loyalty-points", N_("Loyalty Points") },
  { "notes", N_("Notes") },
  { "created-at", N_("Customer Since") },
  { "updated-at", N_("Last Changed") },
};

static const FieldLabel contact_labels[] = {
  { "customer-id", N_("Customer") },
  { "name", N_("Name") },
  { "title", N_("Job Title") },
  { "email", N_("Email") },
  { "phone", N_("Phone") },
  { "mobile", N_("Mobile") },
  { "city", N_("City") },
  { "is-primary", N_("Primary Contact") },
  { "notes", N_("Notes") },
  { "created-at", N_("Added") },
  { "updated-at", N_("Last Changed") },
};

/* A field no screen names yet: its property name, in words ("due-at" → "Due
 * at"), rather than a developer's identifier. */
static const char *
spell_out (const char *property)
{
  g_autofree char *words = g_strdelimit (g_strdup (property), "-_", ' ');

  words[0] = g_ascii_toupper (words[0]);
  return g_intern_string (words);
}

/**
 * crm_field_label:
 * @type: a record type
 * @property: the name of one of its properties
 *
 * Returns: the field's title, translated, as the views show it
 */
const char *
crm_field_label (GType       type,
                 const char *property)
{
  const FieldLabel *labels = NULL;
  guint n_labels = 0;

  g_return_val_if_fail (property != NULL && *property != '\0', NULL);

  if (type == CRM_TYPE_CUSTOMER)
    {
      labels = customer_labels;
      n_labels = G_N_ELEMENTS (customer_labels);
    }
  else if (type == CRM_TYPE_CONTACT)
    {
      labels = contact_labels;
      n_labels = G_N_ELEMENTS (contact_labels);
    }

  for (guint i = 0; i < n_labels; i++)
    if (g_str_equal (labels[i].property, property))
      return _(labels[i].label);

  return spell_out (property);
}
