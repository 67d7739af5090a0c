BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "incremental", "type" = "full");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timeout" = "3600", "timeout" = "10");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("timeout" = "3600", " timeout" = "7200", "timeout" = "86400");
