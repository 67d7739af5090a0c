-- options: catalog=demo.json severity:SRB700=off
-- A temporary partition added to a table makes StarRocks refuse to back it up, until it is dropped or replaced partitions with
ALTER TABLE example_db.example_tbl2 ADD TEMPORARY PARTITION IF NOT EXISTS tp_2024 VALUES LESS THAN ("2025-01-01");
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl2);
ALTER TABLE example_db.example_tbl2 DROP TEMPORARY PARTITION IF EXISTS TP_2024;
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl2);
-- the regular partitions stay known; dropping one of two temporary partitions leaves the other
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2024-03-01");
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp2 VALUES LESS THAN ("2024-04-01");
ALTER TABLE example_db.Orders DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (Orders PARTITION (p202401, p202499));
-- replacing partitions with it leaves what the table holds unknown
ALTER TABLE example_db.Orders REPLACE PARTITION (p202401) WITH TEMPORARY PARTITION (tp2);
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (Orders PARTITION (p202499));
-- with the temporary partitions of example_tbl known, dropping its only one makes it backed up again
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1 FORCE;
BACKUP SNAPSHOT example_db.s5 TO hdfs_repo ON (example_tbl);
