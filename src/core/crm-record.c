/* crm-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <gio/gio.h>

#include "crm-record-private.h"

/* Every record keeps its property values in one GValue array instead of a struct
 * field per property: the store, the importers and the exporters then handle all
 * sixteen entities with one piece of code, driven by the GParamSpecs. The base
 * properties take the first slots, a subclass's fields the following ones. */
typedef struct
{
  GValue *values;
  /* The row's integer key in its table, 0 until stored. */
  gint64  pk;
} CrmRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CrmRecord, crm_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REV,
  PROP_DELETED,
  N_PROPS
};

#define N_BASE_SLOTS (N_PROPS - 1)

static GParamSpec *properties[N_PROPS];

static guint
slot_for_pspec (CrmRecord  *self,
                GParamSpec *pspec)
{
  if (pspec->owner_type == CRM_TYPE_RECORD)
    {
      g_assert (pspec->param_id > 0 && pspec->param_id < N_PROPS);
      return pspec->param_id - 1;
    }

  g_assert (g_type_is_a (G_OBJECT_TYPE (self), pspec->owner_type));
  g_assert (pspec->param_id > 0);
  g_assert (pspec->param_id <= CRM_RECORD_GET_CLASS (self)->n_fields);
  return N_BASE_SLOTS + pspec->param_id - 1;
}

static GValue *
ensure_values (CrmRecord *self)
{
  CrmRecordPrivate *priv = crm_record_get_instance_private (self);
  CrmRecordClass *klass;

  if (priv->values != NULL)
    return priv->values;

  klass = CRM_RECORD_GET_CLASS (self);
  priv->values = g_new0 (GValue, N_BASE_SLOTS + klass->n_fields);

  for (guint i = 1; i < N_PROPS; i++)
    {
      g_value_init (&priv->values[i - 1], properties[i]->value_type);
      g_param_value_set_default (properties[i], &priv->values[i - 1]);
    }

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GValue *value = &priv->values[N_BASE_SLOTS + klass->fields[i]->param_id - 1];

      g_value_init (value, klass->fields[i]->value_type);
      g_param_value_set_default (klass->fields[i], value);
    }

  return priv->values;
}

const GValue *
crm_record_peek_value (CrmRecord  *self,
                       GParamSpec *pspec)
{
  g_return_val_if_fail (CRM_IS_RECORD (self), NULL);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  return &ensure_values (self)[slot_for_pspec (self, pspec)];
}

void
crm_record_set_value (CrmRecord    *self,
                      GParamSpec   *pspec,
                      const GValue *value)
{
  GValue copy = G_VALUE_INIT;

  g_return_if_fail (G_IS_VALUE (value));

  g_value_init (&copy, G_VALUE_TYPE (value));
  g_value_copy (value, &copy);
  crm_record_take_value (self, pspec, &copy);
}

/**
 * crm_record_take_value:
 * @value: (inout): a value of the field's type, left unset
 *
 * Sets a field to @value without copying it: for callers that built the
 * value for the field, such as a whole import.
 */
void
crm_record_take_value (CrmRecord  *self,
                       GParamSpec *pspec,
                       GValue     *value)
{
  GValue *slot;

  g_return_if_fail (CRM_IS_RECORD (self));
  g_return_if_fail (G_IS_PARAM_SPEC (pspec));
  g_return_if_fail (G_VALUE_HOLDS (value, pspec->value_type));

  g_param_value_validate (pspec, value);

  slot = &ensure_values (self)[slot_for_pspec (self, pspec)];
  if (g_param_values_cmp (pspec, slot, value) == 0)
    {
      g_value_unset (value);
      return;
    }

  /* Move the value into its slot. */
  g_value_unset (slot);
  *slot = *value;
  *value = (GValue) G_VALUE_INIT;

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
crm_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  g_value_copy (crm_record_peek_value (CRM_RECORD (object), pspec), value);
}

static void
crm_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  crm_record_set_value (CRM_RECORD (object), pspec, value);
}

