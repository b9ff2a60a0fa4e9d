/* test-products.c: finding products, and products in and out of CSV files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-test"

#include "config.h"

#include <string.h>

#include "crm-export.h"
#include "crm-import.h"
#include "crm-product-query.h"
#include "crm-test-utils.h"

static CrmProduct *
add_product (CrmStore   *store,
             const char *name,
             const char *sku,
             const char *category)
{
  return crm_test_save (store, CRM_TYPE_PRODUCT,
                        "name", name, "sku", sku, "category", category,
                        "currency", "EUR", "unit-price", (gint64)1000,
                        NULL);
}

static GStrv
search_names (CrmStore   *store,
              const char *text,
              guint       limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) products = crm_product_query_search (store, text, limit, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_assert_no_error (error);
  g_assert_nonnull (products);
  for (guint i = 0; i < products->len; i++)
    g_strv_builder_add (names, crm_product_get_name (g_ptr_array_index (products, i)));

  return g_strv_builder_end (names);
}

static void
assert_names (CrmStore   *store,
              const char *text,
              const char *expected)
{
  g_auto(GStrv) names = search_names (store, text, 0);
  g_autofree char *joined = g_strjoinv (",", names);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_search (void)
{
  CrmTestDb *db = crm_test_db_new ();
  g_autoptr(CrmProduct) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) limited = NULL;

  g_object_unref (add_product (db->store, "Widget", "W-100", "Hardware"));
  g_object_unref (add_product (db->store, "Crème brûlée kit", "DES-7", "Food"));
  g_object_unref (add_product (db->store, "apple crate", NULL, NULL));
  g_object_unref (add_product (db->store, "Discount 50%", "PROMO_1", "Offers"));
  deleted = add_product (db->store, "Widget gone", "W-200", "Hardware");
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (deleted), &error));
  g_assert_no_error (error);

  /* By name, case and accents folded, sorted the same way. */
  assert_names (db->store, NULL, "apple crate,Crème brûlée kit,Discount 50%,Widget");
  assert_names (db->store, "  ", "apple crate,Crème brûlée kit,Discount 50%,Widget");
  assert_names (db->store, "CREME", "Crème brûlée kit");
  assert_names (db->store, "widget", "Widget");
  /* By SKU and by category. */
  assert_names (db->store, "w-1", "Widget");
  assert_names (db->store, "food", "Crème brûlée kit");
  /* The user's text is text, never a pattern. */
  assert_names (db->store, "50%", "Discount 50%");
  assert_names (db->store, "_", "Discount 50%");
  assert_names (db->store, "%", "Discount 50%");
  assert_names (db->store, "'; DROP TABLE products; --", "");
  assert_names (db->store, "nothing like it", "");

  limited = search_names (db->store, NULL, 2);
  g_assert_cmpuint (g_strv_length (limited), ==, 2);
  g_assert_cmpstr (limited[0], ==, "apple crate");

  crm_test_db_free (db);
}

