BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "full", "replication_num" = "1", "allow_load" = "true");
