-- options: catalog=demo.json version=4.2
-- SINGLE counts as reserved from 4.2: it cannot go on the PARTITION list, and is read as the next table
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, single);
