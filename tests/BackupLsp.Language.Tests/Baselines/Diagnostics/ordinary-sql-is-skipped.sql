USE example_db;
SET query_timeout = 3600;
CREATE TABLE example_tbl (
    dt DATE,
    id BIGINT,
    note VARCHAR(100) COMMENT 'it''s a note; with a semicolon'
)
DUPLICATE KEY (dt, id)
PARTITION BY RANGE (dt) (
    PARTITION p1 VALUES LESS THAN ("2024-01-01"),
    PARTITION p2 VALUES LESS THAN ("2024-02-01")
)
DISTRIBUTED BY HASH (id) BUCKETS 8
PROPERTIES ("replication_num" = "3", "timout" = "typo but not ours");
INSERT INTO example_tbl VALUES ('2023-12-31', 1, "a \"quoted\" value; still a string"), ('2024-01-15', 2, `x`);
SELECT /*+ SET_VAR(query_timeout = 10) */ count(*) FROM example_tbl WHERE note <> '#not a comment' AND id >= 1;
ALTER TABLE example_tbl ADD PARTITION p3 VALUES LESS THAN ("2024-03-01");
SHOW BACKENDS;
SHOW TABLES;
CANCEL LOAD FROM example_db;
CREATE DATABASE backup_db;
DROP TABLE example_tbl FORCE;
