-- options: severity:SRB700=off
-- A statement that may fill a database the script made in ways not followed leaves what it holds unknown
CREATE DATABASE by_task;
SUBMIT TASK AS CREATE TABLE by_task.t AS SELECT 1;
BACKUP DATABASE by_task SNAPSHOT s1 TO r;
-- the task's CREATE TABLE after its name, properties and schedule, and a hint
CREATE DATABASE by_scheduled_task;
SUBMIT /*+ SET_VAR(query_timeout = 100) */ TASK nightly PROPERTIES ("warehouse" = "w") SCHEDULE EVERY (INTERVAL 1 DAY) AS CREATE TABLE by_scheduled_task.t AS SELECT 1;
BACKUP DATABASE by_scheduled_task SNAPSHOT s2 TO r ON (ALL TABLES);
-- a task's INSERT loads into a table, making none
CREATE DATABASE by_insert;
SUBMIT TASK AS INSERT INTO by_insert.t SELECT 1;
BACKUP DATABASE by_insert SNAPSHOT s3 TO r;
-- a space StarRocks reads as a letter: a table named `t　` may be made, in whichever database
CREATE DATABASE by_odd_space;
CREATE TABLE by_odd_space.t　(id INT);
BACKUP DATABASE by_odd_space SNAPSHOT s4 TO r;
-- before any USE, a CREATE that names no database makes its object in the connection's database, which may bear the
-- name of one the script dropped and made again
DROP DATABASE IF EXISTS remade;
CREATE DATABASE remade;
CREATE DATABASE brand_new;
CREATE VIEW v AS SELECT 1;
BACKUP DATABASE remade SNAPSHOT s5 TO r ON (ALL VIEWS);
BACKUP DATABASE remade SNAPSHOT s6 TO r ON (ALL TABLES);
BACKUP DATABASE brand_new SNAPSHOT s7 TO r ON (ALL VIEWS);
-- after a USE, it is that database's
USE brand_new;
CREATE FUNCTION f(INT) RETURNS INT PROPERTIES ("symbol" = "a", "type" = "StarrocksJar", "file" = "x");
BACKUP DATABASE remade SNAPSHOT s8 TO r ON (ALL FUNCTIONS);
BACKUP DATABASE brand_new SNAPSHOT s9 TO r ON (ALL FUNCTIONS);
