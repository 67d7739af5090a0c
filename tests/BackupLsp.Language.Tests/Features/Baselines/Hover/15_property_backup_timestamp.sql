RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_time|stamp" = "2018-05-04-16-45-08")
