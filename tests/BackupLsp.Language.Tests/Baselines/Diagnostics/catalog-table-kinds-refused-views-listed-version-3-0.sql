-- options: catalog=views-only.json version=3.0 severity:SRB700=off
-- The catalog lists the database's views but not its tables: a RENAME onto a view's name is refused, and the table keeps its kind
USE sales;
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
ALTER TABLE t_city RENAME v_sales;
BACKUP SNAPSHOT s1 TO repo ON (t_city);
-- A CREATE of an external table of a materialized view's name is refused, and makes nothing
CREATE EXTERNAL TABLE mv_sales (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT s2 TO repo;