static void
crm_record_finalize (GObject *object)
{
  CrmRecord *self = (CrmRecord *)object;
  CrmRecordPrivate *priv = crm_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      guint n_slots = N_BASE_SLOTS + CRM_RECORD_GET_CLASS (self)->n_fields;

      for (guint i = 0; i < n_slots; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }

  G_OBJECT_CLASS (crm_record_parent_class)->finalize (object);
}

static void
crm_record_class_init (CrmRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = crm_record_finalize;
  object_class->get_property = crm_record_get_property;
  object_class->set_property = crm_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0,
                        CRM_PARAM_FLAGS | CRM_PARAM_TIMESTAMP);
  /* The sync revision ("N-<hex>"); NULL until the record is first synced. */
  properties[PROP_REV] =
    g_param_spec_string ("rev", NULL, NULL, NULL, CRM_PARAM_FLAGS);
  properties[PROP_DELETED] =
    g_param_spec_boolean ("deleted", NULL, NULL, FALSE, CRM_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
crm_record_init (CrmRecord *self)
{
}

/**
 * crm_record_class_install_properties:
 * @pspecs: (array length=n_pspecs): the subclass's properties, index 0 unused
 *
 * Installs a subclass's fields and routes their storage to the base class.
 */
void
crm_record_class_install_properties (CrmRecordClass  *record_class,
                                     guint            n_pspecs,
                                     GParamSpec     **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (record_class);

  g_return_if_fail (CRM_IS_RECORD_CLASS (record_class));
  g_return_if_fail (n_pspecs > 1 && pspecs[0] == NULL);

  object_class->get_property = crm_record_get_property;
  object_class->set_property = crm_record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  record_class->fields = pspecs + 1;
  record_class->n_fields = n_pspecs - 1;
}

/**
 * crm_record_class_list_columns:
 *
 * Returns: (transfer container): the base properties followed by the
 *   subclass's fields: every column of the entity's table but its key.
 */
GParamSpec **
crm_record_class_list_columns (CrmRecordClass *record_class,
                               guint          *n_columns)
{
  GParamSpec **columns;

  g_return_val_if_fail (CRM_IS_RECORD_CLASS (record_class), NULL);

  *n_columns = N_BASE_SLOTS + record_class->n_fields;
  columns = g_new (GParamSpec *, *n_columns);
  memcpy (columns, &properties[1], N_BASE_SLOTS * sizeof (GParamSpec *));
  memcpy (columns + N_BASE_SLOTS, record_class->fields,
          record_class->n_fields * sizeof (GParamSpec *));

  return columns;
}

/* "customer-id" is stored in the column customer_id. */
char *
crm_record_column_name (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

/* "customer-id" reads "customer", "unit-price" reads "unit price". */
static char *
field_label (GParamSpec *pspec)
{
  char *label = g_strdelimit (g_strdup (pspec->name), "-", ' ');

  if (g_str_has_suffix (label, " id"))
    label[strlen (label) - 3] = '\0';

  return label;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         !g_str_has_suffix (text, ".") && strpbrk (text, " \t\r\n,;<>") == NULL;
}

/**
 * crm_record_validate:
 *
 * Checks what every record of its kind must have before the store keeps it.
 * The error's message is a sentence a user can act on.
 */
gboolean
crm_record_validate (CrmRecord  *self,
                     GError    **error)
{
  CrmRecordClass *klass;

  g_return_val_if_fail (CRM_IS_RECORD (self), FALSE);

  klass = CRM_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      const char *text;

      if (pspec->value_type != G_TYPE_STRING)
        continue;

      text = crm_record_get_string (self, pspec);

      if ((pspec->flags & CRM_PARAM_REQUIRED) && is_blank (text))
        {
          g_autofree char *entity = g_strdelimit (g_strdup (klass->entity), "-", ' ');
          g_autofree char *label = field_label (pspec);

          /* Translators: e.g. "The customer has no name." */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The %s has no %s."), entity, label);
          return FALSE;
        }

      if ((pspec->flags & CRM_PARAM_EMAIL) && text != NULL && *text != '\0' && !looks_like_email (text))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not an email address."), text);
          return FALSE;
        }
    }

  return TRUE;
}

