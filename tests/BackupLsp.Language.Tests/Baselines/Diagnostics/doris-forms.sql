-- Forms of Apache Doris, which a script migrated from it may keep; StarRocks fails each and is said to.
-- Doris names the storage after WITH; StarRocks has WITH BROKER only and reads the storage from the location's scheme.
CREATE REPOSITORY s3_backup WITH S3 ON LOCATION "s3://bucket/backup" PROPERTIES ("s3.endpoint" = "http://s3.example.com");
create repository hdfs_backup with hdfs on location "hdfs://nn:8020/backup";
-- A broker's name after BROKER is StarRocks' own form.
CREATE REPOSITORY broker_backup WITH BROKER hdfs_broker ON LOCATION "hdfs://nn:8020/backup";
-- Doris leaves tables out with EXCLUDE; StarRocks names those it takes in ON (...).
BACKUP SNAPSHOT example_db.s1 TO example_repo EXCLUDE (example_tbl2);
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo EXCLUDE (example_tbl2) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
-- Doris' RESTORE properties have no StarRocks counterpart.
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl)
PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08", "reserve_replica" = "true", "atomic_restore" = "true");
