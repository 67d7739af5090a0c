-- options: catalog=demo.json
-- An empty backup_timestamp is told once; the snapshot's timestamps the catalog lists are its fixes, the latest first
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "");
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-09");
RESTORE SNAPSHOT example_db.s1 FROM hdfs_repo PROPERTIES ("backup_timestamp" = "");
