-- options: catalog=none
-- a table the script creates goes with its database to the name an ALTER DATABASE gives it, partitions and all
CREATE TABLE a.t (k INT) PARTITION BY RANGE(k) (PARTITION p1 VALUES LESS THAN (10), PARTITION p2 VALUES LESS THAN (20));
ALTER DATABASE a RENAME b;
BACKUP SNAPSHOT b.s TO r ON (t PARTITION (p2, |));
