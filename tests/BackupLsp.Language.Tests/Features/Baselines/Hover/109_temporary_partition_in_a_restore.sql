RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (example_tbl TEMPORARY PARTITION (t|p1)) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
