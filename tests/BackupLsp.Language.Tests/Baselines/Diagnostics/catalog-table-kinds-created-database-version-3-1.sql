-- options: catalog=demo.json version=3.1 severity:SRB700=off
-- With a catalog, a database the script makes is the script's: what it makes there says what it is
CREATE DATABASE fresh;
CREATE EXTERNAL TABLE fresh.ext (k INT) ENGINE=MYSQL PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE fresh.olap1 (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE MATERIALIZED VIEW fresh.mv_sync AS SELECT k, sum(v) FROM fresh.olap1 GROUP BY k;
BACKUP SNAPSHOT fresh.s1 TO example_repo ON (ext, mv_sync);
BACKUP SNAPSHOT fresh.s2 TO example_repo;
