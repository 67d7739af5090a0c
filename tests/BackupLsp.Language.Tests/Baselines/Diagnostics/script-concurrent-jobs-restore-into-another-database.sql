BACKUP SNAPSHOT example_db.s1 TO repo;
-- restored into copy_db: the job runs there, not in example_db
RESTORE SNAPSHOT s1 FROM repo DATABASE example_db AS copy_db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT s1 FROM repo DATABASE example_db AS copy_db ON (t) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
