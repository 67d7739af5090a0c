-- options: catalog=demo.json severity:SRB700=off
-- A table restored whole is the snapshot's, which holds no temporary partitions: backing it up is not refused for them.
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl);
