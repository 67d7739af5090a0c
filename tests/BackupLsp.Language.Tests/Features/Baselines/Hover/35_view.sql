BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (VIEW v_ord|ers, MATERIALIZED VIEW mv_daily, FUNCTION my_udf)
