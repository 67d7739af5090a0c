-- options: catalog=demo.json severity:SRB700=off
-- A statement that writes to the repository is not pointed to a read-only one (SRB604 would refuse it next): s3_rep is
-- nearest s3_repo, which is read-only, so a BACKUP and a DROP SNAPSHOT get no did-you-mean there; RESTORE and SHOW read
BACKUP SNAPSHOT example_db.s12 TO s3_rep ON (Orders);
DROP SNAPSHOT snapshot_label1 ON s3_rep;
BACKUP SNAPSHOT example_db.s13 TO hdfs_rep ON (Orders);
RESTORE SNAPSHOT example_db.nightly FROM s3_rep PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SHOW SNAPSHOT ON s3_rep;
