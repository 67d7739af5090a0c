-- options: version=3.0 severity:SRB700=off
-- A database the script makes holds what the script puts in it: IF NOT EXISTS on a table in it makes the table too
CREATE DATABASE d;
USE d;
CREATE EXTERNAL TABLE ext (k INT) ENGINE=MYSQL PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE IF NOT EXISTS t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY (city) DISTRIBUTED BY HASH(dt);
CREATE TABLE olap1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT d.s1 TO repo ON (ext);
BACKUP SNAPSHOT d.s2 TO repo ON (t_city, olap1);
BACKUP SNAPSHOT d.s3 TO repo;
