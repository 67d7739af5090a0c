BACKUP SNAPSHOT example_db.snap1 TO example_re|po;
BACKUP SNAPSHOT example_db.snap2 TO example_repo ON (example_tbl;
SHOW SNAPSHOT ON example_repo;
