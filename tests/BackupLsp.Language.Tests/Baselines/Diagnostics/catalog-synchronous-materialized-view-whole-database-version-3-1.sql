-- options: catalog=empty-lists.json version=3.1 severity:SRB700=off
-- A synchronous materialized view is backed up with its table: a whole database and ALL MATERIALIZED VIEWS do not take it
USE analytics;
CREATE TABLE fact (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE MATERIALIZED VIEW mv_sync AS SELECT k, sum(v) FROM fact GROUP BY k;
BACKUP SNAPSHOT s1 TO example_repo;
BACKUP SNAPSHOT s2 TO example_repo ON (ALL MATERIALIZED VIEWS);
