-- options: catalog=session.json version=4.0 severity:SRB700=off
-- 4.0 reserves BOTH, MATCHED and SYSTEM (SINGLE is a name there): a statement that makes or switches to one
-- unquoted fails in its parser and changes nothing
CREATE DATABASE both;
BACKUP SNAPSHOT `both`.s1 TO example_repo;
CREATE DATABASE matched;
BACKUP SNAPSHOT `matched`.s2 TO example_repo;
CREATE TABLE sales_db.system (k INT) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT sales_db.s3 TO example_repo ON (`system`);
ALTER TABLE example_tbl RENAME single;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (`single`);
SET CATALOG system;
BACKUP SNAPSHOT s5 TO example_repo;
-- backticked, a reserved word is a name in every release
CREATE DATABASE `both`;
BACKUP SNAPSHOT `both`.s6 TO example_repo;
-- a word every release reserves is no name: the statement makes nothing either
CREATE DATABASE select;
BACKUP SNAPSHOT `select`.s7 TO example_repo;
