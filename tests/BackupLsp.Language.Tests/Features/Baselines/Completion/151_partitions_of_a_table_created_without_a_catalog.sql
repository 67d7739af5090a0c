-- options: catalog=none
-- without a catalog, the partitions a CREATE TABLE declares are still offered
CREATE TABLE d2.events (dt DATE, id INT) PARTITION BY RANGE(dt) (PARTITION p1 VALUES LESS THAN ('2024-06-02'), PARTITION p2 VALUES LESS THAN ('2024-06-03'));
BACKUP SNAPSHOT d2.s TO example_repo ON (events PARTITION (|
