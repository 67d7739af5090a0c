-- options: version=3.1 severity:SRB700=off
-- Without a catalog the database's names are unknown: a synchronous materialized view named in ON is not told
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM fact GROUP BY k;
BACKUP SNAPSHOT s1 TO r;
BACKUP SNAPSHOT s2 TO r ON (mv_sync);
CREATE EXTERNAL TABLE ext1 (k INT) ENGINE=mysql PROPERTIES ("host"="h","port"="3306","user"="u","password"="p","database"="d","table"="t");
BACKUP SNAPSHOT s3 TO r ON (ext1);
