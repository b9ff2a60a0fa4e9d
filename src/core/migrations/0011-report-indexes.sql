-- Crm schema, version 11: indexes the dashboards read through.

-- Staff activity per person and day reads a period of the 1 000 000
-- activities from here, never from the wide activity rows.
CREATE INDEX activities_at ON activities (at, staff_id, kind) WHERE deleted = 0;

-- Orders taken in a period, and by whom (the deal's or the customer's owner).
CREATE INDEX orders_ordered_at ON orders (ordered_at, status, deal_id, customer_id) WHERE deleted = 0;

-- Quotes issued in a period, for quotes by product.
CREATE INDEX quotes_issued_at ON quotes (issued_at, currency, status, id) WHERE deleted = 0;
