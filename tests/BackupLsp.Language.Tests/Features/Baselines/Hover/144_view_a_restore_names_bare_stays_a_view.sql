-- options: catalog=demo.json
-- A view a RESTORE names bare is still a view after it, not a table.
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (v_orders) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (v_or|ders);
