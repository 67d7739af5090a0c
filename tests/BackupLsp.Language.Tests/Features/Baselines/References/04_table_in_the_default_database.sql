BACKUP SNAPSHOT snap1 TO example_repo ON (example_t|bl PARTITION (p1), example_tbl2);
BACKUP SNAPSHOT example_db.snap2 TO example_repo ON (TABLE example_tbl);
-- another database's table of the same name
BACKUP SNAPSHOT sales_db.snap3 TO example_repo ON (example_tbl);
RESTORE SNAPSHOT example_db.snap2 FROM example_repo ON (example_tbl AS example_tbl_copy) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
-- the db part is ignored: the table is the snapshot database's
RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (sales_db.example_tbl) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
