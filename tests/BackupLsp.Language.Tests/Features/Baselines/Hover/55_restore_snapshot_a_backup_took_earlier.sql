BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT night|ly FROM example_repo PROPERTIES ("backup_timestamp" = "x")
