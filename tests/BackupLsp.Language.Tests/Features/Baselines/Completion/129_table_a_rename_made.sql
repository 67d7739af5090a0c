ALTER TABLE example_db.example_tbl2 RENAME example_tbl3;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl, example_tbl|
