BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl, example_tbl2);
-- being typed: the list is not closed, the snapshot names the database
RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (example_tbl, TABLE example_tbl2;
-- being typed: no database named, so the default database's; `db.t` names its database too
BACKUP SNAPSHOT snap2 TO example_repo ON (example_db.example_tbl PARTITION (p1), ;
-- another database's table of the same name
BACKUP DATABASE sales_db SNAPSHOT snap3 TO example_repo ON (example_tbl;
-- the database clause has no name yet: its tables are not placed
BACKUP DATABASE SNAPSHOT snap4 TO example_repo ON (example_tbl;
