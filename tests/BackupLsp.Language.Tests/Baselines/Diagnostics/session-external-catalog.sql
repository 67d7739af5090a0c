-- options: catalog=demo.json
-- After a switch to another catalog, USE names that catalog's databases, which the catalog file does not describe,
-- and a statement that names no database works in none known, but for a BACKUP, which backs up default_catalog's
-- database of the session's database's name (session-external-catalog-backup).
SET CATALOG hive_catalog;
USE web_logs;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
CREATE DATABASE hive_only;
SET CATALOG default_catalog;
USE web_logs;
USE hive_only;
-- StarRocks refuses a USE string other than 'CATALOG c', which leaves the session where it was.
USE 'hive_catalog';
USE clicks;
USE 'catalog hive_catalog';
USE clicks;
USE default_catalog.example_db;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
-- A database created in another catalog is none of the cluster's.
CREATE DATABASE hive_catalog.lake;
BACKUP SNAPSHOT lake.s3 TO example_repo;
-- Repositories and what a RESTORE brings back are the cluster's whatever the session, and so is what a statement names
-- in default_catalog.
SET CATALOG hive_catalog;
CREATE REPOSITORY new_repo WITH BROKER ON LOCATION "s3a://bucket/new";
CREATE TABLE default_catalog.example_db.t7 (k INT) DISTRIBUTED BY HASH(k);
CREATE DATABASE IF NOT EXISTS default_catalog.db9;
CREATE TABLE hive_catalog.example_db.t8 (k INT);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS t9) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG default_catalog;
BACKUP SNAPSHOT example_db.s4 TO new_repo ON (t7, t9, t8);
BACKUP SNAPSHOT db9.s5 TO example_repo;