const char *
crm_record_get_id (CrmRecord *self)
{
  return crm_record_get_string (self, properties[PROP_ID]);
}

void
crm_record_set_id (CrmRecord  *self,
                   const char *id)
{
  crm_record_set_string (self, properties[PROP_ID], id);
}

void
crm_record_set_rev (CrmRecord  *self,
                    const char *rev)
{
  crm_record_set_string (self, properties[PROP_REV], rev);
}

const char *
crm_record_get_entity (CrmRecord *self)
{
  g_return_val_if_fail (CRM_IS_RECORD (self), NULL);

  return CRM_RECORD_GET_CLASS (self)->entity;
}

gint64
crm_record_get_created_at (CrmRecord *self)
{
  return crm_record_get_int64 (self, properties[PROP_CREATED_AT]);
}

gint64
crm_record_get_updated_at (CrmRecord *self)
{
  return crm_record_get_int64 (self, properties[PROP_UPDATED_AT]);
}

const char *
crm_record_get_rev (CrmRecord *self)
{
  return crm_record_get_string (self, properties[PROP_REV]);
}

gboolean
crm_record_get_deleted (CrmRecord *self)
{
  return crm_record_get_boolean (self, properties[PROP_DELETED]);
}

const char *
crm_record_get_string (CrmRecord  *self,
                       GParamSpec *pspec)
{
  return g_value_get_string (crm_record_peek_value (self, pspec));
}

void
crm_record_set_string (CrmRecord  *self,
                       GParamSpec *pspec,
                       const char *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_static_string (&gvalue, value);
  crm_record_set_value (self, pspec, &gvalue);
}

gint64
crm_record_get_int64 (CrmRecord  *self,
                      GParamSpec *pspec)
{
  return g_value_get_int64 (crm_record_peek_value (self, pspec));
}

void
crm_record_set_int64 (CrmRecord  *self,
                      GParamSpec *pspec,
                      gint64      value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  crm_record_set_value (self, pspec, &gvalue);
}

int
crm_record_get_int (CrmRecord  *self,
                    GParamSpec *pspec)
{
  return g_value_get_int (crm_record_peek_value (self, pspec));
}

void
crm_record_set_int (CrmRecord  *self,
                    GParamSpec *pspec,
                    int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  crm_record_set_value (self, pspec, &gvalue);
}

gboolean
crm_record_get_boolean (CrmRecord  *self,
                        GParamSpec *pspec)
{
  return g_value_get_boolean (crm_record_peek_value (self, pspec));
}

void
crm_record_set_boolean (CrmRecord  *self,
                        GParamSpec *pspec,
                        gboolean    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, !!value);
  crm_record_set_value (self, pspec, &gvalue);
}

int
crm_record_get_enum (CrmRecord  *self,
                     GParamSpec *pspec)
{
  return g_value_get_enum (crm_record_peek_value (self, pspec));
}

void
crm_record_set_enum (CrmRecord  *self,
                     GParamSpec *pspec,
                     int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, pspec->value_type);
  g_value_set_enum (&gvalue, value);
  crm_record_set_value (self, pspec, &gvalue);
}

/* A random (version 4) UUID in lowercase. */
char *
crm_uuid_new (void)
{
  return g_uuid_string_random ();
}

gint64
crm_record_get_pk (CrmRecord *self)
{
  CrmRecordPrivate *priv = crm_record_get_instance_private (self);

  return priv->pk;
}

void
crm_record_set_pk (CrmRecord *self,
                   gint64     pk)
{
  CrmRecordPrivate *priv = crm_record_get_instance_private (self);

  priv->pk = pk;
}

void
crm_record_set_times (CrmRecord *self,
                      gint64     created_at,
                      gint64     updated_at)
{
  crm_record_set_int64 (self, properties[PROP_CREATED_AT], created_at);
  crm_record_set_int64 (self, properties[PROP_UPDATED_AT], updated_at);
}
