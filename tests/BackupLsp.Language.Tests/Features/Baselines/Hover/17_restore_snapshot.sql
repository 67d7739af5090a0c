RESTORE SNAPSHOT example_db.snapshot_lab|el1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08")
