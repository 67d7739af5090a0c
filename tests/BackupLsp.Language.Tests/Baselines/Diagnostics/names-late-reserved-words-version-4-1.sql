-- options: version=4.1 severity:SRB700=off
-- DECIMAL256 counts as reserved from 4.1; SINGLE, INCLUDE_TABLES, EXCLUDE_TABLES, LAST_QUERY_ID and CURRENT_WAREHOUSE only from 4.2 (a release that may be their first); EXCEPT is a name from 4.0 on
BACKUP SNAPSHOT db.s1 TO repo ON (decimal256, single, last_query_id, current_warehouse, except);
