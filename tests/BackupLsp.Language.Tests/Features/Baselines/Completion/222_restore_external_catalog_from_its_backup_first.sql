-- a RESTORE's catalogs: those its snapshot's BACKUP took first, then the others the script names
BACKUP EXTERNAL CATALOGS (hive_prod, iceberg_lake) SNAPSHOT lake_snap TO example_repo;
CREATE EXTERNAL CATALOG paimon_cat PROPERTIES ("type" = "paimon");
RESTORE SNAPSHOT lake_snap FROM example_repo EXTERNAL CATALOG (|
