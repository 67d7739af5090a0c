-- options: catalog=none
SET CATALOG hive;
CREATE DATABASE lake_db;
SET CATALOG default_catalog;
CREATE DATABASE made_db;
BACKUP SNAPSHOT |
