-- options: version=3.0 severity:SRB700=off
-- Without a catalog, a table the script makes says what it is: in the session's database, or in one named with db.t
USE sales;
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
CREATE TABLE olap1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM olap1 GROUP BY k;
BACKUP SNAPSHOT s1 TO repo ON (ext1, olap1);
BACKUP SNAPSHOT s2 TO repo ON (t_city, olap1, mv_sync);
BACKUP SNAPSHOT sales.s3 TO repo;
CREATE TABLE hr.ext2 (k INT) ENGINE = elasticsearch PROPERTIES ("hosts"="http://h:9200","index"="i");
BACKUP SNAPSHOT hr.s4 TO repo ON (ext2);
-- Another database has no table the script made: nothing is known of it
BACKUP SNAPSHOT other.s5 TO repo ON (ext1, ext2);
BACKUP SNAPSHOT s6 TO repo ON (ext2);
-- IF NOT EXISTS leaves a table of that name as it was, if the database has one: what ext3 is is not known
CREATE TABLE IF NOT EXISTS ext3 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT s7 TO repo ON (ext3);
