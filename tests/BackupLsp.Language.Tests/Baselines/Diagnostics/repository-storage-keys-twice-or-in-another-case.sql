-- A repository's properties are read as a job's: the last of a key given twice wins, and keys are read as written, so
-- one in another case is unknown to the object store's client.
CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/backup"
PROPERTIES ("aws.s3.region" = "us-east-1", "AWS.S3.ACCESS_KEY" = "x", "aws.s3.region" = "eu-west-1", " aws.s3.endpoint" = "e");
-- A one-second timeout, and an empty DATABASE beside a prefixed snapshot.
BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES ("timeout" = "1");
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo DATABASE `` PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
