BACKUP SNAPSHOT cat.db.s1 TO repo;
RESTORE SNAPSHOT a.b.c.d FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
