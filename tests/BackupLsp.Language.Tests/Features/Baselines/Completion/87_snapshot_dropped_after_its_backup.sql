BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP SNAPSHOT nightly ON example_repo;
RESTORE SNAPSHOT | FROM example_repo
