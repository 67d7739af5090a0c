-- options: catalog=demo.json
-- current StarRocks goes on with a PARTITION list without parentheses over strings: 'p2' is a partition of example_tbl
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, 'p2');
-- a string after them makes the names before it partitions too; example_tbl2, with partitions of its own, is a table
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION p1, p2, 'p3', example_tbl2 PARTITION (p1));
-- and the names after it: p9 is no partition of example_tbl
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl PARTITION 'p1', 'p2', p9);
-- the same partition twice, once quoted
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl PARTITION p1, 'P1');
-- a repeated table merges into the whole list, in parentheses
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (example_tbl PARTITION p1, 'p2', example_tbl PARTITION p3);
-- the list ends at the alias: a string after it is a syntax error in every release
RESTORE SNAPSHOT example_db.s6 FROM example_repo ON (example_tbl PARTITION p1, 'p2' AS t, 'p3') PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
