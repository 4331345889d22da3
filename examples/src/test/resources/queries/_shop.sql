-- Set-up for the shop's queries (a file whose name starts with _ is included, not run on its own).
CREATE OR REPLACE TEMPORARY VIEW orders AS
SELECT * FROM VALUES
  (1001, 'ada',     'shipped',   129.90),
  (1002, 'ada',     'cancelled',  15.00),
  (1003, 'alan',    'shipped',   250.00),
  (1004, 'alan',    'pending',    76.10),
  (1005, 'edsger',  'shipped',    99.99),
  (1006, 'grace',   'shipped',   410.00),
  (1007, 'barbara', 'shipped',    12.00)
AS orders(id, customer, status, amount);
