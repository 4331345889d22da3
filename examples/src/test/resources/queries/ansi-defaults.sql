-- What Spark 4.0's ANSI default changed: an error on 4.x, NULL on 3.5 (both are answers here,
-- and the deviation ledger says why they differ).
SELECT 10 / 0 AS ratio;
SELECT try_divide(10, 0) AS ratio;
