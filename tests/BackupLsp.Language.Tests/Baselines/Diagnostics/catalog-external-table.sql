-- options: catalog=demo.json severity:SRB700=off
-- An external table is no OLAP table: StarRocks backs it up in no release, named or with its whole database
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
CREATE TABLE ext2 (k INT) ENGINE = elasticsearch PROPERTIES ("hosts"="http://h:9200","index"="i");
CREATE TABLE olap1 (k INT) ENGINE = OLAP DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (ext1, Orders);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (ext2);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (olap1);
