-- options: catalog=none
-- a partition the list names already is not offered again
CREATE TABLE example_db.orders (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (10), PARTITION p2 VALUES LESS THAN (20), PARTITION p3 VALUES LESS THAN (30));
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (orders);
RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (orders PARTITION (p2, |
