-- options: catalog=demo.json severity:SRB700=off
-- What a BACKUP takes without listing it is read off the catalog, as the session has it then: a RESTORE of its snapshot
-- may name only that (example_tbl's temporary partition dropped, so that it is backed up)
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
-- a table backed up whole holds the partitions it has then
BACKUP SNAPSHOT example_db.orders_whole TO example_repo ON (Orders);
RESTORE SNAPSHOT example_db.orders_whole FROM example_repo ON (Orders PARTITION (p202402, p202403)) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- ALL TABLES takes the tables but not the views; a table named besides is taken as named
BACKUP SNAPSHOT example_db.all_of_them TO example_repo ON (ALL TABLES, Orders PARTITION (p202401));
RESTORE SNAPSHOT example_db.all_of_them FROM example_repo ON (example_tbl2, Orders PARTITION (p202402), v_orders) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- a BACKUP of the whole database takes every table, view, materialized view and function the catalog lists in it then
BACKUP SNAPSHOT example_db.everything TO example_repo;
RESTORE SNAPSHOT example_db.everything FROM example_repo ON (example_tbl PARTITION (p3), mv_daily, v_order, FUNCTION my_udf, FUNCTION my_udf2) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- a RESTORE of every table of it onto a table that has temporary partitions fails (ALL TABLES too: see SnapshotContentsTests)
ALTER TABLE example_db.Orders ADD TEMPORARY PARTITION tp9 VALUES LESS THAN ("2099-01-01");
RESTORE SNAPSHOT example_db.everything FROM example_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
