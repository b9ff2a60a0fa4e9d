/* test-models.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include "crm-field.h"
#include "crm-models.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_typed_accessors (void)
{
  g_autoptr(CrmCustomer) customer = crm_customer_new ();
  g_autoptr(CrmTicket) ticket = crm_ticket_new ();
  g_autofree char *name = NULL;

  crm_customer_set_name (customer, "Ayşe Yılmaz");
  crm_customer_set_kind (customer, CRM_CUSTOMER_KIND_PERSON);
  crm_customer_set_loyalty_points (customer, 120);
  g_assert_cmpstr (crm_customer_get_name (customer), ==, "Ayşe Yılmaz");
  g_assert_cmpint (crm_customer_get_kind (customer), ==, CRM_CUSTOMER_KIND_PERSON);
  g_assert_cmpint (crm_customer_get_loyalty_points (customer), ==, 120);

  /* The same values through GObject, which views bind to. */
  g_object_get (customer, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Ayşe Yılmaz");

  g_assert_cmpint (crm_ticket_get_status (ticket), ==, CRM_TICKET_STATUS_RECEIVED);
  g_assert_cmpint (crm_ticket_get_priority (ticket), ==, CRM_TICKET_PRIORITY_NORMAL);
  crm_ticket_set_satisfaction (ticket, 9);  /* clamped to the 1–5 scale's maximum */
  g_assert_cmpint (crm_ticket_get_satisfaction (ticket), ==, 5);
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(CrmContact) contact = crm_contact_new ();
  guint count = 0;

  g_signal_connect (contact, "notify::email", G_CALLBACK (count_notify), &count);
  crm_contact_set_email (contact, "ana@example.com");
  crm_contact_set_email (contact, "ana@example.com");
  g_object_set (contact, "email", "ana@example.com", NULL);
  g_assert_cmpuint (count, ==, 1);
  crm_contact_set_email (contact, NULL);
  g_assert_cmpuint (count, ==, 2);
}

static void
test_validation (void)
{
  g_autoptr(CrmCustomer) customer = crm_customer_new ();
  g_autoptr(CrmOrderLine) line = crm_order_line_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (crm_record_validate (CRM_RECORD (customer), &error));
  g_assert_cmpstr (error->message, ==, "The customer has no name.");
  g_clear_error (&error);

  crm_customer_set_name (customer, "   ");
  g_assert_false (crm_record_validate (CRM_RECORD (customer), &error));
  g_clear_error (&error);

  crm_customer_set_name (customer, "José García");
  crm_customer_set_email (customer, "jose.garcia@");
  g_assert_false (crm_record_validate (CRM_RECORD (customer), &error));
  g_assert_true (strstr (error->message, "jose.garcia@") != NULL);
  g_clear_error (&error);

  crm_customer_set_email (customer, "jose.garcia@example.es");
  g_assert_true (crm_record_validate (CRM_RECORD (customer), &error));
  g_assert_no_error (error);

  g_assert_false (crm_record_validate (CRM_RECORD (line), &error));
  g_assert_cmpstr (error->message, ==, "The order line has no order.");
}

static void
test_registry (void)
{
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_types;
  const GType *types = crm_models_list_types (&n_types);

  g_assert_cmpuint (n_types, ==, 19);
  for (guint i = 0; i < n_types; i++)
    {
      CrmRecordClass *klass = g_type_class_peek (types[i]);
      g_autofree GParamSpec **columns = NULL;
      guint n_columns;

      g_assert_true (g_type_is_a (types[i], CRM_TYPE_RECORD));
      g_assert_nonnull (klass->entity);
      g_assert_true (g_hash_table_add (tables, (gpointer)klass->table));
      g_assert_cmpuint (crm_models_type_from_entity (klass->entity), ==, types[i]);
      g_assert_cmpuint (crm_models_entity_code (types[i]), ==, i + 1);

      columns = crm_record_class_list_columns (klass, &n_columns);
      g_assert_cmpstr (columns[0]->name, ==, "id");
      for (guint j = 0; j < n_columns; j++)
        if (columns[j]->flags & CRM_PARAM_REFERENCE)
          g_assert_cmpuint (crm_models_reference_type (columns[j]), !=, G_TYPE_INVALID);
    }

  g_assert_cmpuint (crm_models_type_from_entity ("robot"), ==, G_TYPE_INVALID);
}

static void
test_uuid (void)
{
  g_autofree char *a = crm_uuid_new ();
  g_autofree char *b = crm_uuid_new ();

  g_assert_true (g_uuid_string_is_valid (a));
  g_assert_cmpstr (a, !=, b);
  g_assert_cmpint (a[14], ==, '4');
}

