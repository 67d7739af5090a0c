-- options: catalog=empty-databases.json severity:SRB700=off
-- Where the catalog lists databases, one it does not list is new, with IF NOT EXISTS too
CREATE DATABASE IF NOT EXISTS fresh;
BACKUP DATABASE fresh SNAPSHOT s1 TO r;
-- one it lists is not made again: what it holds is as the catalog lists it
CREATE DATABASE IF NOT EXISTS tables_only;
BACKUP DATABASE tables_only SNAPSHOT s2 TO r;
-- a database the catalog lists, dropped and made again, holds nothing
DROP DATABASE tables_only;
CREATE DATABASE tables_only;
BACKUP DATABASE tables_only SNAPSHOT s3 TO r;
-- a function the script makes there is taken with the whole database (from 3.4)
CREATE FUNCTION fresh.f(INT) RETURNS INT PROPERTIES ("symbol" = "x", "type" = "StarrocksJar", "file" = "http://h/f.jar");
BACKUP DATABASE fresh SNAPSHOT s4 TO r;
