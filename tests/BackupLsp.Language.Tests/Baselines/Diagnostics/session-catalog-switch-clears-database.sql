-- options: catalog=demo.json severity:SRB700=off
-- A catalog switch leaves the session without a database, even one back to the catalog it is in: a BACKUP that names no
-- database fails until a USE. A RESTORE never reads the session's database: one that names none restores into the
-- snapshot's own, which only the snapshot knows, so after it the tables of every database are unknown.
USE example_db;
SET CATALOG default_catalog;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
RESTORE SNAPSHOT nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- Those that name their database, and those of external catalogs, need none.
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl);
BACKUP DATABASE example_db SNAPSHOT s3 TO example_repo;
RESTORE SNAPSHOT nightly FROM example_repo DATABASE sales_db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT s4 TO example_repo;
SHOW BACKUP;
USE example_db;
BACKUP SNAPSHOT s5 TO example_repo ON (example_tbl);
USE 'CATALOG hive_catalog';
BACKUP SNAPSHOT s6 TO example_repo;
-- A USE gives the session a database again, in any catalog (a BACKUP backs up default_catalog's of its name, here none).
USE web_logs;
BACKUP SNAPSHOT s7 TO example_repo;
SET CATALOG `default_catalog`;
BACKUP SNAPSHOT `s8` TO example_repo;
USE default_catalog.example_db;
BACKUP SNAPSHOT s9 TO example_repo ON (example_tbl);
