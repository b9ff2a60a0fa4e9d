-- Crm schema, version 5: a credit line (a negative quantity or price) totals
-- to what it says.
--
-- A line's total was (n + 5000) / 10000 with n = quantity * unit_price *
-- (10000 - discount); integer division truncates toward zero, so a line of
-- -150.00 came out as -149.99. Halves now round away from zero on both sides,
-- as crm_money_line_total() does.
DROP VIEW order_line_totals;
CREATE VIEW order_line_totals AS
  SELECT order_id,
         (quantity * unit_price * (10000 - discount)
          + CASE WHEN quantity * unit_price * (10000 - discount) < 0 THEN -5000 ELSE 5000 END) / 10000 AS revenue,
         quantity * unit_cost AS cost
  FROM order_lines WHERE deleted = 0;

DROP TRIGGER order_lines_stats_insert;
CREATE TRIGGER order_lines_stats_insert AFTER INSERT ON order_lines WHEN new.deleted = 0 BEGIN
  INSERT INTO customer_stats (customer_pk, revenue, cost)
  SELECT c.pk,
         (new.quantity * new.unit_price * (10000 - new.discount)
          + CASE WHEN new.quantity * new.unit_price * (10000 - new.discount) < 0 THEN -5000 ELSE 5000 END) / 10000,
         new.quantity * new.unit_cost
  FROM orders o JOIN customers c ON c.id = o.customer_id
  WHERE o.id = new.order_id AND o.deleted = 0 AND o.status != 'cancelled'
  ON CONFLICT (customer_pk) DO UPDATE SET
    revenue = revenue + excluded.revenue,
    cost = cost + excluded.cost;
END;

-- Only customers with a credit line had figures off by a cent.
INSERT INTO stats_refresh (customer_id)
  SELECT DISTINCT o.customer_id FROM orders o JOIN order_lines l ON l.order_id = o.id
  WHERE l.deleted = 0 AND l.quantity * l.unit_price * (10000 - l.discount) < 0
    AND o.customer_id IS NOT NULL;
