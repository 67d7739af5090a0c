BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT | FROM example_repo
