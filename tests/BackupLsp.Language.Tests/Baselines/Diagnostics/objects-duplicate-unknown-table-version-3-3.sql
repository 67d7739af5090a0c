-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- a table the catalog lacks is told so, not also a duplicate on the same word: its lookup fails first
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2, EXAMPLE_TBL2);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (nosuch, nosuch);
-- both found: a duplicate, as 3.3 compares the names ignoring case
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (Orders, Orders);
