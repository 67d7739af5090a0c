BACKUP SNAPSHOT sales_db.snap_0601 TO example_repo;
RESTORE SNAPSHOT snap1 FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-05-01-00-00");
SHOW RESTORE FROM |
