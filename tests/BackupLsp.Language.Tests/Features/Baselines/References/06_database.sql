BACKUP SNAPSHOT example_db.snap1 TO example_repo;
BACKUP DATABASE example_db SNAPSHOT snap2 TO example_repo;
RESTORE SNAPSHOT snap2 FROM example_repo DATABASE example_db AS example_db_copy PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
SHOW BACKUP FROM example_|db;
CANCEL RESTORE FROM example_db;
SHOW RESTORE IN sales_db;
