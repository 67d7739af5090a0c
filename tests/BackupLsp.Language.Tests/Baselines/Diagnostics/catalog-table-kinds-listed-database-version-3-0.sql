-- options: catalog=demo.json version=3.0 severity:SRB700=off
-- A database the catalog lists, with a table the script makes in it: told as it always was
USE example_db;
CREATE EXTERNAL TABLE ext (k INT) ENGINE=MYSQL PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
BACKUP SNAPSHOT s1 TO example_repo ON (ext, t_city, Orders);
-- A table only the catalog lists says nothing of its engine or partitions
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl2);
-- StarRocks alters no external table: a RENAME of one is refused, and it keeps its name
ALTER TABLE ext RENAME ext_old;
BACKUP SNAPSHOT s3 TO example_repo ON (ext);
BACKUP SNAPSHOT s4 TO example_repo ON (ext_old);
