-- options: severity:SRB700=off
-- StarRocks holds views and materialized views as tables: their aliases and names are checked with the tables'
RESTORE SNAPSHOT db.s1 FROM repo ON (TABLE orders, MATERIALIZED VIEW mv_daily AS orders) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s2 FROM repo ON (VIEW v_orders AS orders_bak, TABLE orders AS orders_bak) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s3 FROM repo ON (t2 AS v1, VIEW v1 AS t3) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s4 FROM repo ON (VIEW v1 AS v1, MATERIALIZED VIEW mv1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s5 FROM repo ON (orders AS orders_bak, VIEW v_orders AS orders_bak) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- the first alias's pattern would give v_orders_bak, which a listed view's alias takes: no fix
RESTORE SNAPSHOT db.s6 FROM repo ON (orders AS orders_bak, MATERIALIZED VIEW v_orders AS orders_bak, VIEW v2 AS v_orders_bak) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- StarRocks renames restored functions and checks no function's alias, against another or a table's
RESTORE SNAPSHOT db.s7 FROM repo ON (FUNCTION a AS f1, FUNCTION b AS f1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s8 FROM repo ON (FUNCTION f1 AS f1, FUNCTION f2 AS f1, FUNCTION f3 AS t1, t1, t2 AS f2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
