CREATE REPOSITORY nightly_|repo WITH BROKER ON LOCATION "s3a://bucket/nightly" PROPERTIES ("aws.s3.region" = "us-west-2");
BACKUP SNAPSHOT example_db.snap1 TO nightly_repo ON (example_tbl);
-- other SQL that happens to use the name is not a mention
SELECT nightly_repo FROM audit_log;
RESTORE SNAPSHOT example_db.snap1 FROM nightly_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT example_db.snap2 TO example_repo;
SHOW SNAPSHOT ON nightly_repo;
DROP REPOSITORY nightly_repo;
