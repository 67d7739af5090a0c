-- a RESTORE's AS names the catalog to restore into: the others the script names, not the one restored
CREATE EXTERNAL CATALOG hive_copy PROPERTIES ("type" = "hive");
BACKUP EXTERNAL CATALOG (hive_prod) SNAPSHOT lake_snap TO example_repo;
RESTORE SNAPSHOT lake_snap FROM example_repo EXTERNAL CATALOG (hive_prod AS |
