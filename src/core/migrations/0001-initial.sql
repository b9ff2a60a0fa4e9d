-- Crm schema, version 1.
--
-- Every table has an integer key (pk) for compact internal references (lists,
-- full-text index, change log) and a UUID (id) that is the record's identity
-- everywhere else (foreign keys, files, sync). Deletes are tombstones (deleted = 1).
-- crm_fold() and the "crm" tokenizer are registered by CrmStore on every connection.

-- What changed, for the sync engine: one row per change, written by the triggers
-- below so that no path (store, import, trigger, hand-written SQL) can skip it.
-- entity is CrmRecord's entity code (crm-models.c), kind 0 create, 1 update,
-- 2 delete (tombstone), 3 purge.
-- seq only grows: rows are removed from the start of the log (once synced),
-- never from its end, so SQLite never reuses a number.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  entity INTEGER NOT NULL,
  record_pk INTEGER NOT NULL,
  kind INTEGER NOT NULL
);

CREATE TABLE customers (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'company',
  name TEXT,
  company TEXT,
  email TEXT,
  phone TEXT,
  website TEXT,
  address TEXT,
  city TEXT,
  postal_code TEXT,
  country TEXT,
  region TEXT,
  segment TEXT,
  owner_id TEXT REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED,
  loyalty_points INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);

