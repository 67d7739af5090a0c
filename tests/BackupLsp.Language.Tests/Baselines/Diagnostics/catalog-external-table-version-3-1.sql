-- options: catalog=demo.json version=3.1 severity:SRB700=off
-- Before 3.2 StarRocks asks for an OLAP table; a whole database takes its external tables too
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (ext1, Orders);
BACKUP SNAPSHOT example_db.s2 TO example_repo;
