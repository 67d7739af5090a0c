BACKUP SNAPSHOT example_db.nightly TO example_repo;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = '|'
