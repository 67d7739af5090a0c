-- options: catalog=demo.json
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl PARTITION (p9), missing_tbl);
RESTORE SNAPSHOT nightly FROM example_repo DATABASE example_db ON (Orders PARTITION (P202401)) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE sales_db SNAPSHOT s2 TO hdfs_repo ON (anything);
