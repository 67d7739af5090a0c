BACKUP SNAPSHOT example_db.nightly TO example_repo;
RESTORE SNAPSHOT night|ly FROM example_repo PROPERTIES ("backup_timestamp" = "x")
