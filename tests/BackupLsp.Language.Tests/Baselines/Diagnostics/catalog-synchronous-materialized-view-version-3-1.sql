-- options: catalog=demo.json version=3.1 severity:SRB700=off
-- A materialized view without REFRESH or DISTRIBUTED BY is synchronous: an index of its table, no object of the database
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM example_tbl2 GROUP BY k;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders, example_tbl2, Orders, archive);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (mv_sync, Orders);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl2, mv_sync);
-- REFRESH or DISTRIBUTED BY makes an asynchronous one, which 3.1 does not back up
CREATE MATERIALIZED VIEW mv_async REFRESH ASYNC AS SELECT k, sum(v) FROM example_tbl2 GROUP BY k;
CREATE MATERIALIZED VIEW mv_manual DISTRIBUTED BY HASH(k) AS SELECT k, sum(v) FROM example_tbl2 GROUP BY k;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (mv_async, mv_manual, Orders);
-- dropped, it is no name at all
DROP MATERIALIZED VIEW mv_sync;
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (mv_sync, Orders);
