-- options: catalog=demo.json
-- What other statements make exist is not reported as missing: a partition added (known with the others after it),
-- renamed or swapped in (the table's partitions are then unknown, as a load's automatic partitions make them), a function
-- created, a table or database renamed or recovered. An ALTER that changes no names leaves the checks as they were.
ALTER TABLE Orders ADD COLUMN c INT;
BACKUP SNAPSHOT s0 TO example_repo ON (Orders PARTITION (p4));
ALTER TABLE Orders ADD PARTITION p4 VALUES LESS THAN ("100");
BACKUP SNAPSHOT s1 TO example_repo ON (Orders PARTITION (p4, p5));
INSERT INTO Orders SELECT * FROM staging_orders;
BACKUP SNAPSHOT s2 TO example_repo ON (Orders PARTITION (p202403));
CREATE FUNCTION example_db.my_new_udf(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "f.jar");
BACKUP SNAPSHOT s3 TO example_repo ON (FUNCTION my_new_udf);
ALTER TABLE example_tbl2 RENAME example_tbl3;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl3);
RECOVER DATABASE old_db;
BACKUP SNAPSHOT old_db.s5 TO example_repo;
RECOVER TABLE example_db.dropped;
BACKUP SNAPSHOT s6 TO example_repo ON (dropped);
-- Doris' RECOVER TABLE ... AS is no StarRocks statement (its parser fails it), and brings nothing back.
RECOVER TABLE example_db.lost AS found;
BACKUP SNAPSHOT s7 TO example_repo ON (found);
-- A global function belongs to no database.
CREATE GLOBAL FUNCTION global_udf(INT) RETURNS INT PROPERTIES ("symbol" = "x");
BACKUP SNAPSHOT s8 TO example_repo ON (FUNCTION global_udf);
