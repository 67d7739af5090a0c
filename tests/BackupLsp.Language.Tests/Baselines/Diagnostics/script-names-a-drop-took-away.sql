-- options: catalog=demo.json version=4.2 severity:SRB700=off
-- A repository or snapshot a DROP earlier in the script took away is said to be gone for that reason
DROP REPOSITORY hdfs_repo;
BACKUP SNAPSHOT example_db.r1 TO hdfs_repo ON (Orders);
DROP SNAPSHOT nightly ON example_repo;
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-09-09-00-00-00");
DROP SNAPSHOT nightly ON example_repo;
-- made again, it is there
CREATE REPOSITORY hdfs_repo WITH BROKER ON LOCATION "hdfs://nn:8020/backups";
BACKUP SNAPSHOT example_db.r2 TO hdfs_repo ON (Orders);
