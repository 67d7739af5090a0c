-- options: version=4.0 severity:SRB700=off
-- 4.0's lexer has no token for DECIMAL256, SINGLE, INCLUDE_TABLES, EXCLUDE_TABLES or LAST_QUERY_ID: plain names there
BACKUP SNAPSHOT db.s1 TO repo ON (decimal256, single, last_query_id);
BACKUP SNAPSHOT db.s2 TO include_tables;
DROP REPOSITORY exclude_tables;
-- the words every release reserves are still reported
BACKUP SNAPSHOT db.s3 TO repo ON (decimal64, DECIMALV2);
-- ASOF is reserved from 4.0 (ASOF JOIN); CURRENT_WAREHOUSE is no token of 4.0's lexer
BACKUP SNAPSHOT db.s4 TO repo ON (asof, current_warehouse);
