BACKUP SNAPSHOT example_db.views TO example_repo ON (example_tbl2, VIEW v_orders, MATERIALIZED VIEW mv_daily);
RESTORE SNAPSHOT example_db.views FROM example_repo ON (VIEW |
