-- The cluster's own catalog is no external catalog: StarRocks refuses to back it up whole, whatever its case.
BACKUP EXTERNAL CATALOG (default_catalog) SNAPSHOT s1 TO repo;
BACKUP EXTERNAL CATALOGS (hive1, Default_Catalog) SNAPSHOT s2 TO repo;
-- Other catalogs are backed up.
BACKUP EXTERNAL CATALOGS (hive1, iceberg1) SNAPSHOT s3 TO repo;
-- No snapshot holds it, then, to restore; nor may an external catalog be restored under its name.
RESTORE SNAPSHOT e1 FROM repo EXTERNAL CATALOG (default_catalog) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT e2 FROM repo EXTERNAL CATALOG (hive1 AS DEFAULT_CATALOG) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT e3 FROM repo EXTERNAL CATALOG (hive1 AS hive_copy) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
