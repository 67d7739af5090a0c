BACKUP DATABASE example_db SNAPSHOT s1 TO example_repo ON (VIEW v_orders, MATERIALIZED VIEW mv_daily, FUNCTION my_udf, VIEW |)
