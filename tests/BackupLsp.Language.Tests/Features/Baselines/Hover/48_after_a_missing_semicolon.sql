SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'x'
RESTORE SNAPSHOT example_db.snapshot_label2 FROM exam|ple_repo PROPERTIES ("backup_timestamp" = "2018-06-01-00-00-00");
