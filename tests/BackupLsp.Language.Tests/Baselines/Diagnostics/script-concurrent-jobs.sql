BACKUP SNAPSHOT example_db.s1 TO repo;
BACKUP SNAPSHOT other_db.s2 TO repo;
RESTORE SNAPSHOT example_db.s0 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE example_db SNAPSHOT s3 TO repo;
