-- options: catalog=demo.json severity:SRB700=off
-- a followed statement that runs on to clauses or a query is cut before a line that starts, at parenthesis depth 0, a
-- statement that cannot go on with it: StarRocks fails the two as one; both are checked, and change the session, as
-- they would with the `;`
CREATE TABLE example_db.t1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)
CREATE TABLE example_db.t2 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (t1, t2);
ALTER TABLE example_db.example_tbl ADD PARTITION p4 VALUES LESS THAN ("10")
DROP TABLE example_db.t2;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl2, t2);
CREATE DATABASE d1 PROPERTIES ("replication_num" = "1")
USE d1;
CREATE DATABASE d3 PROPERTIES ("replication_num" = "1")
DROP DATABASE d1;
USE example_db;
CREATE TABLE t3 AS SELECT * FROM example_tbl2
INSERT INTO t3 VALUES (1);
CREATE TABLE t4 LIKE Orders
ALTER TABLE t4 RENAME t5;
BACKUP SNAPSHOT s3 TO example_repo ON (t4, t5);
CREATE VIEW v2 AS SELECT 1 AS c
DROP VIEW v_orders;
BACKUP SNAPSHOT s4 TO example_repo ON (v2, v_orders);
CREATE MATERIALIZED VIEW mv2 DISTRIBUTED BY HASH(k) REFRESH ASYNC AS SELECT k FROM t1
DROP MATERIALIZED VIEW mv_daily;
CREATE EXTERNAL CATALOG hive1 PROPERTIES ("type" = "hive", "hive.metastore.uris" = "thrift://h:9083")
SET CATALOG hive1;
SET CATALOG default_catalog;
USE example_db;
INSERT INTO t1 SELECT k FROM t3 WHERE k IN (
  SELECT 1)
UPDATE t1 SET k = 2;
ALTER TABLE Orders DROP PARTITION p202401
INSERT INTO t1 VALUES (3);
BACKUP SNAPSHOT s5 TO example_repo ON (Orders PARTITION (p202401));
ALTER TABLE Orders RENAME PARTITION p202402 p2
DROP TABLE t3;
INSERT OVERWRITE t1 VALUES (1)
DELETE FROM t1 WHERE k = 1;
-- where no query can stand yet (a CREATE before its AS, an ALTER TABLE), a query ends it too, and so does, right after
-- a `)`, a statement whose first word StarRocks does not reserve (TRUNCATE TABLE, REFRESH MATERIALIZED VIEW, RECOVER ...)
CREATE TABLE t10 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)
SELECT k FROM t10;
CREATE TABLE t11 LIKE t10
WITH x AS (SELECT k FROM t11) SELECT k FROM x;
CREATE TABLE t12 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)
TRUNCATE TABLE t10;
BACKUP SNAPSHOT s7 TO example_repo ON (t10, t11, t12);
ALTER TABLE Orders ADD PARTITION p9 VALUES LESS THAN ("2030-01-01")
REFRESH MATERIALIZED VIEW mv_daily;
BACKUP SNAPSHOT s8 TO example_repo ON (Orders PARTITION (p9));
DROP TABLE t10;
CREATE DATABASE d4 PROPERTIES ("replication_num" = "1")
RECOVER TABLE example_db.t10;
BACKUP SNAPSHOT s9 TO example_repo ON (t10);
-- what may go on with such a statement is left to it: a query after its AS or an INSERT's target, an alter clause (a
-- missing `,` before one is no missing `;`), a charset's SET, and anything in parentheses, strings or comments
ALTER TABLE example_tbl
DROP PARTITION p3;
ALTER TABLE example_tbl DROP PARTITION p2
SET ("replication_num" = "1");
ALTER TABLE example_tbl DROP PARTITION p2
DROP PARTITION p3;
ALTER TABLE example_tbl DROP PARTITION p2
ADD PARTITION p6 VALUES LESS THAN ("30");
CREATE VIEW v3 AS
SELECT 1
UNION ALL
SELECT 2;
CREATE VIEW v4 AS
WITH x AS (SELECT 1 AS c) SELECT c FROM x;
INSERT INTO t1
SELECT 1;
INSERT INTO t1
VALUES (1);
INSERT INTO t1
WITH x AS (SELECT 1 AS k) SELECT k FROM x;
CREATE TABLE t6 AS
SELECT 1 AS k;
CREATE MATERIALIZED VIEW mv3 REFRESH ASYNC AS
SELECT k FROM t1;
SUBMIT TASK AS
CREATE TABLE t7 AS SELECT 1 AS k;
SUBMIT TASK AS
INSERT INTO t1 SELECT 1;
UPDATE t1
SET k = 3;
CREATE DATABASE d2 DEFAULT CHARACTER
SET utf8;
CREATE MATERIALIZED VIEW mv4 PARTITION BY date_trunc('day', k)
REFRESH ASYNC AS SELECT k FROM t1;
ALTER TABLE example_tbl ADD PARTITION p7
VALUES LESS THAN ("40");
CREATE TABLE t8 (
  k INT,
  v VARCHAR(10)
) DUPLICATE KEY(k)
COMMENT "a table
DROP TABLE t1"
DISTRIBUTED BY HASH(k) -- then
-- DROP TABLE t1
PROPERTIES (
  "replication_num" = "1"
);
BACKUP SNAPSHOT s6 TO example_repo ON (t1, t8);
-- a word that may be a name there (an alias) starts no statement that is certain
CREATE TABLE t9 AS SELECT k FROM t1
TRUNCATE TABLE t1;
CREATE TABLE t13 AS SELECT k FROM (SELECT 1 AS k)
TRUNCATE TABLE t1;
