USE sales_db;
BACKUP SNAPSHOT snap_0601 TO example_repo;
RESTORE SNAPSHOT example_db.snap1 FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-05-01-00-00");
CANCEL BACKUP FROM |
