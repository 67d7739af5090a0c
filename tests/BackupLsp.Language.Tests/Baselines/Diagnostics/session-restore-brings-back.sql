-- options: catalog=demo.json severity:SRB700=off
-- What a RESTORE brings back exists for the statements after it, under its alias; it is not there before.
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (orders_2023, VIEW v_old);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl2 AS orders_2023, VIEW v_orders AS v_old, FUNCTION my_udf AS udf_old) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (orders_2023, VIEW v_old, FUNCTION udf_old, orders_2024);
-- partitions restored into a table that has them listed exist afterwards; a table restored whole has the snapshot's
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (Orders PARTITION (p2024)) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (Orders PARTITION (p2024, p2025, p2020));
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (Orders) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (Orders PARTITION (p2020));
-- ALL of a kind: that kind's names are no longer known (ALL TABLES, VIEWS or MATERIALIZED VIEWS: any name in ON (...),
-- which StarRocks looks up among all three kinds)
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (ALL FUNCTIONS) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (FUNCTION f_any, VIEW v_any);
-- restoring into a database the catalog lacks creates it, with tables not known
BACKUP SNAPSHOT copy_db.s6 TO example_repo;
RESTORE SNAPSHOT nightly FROM example_repo DATABASE example_db AS copy_db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT copy_db.s7 TO example_repo ON (anything);
-- a whole database restored: its tables are no longer known
BACKUP SNAPSHOT example_db.s8 TO example_repo ON (customers);
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (customers);
