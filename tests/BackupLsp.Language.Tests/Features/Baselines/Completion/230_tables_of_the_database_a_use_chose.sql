USE sales_db;
BACKUP SNAPSHOT snap1 TO example_repo ON (|
