-- options: catalog=demo.json severity:SRB700=off
-- A partition and a temporary partition of one table cannot share a name (in any case): StarRocks refuses the ADD, which
-- adds no temporary partition, so the table is still backed up
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION P202401 VALUES LESS THAN ("2024-03-01");
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (Orders);
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION IF NOT EXISTS p202402 VALUES LESS THAN ("2024-03-01");
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (Orders);
-- nor is a partition added under a temporary partition's name
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2024-04-01");
ALTER TABLE example_db.Orders ADD PARTITION TP1 VALUES LESS THAN ("2024-05-01");
ALTER TABLE example_db.Orders DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (Orders PARTITION (tp1));
