DROP TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|
