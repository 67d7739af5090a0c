-- options: catalog=demo.json
-- A BACKUP that names no database backs up the session's current database, which StarRocks looks up by its name in
-- default_catalog whatever the session's catalog: after a switch to another catalog, the default catalog's database of
-- that name, its tables checked as usual.
SET CATALOG hive_catalog;
USE example_db;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2, no_such_table);
USE hive_catalog.sales_db;
BACKUP SNAPSHOT s2 TO example_repo;
-- One that default_catalog lacks, or that the script dropped: StarRocks fails the BACKUP (Unknown database).
USE web_logs;
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl);
DROP DATABASE default_catalog.sales_db;
USE sales_db;
BACKUP SNAPSHOT s4 TO example_repo;
-- Its job is one of that database's, as one that names it.
USE example_db;
BACKUP SNAPSHOT s5 TO example_repo ON (example_tbl2);
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (archive);
-- Its snapshot holds that database.
RESTORE SNAPSHOT s5 FROM example_repo DATABASE sales_db AS copy_db PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
