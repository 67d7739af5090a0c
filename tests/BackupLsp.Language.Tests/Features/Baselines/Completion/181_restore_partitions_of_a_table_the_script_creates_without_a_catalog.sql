-- options: catalog=none
-- the snapshot holds the table whole: the partitions its CREATE TABLE declares, as the BACKUP offers them
CREATE TABLE example_db.orders (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (10), PARTITION p2 VALUES LESS THAN (20));
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (orders);
RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (orders PARTITION (|
