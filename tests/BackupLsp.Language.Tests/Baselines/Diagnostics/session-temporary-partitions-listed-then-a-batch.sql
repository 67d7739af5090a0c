-- options: catalog=demo.json severity:SRB700=off
-- A batch of temporary partitions adds to those the catalog lists: the table still has those, and may have more, so a
-- DROP or REPLACE of the batch's leaves them
ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
-- the listed one is known as a temporary partition, not as an unknown partition
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl PARTITION (p1, tp1));
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION p20240201;
-- the listed one is left, so StarRocks still refuses the table, in a BACKUP and a RESTORE
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (example_tbl);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a DROP of the listed one too leaves it unknown whether the table has any
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (example_tbl);
