-- options: catalog=session.json version=4.0
-- 4.0 reserves BOTH, SYSTEM and MATCHED: USE of one unquoted fails in StarRocks and switches nothing
CREATE DATABASE `both`;
USE both;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
USE default_catalog.system;
USE `both`;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
-- SINGLE is a plain name to 4.0: the USE switches
CREATE DATABASE single;
USE single;
BACKUP SNAPSHOT s3 TO example_repo ON (no_such_table);
-- a reserved word fails the USE in the parser, before changeCatalogDb: the session stays in hive_catalog
SET CATALOG hive_catalog;
USE default_catalog.both;
BACKUP SNAPSHOT s4 TO example_repo;
