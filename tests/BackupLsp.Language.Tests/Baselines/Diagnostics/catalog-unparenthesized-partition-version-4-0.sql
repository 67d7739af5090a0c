-- options: catalog=demo.json version=4.0
-- 4.0 and later read the names after an unparenthesized PARTITION as partitions of its table, and look them up there
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, p2);
-- a table's name there is no partition of example_tbl: StarRocks fails (partition[example_tbl2] does not exist)
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION p1, example_tbl2);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl PARTITION p1, p4);
-- partition names are case-insensitive; a temporary partition is named as such
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl PARTITION p1, P3, tp1);
