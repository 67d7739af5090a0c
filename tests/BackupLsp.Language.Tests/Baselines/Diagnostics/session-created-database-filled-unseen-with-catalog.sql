-- options: catalog=empty-lists.json severity:SRB700=off
-- With a catalog that lists databases: a task's CREATE TABLE fills the database it names, and a CREATE that names no
-- database before any USE may fill the connection's, any the catalog lists or one the script dropped and made again
CREATE DATABASE by_task;
SUBMIT TASK AS CREATE TABLE IF NOT EXISTS by_task.t AS SELECT 1;
BACKUP DATABASE by_task SNAPSHOT s1 TO example_repo;
CREATE DATABASE by_insert;
SUBMIT TASK AS INSERT INTO by_insert.t SELECT 1;
BACKUP DATABASE by_insert SNAPSHOT s2 TO example_repo;
BACKUP DATABASE analytics SNAPSHOT s3 TO example_repo ON (ALL MATERIALIZED VIEWS);
DROP DATABASE analytics;
CREATE DATABASE analytics;
CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT 1;
BACKUP DATABASE analytics SNAPSHOT s4 TO example_repo ON (ALL MATERIALIZED VIEWS);
BACKUP DATABASE by_insert SNAPSHOT s5 TO example_repo ON (ALL MATERIALIZED VIEWS);
