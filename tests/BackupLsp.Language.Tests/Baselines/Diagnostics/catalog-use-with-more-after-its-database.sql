-- options: catalog=demo.json severity:SRB700=off
-- USE takes one database: StarRocks fails anything more after it, and switches nothing (example_tbl2 is still found)
CREATE DATABASE staging;
USE staging SELECT 1;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
USE staging, example_db;
USE staging example_db;
USE staging.;
USE 'CATALOG default_catalog' staging;
USE;
USE (staging);
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
-- a statement on a line of its own after it is a missing `;`: the mysql client runs the USE as its own command, and the
-- statements after it are read as working in its database
USE staging -- the staging database

SELECT count(*) FROM orders;
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl2);
USE example_db
INSERT INTO example_tbl2 SELECT * FROM staging.orders;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl2);
-- the database is looked up all the same
USE sales
SELECT 1;
-- the statement after it changes the session too, as it would with the `;`: the switch leaves no database selected
USE example_db
SET CATALOG hive_catalog;
BACKUP SNAPSHOT s5 TO example_repo;
SET CATALOG default_catalog;
USE sales_db
USE example_db
BACKUP SNAPSHOT s6 TO example_repo ON (no_such_table);
