-- options: version=4.2
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("ttl" = "7 DAY");
