RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "type" = "full");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestmp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "allow_laod" = "true");
