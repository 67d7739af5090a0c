-- options: catalog=demo.json severity:SRB700=off
-- A catalog a DROP CATALOG dropped is unknown to StarRocks until a CREATE EXTERNAL CATALOG or a RESTORE makes it again:
-- a switch to it, a USE of one of its databases or a BACKUP of it fails, and a switch that fails switches nothing.
USE example_db;
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT catalogs TO example_repo;
DROP CATALOG hive_catalog;
SET CATALOG hive_catalog;
USE 'CATALOG hive_catalog';
USE hive_catalog.web_logs;
BACKUP EXTERNAL CATALOG (iceberg_catalog, hive_catalog) SNAPSHOT s1 TO example_repo;
-- The session is still in example_db: a BACKUP that names no database backs it up.
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
-- Made again, it is known again.
CREATE EXTERNAL CATALOG hive_catalog PROPERTIES ("type" = "hive");
SET CATALOG hive_catalog;
SET CATALOG default_catalog;
DROP CATALOG IF EXISTS hive_catalog;
RESTORE SNAPSHOT catalogs FROM example_repo EXTERNAL CATALOG (hive_catalog) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
USE hive_catalog.web_logs;
-- A RESTORE makes it again under the name it gives it, and ALL EXTERNAL CATALOGS may make any.
DROP CATALOG hive_catalog;
RESTORE SNAPSHOT catalogs FROM example_repo EXTERNAL CATALOG (hive_catalog AS hive_copy) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG hive_copy;
SET CATALOG hive_catalog;
RESTORE SNAPSHOT catalogs FROM example_repo ALL EXTERNAL CATALOGS PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG hive_catalog;
-- A DROP IF EXISTS of a catalog never made drops nothing known; names are compared as written, but default_catalog, which
-- no DROP drops.
DROP CATALOG IF EXISTS never_made;
DROP CATALOG Hive_Catalog;
SET CATALOG hive_catalog;
DROP CATALOG DEFAULT_CATALOG;
SET CATALOG default_catalog;
USE default_catalog.example_db;
