-- options: catalog=session.json
-- A snapshot a BACKUP earlier in the script takes is of external catalogs or of a database, and a RESTORE must read it
-- as that kind; of external catalogs, it restores only those the BACKUP took.
BACKUP EXTERNAL CATALOG (hive1) SNAPSHOT lake_snap TO example_repo;
BACKUP SNAPSHOT example_db.db_snap TO example_repo;
RESTORE SNAPSHOT lake_snap FROM example_repo DATABASE example_db PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT example_db.lake_snap FROM example_repo PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT db_snap FROM example_repo EXTERNAL CATALOG (hive1) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT lake_snap FROM example_repo EXTERNAL CATALOGS (hive2, hive1) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
-- These read it as it is.
RESTORE SNAPSHOT lake_snap FROM example_repo EXTERNAL CATALOG (hive1 AS hive_copy) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
RESTORE SNAPSHOT example_db.db_snap FROM example_repo PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
-- The cluster's own catalog is in no snapshot: SRB103 says so, once.
RESTORE SNAPSHOT lake_snap FROM example_repo EXTERNAL CATALOG (default_catalog) PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
