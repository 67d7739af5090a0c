-- options: version=3.4
-- The 3.4+ reference pages write the catalogs of EXTERNAL CATALOG(S) without parentheses; StarRocks' grammar needs them.
BACKUP EXTERNAL CATALOG lake_hive SNAPSHOT lake_snap TO shop_repo;

backup external catalogs lake_hive, `lake-iceberg` snapshot lakes_snap to shop_repo;

RESTORE SNAPSHOT lake_snap FROM shop_repo
EXTERNAL CATALOG lake_hive AS lake_hive_copy
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

RESTORE SNAPSHOT lakes_snap FROM shop_repo EXTERNAL CATALOGS lake_hive AS h2, lake_iceberg;

-- Parentheses would not make this one whole (a stray word after the list): no fix.
RESTORE SNAPSHOT lake_snap FROM shop_repo EXTERNAL CATALOG lake_hive stray PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");

-- With the parentheses, nothing to report.
BACKUP EXTERNAL CATALOG (lake_hive) SNAPSHOT lake_snap2 TO shop_repo;
