BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl);
RESTORE SNAPSHOT example_db.sn|ap1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
-- the same name in another repository is another snapshot
RESTORE SNAPSHOT snap1 FROM s3_repo PROPERTIES ("backup_timestamp" = "2017-01-01-00-00-00");
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' AND TIMESTAMP = '2018-05-04-16-45-08';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snap0', 'snap1');
RESTORE SNAPSHOT snap1 FROM example_repo DATABASE example_db AS restored_db PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
