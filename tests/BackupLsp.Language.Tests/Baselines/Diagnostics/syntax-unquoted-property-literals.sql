BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("timeout" = 86400);
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (type = full);
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "x", "replication_num" = 1);
