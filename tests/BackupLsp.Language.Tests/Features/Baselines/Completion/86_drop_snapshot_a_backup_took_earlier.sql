BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
DROP SNAPSHOT | ON example_repo
