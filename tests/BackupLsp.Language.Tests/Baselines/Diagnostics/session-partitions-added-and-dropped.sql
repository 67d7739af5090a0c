-- options: catalog=demo.json severity:SRB700=off
-- A partition added exists for the statements after it, one dropped does not; the table's other partitions stay known
ALTER TABLE example_db.Orders ADD PARTITION IF NOT EXISTS p202403 VALUES LESS THAN ("2024-04-01");
ALTER TABLE example_db.Orders DROP PARTITION p202401 FORCE;
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (Orders PARTITION (p202401, p202402, p202403, p202404));
-- a batch of partitions leaves them unknown
ALTER TABLE example_db.Orders DROP PARTITIONS p202402, p202403;
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (Orders PARTITION (p202499));
