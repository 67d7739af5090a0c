-- options: version=3.3
-- ttl came with 4.2: an older release neither lists it among the keys BACKUP accepts nor suggests it
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("tll" = "7 DAY");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("ttll" = "7 DAY");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("timout" = "3600");
