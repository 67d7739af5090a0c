-- options: catalog=demo.json
-- From 3.0 on (and unset: the latest), USE takes a database or a string: USE CATALOG c is a syntax error, which switches nothing
USE sales_db;
USE CATALOG hive_catalog;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE catalog 'hive_catalog';
-- a database named catalog is still one USE takes (this one unknown, so the session stays in sales_db)
USE catalog;
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl);
-- the string form switches catalogs
USE 'CATALOG hive_catalog';
BACKUP SNAPSHOT s3 TO example_repo;
