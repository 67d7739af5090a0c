-- A BACKUP or RESTORE runs on after its statement, and StarRocks refuses to drop a snapshot one of them uses.
RESTORE SNAPSHOT example_db.migration FROM example_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
DROP SNAPSHOT migration ON example_repo;
BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP SNAPSHOT `nightly` ON example_repo FORCE;
-- told once per job; another repository's or another snapshot's drop is not held up
DROP SNAPSHOT nightly ON example_repo;
DROP SNAPSHOT migration ON archive_repo;
