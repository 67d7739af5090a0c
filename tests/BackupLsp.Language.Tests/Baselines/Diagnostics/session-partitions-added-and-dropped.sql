-- options: catalog=demo.json severity:SRB700=off
-- A partition added exists for the statements after it, one dropped does not; the table's other partitions stay known
ALTER TABLE example_db.Orders ADD PARTITION IF NOT EXISTS p202403 VALUES LESS THAN ("2024-04-01");
ALTER TABLE example_db.Orders DROP PARTITION p202401 FORCE;
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (Orders PARTITION (p202401, p202402, p202403, p202404));
-- a batch (3.4 and later) drops its partitions; without IF EXISTS, one the table lacks fails it and nothing is dropped
ALTER TABLE example_db.Orders DROP PARTITIONS (p202402, p202401);
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (Orders PARTITION (p202402));
ALTER TABLE example_db.Orders DROP PARTITIONS IF EXISTS (p202402, p202401) FORCE;
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (Orders PARTITION (p202402, p202403));
-- RECOVER PARTITION brings a dropped one back, the others as they were
RECOVER PARTITION p202402 FROM example_db.Orders;
BACKUP SNAPSHOT example_db.s5 TO hdfs_repo ON (Orders PARTITION (p202402, p202403, p202404));
-- a batch by ranges or by WHERE with words after it is a syntax error, which changes nothing
ALTER TABLE example_db.Orders ADD PARTITIONS START ("2024-05-01") END ("2024-07-01") EVERY (INTERVAL 1 MONTH) junk;
ALTER TABLE example_db.Orders DROP PARTITIONS IF EXISTS START ("2024-01-01") END ("2024-03-01") EVERY (INTERVAL 1 MONTH) FORCE junk;
ALTER TABLE example_db.Orders DROP PARTITIONS WHERE dt < '2024-03-01' junk;
-- so is a DROP that names a partition by a string, which only a REPLACE takes for a name
ALTER TABLE example_db.Orders DROP PARTITION 'p202402';
BACKUP SNAPSHOT example_db.s6 TO hdfs_repo ON (Orders PARTITION (p202402, p202499));
-- a batch by ranges leaves them unknown
ALTER TABLE example_db.Orders DROP PARTITIONS IF EXISTS START ("2024-01-01") END ("2024-03-01") EVERY (INTERVAL 1 MONTH);
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (Orders PARTITION (p202499));
