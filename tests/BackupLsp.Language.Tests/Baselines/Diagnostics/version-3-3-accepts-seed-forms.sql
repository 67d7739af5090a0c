-- options: version=3.3
BACKUP SNAPSHOT example_db.snapshot_label3 TO example_repo ON (example_tbl PARTITION (p1, p2), example_tbl2) PROPERTIES ("type" = "full");
RESTORE SNAPSHOT other_db.snapshot_label3 FROM example_repo ON (example_tbl AS t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://b/p";
SHOW SNAPSHOT ON r; SHOW BACKUP FROM example_db; CANCEL BACKUP FROM example_db;
