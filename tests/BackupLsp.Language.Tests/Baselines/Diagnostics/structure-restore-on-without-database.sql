RESTORE SNAPSHOT s1 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT s1 FROM repo DATABASE db ON (t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
