-- options: catalog=documented-examples.json version=3.4 severity:SRB700=off
-- The restore guide of 3.4 and later: the metadata of external catalogs, and cancelling that job.
RESTORE SNAPSHOT lake_snap
FROM shop_repo
EXTERNAL CATALOG (lake_iceberg AS lake_iceberg_copy)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT lakes_snap
FROM shop_repo
EXTERNAL CATALOGS (lake_iceberg, lake_hive)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT every_lake_snap
FROM shop_repo
ALL EXTERNAL CATALOGS
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

CANCEL RESTORE FOR EXTERNAL CATALOG;

-- The reference page's syntax writes the catalogs without parentheses: StarRocks.g4's restoreStatement takes an identifierWithAliasList, in parentheses.
RESTORE SNAPSHOT lake_snap
FROM shop_repo
EXTERNAL CATALOG lake_iceberg AS lake_iceberg_copy
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

-- It also lets DATABASE stand beside the catalogs: StarRocks refuses that (AstBuilder.parseBackupRestoreStatement).
RESTORE SNAPSHOT lakes_snap
FROM shop_repo
EXTERNAL CATALOGS (lake_iceberg, lake_hive)
DATABASE shop_db
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
