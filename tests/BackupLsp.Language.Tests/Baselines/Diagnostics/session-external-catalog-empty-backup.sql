-- options: catalog=empty-databases.json severity:SRB700=off
-- A BACKUP that names no database takes default_catalog's database of the session's database's name whatever the
-- session's catalog (session-external-catalog-backup): after a switch to another catalog, it is refused as empty where
-- that database has nothing it takes, and not for the database the session left.
SET CATALOG hive1;
USE views_only;
BACKUP SNAPSHOT s1 TO r ON (ALL TABLES);
BACKUP SNAPSHOT s2 TO r ON (ALL VIEWS);
USE tables_only;
BACKUP SNAPSHOT s3 TO r;
-- A database the script made in default_catalog is followed there.
SET CATALOG default_catalog;
CREATE DATABASE fresh;
SET CATALOG hive1;
USE fresh;
BACKUP SNAPSHOT s4 TO r;
