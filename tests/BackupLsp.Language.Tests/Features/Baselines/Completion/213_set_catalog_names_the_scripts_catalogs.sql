-- the catalogs the script names, the one named last first; the session's current catalog last
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
BACKUP EXTERNAL CATALOG (iceberg_lake) SNAPSHOT lake_snap TO example_repo;
USE paimon_cat.sales;
SET CATALOG |
RESTORE SNAPSHOT old_snap FROM example_repo EXTERNAL CATALOG (hudi_cat AS hudi_copy) PROPERTIES ("backup_timestamp" = "2024");
