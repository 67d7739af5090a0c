-- options: catalog=demo.json severity:SRB700=off
-- A DROP ... FORCE skips the recycle bin: no RECOVER brings back what it dropped
DROP TABLE example_db.example_tbl2 FORCE;
RECOVER TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2);
DROP DATABASE sales_db FORCE;
RECOVER DATABASE sales_db;
SHOW BACKUP FROM sales_db;
-- what a DROP without FORCE dropped comes back, also after a forced drop of an earlier one of that name
DROP TABLE example_db.Orders;
RECOVER TABLE example_db.Orders;
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (Orders);
CREATE TABLE example_db.example_tbl2 (k INT);
DROP TABLE example_db.example_tbl2;
RECOVER TABLE example_db.example_tbl2;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl2);
