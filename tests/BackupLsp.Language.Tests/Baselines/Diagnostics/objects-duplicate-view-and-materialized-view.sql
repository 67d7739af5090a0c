-- options: severity:SRB700=off
-- StarRocks holds views and materialized views as tables and checks all three together
BACKUP SNAPSHOT db.s1 TO repo ON (VIEW v1, VIEW v1);
BACKUP SNAPSHOT db.s2 TO repo ON (MATERIALIZED VIEW mv1, MATERIALIZED VIEWS mv1);
BACKUP SNAPSHOT db.s3 TO repo ON (mv_daily, MATERIALIZED VIEW mv_daily);
BACKUP SNAPSHOT db.s4 TO repo ON (VIEW v1, v1 PARTITION (p1));
BACKUP SNAPSHOT db.s5 TO repo ON (mv1 PARTITION (p1), MATERIALIZED VIEW mv1);
-- one of two keywords misnames the object, and which one is unknown: no fix
BACKUP SNAPSHOT db.s6 TO repo ON (TABLE orders, VIEW orders);
BACKUP SNAPSHOT db.s7 TO repo ON (VIEW x, MATERIALIZED VIEW x, TABLE x);
RESTORE SNAPSHOT db.s8 FROM repo ON (TABLE orders, MATERIALIZED VIEW orders) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s9 FROM repo ON (v1, VIEW v1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s10 FROM repo ON (VIEW v1 AS a, VIEW v1 AS b) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- names are case-sensitive; functions are held apart and never compared; ALL adds only what is not named
BACKUP SNAPSHOT db.s11 TO repo ON (VIEW v1, MATERIALIZED VIEW V1, t1, VIEW T1);
BACKUP SNAPSHOT db.s12 TO repo ON (FUNCTION f1, FUNCTION f1, f1);
BACKUP SNAPSHOT db.s13 TO repo ON (ALL VIEWS, VIEW v1, ALL MATERIALIZED VIEWS, MATERIALIZED VIEW mv1, ALL TABLES, t1, ALL FUNCTIONS, FUNCTION f1);
-- current StarRocks may read v1 as a partition of t1 (SRB305): no duplicate then
BACKUP SNAPSHOT db.s14 TO repo ON (t1 PARTITION p1, v1, VIEW v1);
