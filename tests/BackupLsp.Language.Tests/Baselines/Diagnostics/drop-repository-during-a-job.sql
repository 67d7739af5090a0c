-- A BACKUP or RESTORE runs on after its statement, and StarRocks refuses to drop the repository it runs on.
BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP REPOSITORY example_repo;
RESTORE SNAPSHOT example_db.migration FROM archive_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
DROP REPOSITORY `archive_repo`;
-- told once per job; another repository's drop is not held up
DROP REPOSITORY example_repo;
BACKUP SNAPSHOT sales_db.weekly TO s3_repo;
DROP REPOSITORY hdfs_repo;
-- a refused job runs on nothing: a BACKUP with a syntax error, then its repository dropped
BACKUP SNAPSHOT sales_db.monthly TO hdfs_repo PROPERTIES ("timeout" = );
DROP REPOSITORY hdfs_repo;
-- a DROP with a syntax error drops nothing and is not told
BACKUP SNAPSHOT sales_db.yearly TO s3_repo;
DROP REPOSITORY s3_repo FORCE;
