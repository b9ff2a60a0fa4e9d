-- Crm schema, version 2: inserts without a statement journal.
--
-- SQLite gives a statement a journal of its own (a copy of every page it
-- touches, so that a statement failing half-way can be undone alone) when it
-- writes through triggers and something in it may fail half-way. Every insert
-- runs the change-log trigger, and the journal cost an import of 100 000
-- customers a fifth of its time. CrmStore inserts with OR FAIL (crm-store.c
-- says why that is safe); two things in the schema could still fail half-way:

-- An index on the expression crm_fold (name): the same order comes from a
-- plain column index with the "crm_fold" collation.
DROP INDEX customers_name_key;
CREATE INDEX customers_name_key ON customers (name COLLATE crm_fold) WHERE deleted = 0;

-- An immediate foreign key, checked by the statement that a new customer's
-- figures are written by: deferred, like every other reference in the schema,
-- it is checked at commit. The figures are copied out and back, not recounted.
CREATE TEMP TABLE saved_customer_stats AS SELECT * FROM customer_stats;
DROP TABLE customer_stats;
CREATE TABLE customer_stats (
  customer_pk INTEGER PRIMARY KEY REFERENCES customers (pk) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  revenue INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0,
  order_count INTEGER NOT NULL DEFAULT 0,
  first_order_at INTEGER,
  last_order_at INTEGER,
  last_contact_at INTEGER
);
INSERT INTO customer_stats SELECT * FROM saved_customer_stats;
DROP TABLE saved_customer_stats;
CREATE INDEX customer_stats_revenue ON customer_stats (revenue);
CREATE INDEX customer_stats_last_contact ON customer_stats (last_contact_at);
