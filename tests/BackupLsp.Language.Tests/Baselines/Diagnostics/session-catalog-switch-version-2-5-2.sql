-- options: catalog=demo.json version=2.5.2 severity:SRB700=off
-- SET CATALOG came to 2.5 after 2.5.2 (and USE 'CATALOG c' in 3.0): 2.5.2 fails both (SRB500, with its own switch, USE
-- CATALOG c, as fix), and the session keeps its database; USE c.db reaches another catalog too
USE example_db;
SET CATALOG hive_cat;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
USE 'CATALOG hive_cat';
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
set catalog default_catalog;
SET query_timeout = 600;
USE hive_cat.sales;
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl2);
