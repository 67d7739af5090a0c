-- options: version=3.4 severity:SRB700=off
-- From 3.4 a whole database is backed up kind by kind, which is not modelled for external tables; a named one is told still
USE sales;
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT s1 TO repo;
BACKUP SNAPSHOT s2 TO repo ON (ext1);
