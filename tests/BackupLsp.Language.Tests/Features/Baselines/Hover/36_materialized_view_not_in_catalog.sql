BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (VIEW v_orders, MATERIALIZED VIEW mv_week|ly, FUNCTION my_udf)