static void
test_sku_owner (void)
{
  CrmTestDb *db = crm_test_db_new ();
  g_autoptr(CrmProduct) widget = add_product (db->store, "Widget", "W-100", NULL);
  g_autoptr(CrmProduct) gone = add_product (db->store, "Gone", "G-1", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *none = NULL;
  g_autofree char *self_owner = NULL;
  g_autofree char *deleted_owner = NULL;

  owner = crm_product_query_sku_owner (db->store, " W-100 ", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (owner, ==, crm_record_get_id (CRM_RECORD (widget)));

  /* A product does not clash with itself. */
  self_owner = crm_product_query_sku_owner (db->store, "W-100", crm_record_get_id (CRM_RECORD (widget)), &error);
  g_assert_no_error (error);
  g_assert_null (self_owner);

  none = crm_product_query_sku_owner (db->store, "W-999", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (none);
  g_assert_null (crm_product_query_sku_owner (db->store, "", NULL, &error));

  /* A deleted product frees its SKU. */
  g_assert_true (crm_store_delete (db->store, CRM_RECORD (gone), &error));
  deleted_owner = crm_product_query_sku_owner (db->store, "G-1", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (deleted_owner);

  crm_test_db_free (db);
}

static char *
export_csv (CrmStore *store)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  guint64 n_exported = 0;

  g_assert_true (crm_export (store, CRM_TYPE_PRODUCT, CRM_EXPORT_CSV, output, &n_exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (output, NULL, NULL));

  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (output)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)));
}

static CrmImportReport *
import_csv (CrmStore   *store,
            const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CrmImportReport *report;

  report = crm_import_bytes (store, CRM_TYPE_PRODUCT, bytes, "products.csv",
                             NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static void
test_csv_update_by_sku (void)
{
  CrmTestDb *db = crm_test_db_new ();
  g_autoptr(CrmImportReport) report = NULL;
  g_autoptr(CrmProduct) widget = NULL;
  g_autoptr(CrmProduct) bolt = NULL;
  CrmImportProblem *problem;

  g_object_unref (add_product (db->store, "Widget", "W-100", "Hardware"));

  report = import_csv (db->store,
                       "SKU,Name,Price,Currency,Loyalty Points,Repurchase Days,Active\n"
                       "W-100,Widget Pro,12.50,EUR,5,30,true\n"
                       "B-1,Bolt,0.20,EUR,0,0,true\n"
                       "X-1,Broken,twelve,EUR,0,0,true\n"
                       ",,1.00,EUR,0,0,true\n");
  g_assert_cmpuint (report->added, ==, 1);
  g_assert_cmpuint (report->updated, ==, 1);
  g_assert_cmpuint (report->rejected, ==, 2);
  problem = g_ptr_array_index (report->problems, 0);
  g_assert_cmpuint (problem->line, ==, 4);
  g_assert_nonnull (strstr (problem->message, "Price"));
  problem = g_ptr_array_index (report->problems, 1);
  g_assert_cmpuint (problem->line, ==, 5);

  g_assert_cmpint (crm_store_count (db->store, CRM_TYPE_PRODUCT), ==, 2);
  widget = crm_store_find (db->store, CRM_TYPE_PRODUCT, "sku", "W-100", NULL);
  g_assert_cmpstr (crm_product_get_name (widget), ==, "Widget Pro");
  g_assert_cmpint (crm_product_get_unit_price (widget), ==, 1250);
  g_assert_cmpint (crm_product_get_loyalty_points (widget), ==, 5);
  g_assert_cmpint (crm_product_get_repurchase_days (widget), ==, 30);
  /* A column the file lacks is left as it was. */
  g_assert_cmpstr (crm_product_get_category (widget), ==, "Hardware");
  bolt = crm_store_find (db->store, CRM_TYPE_PRODUCT, "sku", "B-1", NULL);
  g_assert_cmpint (crm_product_get_unit_price (bolt), ==, 20);

  crm_test_db_free (db);
}

static void
test_csv_round_trip (void)
{
  CrmTestDb *db = crm_test_db_new ();
  CrmTestDb *copy = crm_test_db_new ();
  g_autoptr(CrmImportReport) report = NULL;
  g_autoptr(CrmImportReport) again = NULL;
  g_autoptr(CrmProduct) kit = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_copy = NULL;

  kit = crm_test_save (db->store, CRM_TYPE_PRODUCT,
                       "name", "Crème, \"brûlée\" kit", "sku", "DES-7", "category", "Food",
                       "description", "Two lines\nof text", "currency", "JPY",
                       "unit-price", (gint64)1500, "unit-cost", (gint64)900,
                       "loyalty-points", (gint64)15, "repurchase-days", 60, "active", FALSE,
                       NULL);
  g_object_unref (add_product (db->store, "Widget", "W-100", "Hardware"));

  csv = export_csv (db->store);
  g_assert_true (g_str_has_prefix (csv, "id,"));

  report = import_csv (copy->store, csv);
  g_assert_cmpuint (report->added, ==, 2);
  g_assert_cmpuint (report->rejected, ==, 0);

  csv_copy = export_csv (copy->store);
  g_assert_cmpstr (csv_copy, ==, csv);

  /* Importing the same file again updates; it adds nothing. */
  again = import_csv (copy->store, csv);
  g_assert_cmpuint (again->added, ==, 0);
  g_assert_cmpuint (again->updated, ==, 2);
  g_assert_cmpint (crm_store_count (copy->store, CRM_TYPE_PRODUCT), ==, 2);

  crm_test_db_free (copy);
  crm_test_db_free (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/products/search", test_search);
  g_test_add_func ("/products/sku-owner", test_sku_owner);
  g_test_add_func ("/products/csv/update-by-sku", test_csv_update_by_sku);
  g_test_add_func ("/products/csv/round-trip", test_csv_round_trip);

  return g_test_run ();
}
