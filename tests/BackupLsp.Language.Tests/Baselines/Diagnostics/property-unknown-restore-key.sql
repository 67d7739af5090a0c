RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "type" = "full");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestmp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "allow_laod" = "true");
