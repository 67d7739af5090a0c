USE example_db;
SET query_timeout = 3600;
INSERT INTO example_tbl SELECT * FROM staging_tbl;

BACKUP SNAPSHOT example_db.nightly
TO example_repo
ON (example_tbl PARTITION (p1, p2), example_tbl2)
PROPERTIES ("type" = "full", "timeout" = "86400");

SELECT count(*) FROM example_tbl WHERE dt >= '2024-01-01';
SHOW BACKUP FROM example_db;
CREATE TABLE t (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("10")) PROPERTIES ("replication_num" = "1");
RESTORE SNAPSHOT sales_db.nightly FROM example_repo ON (example_tbl AS example_tbl_copy)
PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
