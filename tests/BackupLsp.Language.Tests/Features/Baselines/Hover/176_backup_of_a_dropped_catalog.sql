-- a BACKUP of an external catalog the script dropped before says so
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
DROP CATALOG hive_prod;
BACKUP EXTERNAL CATALOG (hive|_prod) SNAPSHOT lake_snap TO example_repo;
