RESTORE SNAPSHOT s1 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT s1 FROM repo DATABASE db ON (t1) PROPERTIES ("backup_timestamp" = "x");
