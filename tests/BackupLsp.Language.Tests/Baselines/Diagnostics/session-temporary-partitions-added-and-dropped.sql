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
-- replacing a partition with it (the two named by strings, as StarRocks takes them too) makes it regular: the table is
-- backed up again, and the partition keeps its name
ALTER TABLE example_db.Orders REPLACE PARTITION ('p202401') WITH TEMPORARY PARTITION ("tp2");
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (Orders PARTITION (p202401, p202499));
-- with use_temp_partition_name it takes the temporary partition's name
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp3 VALUES LESS THAN ("2024-05-01");
ALTER TABLE example_db.Orders REPLACE PARTITION (p202402) WITH TEMPORARY PARTITION (tp3) PROPERTIES ("use_temp_partition_name" = "true");
BACKUP SNAPSHOT example_db.s6 TO hdfs_repo ON (Orders PARTITION (tp3, p202402));
-- a replacement with a temporary partition the table does not have is refused, and changes nothing
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp4 VALUES LESS THAN ("2024-06-01");
ALTER TABLE example_db.Orders REPLACE PARTITION (p202401) WITH TEMPORARY PARTITION (tp9);
BACKUP SNAPSHOT example_db.s7 TO hdfs_repo ON (Orders);
-- a load may add partitions, which are then unknown, but not temporary ones
INSERT INTO example_db.Orders SELECT * FROM example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s8 TO hdfs_repo ON (Orders PARTITION (p202403));
-- with the partitions unknown, a replacement still makes its temporary partitions regular
ALTER TABLE example_db.Orders REPLACE PARTITION (p202403) WITH TEMPORARY PARTITION (tp4);
BACKUP SNAPSHOT example_db.s9 TO hdfs_repo ON (Orders PARTITION (p202403));
-- truncating the whole table drops its temporary partitions; truncating some of its partitions does not
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp5 VALUES LESS THAN ("2024-07-01");
TRUNCATE TABLE example_db.Orders PARTITION (p202403);
BACKUP SNAPSHOT example_db.s10 TO hdfs_repo ON (Orders);
TRUNCATE TABLE example_db.Orders;
BACKUP SNAPSHOT example_db.s11 TO hdfs_repo ON (Orders);
-- so does DROP ALL TEMPORARY PARTITIONS
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp6 VALUES LESS THAN ("2024-08-01");
ALTER TABLE example_db.Orders DROP ALL TEMPORARY PARTITIONS;
BACKUP SNAPSHOT example_db.s12 TO hdfs_repo ON (Orders);
-- with the temporary partitions of example_tbl known, dropping its only one makes it backed up again
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1 FORCE;
BACKUP SNAPSHOT example_db.s5 TO hdfs_repo ON (example_tbl);
