RESTORE SNAPSHOT db.s1 TO repo PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT s1 FROM repo ON (t1) DATABASE db PROPERTIES ("backup_timestamp" = "x");
BACKUP SNAPSHOT db.s1 FROM repo;
