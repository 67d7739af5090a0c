BACKUP SNAPSHOT example_db.nightly TO example_repo;
RESTORE SNAPSHOT | FROM example_repo
