/* test-ui-quotes.c: the quote editor, driven as a salesperson would, on a
 * display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "crm-field.h"
#include "crm-page-format.h"
#include "crm-quote-totals.h"
#include "crm-test-ui.h"
#include "crm-test-utils.h"
#include "crm-customers-view.h"
#include "crm-window.h"
#include "quotes/crm-quote-editor.h"

/* Longer than the editor's pause before it saves what was typed. */
#define AFTER_SAVE_DELAY_MS 900

typedef struct
{
  CrmTestDb *db;
  CrmWindow *window;
} Fixture;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = crm_test_ui_db_new ();
  fixture->window = crm_window_new (NULL, fixture->db->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  crm_test_wait_until (window_is_mapped, fixture->window, "the window to appear");
}

static guint
count_editors (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      n += CRM_IS_QUOTE_EDITOR (window);
    }

  return n;
}

static CrmQuoteEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CRM_IS_QUOTE_EDITOR (window))
        {
          /* GTK 4.8 trips over a window destroyed before it is mapped
           * (its surface's signals still reach it), so every editor the
           * tests look at is on screen first. */
          crm_test_wait_until (window_is_mapped, window, "the quote editor to appear");
          return CRM_QUOTE_EDITOR (window);
        }
    }

  return NULL;
}

static gboolean
has_editor (gpointer data)
{
  return find_editor () != NULL;
}

static void
close_editors (void)
{
  CrmQuoteEditor *editor;

  while ((editor = find_editor ()) != NULL)
    crm_test_close_window (GTK_WINDOW (editor));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_editors ();
  crm_test_close_window (GTK_WINDOW (fixture->window));
  crm_test_db_free (fixture->db);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* A demo deal with a customer, in euros like the demo's products. */
static char *
find_deal (Fixture *fixture)
{
  g_autoptr(GPtrArray) deals = crm_store_list (fixture->db->store, CRM_TYPE_DEAL, NULL, NULL, NULL);

  for (guint i = 0; deals != NULL && i < deals->len; i++)
    {
      CrmDeal *deal = g_ptr_array_index (deals, i);

      if (crm_deal_get_customer_id (deal) != NULL && g_strcmp0 (crm_deal_get_currency (deal), "EUR") == 0)
        return g_strdup (crm_record_get_id (CRM_RECORD (deal)));
    }

  g_assert_not_reached ();
}

/* An active product priced in @currency. */
static CrmProduct *
find_product (Fixture    *fixture,
              const char *currency)
{
  g_autoptr(GPtrArray) products = crm_store_list (fixture->db->store, CRM_TYPE_PRODUCT, NULL, NULL, NULL);

  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      CrmProduct *product = g_ptr_array_index (products, i);

      if (crm_product_get_active (product) && crm_product_get_unit_price (product) > 0 &&
          g_strcmp0 (crm_product_get_currency (product), currency) == 0)
        return g_object_ref (product);
    }

  g_assert_not_reached ();
}

static CrmQuoteEditor *
new_quote_for_deal (Fixture    *fixture,
                    const char *deal_id)
{
  CrmQuoteEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "quote.new-for-deal", "s", deal_id));
  editor = find_editor ();
  g_assert_nonnull (editor);
  crm_test_wait_until (window_is_mapped, editor, "the quote editor to appear");

  return editor;
}

static CrmQuote *
load_quote (Fixture        *fixture,
            CrmQuoteEditor *editor)
{
  g_autoptr(GError) error = NULL;
  CrmQuote *quote = crm_store_load (fixture->db->store, CRM_TYPE_QUOTE, crm_quote_editor_get_quote_id (editor),
                                    &error);

  g_assert_no_error (error);
  return quote;
}

static CrmQuoteLine *
load_line (Fixture         *fixture,
           CrmQuoteLineRow *row)
{
  g_autoptr(GError) error = NULL;
  CrmQuoteLine *line = crm_store_load (fixture->db->store, CRM_TYPE_QUOTE_LINE,
                                       crm_quote_line_row_get_line_id (row), &error);

  g_assert_no_error (error);
  return line;
}

static void
type_into (CrmQuoteLineRow *row,
           const char      *field,
           const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (crm_quote_line_row_get_field (row, field)), text);
}

