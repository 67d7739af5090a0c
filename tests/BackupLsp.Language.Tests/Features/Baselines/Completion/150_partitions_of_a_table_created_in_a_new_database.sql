-- a table the script creates in a database the catalog does not list: its declared partitions are offered
CREATE DATABASE IF NOT EXISTS staging_db; USE staging_db;
CREATE TABLE events (dt DATE, id INT) DUPLICATE KEY(dt) PARTITION BY RANGE(dt) (
    PARTITION p20240601 VALUES LESS THAN ('2024-06-02'),
    PARTITION p20240602 VALUES LESS THAN ('2024-06-03')
) DISTRIBUTED BY HASH(id);
BACKUP SNAPSHOT staging_events_1 TO example_repo ON (events PARTITION (p20240601, |
