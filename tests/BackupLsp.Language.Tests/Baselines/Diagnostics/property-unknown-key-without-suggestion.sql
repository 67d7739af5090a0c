BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("compression" = "lz4");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "full", "compression" = "lz4", "timeout" = "3600");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("" = "x");
