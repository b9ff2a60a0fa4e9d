/* crm-record.h: the base class of every record Crm keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Extra GParamFlags that tell the store, importers and exporters how an int64
 * property is meant: a point in time (unix seconds, UTC; ISO 8601 in JSON and CSV)
 * or an amount of money in minor units (the record's "currency" says which). */
#define CRM_PARAM_TIMESTAMP (1 << (G_PARAM_USER_SHIFT + 0))
#define CRM_PARAM_MONEY     (1 << (G_PARAM_USER_SHIFT + 1))
/* A property that points at another record by id ("customer-id"). */
#define CRM_PARAM_REFERENCE (1 << (G_PARAM_USER_SHIFT + 2))
/* A record cannot be saved without it. */
#define CRM_PARAM_REQUIRED  (1 << (G_PARAM_USER_SHIFT + 3))
/* Holds an email address. */
#define CRM_PARAM_EMAIL     (1 << (G_PARAM_USER_SHIFT + 4))
#define CRM_PARAM_FLAGS     (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

#define CRM_TYPE_RECORD (crm_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CrmRecord, crm_record, CRM, RECORD, GObject)

struct _CrmRecordClass
{
  GObjectClass parent_class;

  /* The entity's name in JSON documents, the change log and messages ("customer"). */
  const char  *entity;
  /* Its table in the database. */
  const char  *table;
  /* How lists of it are ordered unless asked otherwise (an SQL ORDER BY term). */
  const char  *default_order;

  /* Filled by crm_record_class_install_properties(). */
  GParamSpec **fields;
  guint        n_fields;

  /*< private >*/
  gpointer     padding[8];
};

void         crm_record_class_install_properties (CrmRecordClass  *record_class,
                                                  guint            n_pspecs,
                                                  GParamSpec     **pspecs);
GParamSpec **crm_record_class_list_columns       (CrmRecordClass  *record_class,
                                                  guint           *n_columns);
char        *crm_record_column_name              (GParamSpec      *pspec);
gboolean     crm_record_validate                 (CrmRecord       *self,
                                                  GError         **error);

const char  *crm_record_get_id                   (CrmRecord       *self);
void         crm_record_set_id                   (CrmRecord       *self,
                                                  const char      *id);
const char  *crm_record_get_entity               (CrmRecord       *self);
gint64       crm_record_get_created_at           (CrmRecord       *self);
gint64       crm_record_get_updated_at           (CrmRecord       *self);
const char  *crm_record_get_rev                  (CrmRecord       *self);
void         crm_record_set_rev                  (CrmRecord       *self,
                                                  const char      *rev);
gboolean     crm_record_get_deleted              (CrmRecord       *self);

/* Generic access to the fields a subclass installed; used by the store and the
 * importers, and by the subclasses' typed accessors. */
const char  *crm_record_get_string               (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_string               (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  const char      *value);
gint64       crm_record_get_int64                (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_int64                (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  gint64           value);
int          crm_record_get_int                  (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_int                  (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  int              value);
gboolean     crm_record_get_boolean              (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_boolean              (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  gboolean         value);
int          crm_record_get_enum                 (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_enum                 (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  int              value);
const GValue *crm_record_peek_value              (CrmRecord       *self,
                                                  GParamSpec      *pspec);
void         crm_record_set_value                (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  const GValue    *value);
void         crm_record_take_value               (CrmRecord       *self,
                                                  GParamSpec      *pspec,
                                                  GValue          *value);

char        *crm_uuid_new                        (void);

G_END_DECLS
