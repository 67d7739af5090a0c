-- options: severity:SRB700=off
-- Without a catalog, a repository the script creates READ ONLY is still read-only: a BACKUP to it, or a DROP SNAPSHOT
-- from it, fails whatever the cluster holds.
CREATE READ ONLY REPOSITORY ro_repo WITH BROKER ON LOCATION "s3a://bucket/old";
CREATE REPOSITORY rw_repo WITH BROKER ON LOCATION "s3a://bucket/new";
BACKUP SNAPSHOT example_db.s1 TO ro_repo;
BACKUP SNAPSHOT example_db.s2 TO rw_repo;
RESTORE SNAPSHOT example_db.s1 FROM ro_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
DROP SNAPSHOT s1 ON ro_repo;
DROP REPOSITORY ro_repo;
CREATE REPOSITORY ro_repo WITH BROKER ON LOCATION "s3a://bucket/old";
BACKUP SNAPSHOT example_db.s3 TO ro_repo;
