BACKUP SNAPSHOT example_db.monthly TO hdfs_repo ON (example_tbl2);
DROP SNAPSHOT monthly ON hdfs_repo;
RESTORE SNAPSHOT example_db.monthly FROM hdfs_repo ON (|