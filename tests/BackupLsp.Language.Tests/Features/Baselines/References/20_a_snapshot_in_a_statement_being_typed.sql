BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl);
RESTORE SNAPSHOT example_db.sn|ap1 FROM example_repo ON (example_tbl
BACKUP SNAPSHOT s TO ON (t;
