-- options: catalog=demo.json severity:SRB700=off
-- A view or materialized view a RESTORE names bare comes back as what the database knows it as, not as a table: it still
-- has no partitions to back up
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (v_orders, mv_daily) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (v_orders PARTITION (p1));
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (mv_daily PARTITION (p1));