typedef struct
{
  Fixture         *fixture;
  CrmQuoteLineRow *row;
  int              discount;
} SavedCheck;

static gboolean
discount_is_saved (gpointer data)
{
  SavedCheck *check = data;
  g_autoptr(CrmQuoteLine) line = load_line (check->fixture, check->row);

  return crm_quote_line_get_discount (line) == check->discount;
}

/* What the editor must show: the core's arithmetic, never floating point. */
static char *
expected_total (gint64      quantity,
                gint64      price,
                int         discount,
                int         tax_rate,
                const char *currency)
{
  CrmQuoteLineAmounts amounts = { quantity, price, discount };
  CrmQuoteTotals totals;

  crm_quote_totals_compute (&amounts, 1, tax_rate, &totals);
  return crm_page_format_money (totals.total, currency);
}

static void
test_edit_print_accept (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *deal_id = find_deal (fixture);
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(CrmProduct) product = NULL;
  g_autoptr(CrmQuoteLine) line = NULL;
  g_autoptr(CrmOrder) order = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *price_text = NULL;
  CrmQuoteEditor *editor;
  CrmQuoteLineRow *row;
  const char *currency;
  gint64 price;
  int tax_rate;
  gsize length;

  /* A draft for the deal, opened in its editor. */
  editor = new_quote_for_deal (fixture, deal_id);
  quote = load_quote (fixture, editor);
  g_assert_cmpstr (crm_quote_get_deal_id (quote), ==, deal_id);
  g_assert_cmpint (crm_quote_get_status (quote), ==, CRM_QUOTE_STATUS_DRAFT);
  currency = crm_quote_get_currency (quote);
  tax_rate = crm_quote_get_tax_rate (quote);
  g_assert_cmpuint (crm_quote_editor_get_n_lines (editor), ==, 0);

  /* A line of a product: its name and price fill the line. */
  row = crm_quote_editor_add_line (editor);
  g_assert_nonnull (row);
  product = find_product (fixture, currency);
  price = crm_product_get_unit_price (product);
  crm_quote_line_row_choose_product (row, crm_record_get_id (CRM_RECORD (product)));
  line = load_line (fixture, row);
  g_assert_cmpstr (crm_quote_line_get_product_id (line), ==, crm_record_get_id (CRM_RECORD (product)));
  g_assert_cmpstr (crm_quote_line_get_description (line), ==, crm_product_get_name (product));
  g_assert_cmpint (crm_quote_line_get_unit_price (line), ==, price);
  g_clear_object (&line);

  /* The totals follow the typing before anything is saved. */
  type_into (row, "quantity", "3");
  expected = expected_total (3, price, 0, tax_rate, currency);
  g_assert_cmpstr (crm_quote_editor_get_total_text (editor), ==, expected);
  g_clear_pointer (&expected, g_free);

  type_into (row, "discount", "12.5");
  expected = expected_total (3, price, 1250, tax_rate, currency);
  g_assert_cmpstr (crm_quote_editor_get_total_text (editor), ==, expected);
  g_clear_pointer (&expected, g_free);

  /* Saved after the pause in the typing, without a flush. */
  {
    SavedCheck check = { fixture, row, 1250 };

    crm_test_wait_until (discount_is_saved, &check, "the line to save itself");
  }
  line = load_line (fixture, row);
  g_assert_cmpint (crm_quote_line_get_quantity (line), ==, 3);
  g_assert_cmpint (crm_quote_line_get_discount (line), ==, 1250);
  g_clear_object (&line);

  /* Bad input is marked and never saved. */
  type_into (row, "quantity", "-2");
  type_into (row, "price", "twelve");
  type_into (row, "discount", "150");
  g_assert_true (crm_quote_line_row_has_problem (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (crm_quote_line_row_get_field (row, "quantity")), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (crm_quote_line_row_get_field (row, "price")), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (crm_quote_line_row_get_field (row, "discount")), "error"));
  crm_test_run_for (AFTER_SAVE_DELAY_MS);
  g_assert_true (crm_quote_editor_flush (editor));
  line = load_line (fixture, row);
  g_assert_cmpint (crm_quote_line_get_quantity (line), ==, 3);
  g_assert_cmpint (crm_quote_line_get_unit_price (line), ==, price);
  g_assert_cmpint (crm_quote_line_get_discount (line), ==, 1250);
  g_clear_object (&line);

  price_text = crm_money_format (price, currency);
  type_into (row, "quantity", "3");
  type_into (row, "price", price_text);
  type_into (row, "discount", "10");
  g_assert_false (crm_quote_line_row_has_problem (row));
  g_assert_true (crm_quote_editor_flush (editor));
  line = load_line (fixture, row);
  g_assert_cmpint (crm_quote_line_get_discount (line), ==, 1000);

  /* A change made elsewhere shows, but not over what is being typed. */
  type_into (row, "description", "Typed, not saved yet");
  crm_quote_line_set_quantity (line, 4);
  g_assert_true (crm_store_save (fixture->db->store, CRM_RECORD (line), NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (crm_quote_line_row_get_field (row, "quantity"))), ==, "4");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (crm_quote_line_row_get_field (row, "description"))), ==,
                   "Typed, not saved yet");
  g_clear_object (&line);
  expected = expected_total (4, price, 1000, tax_rate, currency);
  g_assert_cmpstr (crm_quote_editor_get_total_text (editor), ==, expected);
  g_clear_pointer (&expected, g_free);

  /* The PDF, as Save as PDF writes it once a file is chosen. */
  pdf_path = g_build_filename (fixture->db->folder, "Quote.pdf", NULL);
  g_assert_true (crm_quote_editor_save_pdf (editor, pdf_path));
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  /* A folder that does not exist: one sentence, no file. */
  g_assert_false (crm_quote_editor_save_pdf (editor, "/nonexistent-folder/Quote.pdf"));
  g_assert_nonnull (strstr (crm_quote_editor_get_last_message (editor), "folder"));

  /* Opening it again shows the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "quote.open", "s",
                                             crm_quote_editor_get_quote_id (editor)));
  g_assert_cmpuint (count_editors (), ==, 1);

  /* Accepting makes the order; the quote no longer changes. */
  g_assert_true (crm_quote_editor_accept (editor));
  order = crm_store_find (fixture->db->store, CRM_TYPE_ORDER, "quote-id", crm_quote_editor_get_quote_id (editor), NULL);
  g_assert_nonnull (order);
  expected = g_strdup_printf ("Order %s created", crm_order_get_number (order));
  g_assert_cmpstr (crm_quote_editor_get_last_message (editor), ==, expected);
  g_assert_true (crm_quote_editor_get_read_only (editor));
  g_assert_null (crm_quote_editor_add_line (editor));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (crm_quote_line_row_get_field (row, "quantity"))));
  g_clear_object (&quote);
  quote = load_quote (fixture, editor);
  g_assert_cmpint (crm_quote_get_status (quote), ==, CRM_QUOTE_STATUS_ACCEPTED);
}

