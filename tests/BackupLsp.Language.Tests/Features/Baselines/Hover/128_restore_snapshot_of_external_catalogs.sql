-- restoring external catalogs, the snapshot takes no database either
RESTORE SNAP|SHOT x FROM example_repo EXTERNAL CATALOG (hive_catalog) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
