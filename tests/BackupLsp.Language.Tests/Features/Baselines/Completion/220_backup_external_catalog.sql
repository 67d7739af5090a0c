-- BACKUP's external catalogs: those the script names, not default_catalog, which BACKUP refuses whole
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
SET CATALOG iceberg_lake;
BACKUP EXTERNAL CATALOG (|
