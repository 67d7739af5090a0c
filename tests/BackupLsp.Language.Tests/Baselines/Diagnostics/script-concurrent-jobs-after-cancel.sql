-- CANCEL BACKUP stops the database's running BACKUP, CANCEL RESTORE its running RESTORE: the job after it runs
BACKUP SNAPSHOT example_db.s1 TO repo;
CANCEL BACKUP FROM example_db;
BACKUP SNAPSHOT example_db.s2 TO repo;
-- a cancel of the other kind stops nothing (StarRocks: "No restore job is currently running")
CANCEL RESTORE FROM example_db;
RESTORE SNAPSHOT example_db.s0 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- another database's cancel stops nothing here
BACKUP SNAPSHOT other_db.s3 TO repo;
CANCEL BACKUP FROM example_db;
BACKUP SNAPSHOT other_db.s4 TO repo;
-- the snapshot and the repository of a cancelled job can be dropped
BACKUP SNAPSHOT sales_db.weekly TO archive_repo;
CANCEL BACKUP FROM sales_db;
DROP SNAPSHOT weekly ON archive_repo;
DROP REPOSITORY archive_repo;
-- external catalogs' jobs have a cancel of their own
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT ext1 TO repo;
CANCEL BACKUP FOR EXTERNAL CATALOG;
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT ext2 TO repo;
