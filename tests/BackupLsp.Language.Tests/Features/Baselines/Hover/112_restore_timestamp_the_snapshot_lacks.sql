RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2018-05-04-1|7-00-00");
