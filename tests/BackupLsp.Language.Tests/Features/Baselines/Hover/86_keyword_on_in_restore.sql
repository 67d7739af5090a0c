-- Without ON a RESTORE brings back everything in the snapshot, not the whole database.
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo O|N (example_tbl) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
