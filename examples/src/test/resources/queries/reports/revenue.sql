-- Revenue by status and the best customers, on the shop's orders.
-- setup: ../_shop.sql
SELECT status, count(*) AS orders, sum(amount) AS revenue
FROM orders
GROUP BY status
ORDER BY status;

-- A comment between statements is no statement; a ';' inside quotes ends none.
SELECT customer, sum(amount) AS spent, 'top; customer' AS label
FROM orders
WHERE status <> 'cancelled'
GROUP BY customer
ORDER BY spent DESC
LIMIT 3;
