-- options: catalog=demo.json
-- p2 is a partition of example_tbl: current releases read it so, and only the two readings are worth a warning
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, p2);
-- example_tbl2 is a table: read as a table up to 3.5
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION p1, example_tbl2);
-- neither a table nor a partition of example_tbl: wrong in every release
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl PARTITION p1, p4);
