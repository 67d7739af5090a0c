-- options: catalog=demo.json version=2.5 severity:SRB700=off
-- 2.5's latest patch has SET CATALOG beside USE CATALOG c: it switches, and leaves the session without a database. USE
-- 'CATALOG c' came in 3.0 only: 2.5 fails it (SRB500, with its own switch, USE CATALOG c, as fix), and the session keeps its database
USE example_db;
SET CATALOG hive_cat;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
USE default_catalog.example_db;
USE 'CATALOG hive_cat';
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
set catalog default_catalog;
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl2);
SET query_timeout = 600;
USE hive_cat.sales;
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl2);
-- a switch that fails in every release for more than that is told both
USE 'CATALOG default_catalog' staging;
