BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP SNAPSHOT | ON example_repo
