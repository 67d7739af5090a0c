-- Jobs of two databases run on one repository side by side: a CANCEL in one database stops its job only, and StarRocks
-- still refuses to drop the repository while the other may run.
BACKUP SNAPSHOT analytics.j2 TO s3_repo;
RESTORE SNAPSHOT sales.old_snap FROM s3_repo ON (orders AS o9) PROPERTIES ("backup_timestamp" = "2023-05-04-16-45-08");
CANCEL RESTORE FROM sales;
DROP REPOSITORY s3_repo;
-- the same for a snapshot that a BACKUP writes and a RESTORE in another database reads
BACKUP SNAPSHOT marketing.shared TO hdfs_repo;
RESTORE SNAPSHOT finance.shared FROM hdfs_repo PROPERTIES ("backup_timestamp" = "2023-05-04-16-45-08");
CANCEL RESTORE FROM finance;
DROP SNAPSHOT shared ON hdfs_repo;
-- once every job on it is cancelled, the drop is not told
BACKUP SNAPSHOT ops.j3 TO oss_repo;
RESTORE SNAPSHOT hr.j3 FROM oss_repo PROPERTIES ("backup_timestamp" = "2023-05-04-16-45-08");
CANCEL RESTORE FROM hr;
CANCEL BACKUP FROM ops;
DROP REPOSITORY oss_repo;
