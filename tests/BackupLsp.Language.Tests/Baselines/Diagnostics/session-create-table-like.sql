-- options: catalog=demo.json severity:SRB700=off
-- A table made LIKE another has its partitions (StarRocks makes it from the other's DDL), none of its temporary ones
CREATE TABLE example_db.tbl_copy LIKE example_tbl;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (tbl_copy PARTITION (P1, p4));
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (tbl_copy TEMPORARY PARTITION (tp1));
-- a load may add partitions to a copy of a catalog table (which may be partitioned automatically)
INSERT INTO tbl_copy SELECT * FROM example_tbl;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (tbl_copy PARTITION (p4));
-- a copy of a table the script creates keeps its partitions through loads, as that table does
CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
ALTER TABLE daily ADD PARTITION p2 VALUES LESS THAN ("2024-02-01");
CREATE TABLE daily_copy LIKE example_db.daily;
INSERT INTO daily_copy SELECT * FROM daily;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (daily_copy PARTITION (p1, p2, p3));
-- a copy of a table without PARTITION BY has one partition, named as the copy
CREATE TABLE plain (id INT) DISTRIBUTED BY HASH(id);
CREATE TABLE plain_copy LIKE plain;
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (plain_copy PARTITION (plain_copy, plain));
-- unknown: a catalog table whose only partition bears its name (it may be unpartitioned, and the copy's named as the
-- copy), a table whose partitions the catalog does not list, a LIKE with clauses of its own; a CREATE of a table the
-- database has (IF NOT EXISTS or not) leaves that table as it is
CREATE TABLE archive_copy LIKE archive;
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (archive_copy PARTITION (archive, archive_copy));
CREATE TABLE tbl2_copy LIKE example_tbl2;
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (tbl2_copy PARTITION (p1));
CREATE TABLE tbl_copy2 LIKE example_tbl PROPERTIES ("replication_num" = "1");
BACKUP SNAPSHOT example_db.s7 TO example_repo ON (tbl_copy2 PARTITION (p9));
CREATE TABLE IF NOT EXISTS Orders LIKE example_tbl;
BACKUP SNAPSHOT example_db.s8 TO example_repo ON (Orders PARTITION (p1));
