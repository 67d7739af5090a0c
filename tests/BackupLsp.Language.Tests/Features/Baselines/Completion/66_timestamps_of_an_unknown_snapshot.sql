RESTORE SNAPSHOT example_db.no_such_snapshot FROM example_repo PROPERTIES ("backup_timestamp" = |)
