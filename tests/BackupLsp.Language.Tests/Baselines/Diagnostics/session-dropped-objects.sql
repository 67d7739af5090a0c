-- options: catalog=demo.json severity:SRB700=off
-- A table, view or database a DROP drops is gone for the statements after it
DROP TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2);
DROP VIEW IF EXISTS v_orders;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (VIEW v_orders);
-- until a CREATE, RECOVER, RENAME or RESTORE makes one of that name again
RECOVER TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl2);
DROP TABLE IF EXISTS Orders FORCE;
CREATE TABLE IF NOT EXISTS Orders (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (Orders PARTITION (p1, p202401));
-- StarRocks refuses a DROP TABLE of a view or materialized view, and a DROP VIEW of a table: they drop nothing
DROP TABLE mv_daily;
DROP VIEW example_tbl;
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (MATERIALIZED VIEW mv_daily, example_tbl PARTITION (p1));
-- a dropped database
DROP DATABASE example_db;
BACKUP SNAPSHOT example_db.s6 TO example_repo;
-- the session keeps the name of a current database the script drops, which StarRocks then looks up
BACKUP SNAPSHOT s7 TO example_repo;
USE example_db;
