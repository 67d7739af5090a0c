-- options: catalog=demo.json severity:SRB700=off
-- a USE on a line of its own after other SQL whose `;` is missing is cut there, as a family statement is (not MySQL's
-- USE INDEX hint); the statements after it are checked as they would be with the `;`
SELECT 1
USE sales_db;
BACKUP SNAPSHOT s1 TO example_repo ON (orders);
SELECT * FROM t
USE INDEX (i);
INSERT INTO t VALUES (1)
USE `example_db`
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
