RESTORE SNAPSHOT example_db.snapshot_label2 FROM example_repo
PROPERTIES ("backup_timestamp" = "2018-06-01-00-00-00", "allow_load" = |