CREATE TRIGGER customers_log_insert AFTER INSERT ON customers BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (1, new.pk, 0);
END;
CREATE TRIGGER customers_log_update AFTER UPDATE ON customers BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (1, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER customers_log_delete AFTER DELETE ON customers BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (1, old.pk, 3);
END;

CREATE TABLE contacts (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT,
  title TEXT,
  email TEXT,
  phone TEXT,
  mobile TEXT,
  city TEXT,
  is_primary INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);

CREATE TRIGGER contacts_log_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (2, new.pk, 0);
END;
CREATE TRIGGER contacts_log_update AFTER UPDATE ON contacts BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (2, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER contacts_log_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (2, old.pk, 3);
END;

CREATE TABLE staff (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  email TEXT,
  phone TEXT,
  role TEXT,
  region TEXT,
  quota INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER staff_log_insert AFTER INSERT ON staff BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (3, new.pk, 0);
END;
CREATE TRIGGER staff_log_update AFTER UPDATE ON staff BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (3, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER staff_log_delete AFTER DELETE ON staff BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (3, old.pk, 3);
END;

CREATE TABLE products (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  sku TEXT,
  category TEXT,
  description TEXT,
  unit_price INTEGER NOT NULL DEFAULT 0,
  unit_cost INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  loyalty_points INTEGER NOT NULL DEFAULT 0,
  repurchase_days INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER products_log_insert AFTER INSERT ON products BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (4, new.pk, 0);
END;
CREATE TRIGGER products_log_update AFTER UPDATE ON products BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (4, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER products_log_delete AFTER DELETE ON products BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (4, old.pk, 3);
END;

CREATE TABLE pipeline_stages (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  probability INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'open'
);

CREATE TRIGGER pipeline_stages_log_insert AFTER INSERT ON pipeline_stages BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (5, new.pk, 0);
END;
CREATE TRIGGER pipeline_stages_log_update AFTER UPDATE ON pipeline_stages BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (5, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER pipeline_stages_log_delete AFTER DELETE ON pipeline_stages BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (5, old.pk, 3);
END;

CREATE TABLE deals (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  contact_id TEXT REFERENCES contacts (id) DEFERRABLE INITIALLY DEFERRED,
  title TEXT,
  stage_id TEXT REFERENCES pipeline_stages (id) DEFERRABLE INITIALLY DEFERRED,
  owner_id TEXT REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED,
  amount INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  expected_close_at INTEGER NOT NULL DEFAULT 0,
  stage_entered_at INTEGER NOT NULL DEFAULT 0,
  closed_at INTEGER NOT NULL DEFAULT 0,
  close_reason TEXT,
  campaign_id TEXT REFERENCES campaigns (id) DEFERRABLE INITIALLY DEFERRED,
  notes TEXT
);

CREATE TRIGGER deals_log_insert AFTER INSERT ON deals BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (6, new.pk, 0);
END;
CREATE TRIGGER deals_log_update AFTER UPDATE ON deals BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (6, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER deals_log_delete AFTER DELETE ON deals BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (6, old.pk, 3);
END;

CREATE TABLE quotes (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  deal_id TEXT REFERENCES deals (id) DEFERRABLE INITIALLY DEFERRED,
  number TEXT,
  status TEXT NOT NULL DEFAULT 'draft',
  issued_at INTEGER NOT NULL DEFAULT 0,
  valid_until INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  tax_rate INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);

CREATE TRIGGER quotes_log_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (7, new.pk, 0);
END;
CREATE TRIGGER quotes_log_update AFTER UPDATE ON quotes BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (7, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER quotes_log_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (7, old.pk, 3);
END;

CREATE TABLE quote_lines (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  quote_id TEXT REFERENCES quotes (id) DEFERRABLE INITIALLY DEFERRED,
  product_id TEXT REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,
  description TEXT,
  quantity INTEGER NOT NULL DEFAULT 0,
  unit_price INTEGER NOT NULL DEFAULT 0,
  discount INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER quote_lines_log_insert AFTER INSERT ON quote_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (8, new.pk, 0);
END;
CREATE TRIGGER quote_lines_log_update AFTER UPDATE ON quote_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (8, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER quote_lines_log_delete AFTER DELETE ON quote_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (8, old.pk, 3);
END;

CREATE TABLE orders (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  quote_id TEXT REFERENCES quotes (id) DEFERRABLE INITIALLY DEFERRED,
  deal_id TEXT REFERENCES deals (id) DEFERRABLE INITIALLY DEFERRED,
  number TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  ordered_at INTEGER NOT NULL DEFAULT 0,
  currency TEXT
);

CREATE TRIGGER orders_log_insert AFTER INSERT ON orders BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (9, new.pk, 0);
END;
CREATE TRIGGER orders_log_update AFTER UPDATE ON orders BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (9, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER orders_log_delete AFTER DELETE ON orders BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (9, old.pk, 3);
END;

CREATE TABLE order_lines (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  order_id TEXT REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
  product_id TEXT REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,
  description TEXT,
  quantity INTEGER NOT NULL DEFAULT 0,
  unit_price INTEGER NOT NULL DEFAULT 0,
  unit_cost INTEGER NOT NULL DEFAULT 0,
  discount INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER order_lines_log_insert AFTER INSERT ON order_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (10, new.pk, 0);
END;
CREATE TRIGGER order_lines_log_update AFTER UPDATE ON order_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (10, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER order_lines_log_delete AFTER DELETE ON order_lines BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (10, old.pk, 3);
END;

CREATE TABLE activities (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'note',
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  contact_id TEXT REFERENCES contacts (id) DEFERRABLE INITIALLY DEFERRED,
  deal_id TEXT REFERENCES deals (id) DEFERRABLE INITIALLY DEFERRED,
  ticket_id TEXT REFERENCES tickets (id) DEFERRABLE INITIALLY DEFERRED,
  staff_id TEXT REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED,
  subject TEXT,
  body TEXT,
  at INTEGER NOT NULL DEFAULT 0,
  duration_minutes INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  due_at INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER activities_log_insert AFTER INSERT ON activities BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (11, new.pk, 0);
END;
CREATE TRIGGER activities_log_update AFTER UPDATE ON activities BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (11, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER activities_log_delete AFTER DELETE ON activities BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (11, old.pk, 3);
END;

CREATE TABLE tickets (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  number TEXT,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  product_id TEXT REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,
  serial_number TEXT,
  title TEXT,
  description TEXT,
  status TEXT NOT NULL DEFAULT 'received',
  priority TEXT NOT NULL DEFAULT 'normal',
  fault_category TEXT,
  region TEXT,
  technician_id TEXT REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED,
  received_at INTEGER NOT NULL DEFAULT 0,
  due_at INTEGER NOT NULL DEFAULT 0,
  closed_at INTEGER NOT NULL DEFAULT 0,
  time_spent_minutes INTEGER NOT NULL DEFAULT 0,
  repair_cost INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  resolution TEXT,
  satisfaction INTEGER NOT NULL DEFAULT 0,
  satisfaction_comment TEXT
);

CREATE TRIGGER tickets_log_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (12, new.pk, 0);
END;
CREATE TRIGGER tickets_log_update AFTER UPDATE ON tickets BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (12, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER tickets_log_delete AFTER DELETE ON tickets BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (12, old.pk, 3);
END;

CREATE TABLE contracts (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  product_id TEXT REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,
  number TEXT,
  title TEXT,
  starts_at INTEGER NOT NULL DEFAULT 0,
  ends_at INTEGER NOT NULL DEFAULT 0,
  value INTEGER NOT NULL DEFAULT 0,
  currency TEXT,
  reminder_days INTEGER NOT NULL DEFAULT 0,
  notes TEXT
);

CREATE TRIGGER contracts_log_insert AFTER INSERT ON contracts BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (13, new.pk, 0);
END;
CREATE TRIGGER contracts_log_update AFTER UPDATE ON contracts BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (13, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER contracts_log_delete AFTER DELETE ON contracts BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (13, old.pk, 3);
END;

CREATE TABLE campaigns (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  channel TEXT,
  description TEXT,
  starts_at INTEGER NOT NULL DEFAULT 0,
  ends_at INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0,
  currency TEXT
);

CREATE TRIGGER campaigns_log_insert AFTER INSERT ON campaigns BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (14, new.pk, 0);
END;
CREATE TRIGGER campaigns_log_update AFTER UPDATE ON campaigns BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (14, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER campaigns_log_delete AFTER DELETE ON campaigns BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (14, old.pk, 3);
END;

CREATE TABLE campaign_members (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  campaign_id TEXT REFERENCES campaigns (id) DEFERRABLE INITIALLY DEFERRED,
  customer_id TEXT REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
  joined_at INTEGER NOT NULL DEFAULT 0,
  responded INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER campaign_members_log_insert AFTER INSERT ON campaign_members BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (15, new.pk, 0);
END;
CREATE TRIGGER campaign_members_log_update AFTER UPDATE ON campaign_members BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (15, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER campaign_members_log_delete AFTER DELETE ON campaign_members BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (15, old.pk, 3);
END;

CREATE TABLE custom_field_values (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  rev TEXT,
  deleted INTEGER NOT NULL DEFAULT 0,
  entity TEXT,
  record_id TEXT,
  field TEXT,
  value TEXT
);

CREATE TRIGGER custom_field_values_log_insert AFTER INSERT ON custom_field_values BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (16, new.pk, 0);
END;
CREATE TRIGGER custom_field_values_log_update AFTER UPDATE ON custom_field_values BEGIN
  INSERT INTO change_log (entity, record_pk, kind)
  VALUES (16, new.pk, CASE WHEN new.deleted AND NOT old.deleted THEN 2 ELSE 1 END);
END;
CREATE TRIGGER custom_field_values_log_delete AFTER DELETE ON custom_field_values BEGIN
  INSERT INTO change_log (entity, record_pk, kind) VALUES (16, old.pk, 3);
END;

CREATE INDEX customers_owner_id ON customers (owner_id);
CREATE INDEX contacts_customer_id ON contacts (customer_id);
CREATE INDEX deals_customer_id ON deals (customer_id);
CREATE INDEX deals_contact_id ON deals (contact_id);
CREATE INDEX deals_stage_id ON deals (stage_id);
CREATE INDEX deals_owner_id ON deals (owner_id);
CREATE INDEX deals_campaign_id ON deals (campaign_id);
CREATE INDEX quotes_customer_id ON quotes (customer_id);
CREATE INDEX quotes_deal_id ON quotes (deal_id);
CREATE INDEX quote_lines_quote_id ON quote_lines (quote_id);
CREATE INDEX quote_lines_product_id ON quote_lines (product_id);
CREATE INDEX orders_customer_id ON orders (customer_id);
CREATE INDEX orders_quote_id ON orders (quote_id);
CREATE INDEX orders_deal_id ON orders (deal_id);
CREATE INDEX order_lines_order_id ON order_lines (order_id);
CREATE INDEX order_lines_product_id ON order_lines (product_id);
CREATE INDEX activities_customer_id ON activities (customer_id, at);
CREATE INDEX activities_contact_id ON activities (contact_id);
CREATE INDEX activities_deal_id ON activities (deal_id);
CREATE INDEX activities_ticket_id ON activities (ticket_id);
CREATE INDEX activities_staff_id ON activities (staff_id);
CREATE INDEX tickets_customer_id ON tickets (customer_id);
CREATE INDEX tickets_product_id ON tickets (product_id);
CREATE INDEX tickets_technician_id ON tickets (technician_id);
CREATE INDEX contracts_customer_id ON contracts (customer_id);
CREATE INDEX contracts_product_id ON contracts (product_id);
CREATE INDEX campaign_members_campaign_id ON campaign_members (campaign_id);
CREATE INDEX campaign_members_customer_id ON campaign_members (customer_id);

CREATE INDEX customers_name_key ON customers (crm_fold (name)) WHERE deleted = 0;
CREATE INDEX customers_email ON customers (email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX products_sku ON products (sku) WHERE sku IS NOT NULL;
CREATE INDEX contracts_ends_at ON contracts (ends_at) WHERE deleted = 0;
CREATE INDEX tickets_status ON tickets (status) WHERE deleted = 0;
CREATE INDEX custom_field_values_record ON custom_field_values (record_id, field);

-- Figures derived from orders and activities, kept by triggers so that lists can
-- sort 100 000 customers by revenue or last contact without aggregating. A
-- customer without orders or contacts has no row (read as zeros).
CREATE TABLE customer_stats (
  customer_pk INTEGER PRIMARY KEY REFERENCES customers (pk) ON DELETE CASCADE,
  revenue INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0,
  order_count INTEGER NOT NULL DEFAULT 0,
  first_order_at INTEGER,
  last_order_at INTEGER,
  last_contact_at INTEGER
);
CREATE INDEX customer_stats_revenue ON customer_stats (revenue);
CREATE INDEX customer_stats_last_contact ON customer_stats (last_contact_at);

-- The one place a line's total is computed (crm_money_line_total() in C and
-- the running-total trigger below follow it). A plain view, so joins through it
-- keep their indexes.
CREATE VIEW order_line_totals AS
  SELECT order_id,
         (quantity * unit_price * (10000 - discount) + 5000) / 10000 AS revenue,
         quantity * unit_cost AS cost
  FROM order_lines WHERE deleted = 0;

CREATE VIEW order_totals AS
  SELECT order_id, sum (revenue) AS revenue, sum (cost) AS cost
  FROM order_line_totals GROUP BY order_id;

CREATE VIEW customer_order_totals AS
  SELECT o.customer_id AS customer_id,
         coalesce (sum (t.revenue), 0) AS revenue,
         coalesce (sum (t.cost), 0) AS cost
  FROM orders o JOIN order_line_totals t ON t.order_id = o.id
  WHERE o.deleted = 0 AND o.status != 'cancelled'
  GROUP BY o.customer_id;

-- Recounts one customer's figures: used when a change is one that running
-- totals cannot follow (an edit, a tombstone, a move, a late customer). The
-- row is gone again as soon as it is inserted, so inserting the same customer
-- twice is fine; plain INSERTs matter, because an INSERT OR IGNORE would
-- impose its IGNORE on the INSERT OR REPLACE below.
CREATE TABLE stats_refresh (customer_id TEXT PRIMARY KEY);
CREATE TRIGGER stats_refresh_do AFTER INSERT ON stats_refresh BEGIN
  INSERT OR REPLACE INTO customer_stats
    (customer_pk, revenue, cost, order_count, first_order_at, last_order_at, last_contact_at)
  SELECT c.pk,
         coalesce ((SELECT revenue FROM customer_order_totals WHERE customer_id = c.id), 0),
         coalesce ((SELECT cost FROM customer_order_totals WHERE customer_id = c.id), 0),
         (SELECT count (*) FROM orders WHERE customer_id = c.id AND deleted = 0 AND status != 'cancelled'),
         (SELECT min (ordered_at) FROM orders WHERE customer_id = c.id AND deleted = 0 AND status != 'cancelled'),
         (SELECT max (ordered_at) FROM orders WHERE customer_id = c.id AND deleted = 0 AND status != 'cancelled'),
         (SELECT max (at) FROM activities
          WHERE customer_id = c.id AND deleted = 0 AND kind NOT IN ('note', 'task'))
  FROM customers c WHERE c.id = new.customer_id;
  DELETE FROM stats_refresh WHERE customer_id = new.customer_id;
END;

-- A customer may arrive after its orders and activities (sync order is free).
CREATE TRIGGER customers_stats_insert AFTER INSERT ON customers
WHEN EXISTS (SELECT 1 FROM orders WHERE customer_id = new.id)
  OR EXISTS (SELECT 1 FROM activities WHERE customer_id = new.id) BEGIN
  INSERT INTO stats_refresh (customer_id) VALUES (new.id);
END;

-- The common case, a new order, line or contact, is a running total: cheap
-- for bulk inserts.
CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders
WHEN new.deleted = 0 AND new.status != 'cancelled' BEGIN
  INSERT INTO customer_stats (customer_pk, order_count, first_order_at, last_order_at)
  SELECT pk, 1, new.ordered_at, new.ordered_at FROM customers WHERE id = new.customer_id
  ON CONFLICT (customer_pk) DO UPDATE SET
    order_count = order_count + 1,
    first_order_at = min (coalesce (first_order_at, excluded.first_order_at), excluded.first_order_at),
    last_order_at = max (coalesce (last_order_at, excluded.last_order_at), excluded.last_order_at);
END;
CREATE TRIGGER orders_stats_update AFTER UPDATE OF customer_id, status, ordered_at, deleted ON orders BEGIN
  INSERT INTO stats_refresh (customer_id) VALUES (old.customer_id);
  INSERT INTO stats_refresh (customer_id) VALUES (new.customer_id);
END;
CREATE TRIGGER order_lines_stats_insert AFTER INSERT ON order_lines WHEN new.deleted = 0 BEGIN
  INSERT INTO customer_stats (customer_pk, revenue, cost)
  SELECT c.pk, (new.quantity * new.unit_price * (10000 - new.discount) + 5000) / 10000,
         new.quantity * new.unit_cost
  FROM orders o JOIN customers c ON c.id = o.customer_id
  WHERE o.id = new.order_id AND o.deleted = 0 AND o.status != 'cancelled'
  ON CONFLICT (customer_pk) DO UPDATE SET
    revenue = revenue + excluded.revenue,
    cost = cost + excluded.cost;
END;
CREATE TRIGGER order_lines_stats_update AFTER UPDATE OF order_id, quantity, unit_price, unit_cost, discount, deleted ON order_lines BEGIN
  INSERT INTO stats_refresh (customer_id) SELECT customer_id FROM orders WHERE id = old.order_id;
  INSERT INTO stats_refresh (customer_id) SELECT customer_id FROM orders WHERE id = new.order_id;
END;

-- Last contact: a call, meeting, visit, email, SMS or fax that has happened.
CREATE TRIGGER activities_stats_insert AFTER INSERT ON activities
WHEN new.deleted = 0 AND new.kind NOT IN ('note', 'task') BEGIN
  INSERT INTO customer_stats (customer_pk, last_contact_at)
  SELECT pk, new.at FROM customers WHERE id = new.customer_id
  ON CONFLICT (customer_pk) DO UPDATE SET
    last_contact_at = max (coalesce (last_contact_at, excluded.last_contact_at), excluded.last_contact_at);
END;
CREATE TRIGGER activities_stats_update AFTER UPDATE OF customer_id, kind, at, deleted ON activities BEGIN
  INSERT INTO stats_refresh (customer_id) VALUES (old.customer_id);
  INSERT INTO stats_refresh (customer_id) VALUES (new.customer_id);
END;

-- Full-text search over live customers and contacts. External content: the text
-- lives once, in the tables; tombstoned rows leave the index.
--
-- The triggers only note which rows changed, with the text the index holds for
-- them; CrmStore applies the notes in one statement per table before each
-- commit. Writing the index from row triggers would make FTS5 flush a segment
-- at every statement, which made a 100 000-row import four times slower.
CREATE VIRTUAL TABLE customers_search USING fts5 (
  name, company, email, phone, city,
  content = 'customers', content_rowid = 'pk', tokenize = 'crm', prefix = '1 2'
);
CREATE VIRTUAL TABLE contacts_search USING fts5 (
  name, email, phone, mobile, city,
  content = 'contacts', content_rowid = 'pk', tokenize = 'crm', prefix = '1 2'
);

-- A bigger in-memory buffer before FTS5 writes a segment: fewer segments to
-- merge after a large import.
INSERT INTO customers_search (customers_search, rank) VALUES ('hashsize', 16777216);
INSERT INTO contacts_search (contacts_search, rank) VALUES ('hashsize', 16777216);

-- New rows are found by key: everything above indexed_through is not in the
-- index yet. Changed and removed rows are noted in search_pending with the text
-- the index holds for them; indexed says whether the index holds it at all.
-- entity is 1 for customers, 2 for contacts, as in change_log.
CREATE TABLE search_state (
  entity INTEGER PRIMARY KEY,
  indexed_through INTEGER NOT NULL
);
INSERT INTO search_state (entity, indexed_through) VALUES (1, 0), (2, 0);

CREATE TABLE search_pending (
  entity INTEGER NOT NULL,
  pk INTEGER NOT NULL,
  indexed INTEGER NOT NULL,
  name TEXT, company TEXT, email TEXT, phone TEXT, mobile TEXT, city TEXT,
  PRIMARY KEY (entity, pk)
) WITHOUT ROWID;

CREATE TRIGGER customers_search_update AFTER UPDATE OF name, company, email, phone, city, deleted ON customers
WHEN old.pk <= (SELECT indexed_through FROM search_state WHERE entity = 1) BEGIN
  INSERT OR IGNORE INTO search_pending (entity, pk, indexed, name, company, email, phone, city)
  VALUES (1, old.pk, old.deleted = 0, old.name, old.company, old.email, old.phone, old.city);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
WHEN old.pk <= (SELECT indexed_through FROM search_state WHERE entity = 1) BEGIN
  INSERT OR IGNORE INTO search_pending (entity, pk, indexed, name, company, email, phone, city)
  VALUES (1, old.pk, old.deleted = 0, old.name, old.company, old.email, old.phone, old.city);
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE OF name, email, phone, mobile, city, deleted ON contacts
WHEN old.pk <= (SELECT indexed_through FROM search_state WHERE entity = 2) BEGIN
  INSERT OR IGNORE INTO search_pending (entity, pk, indexed, name, email, phone, mobile, city)
  VALUES (2, old.pk, old.deleted = 0, old.name, old.email, old.phone, old.mobile, old.city);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
WHEN old.pk <= (SELECT indexed_through FROM search_state WHERE entity = 2) BEGIN
  INSERT OR IGNORE INTO search_pending (entity, pk, indexed, name, email, phone, mobile, city)
  VALUES (2, old.pk, old.deleted = 0, old.name, old.email, old.phone, old.mobile, old.city);
END;
