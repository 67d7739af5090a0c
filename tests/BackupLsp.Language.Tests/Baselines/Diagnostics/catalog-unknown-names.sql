-- options: catalog=demo.json
BACKUP SNAPSHOT example_db.s1 TO exmaple_repo ON (example_tbl2);
BACKUP SNAPSHOT exmple_db.s2 TO example_repo;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tb1, example_tbl2, orders);
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl PARTITION (p1, P2, p4));
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (VIEW v_order, MATERIALIZED VIEW mv_daily, FUNCTION my_udf2);
-- A view's or materialized view's name where a table stands is none unknown: StarRocks looks tables up among them.
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (mv_daily, v_orders, v_orderz);
BACKUP SNAPSHOT example_db.s6 TO s3_repo ON (example_tbl2);
BACKUP SNAPSHOT example_db.snapshot_label1 TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT example_db.snapshot_label2 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-09");
SHOW SNAPSHOT ON exampel_repo;
SHOW BACKUP FROM sales;
CANCEL RESTORE FROM exmaple_db;
DROP REPOSITORY nope;