/* The customer page's New Quote: a draft for the customer. */
static void
test_new_for_customer (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) customers = crm_store_list (fixture->db->store, CRM_TYPE_CUSTOMER, NULL, NULL, NULL);
  const char *customer_id = crm_record_get_id (g_ptr_array_index (customers, 0));
  g_autoptr(CrmQuote) quote = NULL;
  CrmQuoteEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "quote.new-for-customer", "s",
                                             customer_id));
  editor = find_editor ();
  g_assert_nonnull (editor);
  quote = load_quote (fixture, editor);
  g_assert_cmpstr (crm_quote_get_customer_id (quote), ==, customer_id);

  /* A customer that does not exist: a toast, no editor. */
  close_editors ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "quote.new-for-customer", "s",
                                             "no-such-customer"));
  g_assert_null (find_editor ());
}

/* The first widget under @root whose action is @action_name. */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_actionable (gpointer data)
{
  gpointer *args = data;

  return find_actionable (args[0], args[1]) != NULL;
}

/* The customer page: New Quote makes one for its customer; a quote's row
 * opens it. */
static void
test_customer_page (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) quotes = crm_store_list (fixture->db->store, CRM_TYPE_QUOTE, NULL, NULL, NULL);
  const char *customer_id = crm_quote_get_customer_id (g_ptr_array_index (quotes, 0));
  CrmCustomersView *view = crm_window_get_customers_view (fixture->window);
  GtkWidget *page = GTK_WIDGET (crm_customers_view_get_page (view));
  g_autoptr(CrmQuote) quote = NULL;
  gpointer args[2] = { page, (gpointer) "quote.open" };
  CrmQuoteEditor *editor;
  GtkWidget *button;
  GtkWidget *row;
  GVariant *target;

  crm_customers_view_show_customer (view, customer_id);
  crm_test_wait_until (has_actionable, args, "the quote rows to appear");

  button = find_actionable (page, "quote.new-for-customer");
  g_assert_nonnull (button);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, customer_id);
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
    double x, y;

    crm_test_run_for (200);
    g_assert_true (gtk_widget_translate_coordinates (button, content, 0, 0, &x, &y));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), y - 200);
  }
  crm_test_save_screenshot (GTK_WIDGET (fixture->window), "quote-customer-page");

  /* A button's activation clicks it a moment later, as a press would. */
  g_assert_true (gtk_widget_activate (button));
  crm_test_wait_until (has_editor, NULL, "the quote editor to open");
  editor = find_editor ();
  quote = load_quote (fixture, editor);
  g_assert_cmpstr (crm_quote_get_customer_id (quote), ==, customer_id);
  close_editors ();

  row = find_actionable (page, "quote.open");
  g_assert_nonnull (row);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_signal_emit_by_name (row, "activate");
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (crm_quote_editor_get_quote_id (editor), ==, g_variant_get_string (target, NULL));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *name;
    int         width;
    int         height;
    gboolean    dark;
    gboolean    line_open;
  } shots[] = {
    { "quote-editor-wide-light", 900, 1000, FALSE, FALSE },
    { "quote-editor-wide-dark", 900, 1000, TRUE, FALSE },
    { "quote-editor-wide-line-open", 900, 1000, FALSE, TRUE },
    { "quote-editor-narrow-light", 360, 700, FALSE, TRUE },
  };
  g_autofree char *deal_id = find_deal (fixture);
  g_autoptr(CrmQuote) quote = NULL;
  g_autoptr(CrmProduct) product = NULL;
  g_autofree char *quote_id = NULL;
  CrmQuoteEditor *editor = new_quote_for_deal (fixture, deal_id);
  CrmQuoteLineRow *row;

  quote = load_quote (fixture, editor);
  quote_id = g_strdup (crm_quote_editor_get_quote_id (editor));
  product = find_product (fixture, crm_quote_get_currency (quote));
  row = crm_quote_editor_add_line (editor);
  crm_quote_line_row_choose_product (row, crm_record_get_id (CRM_RECORD (product)));
  type_into (row, "quantity", "2");
  type_into (row, "discount", "5");
  row = crm_quote_editor_add_line (editor);
  type_into (row, "description", "Installation on site");
  type_into (row, "price", "abc");
  g_assert_true (crm_quote_editor_flush (editor));

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      close_editors ();
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      editor = crm_quote_editor_open (GTK_WINDOW (fixture->window), fixture->db->store, quote_id);
      gtk_window_set_default_size (GTK_WINDOW (editor), shots[i].width, shots[i].height);
      crm_test_wait_until (window_is_mapped, editor, "the quote editor to appear");
      row = crm_quote_editor_get_line_row (editor, 0);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), shots[i].line_open);
      type_into (crm_quote_editor_get_line_row (editor, 1), "price", "abc");
      /* Past the row's opening animation. */
      crm_test_run_for (600);
      crm_test_save_screenshot (GTK_WIDGET (editor), shots[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!crm_test_ui_init ())
    return g_test_run ();

  g_test_add ("/ui-quotes/edit-print-accept", Fixture, NULL, fixture_set_up, test_edit_print_accept, fixture_tear_down);
  g_test_add ("/ui-quotes/new-for-customer", Fixture, NULL, fixture_set_up, test_new_for_customer, fixture_tear_down);
  g_test_add ("/ui-quotes/customer-page", Fixture, NULL, fixture_set_up, test_customer_page, fixture_tear_down);
  g_test_add ("/ui-quotes/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}
