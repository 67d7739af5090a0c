SET CATALOG hive_catalog;
SET CATALOG default_catalog;
USE DEFAULT_CATALOG.example_db;
USE 'CATALOG Default_Catalog';
CREATE DATABASE default_catalog.db2;
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (default_catalog.example_db.example_tbl);
USE default_|catalog.example_db;
