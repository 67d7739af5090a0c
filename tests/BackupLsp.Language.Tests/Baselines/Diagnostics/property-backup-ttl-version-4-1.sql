-- options: version=4.1
-- Before 4.2 StarRocks refuses BACKUP's ttl as an unknown property
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("ttl" = "7 DAY");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("ttl" = "1 day", "ttl" = "2 days");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("timeout" = "3600");
