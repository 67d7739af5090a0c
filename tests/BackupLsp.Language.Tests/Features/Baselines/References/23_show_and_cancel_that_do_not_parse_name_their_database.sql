BACKUP SNAPSHOT example_d|b.snap1 TO example_repo ON (example_tbl);
SHOW BACKUP FROM example_db WHERE State = "FINISHED";
CANCEL RESTORE FROM example_db now;
