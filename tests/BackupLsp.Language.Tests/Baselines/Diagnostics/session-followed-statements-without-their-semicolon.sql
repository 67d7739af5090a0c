-- options: catalog=demo.json severity:SRB700=off
-- a followed session statement whose words before a line that starts another statement are all of it is cut there, as a
-- USE is: StarRocks fails the two as one; both are checked, and change the session, as they would with the `;`
DROP CATALOG hive
SET CATALOG hive;
SET CATALOG default_catalog
SELECT 1;
DROP DATABASE IF EXISTS sales_db
DROP TABLE example_db.archive
INSERT INTO example_db.example_tbl VALUES (1);
BACKUP SNAPSHOT sales_db.s1 TO example_repo;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (archive);
CREATE DATABASE IF NOT EXISTS new_db
ALTER DATABASE new_db RENAME newer_db;
ALTER TABLE example_db.Orders RENAME orders2
ALTER TABLE example_db.example_tbl SWAP WITH example_tbl2
DROP VIEW example_db.v_orders
DROP MATERIALIZED VIEW example_db.mv_daily
RECOVER TABLE example_db.archive
RECOVER PARTITION p1 FROM example_db.example_tbl
TRUNCATE TABLE example_db.example_tbl
(SELECT 1);
ALTER MATERIALIZED VIEW example_db.mv_daily RENAME mv2
DROP CATALOG IF EXISTS 'lake'
RECOVER DATABASE sales_db
USE sales_db;
-- the statement after a family statement's missing `;` is cut there too
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl2)
DROP TABLE example_db.example_tbl2
SHOW DATABASES;
-- what the grammar takes after such a statement on a line of its own goes on with it (no other statement starts there)
CREATE DATABASE d1
PROPERTIES ("replication_num" = "1");
CREATE DATABASE d2
DEFAULT CHARSET = utf8;
DROP DATABASE d1
FORCE;
DROP TABLE example_db.t1
FORCE;
TRUNCATE TABLE example_db.example_tbl
PARTITION (p1);
-- words before the line that are not the whole statement, and SQL not followed, are left as they are
DROP DATABASE d2 junk
SET CATALOG hive;
SET query_timeout = 600
SELECT 1;
ALTER TABLE example_db.example_tbl ADD COLUMN c INT
DROP TABLE x;
