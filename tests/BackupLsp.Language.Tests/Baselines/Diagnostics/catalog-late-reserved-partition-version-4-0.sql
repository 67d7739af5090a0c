-- options: catalog=demo.json version=4.0
-- SINGLE is a plain name to 4.0, so it goes on an unparenthesized PARTITION list as a partition, looked up as one
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, single);
