-- options: catalog=demo.json severity:SRB700=off
-- A space StarRocks reads as a letter (a full-width space typed by a CJK input method, a no-break space copied from a
-- web page) makes one name of the words around it: `TABLE　example_tbl2` is one name, the statement a syntax error
-- that changes nothing. The statements after it are checked in the session before it.
DROP TABLE　example_tbl2;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2);
ALTER TABLE Orders DROP PARTITION　p202401;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (Orders PARTITION (p202401));
ALTER TABLE　Orders RENAME orders_old;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (Orders);
DROP VIEW v_orders;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (VIEW v_orders);
CREATE TABLE　t_new (k INT);
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (t_new);
-- a USE or SET CATALOG with one is reported as in a statement of the family, and switches nothing
USE　sales_db;
BACKUP SNAPSHOT s6 TO example_repo ON (example_tbl2);
USE sales_db;
SET CATALOG　hive;
SET CATALOG hive;
BACKUP SNAPSHOT s7 TO example_repo ON (example_tbl2);
-- one that ends the name before a missing `;` is the statement's too
USE sales_db　
BACKUP SNAPSHOT s8 TO example_repo ON (example_tbl2);
DROP TABLE example_tbl2　
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (example_tbl2);
-- in a string or a comment, or after an ASCII blank, U+3000 is none of these
DROP TABLE example_tbl2; -- 　dropped
BACKUP SNAPSHOT example_db.s10 TO example_repo ON (example_tbl2);