static void
test_money (void)
{
  g_autoptr(GError) error = NULL;
  gint64 minor = 0;
  struct {
    const char *text;
    const char *currency;
    gint64 expected;
  } good[] = {
    { "1250.50", "EUR", 125050 },
    { "1250,5", "EUR", 125050 },
    { "-3.2", "EUR", -320 },
    { " 7 ", "TRY", 700 },
    { "1500", "JPY", 1500 },
    { "1.250", "KWD", 1250 },
    { "2.50", "EUR", 250 },
    { "2.500", "EUR", 250 },
  };
  const char *bad[] = { "", "abc", "12a", "1.2.3", "--1", "1 000", "€12" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (crm_money_parse (good[i].text, good[i].currency, &minor, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minor, ==, good[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (crm_money_parse (bad[i], "EUR", &minor, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }

  /* More decimals than the currency has would be rounded away: refused. */
  g_assert_false (crm_money_parse ("1250.505", "EUR", &minor, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  {
    g_autofree char *a = crm_money_format (125050, "EUR");
    g_autofree char *b = crm_money_format (-5, "EUR");
    g_autofree char *c = crm_money_format (1500, "JPY");

    g_assert_cmpstr (a, ==, "1250.50");
    g_assert_cmpstr (b, ==, "-0.05");
    g_assert_cmpstr (c, ==, "1500");
  }

  /* Half up, in integers: 3 × 3.33 with 10 % off is 8.991 → 8.99. */
  g_assert_cmpint (crm_money_line_total (3, 333, 1000), ==, 899);
  g_assert_cmpint (crm_money_line_total (1, 5, 1000), ==, 5);  /* 4.5 → 5 */
  g_assert_cmpint (crm_money_line_total (2, 1999, 0), ==, 3998);
}

static void
test_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 seconds = 0;

  g_assert_true (crm_time_parse ("2026-03-01", &seconds, &error));
  g_assert_cmpint (seconds, ==, 1772323200);
  g_assert_true (crm_time_parse ("2026-03-01T09:30:00Z", &seconds, &error));
  g_assert_cmpint (seconds, ==, 1772323200 + 9 * 3600 + 30 * 60);
  g_assert_true (crm_time_parse ("2026-03-01T09:30:00+02:00", &seconds, &error));
  g_assert_cmpint (seconds, ==, 1772323200 + 7 * 3600 + 30 * 60);
  g_assert_true (crm_time_parse ("1772323200", &seconds, &error));
  g_assert_cmpint (seconds, ==, 1772323200);
  g_assert_no_error (error);

  g_assert_false (crm_time_parse ("2026-13-01", &seconds, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (crm_time_parse ("yesterday", &seconds, &error));
  g_clear_error (&error);

  g_assert_false (crm_time_parse ("2026-02-29", &seconds, &error));  /* not a leap year */
  g_clear_error (&error);
  g_assert_false (crm_time_parse ("2026-03-01T24:00:00Z", &seconds, &error));
  g_clear_error (&error);

  text = crm_time_format (1772323200 + 59);
  g_assert_cmpstr (text, ==, "2026-03-01T00:00:59Z");

  /* Crm's own forms take a shortcut past GDateTime: it must agree with it on
   * every day of four centuries (leap days, century years) and any time. */
  for (gint64 day = -30000; day < 146097 - 30000; day += 1)
    {
      gint64 expected = day * 86400 + (day % 86400 + 86400) % 86400;
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (expected);
      g_autofree char *date = g_date_time_format (time, "%Y-%m-%d");
      g_autofree char *full = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      g_assert_true (crm_time_parse (full, &seconds, NULL));
      g_assert_cmpint (seconds, ==, expected);
      g_assert_true (crm_time_parse (date, &seconds, NULL));
      g_assert_cmpint (seconds, ==, expected - (expected % 86400 + 86400) % 86400);
    }
}

static void
test_field_text (void)
{
  g_autoptr(CrmProduct) product = crm_product_new ();
  g_autoptr(CrmActivity) activity = crm_activity_new ();
  g_autoptr(GError) error = NULL;
  GObjectClass *klass = G_OBJECT_GET_CLASS (activity);
  g_autofree char *price = NULL;

  crm_product_set_currency (product, "EUR");
  g_assert_true (crm_field_set_text (CRM_RECORD (product),
                                     g_object_class_find_property (G_OBJECT_GET_CLASS (product), "unit-price"),
                                     "19.99", &error));
  g_assert_cmpint (crm_product_get_unit_price (product), ==, 1999);
  price = crm_field_to_text (CRM_RECORD (product),
                             g_object_class_find_property (G_OBJECT_GET_CLASS (product), "unit-price"));
  g_assert_cmpstr (price, ==, "19.99");

  g_assert_true (crm_field_set_text (CRM_RECORD (activity), g_object_class_find_property (klass, "kind"),
                                     "Meeting", &error));
  g_assert_cmpint (crm_activity_get_kind (activity), ==, CRM_ACTIVITY_KIND_MEETING);
  g_assert_true (crm_field_set_text (CRM_RECORD (activity), g_object_class_find_property (klass, "done"),
                                     "yes", &error));
  g_assert_true (crm_activity_get_done (activity));
  g_assert_no_error (error);

  g_assert_false (crm_field_set_text (CRM_RECORD (activity), g_object_class_find_property (klass, "kind"),
                                      "telepathy", &error));
  g_assert_nonnull (strstr (error->message, "call, meeting"));
  g_clear_error (&error);

  g_assert_false (crm_field_set_text (CRM_RECORD (activity),
                                      g_object_class_find_property (klass, "duration-minutes"),
                                      "-5", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/typed-accessors", test_typed_accessors);
  g_test_add_func ("/models/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/models/validation", test_validation);
  g_test_add_func ("/models/registry", test_registry);
  g_test_add_func ("/models/uuid", test_uuid);
  g_test_add_func ("/models/money", test_money);
  g_test_add_func ("/models/times", test_times);
  g_test_add_func ("/models/field-text", test_field_text);

  return g_test_run ();
}
