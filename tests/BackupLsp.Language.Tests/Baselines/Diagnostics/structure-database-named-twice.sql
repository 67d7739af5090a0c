BACKUP DATABASE db SNAPSHOT db.s1 TO repo;
RESTORE SNAPSHOT db.s1 FROM repo DATABASE other PROPERTIES ("backup_timestamp" = "x");
