-- options: catalog=demo.json severity:SRB700=off
-- A RESTORE of a snapshot a BACKUP earlier in the script takes names only what that BACKUP puts in it
BACKUP SNAPSHOT example_db.rehearsal TO example_repo ON (example_tbl2, Orders PARTITION (p202401), VIEW v_orders, FUNCTION my_udf);
RESTORE SNAPSHOT example_db.rehearsal FROM example_repo ON (example_tbl2 AS copy2, Orders PARTITION (p202401, p202402), customers, VIEW v_orders, FUNCTION MY_UDF, FUNCTION other_udf) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- a did-you-mean offers what the snapshot holds and the RESTORE does not name already
RESTORE SNAPSHOT example_db.rehearsal FROM example_repo ON (Order, v_orders) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- DATABASE names the database the snapshot was taken of (AS the one restored into)
RESTORE SNAPSHOT rehearsal FROM example_repo DATABASE sales_db AS copy_db ON (Orders) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
RESTORE SNAPSHOT rehearsal FROM example_repo DATABASE example_db AS copy_db ON (Orders) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- where the catalog does not list the database's objects, what a BACKUP of ALL of a kind or of the whole database takes is not known
BACKUP SNAPSHOT sales_db.all_tables TO example_repo ON (ALL TABLES);
RESTORE SNAPSHOT sales_db.all_tables FROM example_repo ON (customers) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
BACKUP SNAPSHOT sales_db.whole TO example_repo;
RESTORE SNAPSHOT sales_db.whole FROM example_repo ON (customers) PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
-- a snapshot the repository held before the script: what it holds is not known
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (customers) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
