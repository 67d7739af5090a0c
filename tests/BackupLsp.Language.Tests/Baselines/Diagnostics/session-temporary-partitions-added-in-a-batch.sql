-- options: catalog=demo.json severity:SRB700=off
-- A batch of temporary partitions makes StarRocks refuse to back the table up, whichever partitions are named, as a single
-- one does; StarRocks names them, and the table's other partitions stay as they were
CREATE TABLE example_db.t_b (dt DATE, v INT) DUPLICATE KEY(dt) PARTITION BY RANGE(dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01")) DISTRIBUTED BY HASH(dt);
ALTER TABLE example_db.t_b ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (t_b PARTITION (p1, p9));
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITIONS START ("2024-03-01") END ("2024-03-03") EVERY (INTERVAL 1 DAY);
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (Orders PARTITION (p202401), example_tbl2);
-- the whole database: the fix names the tables without temporary partitions alone
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo;
-- their names are unknown: one added after them is not the only one, and none named is unknown
ALTER TABLE example_db.t_b ADD TEMPORARY PARTITION tp1 VALUES [("2024-04-01"), ("2024-04-02"));
ALTER TABLE example_db.t_b REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (p20240201);
-- which of them a DROP or REPLACE leaves is unknown, so the table is no longer known to have any
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (t_b);
ALTER TABLE example_db.Orders DROP TEMPORARY PARTITION p20240301;
BACKUP SNAPSHOT example_db.s5 TO hdfs_repo ON (Orders);
-- DROP ALL TEMPORARY PARTITIONS drops them all
ALTER TABLE example_db.example_tbl2 ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
ALTER TABLE example_db.example_tbl2 DROP ALL TEMPORARY PARTITIONS;
BACKUP SNAPSHOT example_db.s6 TO hdfs_repo ON (example_tbl2);
-- a batch with words after it that StarRocks' grammar takes none of is a syntax error, which adds nothing
CREATE TABLE example_db.t_c (dt DATE, v INT) DUPLICATE KEY(dt) PARTITION BY RANGE(dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01")) DISTRIBUTED BY HASH(dt);
ALTER TABLE example_db.t_c ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY) junk;
BACKUP SNAPSHOT example_db.s7 TO hdfs_repo ON (t_c PARTITION (p1));
-- a RESTORE into a table with them fails too
ALTER TABLE example_db.t_c ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (t_c) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
