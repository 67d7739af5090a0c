-- a snapshot an earlier BACKUP of the script takes has no timestamp known yet
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl2);
RESTORE SNAPSHOT example_db.s1 FROM example_repo PROPERTIES ("backup_timestamp" = "2024-0|1-01-00-00-00");
