-- options: version=4.2 severity:SRB700=off
-- DECIMAL256 counts as reserved from 4.1, SINGLE, INCLUDE_TABLES, EXCLUDE_TABLES and LAST_QUERY_ID from 4.2, as in the newest grammar
BACKUP SNAPSHOT db.s1 TO repo ON (decimal256, single, last_query_id);
BACKUP SNAPSHOT db.s2 TO include_tables;
DROP REPOSITORY exclude_tables;
-- a reserved word cannot be another partition: it is the next table
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION p1, single);
-- from 4.2 on CURRENT_WAREHOUSE counts as reserved too, and ASOF is since 4.0
BACKUP SNAPSHOT db.s4 TO repo ON (asof, current_warehouse);
