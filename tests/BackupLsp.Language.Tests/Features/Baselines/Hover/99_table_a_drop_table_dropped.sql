DROP TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_t|bl2)
