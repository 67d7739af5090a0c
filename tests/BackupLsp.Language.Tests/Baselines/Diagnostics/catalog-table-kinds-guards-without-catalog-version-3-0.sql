-- options: version=3.0 severity:SRB700=off
-- What the script no longer knows of a table it made is not told: dropped and made again, renamed, swapped, its database dropped
USE sales;
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
DROP TABLE ext1;
CREATE TABLE ext1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT s1 TO repo ON (ext1);
-- StarRocks alters no external table (a RENAME or SWAP is refused): ext2 keeps its name, and ext2_old is not made
CREATE EXTERNAL TABLE ext2 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
ALTER TABLE ext2 RENAME ext2_old;
BACKUP SNAPSHOT s2 TO repo ON (ext2_old);
BACKUP SNAPSHOT s3 TO repo ON (ext2);
-- A table partitioned by LIST renamed: the new name is that table, the old one may be made again
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
ALTER TABLE t_city RENAME t_city_old;
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) DISTRIBUTED BY HASH(dt);
BACKUP SNAPSHOT s4 TO repo ON (t_city, t_city_old);
-- Swapped with a table the script did not make, whose kind is not known: neither name is known after
CREATE TABLE t_list (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
ALTER TABLE t_list SWAP WITH t_existing;
BACKUP SNAPSHOT s5 TO repo ON (t_list, t_existing);
-- A synchronous materialized view dropped
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM ext1 GROUP BY k;
DROP MATERIALIZED VIEW mv_sync;
BACKUP SNAPSHOT s6 TO repo ON (mv_sync);
-- The database dropped and made again: what it holds is the new one's
CREATE EXTERNAL TABLE hr.ext3 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
DROP DATABASE hr;
CREATE DATABASE IF NOT EXISTS hr;
BACKUP SNAPSHOT hr.s7 TO repo ON (ext3);
-- A RESTORE of the whole database leaves what it holds to the snapshot
CREATE EXTERNAL TABLE fin.ext5 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
RESTORE SNAPSHOT fin.snap FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00-000");
BACKUP SNAPSHOT fin.s9 TO repo ON (ext5);
-- In another catalog a CREATE makes nothing of the default catalog's
SET CATALOG hive;
CREATE EXTERNAL TABLE sales.ext6 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
SET CATALOG default_catalog;
BACKUP SNAPSHOT sales.s10 TO repo ON (ext6);
