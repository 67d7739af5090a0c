-- options: catalog=session.json
-- A BACKUP of external catalogs takes its snapshot into the repository as any BACKUP does: a RESTORE of it after is no
-- unknown snapshot, a second BACKUP of the name is refused, and a DROP SNAPSHOT of it waits for the job that uses it.
-- Such a job works in no database, so it is no job of the session's.
BACKUP EXTERNAL CATALOG (iceberg) SNAPSHOT iceberg_backup
TO example_repo;
RESTORE SNAPSHOT iceberg_backup
FROM example_repo
EXTERNAL CATALOG (iceberg AS iceberg_new)
PROPERTIES ("backup_timestamp" = "2024-12-09-10-52-10-940");
BACKUP EXTERNAL CATALOGS (iceberg, hive) SNAPSHOT iceberg_backup
TO example_repo;
DROP SNAPSHOT iceberg_backup ON example_repo;
BACKUP SNAPSHOT weekly TO example_repo;
