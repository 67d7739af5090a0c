-- options: version=3.0 severity:SRB700=off
-- Where the session does not know all a database holds, a statement tells a table's kind only where StarRocks runs it
USE sales;
-- A RENAME onto a name the script made a table of is refused: t_city keeps its name and kind, t_taken stays what it was
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
CREATE TABLE IF NOT EXISTS t_taken (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
ALTER TABLE t_city RENAME t_taken;
BACKUP SNAPSHOT s1 TO repo ON (t_taken);
BACKUP SNAPSHOT s2 TO repo ON (t_city);
-- A CREATE of an external table or of a synchronous materialized view whose name is taken is refused, and makes nothing
CREATE TABLE IF NOT EXISTS t_kept (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE EXTERNAL TABLE t_kept (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT s3 TO repo ON (t_kept);
CREATE TABLE base1 (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE TABLE base2 (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM base1 GROUP BY k;
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM base2 GROUP BY k;
BACKUP SNAPSHOT s4 TO repo ON (mv_sync);
-- After a DROP TABLE no table of that name is there: CREATE TABLE IF NOT EXISTS makes one, of the kind it says
DROP TABLE IF EXISTS hr.ext_new;
CREATE EXTERNAL TABLE IF NOT EXISTS hr.ext_new (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT hr.s5 TO repo ON (ext_new);
-- A database renamed takes what the script made in it along; a rename onto one the script made something in is refused
CREATE EXTERNAL TABLE ops.ext4 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
ALTER DATABASE ops RENAME ops2;
BACKUP SNAPSHOT ops2.s6 TO repo ON (ext4);
BACKUP SNAPSHOT ops.s7 TO repo ON (ext4);
CREATE EXTERNAL TABLE fin.ext5 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE fin2.t_city2 (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
ALTER DATABASE fin RENAME fin2;
BACKUP SNAPSHOT fin.s8 TO repo ON (ext5);
BACKUP SNAPSHOT fin2.s9 TO repo ON (t_city2);
-- A table made LIKE another is of its kind: StarRocks runs the other's own CREATE under the new name
CREATE EXTERNAL TABLE ext6 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE ext6_copy LIKE ext6;
CREATE TABLE t_city_copy LIKE t_city;
BACKUP SNAPSHOT s10 TO repo ON (ext6_copy, t_city_copy);
-- A SWAP WITH an external table is refused, whichever of the two it is: ext6 stays what it is
ALTER TABLE t_other SWAP WITH ext6;
BACKUP SNAPSHOT s11 TO repo ON (ext6);
