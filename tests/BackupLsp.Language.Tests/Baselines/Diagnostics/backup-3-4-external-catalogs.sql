BACKUP ALL EXTERNAL CATALOGS SNAPSHOT cat_snap TO repo;
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT cat_snap2 TO repo;
BACKUP EXTERNAL CATALOGS (hive_catalog, iceberg_catalog) SNAPSHOT cat_snap3 TO repo PROPERTIES ("timeout" = "3600");
RESTORE SNAPSHOT cat_snap FROM repo ALL EXTERNAL CATALOGS PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT cat_snap2 FROM repo EXTERNAL CATALOG (hive_catalog AS hive_restored) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
