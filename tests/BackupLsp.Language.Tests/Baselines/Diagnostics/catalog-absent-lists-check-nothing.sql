-- options: catalog=sparse.json
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (any_tbl PARTITION (any_partition), VIEW any_view);
RESTORE SNAPSHOT example_db.any_snapshot FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT s2 TO example_repo ON (t1);
