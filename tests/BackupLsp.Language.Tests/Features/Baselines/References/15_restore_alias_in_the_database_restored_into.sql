RESTORE SNAPSHOT nightly FROM example_repo DATABASE example_db AS copy_db ON (example_tbl AS t_copy) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT copy_db.s1 TO example_repo ON (t_c|opy);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (t_copy);
