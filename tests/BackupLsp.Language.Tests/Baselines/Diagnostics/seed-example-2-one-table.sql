BACKUP SNAPSHOT example_db.snapshot_label2
TO example_repo
ON (example_tbl);
