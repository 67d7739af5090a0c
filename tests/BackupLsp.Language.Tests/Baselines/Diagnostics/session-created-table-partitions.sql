-- options: catalog=session.json severity:SRB700=off
-- A table the script creates has the partitions its CREATE names, or one named as the table without a PARTITION BY
CREATE TABLE example_db.daily (k DATE, v INT) DUPLICATE KEY(k)
PARTITION BY RANGE (k) (
    PARTITION p202401 VALUES LESS THAN ("2024-02-01"),
    PARTITION p202402 VALUES [("2024-02-01"), ("2024-03-01"))
)
DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (daily PARTITION (p202401, p202403));
-- a load adds none to it: its partitions are all named
INSERT INTO example_db.daily VALUES ("2024-01-05", 1);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (daily PARTITION (P202402, p202404));
CREATE TABLE example_db.plain (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (plain PARTITION (plain, p1));
-- renamed, such a table's partition takes the new name (as StarRocks renames it): unknown, since a table whose one
-- partition bears its name may also be a partitioned one, whose partition keeps it
ALTER TABLE example_db.plain RENAME plain2;
BACKUP SNAPSHOT example_db.s3b TO example_repo ON (plain2 PARTITION (plain2));
-- partitions that loads make (partitioning by an expression) or StarRocks (dynamic partitioning, a batch) are not known
CREATE TABLE example_db.events (dt DATETIME, v INT) PARTITION BY date_trunc('day', dt) DISTRIBUTED BY RANDOM;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (events PARTITION (p20240101));
CREATE TABLE example_db.rolling (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"))
PROPERTIES ("dynamic_partition.enable" = "true", "dynamic_partition.time_unit" = "DAY");
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (rolling PARTITION (p20240101));
CREATE TABLE example_db.monthly (k DATE) PARTITION BY RANGE (k) (START ("2024-01-01") END ("2024-04-01") EVERY (INTERVAL 1 MONTH));
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (monthly PARTITION (p202401));
-- turning dynamic partitioning on later makes them unknown from there
ALTER TABLE example_db.daily SET ("dynamic_partition.enable" = "true");
BACKUP SNAPSHOT example_db.s7 TO example_repo ON (daily PARTITION (p20240101));
-- CREATE TABLE IF NOT EXISTS of a table the database has: which table stands after it (a DROP TABLE is not followed) is unknown
CREATE TABLE IF NOT EXISTS example_db.example_tbl (k INT);
BACKUP SNAPSHOT example_db.s8 TO example_repo ON (example_tbl PARTITION (p1));
