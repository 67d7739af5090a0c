-- options: catalog=demo.json
-- StarRocks refuses to back up a table that has temporary partitions, whichever partitions are named: told once per table
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl, example_tbl2, example_tbl PARTITION (p1));
-- replacing partitions with the temporary ones leaves the table's partitions unknown to the session
ALTER TABLE example_db.example_tbl REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (tp1);
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl);
