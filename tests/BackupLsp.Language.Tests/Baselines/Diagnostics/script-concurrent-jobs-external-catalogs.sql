-- StarRocks runs one BACKUP or RESTORE of external catalogs at a time, in a slot of their own apart from the
-- databases': the second such job is told once, and a database's job is not one of theirs.
BACKUP EXTERNAL CATALOG (iceberg) SNAPSHOT iceberg_backup
TO test_repo;
BACKUP DATABASE sr_hub SNAPSHOT sr_hub_backup TO test_repo;
BACKUP EXTERNAL CATALOGS (iceberg, hive) SNAPSHOT iceberg_hive_backup
TO test_repo;
RESTORE SNAPSHOT all_catalog_backup
FROM test_repo
ALL EXTERNAL CATALOGS
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
BACKUP SNAPSHOT external.s1 TO test_repo;
