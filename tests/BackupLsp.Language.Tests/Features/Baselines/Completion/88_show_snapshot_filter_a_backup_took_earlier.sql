BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = '|'
