-- options: catalog=none
-- a new database of the old name holds none of the renamed one's tables: its own table of that name has its own partitions
CREATE TABLE a.t (k INT) PARTITION BY RANGE(k) (PARTITION p1 VALUES LESS THAN (10));
ALTER DATABASE a RENAME b;
CREATE DATABASE a;
CREATE TABLE a.t (k INT) PARTITION BY RANGE(k) (PARTITION p9 VALUES LESS THAN (90));
BACKUP SNAPSHOT a.s TO r ON (t PARTITION (|));
