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
-- StarRocks has no CREATE TEMPORARY FUNCTION: it fails to parse, which proves nothing, and t is made by its CREATE
CREATE TEMPORARY FUNCTION t.fn(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE t;
BACKUP DATABASE t SNAPSHOT s5 TO repo;
-- OR REPLACE with IF NOT EXISTS is refused, in a database that exists or not, which proves nothing
CREATE OR REPLACE FUNCTION IF NOT EXISTS r.fn(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE r;
BACKUP DATABASE r SNAPSHOT s6 TO repo;
-- OR REPLACE alone still runs only in a database that exists
CREATE OR REPLACE FUNCTION o.fn(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/a.jar");
CREATE DATABASE o;
BACKUP DATABASE o SNAPSHOT s7 TO repo;
