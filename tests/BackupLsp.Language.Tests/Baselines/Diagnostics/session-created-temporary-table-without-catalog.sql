-- options: catalog=none severity:SRB700=off
-- A CREATE TEMPORARY TABLE makes a table of its session alone, which no BACKUP sees: a whole database backed up skips it
CREATE DATABASE a;
CREATE TEMPORARY TABLE a.tmp (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP DATABASE a SNAPSHOT s1 TO repo;
-- but it is made in a database that exists, as a CREATE TABLE is: the CREATE of c after it makes no empty database
CREATE TEMPORARY TABLE c.tmp (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE DATABASE c;
BACKUP DATABASE c SNAPSHOT s3 TO repo;
