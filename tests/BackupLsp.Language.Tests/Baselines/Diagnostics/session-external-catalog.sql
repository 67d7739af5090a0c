-- options: catalog=demo.json
-- After a switch to another catalog, USE names that catalog's databases, which the catalog file does not describe,
-- and a statement that names no database works in none known.
SET CATALOG hive_catalog;
USE web_logs;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
CREATE DATABASE hive_only;
SET CATALOG default_catalog;
USE web_logs;
USE hive_only;
USE 'hive_catalog';
USE clicks;
USE default_catalog.example_db;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
-- A database created in another catalog is none of the cluster's.
CREATE DATABASE hive_catalog.lake;
BACKUP SNAPSHOT lake.s3 TO example_repo;
