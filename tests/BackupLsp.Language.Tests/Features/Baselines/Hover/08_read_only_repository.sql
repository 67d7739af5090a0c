RESTORE SNAPSHOT example_db.old_snap FROM s3|_repo PROPERTIES ("backup_timestamp" = "2017-01-01-00-00-00")
