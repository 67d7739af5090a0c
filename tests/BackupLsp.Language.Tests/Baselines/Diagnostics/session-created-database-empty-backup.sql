-- options: severity:SRB700=off
-- A database the script creates holds only what the script puts in it, which tells a BACKUP that takes nothing
-- without a catalog too
CREATE DATABASE fresh;
BACKUP DATABASE fresh SNAPSHOT s1 TO r;
USE fresh;
BACKUP SNAPSHOT s2 TO r ON (ALL TABLES, ALL FUNCTIONS);
CREATE VIEW v AS SELECT 1;
BACKUP SNAPSHOT s3 TO r ON (ALL TABLES);
BACKUP SNAPSHOT s4 TO r ON (ALL VIEWS);
CREATE TABLE fresh.t (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
DROP VIEW v;
BACKUP SNAPSHOT s5 TO r ON (ALL VIEWS);
BACKUP SNAPSHOT s6 TO r ON (ALL TABLES);
-- a database that may have been there before: IF NOT EXISTS leaves it as it was
CREATE DATABASE IF NOT EXISTS maybe;
BACKUP DATABASE maybe SNAPSHOT s7 TO r;
-- RECOVER brings back what a database held
RECOVER DATABASE recovered;
BACKUP DATABASE recovered SNAPSHOT s8 TO r;
-- a renamed database keeps what it holds, under its new name
CREATE DATABASE renamed;
ALTER DATABASE renamed RENAME renamed2;
BACKUP DATABASE renamed2 SNAPSHOT s9 TO r ON (ALL MATERIALIZED VIEWS);
-- a RESTORE of ALL of a kind brings back what the snapshot holds, unknown here
RESTORE SNAPSHOT snap FROM r DATABASE renamed2 ON (ALL MATERIALIZED VIEWS) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE renamed2 SNAPSHOT s10 TO r ON (ALL MATERIALIZED VIEWS);
BACKUP DATABASE renamed2 SNAPSHOT s11 TO r ON (ALL VIEWS);
-- one that names no database restores into the snapshot's own, which may be any
CREATE DATABASE other;
RESTORE SNAPSHOT snap2 FROM r PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE other SNAPSHOT s12 TO r;
-- dropped and created again, a database is new and empty
DROP DATABASE fresh;
CREATE DATABASE fresh;
BACKUP DATABASE fresh SNAPSHOT s13 TO r;
-- dropped IF EXISTS, a database is certainly gone: IF NOT EXISTS then makes it new and empty
DROP DATABASE IF EXISTS gone;
CREATE DATABASE IF NOT EXISTS gone;
BACKUP DATABASE gone SNAPSHOT s14 TO r;
-- but not once a RECOVER brought it back
DROP DATABASE IF EXISTS back;
RECOVER DATABASE back;
CREATE DATABASE IF NOT EXISTS back;
BACKUP DATABASE back SNAPSHOT s15 TO r;
