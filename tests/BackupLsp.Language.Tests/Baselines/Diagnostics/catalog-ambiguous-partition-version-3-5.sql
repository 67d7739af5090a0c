-- options: catalog=demo.json version=3.5
-- up to 3.5 the name after the list is a table: p2 is no table of example_db
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, p2);
