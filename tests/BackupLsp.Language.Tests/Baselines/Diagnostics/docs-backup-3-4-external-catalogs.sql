-- options: catalog=documented-examples.json version=3.4 severity:SRB700=off
-- The backup guide of 3.4 and later: the metadata of external catalogs, and cancelling that job.
BACKUP EXTERNAL CATALOG (lake_iceberg) SNAPSHOT new_lake_snap
TO shop_repo;

BACKUP EXTERNAL CATALOGS (lake_iceberg, lake_hive) SNAPSHOT new_lakes_snap
TO shop_repo;

BACKUP ALL EXTERNAL CATALOGS SNAPSHOT new_every_lake_snap
TO shop_repo;

CANCEL BACKUP FOR EXTERNAL CATALOG;

-- The reference page's syntax also lets DATABASE or a db. prefix stand beside the catalogs: StarRocks refuses both (AstBuilder.parseBackupRestoreStatement).
BACKUP EXTERNAL CATALOG (lake_iceberg) DATABASE shop_db SNAPSHOT new_lake_db_snap
TO shop_repo;

BACKUP ALL EXTERNAL CATALOGS SNAPSHOT shop_db.new_every_lake_db_snap
TO shop_repo;
