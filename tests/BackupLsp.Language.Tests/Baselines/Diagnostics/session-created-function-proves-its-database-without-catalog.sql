-- options: catalog=none severity:SRB700=off
-- Without a catalog's databases, a CREATE FUNCTION that StarRocks runs proves its database exists, as a CREATE TABLE does
CREATE FUNCTION f.fn(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE f;
BACKUP DATABASE f SNAPSHOT s1 TO repo;
CREATE AGGREGATE FUNCTION IF NOT EXISTS u.agg(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE u;
BACKUP DATABASE u SNAPSHOT s2 TO repo;
DROP DATABASE u;
-- u was dropped: a CREATE FUNCTION there is refused, which proves nothing, and the CREATE of it makes a new, empty one
CREATE FUNCTION u.fn(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE u;
BACKUP DATABASE u SNAPSHOT s3 TO repo;
-- a global function names no database: g is made by its CREATE
CREATE GLOBAL FUNCTION g(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE g;
BACKUP DATABASE g SNAPSHOT s4 TO repo;
