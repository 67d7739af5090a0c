-- Nightly backup of example_db, then a restore rehearsal.
USE example_db;

CREATE REPOSITORY archive_repo
WITH BROKER
ON LOCATION "s3a://bucket/backup"
PROPERTIES ("aws.s3.access_key" = "AK", "aws.s3.secret_key" = "SK", "aws.s3.region" = "us-west-2");

BACKUP SNAPSHOT example_db.snapshot_label2
TO example_repo
ON (
    example_tbl PARTITION (p1, p2),
    example_tbl2
)
PROPERTIES ("type" = "full", "timout" = "3600");

BACKUP SNAPSHOT example_db.snapshot_label3
TO s3_repo
ON (example_tbl, PARTITION (p3))
PROPERTIES ("type" = "incremental");

SHOW BACKUP FROM example_db;

SELECT count(*) FROM example_tbl WHERE dt >= '2024-01-01';

RESTORE SNAPSHOT example_db.snapshot_label1
FROM example_repo
ON (example_tbl AS example_tbl_restored)
PROPERTIES ("timeout" = "300");
