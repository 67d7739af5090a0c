CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3a://bucket/backup";
SHOW SNAPSHOT ON example_repo;
BACKUP SNAPSHOT example_db.snap2 TO example_re|po ON (example_tbl PARTITION (
