-- conf: spark.sql.session.timeZone=Asia/Tokyo
-- setup: CREATE OR REPLACE TEMPORARY VIEW moments AS SELECT TIMESTAMP '2026-12-01 00:00:00 UTC' AS at
SELECT date_format(at, 'yyyy-MM-dd HH:mm') AS local_time FROM moments;
